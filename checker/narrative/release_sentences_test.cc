// Sentences of hand-made releases written the way results paragraphs are written: a ratio set
// off after the figure before its period, cash flow sentences with the company as subject, and
// candidates that merely share a word with the subject.
#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/testing/narrative_verdicts.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

// A nine months' statement of a 10-Q, in thousands.
const char kNineMonths[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Nine Months Ended September 30,\n"
    "                                        2000            1999\n"
    "                                     ----------      ----------\n"
    "Net sales                            $1,112,400      $  673,000\n"
    "Research and development                134,600          67,300\n"
    "Net income                              300,000         200,000\n";

using testing::NarrativeVerdicts;

// The money figures of `prose` followed by the text statement `statement`.
std::vector<std::string> Amounts(const std::string& prose, const std::string& statement) {
  return NarrativeVerdicts(prose + statement, "t.txt", false);
}

using Strings = std::vector<std::string>;

TEST(ReleaseSentencesTest, ARatioSetOffBeforeAPeriodThatNamesItsYear) {
  // ", or 12.1% of sales, for the first nine months of 2000": the period is the figure's.
  const std::string sentence =
      "Research and development expenses were $134.6 million, or 12.1% of sales, for the first "
      "nine months of 2000, compared to ";
  EXPECT_EQ(Amounts(sentence + "$67.3 million, or 10.0% of sales, for the first nine months of "
                               "1999.\n",
                    kNineMonths),
            (Strings{"$134.6 million verified", "$67.3 million verified"}));
  // Firing: the figure compared with, changed, against the 1999 column.
  EXPECT_EQ(Amounts(sentence + "$67.6 million, or 10.0% of sales, for the first nine months of "
                               "1999.\n",
                    kNineMonths),
            (Strings{"$134.6 million verified", "$67.6 million mismatch"}));
  // "increased 30 percent to $X, or 12 percent of sales, in the first nine months of 2000".
  EXPECT_EQ(Amounts("Research and development expenses increased 30 percent to $134.9 million, or "
                    "12 percent of sales, in the first nine months of 2000.\n",
                    kNineMonths),
            (Strings{"$134.9 million mismatch"}));
  // Quiet: after the ratio, a period phrase that names no year is not read as the figure's.
  EXPECT_EQ(Amounts("Research and development expenses were $134.9 million, or 12.1% of sales, for "
                    "the first nine months.\n",
                    kNineMonths),
            (Strings{"$134.9 million unverifiable: no period is named in its sentence"}));
}

// Three years of a 10-K's statement, in thousands.
const char kThreeYears[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                      STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                         Years Ended December 31,\n"
    "                                    1999          1998          1997\n"
    "                                 ----------    ----------    ----------\n"
    "Sales                            $  912,400    $  708,500    $  667,200\n"
    "Cost of sales                       300,000       250,000       240,000\n"
    "Net income                          100,000        90,000        80,000\n";

TEST(ReleaseSentencesTest, EachFigureOfARespectivelyListIsStated) {
  // The figures listed before it are no amounts between the subject and the figure.
  const std::string years = " in 1999, 1998 and 1997, respectively.\n";
  EXPECT_EQ(
      Amounts("Sales were $912.4 million, $708.5 million and $667.2 million" + years, kThreeYears),
      (Strings{"$912.4 million verified", "$708.5 million verified", "$667.2 million verified"}));
  EXPECT_EQ(
      Amounts("Sales were $912.4 million, $708.5 million and $667.5 million" + years, kThreeYears),
      (Strings{"$912.4 million verified", "$708.5 million verified", "$667.5 million mismatch"}));
  // Quiet: an amount after the stated one is a part of it.
  EXPECT_EQ(Amounts("Sales were $912.4 million in 1999, $667.5 million of which came from new "
                    "customers.\n",
                    kThreeYears),
            (Strings{"$912.4 million verified",
                     "$667.5 million unverifiable: the sentence speaks of something else: the "
                     "subject of \"were\" is \"sales\""}));
}

// A quarter's statement with a tax row and the cash from operations, in thousands.
const char kQuarter[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Net sales                            $  352,200      $  300,000\n"
    "Cost of sales                           251,700         209,900\n"
    "Income tax benefit                        6,000           4,000\n"
    "Net income                               21,300          18,100\n"
    "Net cash provided by (used in) operating\n"
    "  activities                             88,000          61,000\n";

TEST(ReleaseSentencesTest, ARowThatOnlySharesAWordVerifiesNothing) {
  // "Income tax benefit" shares "income" with "fee income", but measures something else.
  EXPECT_EQ(
      Amounts("Fee income was $6.0 million for the quarter ended March 31, 2024.\n", kQuarter),
      (Strings{"$6.0 million unverifiable: no row labelled \"fee income\" shows it"}));
  // A row whose head noun the subject names still verifies: "cash" of "Net cash provided by
  // (used in) operating activities".
  EXPECT_EQ(
      Amounts(
          "The Company generated $88.0 million of cash from operating activities in the quarter "
          "ended March 31, 2024.\n",
          kQuarter),
      (Strings{"$88.0 million verified"}));
}

TEST(ReleaseSentencesTest, CashFromOperatingActivitiesNamesTheCashFlowRow) {
  // "provided" and "used" tell no cash flow rows apart: the subject names the row itself.
  const std::string in_quarter = " in the quarter ended March 31, 2024.\n";
  EXPECT_EQ(Amounts("Cash from operating activities was $88.0 million" + in_quarter, kQuarter),
            (Strings{"$88.0 million verified"}));
  // Firing: the changed figure against the one row it names.
  EXPECT_EQ(Amounts("Cash from operating activities was $88.3 million" + in_quarter, kQuarter),
            (Strings{"$88.3 million mismatch"}));
  // Quiet: free cash flow says more than the row.
  EXPECT_EQ(
      Amounts("Free cash flow from operating activities was $88.3 million" + in_quarter, kQuarter),
      (Strings{"$88.3 million unverifiable: the subject of \"was\" is \"activities\""}));
}

TEST(ReleaseSentencesTest, InTheAmountOfLinksAFigureToWhatIsNamedBefore) {
  // "Operating activities provided cash in the amount of $X": the cash flow row.
  const std::string in_quarter = " in the quarter ended March 31, 2024.\n";
  EXPECT_EQ(
      Amounts("Operating activities provided cash in the amount of $88.0 million" + in_quarter,
              kQuarter),
      (Strings{"$88.0 million verified"}));
  // Firing: the changed figure against the one row it names.
  EXPECT_EQ(
      Amounts("Operating activities provided cash in the amount of $88.3 million" + in_quarter,
              kQuarter),
      (Strings{"$88.3 million mismatch"}));
  // Quiet: an amount of something no row shows.
  EXPECT_EQ(Amounts("The Company entered into a lease in the amount of $88.3 million" + in_quarter,
                    kQuarter),
            (Strings{"$88.3 million unverifiable: the subject of \"in the amount of\" is "
                     "\"lease\""}));
}

// A quarter's statement of cash flows, in thousands.
const char kCashFlows[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                 CONDENSED STATEMENTS OF CASH FLOWS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Net income                               21,300          18,100\n"
    "Net cash provided by operating\n"
    "  activities                             88,000          61,000\n"
    "Net cash used in investing activities   (12,000)        (10,000)\n";

TEST(ReleaseSentencesTest, WhatTheCompanyGeneratedInAPeriodIsItsAmount) {
  // The period phrase after "of cash from operating activities" is the figure's own.
  const std::string sentence =
      "The Company generated $88.0 million of cash from operating "
      "activities in the quarter ended March 31, 2024.\n";
  EXPECT_EQ(Amounts(sentence, kCashFlows), (Strings{"$88.0 million verified"}));
  std::string changed = sentence;
  changed.replace(changed.find("88.0"), 4, "88.3");
  EXPECT_EQ(Amounts(changed, kCashFlows), (Strings{"$88.3 million mismatch"}));
  // Quiet: an amount "of net income" in a reason is not what the company states it had.
  EXPECT_EQ(Amounts("Net income was $21.3 million in the quarter ended March 31, 2024, primarily "
                    "due to a benefit amounting to $9.0 million of net income in the prior year.\n",
                    kCashFlows),
            (Strings{"$21.3 million verified",
                     "$9.0 million unverifiable: the figure differs from the table, but the "
                     "sentence does not state it as the amount of \"net income\" (its subject is "
                     "not what the sentence is about)"}));
}

TEST(ReleaseSentencesTest, WhatTheCompanyUsedIsItsAmount) {
  // "we used $X in net cash for investing activities": the cash flow row.
  const std::string sentence =
      "In the quarter ended March 31, 2024, we used $12.0 million in net cash for investing "
      "activities.\n";
  EXPECT_EQ(Amounts(sentence, kCashFlows), (Strings{"$12.0 million verified"}));
  std::string changed = sentence;
  changed.replace(changed.find("12.0"), 4, "12.3");
  EXPECT_EQ(Amounts(changed, kCashFlows), (Strings{"$12.3 million mismatch"}));
  // Quiet: what cash was used for is no amount of cash.
  EXPECT_EQ(Amounts("In the quarter ended March 31, 2024, we used $12.3 million of cash to "
                    "repurchase shares.\n",
                    kCashFlows),
            (Strings{"$12.3 million unverifiable: the figure is the amount of \"cash\""}));
}

// An HTML release: the prose, then a quarter's statement with a ratio row and a percent row.
std::vector<std::string> HtmlAmounts(const std::string& prose, bool percentages) {
  const std::string html =
      "<html><body>\n<p>" + prose +
      "</p>\n<table>\n"
      "<tr><td>(in thousands)</td><td>Three Months Ended March 31, 2024</td>"
      "<td>Three Months Ended March 31, 2023</td></tr>\n"
      "<tr><td>Net sales</td><td>$ 352,200</td><td>$ 300,000</td></tr>\n"
      "<tr><td>Operating income</td><td>15,849</td><td>12,000</td></tr>\n"
      "<tr><td>Net sales growth (%)</td><td>4.5%</td><td>3.9%</td></tr>\n"
      "<tr><td>Allowance for loan losses to total loans (%)</td><td>1.29%</td><td>1.10%</td></tr>\n"
      "</table></body></html>\n";
  return NarrativeVerdicts(html, "release.htm", percentages);
}

TEST(ReleaseSentencesTest, APercentageOfTheSubjectIsARatioOfIt) {
  // "4.5% of sales" is a margin: verified by arithmetic (15,849 / 352,200), not by the sales
  // growth row that happens to show 4.5; wrong, it is not verified by that row either.
  EXPECT_EQ(HtmlAmounts("Operating income was $15.8 million, or 4.5% of sales, for the quarter "
                        "ended March 31, 2024.",
                        true),
            (Strings{"$15.8 million verified", "4.5% verified"}));
  EXPECT_EQ(HtmlAmounts("Operating income was $15.8 million, or 3.9% of sales, for the quarter "
                        "ended March 31, 2024.",
                        true),
            (Strings{"$15.8 million verified",
                     "3.9% unverifiable: the cells give 15,849,000 (Operating income) / "
                     "352,200,000 (Net sales), quarter ended Mar 31, 2024 = 4.5%, but a share of "
                     "a whole is not always what the row shows"}));
  // A ratio row that divides by the subject holds it.
  EXPECT_EQ(HtmlAmounts("The allowance for loan losses was 1.29% of total loans for the quarter "
                        "ended March 31, 2024.",
                        true),
            (Strings{"1.29% verified"}));
}

TEST(ReleaseSentencesTest, APeriodAfterAChangeIsTheOneItComparesWith) {
  // "from a year ago" is the period the change compares with: the amount is the release's.
  EXPECT_EQ(
      HtmlAmounts("Revenue was $352.2 million, increasing 17 percent from a year ago.", false),
      (Strings{"$352.2 million verified"}));
  EXPECT_EQ(
      HtmlAmounts("Revenue was $352.5 million, increasing 17 percent from a year ago.", false),
      (Strings{"$352.5 million mismatch"}));
  // "the same period a year ago" of a sentence that names no period: the release's quarter a
  // year earlier.
  const std::string same_period = " in the same period a year ago.";
  EXPECT_EQ(
      HtmlAmounts("Revenue was $352.2 million, compared to $300.0 million" + same_period, false),
      (Strings{"$352.2 million verified", "$300.0 million verified"}));
  EXPECT_EQ(
      HtmlAmounts("Revenue was $352.2 million, compared to $310.0 million" + same_period, false),
      (Strings{"$352.2 million verified", "$310.0 million mismatch"}));
  // Quiet: the period compared with does not become the paragraph's: a later sentence that
  // names none speaks of the release's quarter.
  EXPECT_EQ(
      HtmlAmounts("Revenue was $352.2 million, compared to $300.0 million" + same_period +
                      " Operating income was $15.8 million.",
                  false),
      (Strings{"$352.2 million verified", "$300.0 million verified", "$15.8 million verified"}));
}

TEST(ReleaseSentencesTest, APeriodComparedWithAfterAChangeIsNotTheAmounts) {
  // A headline: "compared to Q1 2023" is the base of the increase; the amount is the release's.
  EXPECT_EQ(HtmlAmounts("Net sales of $352.2 million, a 17% increase compared to Q1 2023.", false),
            (Strings{"$352.2 million verified"}));
  EXPECT_EQ(HtmlAmounts("Net sales of $352.5 million, a 17% increase compared to Q1 2023.", false),
            (Strings{"$352.5 million mismatch"}));
  // Quiet: a period phrase of the amount itself, before the change, is its own.
  EXPECT_EQ(
      HtmlAmounts("Net sales of $300.0 million in the first quarter of 2023 were a record.", false),
      (Strings{"$300.0 million verified"}));
}

TEST(ReleaseSentencesTest, AQualifierAfterAPercentageQualifiesOnlyIt) {
  // "7 percent on a constant currency basis": the amount of the sentence is as reported.
  EXPECT_EQ(HtmlAmounts("Revenue was $352.2 million, increasing 17 percent from a year ago on a "
                        "reported basis and 19 percent on a constant currency basis.",
                        true),
            (Strings{"$352.2 million verified", "17 percent verified",
                     "19 percent unverifiable: the sentence speaks of a measure other than the "
                     "reported one (\"constant currency\")"}));
}

// A segment table: the segments in rows, the measures in the columns' headers.
std::vector<std::string> SegmentAmounts(const std::string& prose) {
  const std::string html =
      "<html><body>\n<p>Results by Segment:</p>\n<p>" + prose +
      "</p>\n<table>\n"
      "<tr><td>(in thousands)</td><td>Three Months Ended March 31, 2024 Net Sales</td>"
      "<td>Three Months Ended March 31, 2024 Gross Margin</td>"
      "<td>Three Months Ended March 31, 2023 Net Sales</td>"
      "<td>Three Months Ended March 31, 2023 Gross Margin</td></tr>\n"
      "<tr><td>Enterprise Solutions</td><td>$ 341,206</td><td>14.2%</td><td>$ 290,118</td>"
      "<td>15.3%</td></tr>\n"
      "<tr><td>Business Solutions</td><td>289,574</td><td>18.4%</td><td>262,815</td>"
      "<td>17.5%</td></tr>\n"
      "<tr><td>Total</td><td>$ 630,780</td><td>16.1%</td><td>$ 552,933</td><td>16.2%</td></tr>\n"
      "</table>\n<table>\n"
      "<tr><td>(in thousands)</td><td>Three Months Ended March 31, 2024</td>"
      "<td>Three Months Ended March 31, 2023</td></tr>\n"
      "<tr><td>Net sales</td><td>630,780</td><td>552,933</td></tr>\n"
      "<tr><td>Gross profit</td><td>100,000</td><td>90,000</td></tr>\n"
      "</table></body></html>\n";
  return NarrativeVerdicts(html, "release.htm", false);
}

TEST(ReleaseSentencesTest, ASegmentsFigureIsItsRowInTheMeasuresColumn) {
  const std::string sentence =
      "Net sales for the Business Solutions segment increased 10.2% to $289.6 million in the "
      "first quarter of 2024, compared to ";
  EXPECT_EQ(SegmentAmounts(sentence + "$262.8 million in the prior year quarter."),
            (Strings{"$289.6 million verified", "$262.8 million verified"}));
  // Firing: the changed figure against the segment's row in the "Net Sales" column.
  EXPECT_EQ(SegmentAmounts(sentence + "$263.1 million in the prior year quarter."),
            (Strings{"$289.6 million verified", "$263.1 million mismatch"}));
  // Quiet: a measure no column or heading of the segment names.
  EXPECT_EQ(SegmentAmounts("Gross profit for the Business Solutions segment increased to $52.5 "
                           "million in the first quarter of 2024."),
            (Strings{"$52.5 million unverifiable: the paragraph speaks of a part of the company "
                     "(\"Segment\")"}));
  // Quiet: a paragraph that names two segments speaks of neither throughout.
  EXPECT_EQ(SegmentAmounts("Net sales for the Business Solutions segment were $289.9 million in "
                           "the first quarter of 2024, and the Enterprise Solutions segment grew "
                           "faster."),
            (Strings{"$289.9 million unverifiable: the paragraph speaks of a part of the company "
                     "(\"Segment\")"}));
}

// A balance sheet with the parts of a compound subject.
std::vector<std::string> BalanceAmounts(const std::string& prose) {
  const std::string html =
      "<html><body>\n<p>" + prose +
      "</p>\n<table>\n"
      "<tr><td>(in thousands)</td><td>March 31, 2024</td><td>December 31, 2023</td></tr>\n"
      "<tr><td>Cash and cash equivalents</td><td>$ 30,412</td><td>$ 25,000</td></tr>\n"
      "<tr><td>Short-term investments</td><td>17,988</td><td>20,000</td></tr>\n"
      "<tr><td>Total assets</td><td>200,000</td><td>190,000</td></tr>\n"
      "</table></body></html>\n";
  return NarrativeVerdicts(html, "release.htm", false);
}

TEST(ReleaseSentencesTest, AListOfNounsIsTheSumOfTheirRows) {
  const std::string as_of = "As of March 31, 2024, cash, cash equivalents and short-term ";
  EXPECT_EQ(BalanceAmounts(as_of + "investments totaled $48.4 million."),
            (Strings{"$48.4 million verified"}));
  // Quiet: a sum that differs is never a mismatch (the list may leave a row out).
  EXPECT_EQ(BalanceAmounts(as_of + "investments totaled $48.7 million."),
            (Strings{"$48.7 million unverifiable: the subject of \"totaled\" is \"investments\""}));
  // Quiet: a part the tables do not show is no sum.
  EXPECT_EQ(BalanceAmounts(as_of + "restricted cash totaled $48.4 million."),
            (Strings{"$48.4 million unverifiable: the subject of \"totaled\" is \"cash\""}));
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

// A quarter's income before and after taxes, in thousands.
const char kTaxes[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Income before income taxes           $   27,000      $   22,000\n"
    "Provision for income taxes                5,750           4,400\n"
    "Net income                               21,250          17,600\n";

std::vector<std::string> Percentages(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kTaxes, "t.txt", true);
}

TEST(ReleaseSentencesTest, ARatioTheVocabularyDefinesIsComputedFromItsRows) {
  // 5,750 / 27,000 = 21.3%; 4,400 / 22,000 = 20.0%.
  EXPECT_EQ(Percentages("The effective tax rate was 21.3% for the quarter ended March 31, 2024, "
                        "compared to 20.0% for the quarter ended March 31, 2023.\n"),
            (Strings{"21.3% verified", "20.0% verified"}));
  // Never a mismatch: a rate the rows do not give is left unverifiable.
  EXPECT_EQ(Percentages("The effective tax rate was 22.3% for the quarter ended March 31, "
                        "2024.\n"),
            (Strings{"22.3% unverifiable: a percentage: ratios of table figures are not "
                     "checked"}));
  // Quiet: a rate with other words is not the defined one.
  EXPECT_EQ(Percentages("The statutory tax rate was 21.3% for the quarter ended March 31, "
                        "2024.\n"),
            (Strings{"21.3% unverifiable: a percentage: ratios of table figures are not "
                     "checked"}));
}

}  // namespace
}  // namespace tieout
