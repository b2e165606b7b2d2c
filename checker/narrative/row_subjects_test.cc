// Subjects that name a row by its whole label, where the words that qualify a concept are the
// row's own: "Cloud services and license support revenues" is a row under "Revenues", not a
// qualified "revenues".
#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/testing/narrative_verdicts.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

// An HTML statement whose rows stand under the headings "REVENUES" and "OPERATING EXPENSES".
const char kSegmentedRevenue[] =
    "<html><body>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>($ in millions)</td><td>Year Ended May 31, 2024</td>"
    "<td>Year Ended May 31, 2023</td></tr>\n"
    "<tr><td>REVENUES</td><td></td><td></td></tr>\n"
    "<tr><td>Cloud services and license support</td><td>$ 27,418</td><td>$ 26,100</td></tr>\n"
    "<tr><td>Cloud license and on-premise license</td><td>6,131</td><td>5,400</td></tr>\n"
    "<tr><td>Hardware</td><td>2,947</td><td>3,120</td></tr>\n"
    "<tr><td>Total revenues</td><td>36,496</td><td>34,620</td></tr>\n"
    "<tr><td>OPERATING EXPENSES</td><td></td><td></td></tr>\n"
    "<tr><td>Cloud services and license support</td><td>5,000</td><td>4,800</td></tr>\n"
    "<tr><td>Hardware</td><td>1,000</td><td>1,100</td></tr>\n"
    "<tr><td>Total operating expenses</td><td>6,000</td><td>5,900</td></tr>\n"
    "<tr><td>Operating income</td><td>30,496</td><td>28,720</td></tr>\n"
    "</table></body></html>\n";

using testing::NarrativeVerdicts;

// The money figures of `prose` set before kSegmentedRevenue.
std::vector<std::string> ReadAmounts(const std::string& prose) {
  std::string html = kSegmentedRevenue;
  html.replace(html.find("PROSE"), 5, prose);
  return NarrativeVerdicts(html, "release.htm", false);
}

using Strings = std::vector<std::string>;

TEST(RowSubjectsTest, ACompoundSubjectThatIsARowsLabelMayMismatch) {
  const std::string sentence =
      "Fiscal 2024 cloud services and license support revenues were up 5% in USD and 6% in "
      "constant currency to ";
  EXPECT_EQ(ReadAmounts(sentence + "$27.4 billion."), (Strings{"$27.4 billion verified"}));
  // Firing: the changed figure binds to the one row the whole subject names.
  EXPECT_EQ(ReadAmounts(sentence + "$27.7 billion."), (Strings{"$27.7 billion mismatch"}));
  // Quiet: a second amount after the first is a part of it, not the row.
  EXPECT_EQ(
      ReadAmounts("Cloud services and license support revenues were $27.4 billion, $1.3 "
                  "billion of which came from new customers."),
      (Strings{"$27.4 billion verified",
               "$1.3 billion unverifiable: the sentence speaks of something else: \"revenues\" "
               "is qualified by the words around it"}));
}

TEST(RowSubjectsTest, QualifyingWordsThatNameNoRowStayQualified) {
  // "Support revenues" is no row's label: the qualified concept is not the total.
  EXPECT_EQ(ReadAmounts("Support revenues were $39.9 billion."),
            (Strings{"$39.9 billion unverifiable: no row labelled \"support revenues\" shows it"}));
}

// A text statement whose rows leave out the word "expenses" and say "taxes".
const char kExpenses[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Three Months Ended June 30,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Sales                                $  206,700      $  168,100\n"
    "Research and development                21,700          15,300\n"
    "Selling, general and administrative     31,400          22,700\n"
    "Merger expense                             724             552\n"
    "Income before income taxes              52,100          40,900\n"
    "Provision for income taxes              14,100          10,900\n"
    "Net income                              38,000          30,000\n";

std::vector<std::string> ReadExpenses(const std::string& prose) {
  return NarrativeVerdicts(prose + kExpenses, "t.txt", true);
}

TEST(RowSubjectsTest, ExpensesIsAWordTheLabelMayLeaveOut) {
  EXPECT_EQ(ReadExpenses("Research and development expenses were $21.7 million.\n"),
            (Strings{"$21.7 million verified"}));
  // Firing: the row "Research and development" is what the subject names.
  EXPECT_EQ(ReadExpenses("Research and development expenditures were $22.0 million.\n"),
            (Strings{"$22.0 million mismatch"}));
  // "Income tax expense" is "Provision for income taxes" ("taxes" is "tax" singular).
  EXPECT_EQ(ReadExpenses("Income tax expense was $14.1 million in the second quarter of 2024 "
                         "compared to $10.9 million in the second quarter of 2023.\n"),
            (Strings{"$14.1 million verified", "$10.9 million verified"}));
  // Quiet: "expenses" alone names no row.
  EXPECT_EQ(ReadExpenses("Expenses were $22.0 million.\n"),
            (Strings{"$22.0 million unverifiable: no row labelled \"expenses\" shows it"}));
}

TEST(RowSubjectsTest, AnAbbreviationInParenthesesIsNoWordOfTheSubject) {
  EXPECT_EQ(ReadExpenses("Selling, general and administrative (\u201cSG&A\u201d) expenses "
                         "increased in the second quarter of 2024 to $31.4 million from $22.7 "
                         "million in the prior year quarter.\n"),
            (Strings{"$31.4 million verified", "$22.7 million verified"}));
  // Firing.
  EXPECT_EQ(ReadExpenses("Research and Development (R&D) expenses were $22.0 million.\n"),
            (Strings{"$22.0 million mismatch"}));
}

TEST(RowSubjectsTest, AFigureInParenthesesAfterAnotherIsAnotherMeasure) {
  // Quiet: "($545 thousand after tax)" is the same expense after tax, not a second amount of
  // the row (before, it was a mismatch with 724).
  EXPECT_EQ(ReadExpenses("Merger expenses for the three months ended June 30, 2024, totaled $724 "
                         "thousand ($545 thousand after tax).\n"),
            (Strings{"$724 thousand verified",
                     "$545 thousand unverifiable: no phrase names what the figure measures"}));
  // Firing: the amount itself.
  EXPECT_EQ(ReadExpenses("Merger expenses for the three months ended June 30, 2024, totaled $716 "
                         "thousand.\n"),
            (Strings{"$716 thousand mismatch"}));
}

TEST(RowSubjectsTest, AParagraphAboutAJointVentureSpeaksOfItsFigures) {
  // Quiet: the venture's own expenses are not the statement's.
  EXPECT_EQ(ReadExpenses("Gamma Drilling is a non-consolidated joint venture. Research and "
                         "development expenses of $8.0 million declined from $9.1 million.\n"),
            (Strings{"$8.0 million unverifiable: the paragraph speaks of a part of the company "
                     "(\"non-consolidated\")",
                     "$9.1 million unverifiable: the paragraph speaks of a part of the company "
                     "(\"non-consolidated\")"}));
  // Firing without it.
  EXPECT_EQ(ReadExpenses("Research and development expenses were $8.0 million.\n"),
            (Strings{"$8.0 million mismatch"}));
}

TEST(RowSubjectsTest, RespectivelyPairsEachUnitsFiguresWithThePeriods) {
  const std::string sentence =
      "Research and development expenditures for the three months ended June 30, 2024 and 2023 "
      "were $21.7 million and ";
  EXPECT_EQ(ReadExpenses(sentence + "$15.3 million, or 10.5% and 9.1% of sales, respectively.\n"),
            (Strings{"$21.7 million verified", "$15.3 million verified",
                     "10.5% unverifiable: a percentage: ratios of table figures are not checked",
                     "9.1% unverifiable: a percentage: ratios of table figures are not checked"}));
  // Firing: the second amount is the prior year's.
  EXPECT_EQ(ReadExpenses(sentence + "$15.6 million, or 10.5% and 9.1% of sales, respectively.\n"),
            (Strings{"$21.7 million verified", "$15.6 million mismatch",
                     "10.5% unverifiable: a percentage: ratios of table figures are not checked",
                     "9.1% unverifiable: a percentage: ratios of table figures are not checked"}));
  // Quiet: three amounts for two periods.
  EXPECT_EQ(ReadExpenses(sentence + "$15.6 million and $3.0 million, respectively.\n"),
            (Strings{"$21.7 million unverifiable: 3 figures for 2 periods",
                     "$15.6 million unverifiable: 3 figures for 2 periods",
                     "$3.0 million unverifiable: 3 figures for 2 periods"}));
}

TEST(RowSubjectsTest, AHyphenJoinsAWordToTheNounPhrase) {
  // "on-premise license revenues" is the row "Cloud license and on-premise license".
  EXPECT_EQ(ReadAmounts("Cloud license and on-premise license revenues were up 9% to $6.1 "
                        "billion."),
            (Strings{"$6.1 billion verified"}));
  // Firing.
  EXPECT_EQ(ReadAmounts("Cloud license and on-premise license revenues were up 9% to $6.4 "
                        "billion."),
            (Strings{"$6.4 billion mismatch"}));
  // Quiet: "after-tax" names nothing, and an amount appended to an amount is another measure
  // (280990f reported this one as a mismatch with 724).
  EXPECT_EQ(ReadExpenses("Merger expenses for the three months ended June 30, 2024, totaled $724 "
                         "thousand, or $545 thousand after-tax.\n"),
            (Strings{"$724 thousand verified",
                     "$545 thousand unverifiable: no phrase names what the figure measures"}));
}

TEST(RowSubjectsTest, WhatTheHeadIsOfMayVerifyButNeverMismatch) {
  EXPECT_EQ(ReadExpenses("In the second quarter of 2024 the Company recorded a write-off of "
                         "merger expense of $724 thousand.\n"),
            (Strings{"$724 thousand verified"}));
  // Quiet: "write-off" is no row; what it is of does not bind a changed figure.
  EXPECT_EQ(ReadExpenses("In the second quarter of 2024 the Company recorded a write-off of "
                         "merger expense of $716 thousand.\n"),
            (Strings{"$716 thousand unverifiable: no phrase names what the figure measures"}));
}

// A bank's quarter: net interest income and the ratios the release states beside it.
const char kBankQuarter[] =
    "<html><body>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>(Dollars in thousands)</td><td>Three Months Ended March 31, 2024</td>"
    "<td>Three Months Ended March 31, 2023</td></tr>\n"
    "<tr><td>Net interest income</td><td>$ 41,286</td><td>$ 38,900</td></tr>\n"
    "<tr><td>Net income</td><td>9,100</td><td>13,200</td></tr>\n"
    "<tr><td>Return on average total assets</td><td>0.84%</td><td>1.21%</td></tr>\n"
    "<tr><td>Net interest margin, tax-equivalent basis</td><td>3.41%</td><td>3.37%</td></tr>\n"
    "</table></body></html>\n";

std::vector<std::string> ReadBank(const std::string& prose) {
  std::string html = kBankQuarter;
  html.replace(html.find("PROSE"), 5, prose);
  return NarrativeVerdicts(html, "bank.htm", true);
}

TEST(RowSubjectsTest, ThePeriodComparedWithOverIsNotTheAmounts) {
  const std::string sentence =
      "Net interest income for the 2024 first quarter increased $2.4 million over the 2023 "
      "first quarter to ";
  EXPECT_EQ(ReadBank(sentence + "$41.3 million, with a tax-equivalent net interest margin of "
                                "3.41%."),
            (Strings{"$2.4 million verified", "$41.3 million verified", "3.41% verified"}));
  // Firing: against the quarter of 2024, not the 2023 quarter compared with (280990f reported
  // a mismatch with 38,900).
  EXPECT_EQ(ReadBank(sentence + "$41.4 million."),
            (Strings{"$2.4 million verified", "$41.4 million mismatch"}));
  // Quiet: a ratio that is another quarter's.
  EXPECT_EQ(ReadBank("Return on average total assets was 1.21% in the 2024 first quarter."),
            (Strings{"1.21% unverifiable: a percentage: ratios of table figures are not "
                     "checked"}));
}

// A quarter's cash flows and the balance of cash and investments at its end.
const char kCash[] =
    "<html><body>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>(In thousands)</td><td>Three Months Ended March 31, 2024</td>"
    "<td>Three Months Ended March 31, 2023</td></tr>\n"
    "<tr><td>Net sales</td><td>$ 20,603</td><td>$ 22,700</td></tr>\n"
    "<tr><td>Net cash used in financing activities</td><td>(1,300)</td><td>(1,100)</td></tr>\n"
    "</table>\n"
    "<table>\n"
    "<tr><td>(In thousands)</td><td>March 31, 2024</td><td>December 31, 2023</td></tr>\n"
    "<tr><td>Cash and cash equivalents</td><td>$ 1,200,000</td><td>$ 1,100,000</td></tr>\n"
    "<tr><td>Short-term investments</td><td>300,000</td><td>250,000</td></tr>\n"
    "<tr><td>Total cash, cash equivalents and short-term investments</td><td>1,500,000</td>"
    "<td>1,350,000</td></tr>\n"
    "</table></body></html>\n";

std::vector<std::string> ReadCash(const std::string& prose) {
  std::string html = kCash;
  html.replace(html.find("PROSE"), 5, prose);
  return NarrativeVerdicts(html, "cash.htm", true);
}

TEST(RowSubjectsTest, WhatTheCompanyHadIsTheAmountOfTheNounPhraseAfterIt) {
  const std::string opening = "As of March 31, 2024, the Company had ";
  EXPECT_EQ(ReadCash(opening + "$1.5 billion in cash, cash equivalents and short-term "
                               "investments."),
            (Strings{"$1.5 billion verified"}));
  // Firing: the whole list is the row's label.
  EXPECT_EQ(ReadCash(opening + "$1.8 billion in cash, cash equivalents and short-term "
                               "investments."),
            (Strings{"$1.8 billion mismatch"}));
  // Quiet: a phrase qualified further is a part ("$0.3 billion in cash ... held abroad"), and
  // another company's holdings are not the statement's.
  EXPECT_EQ(ReadCash(opening + "$1.8 billion in cash, cash equivalents and short-term "
                               "investments held abroad."),
            (Strings{"$1.8 billion unverifiable: the figure is the amount of \"cash\""}));
  EXPECT_EQ(ReadCash("As of March 31, 2024, Delta Partners had $1.8 billion in cash, cash "
                     "equivalents and short-term investments."),
            (Strings{"$1.8 billion unverifiable: the figure is the amount of \"cash\""}));
}

// An insurer's quarter: the reported result and the adjusted one of the reconciliation.
const char kAdjusted[] =
    "<html><body>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>($ in thousands)</td><td>Three Months Ended March 31, 2024</td>"
    "<td>Three Months Ended March 31, 2023</td></tr>\n"
    "<tr><td>NET (LOSS) INCOME</td><td>$ (46,318)</td><td>$ 22,700</td></tr>\n"
    "<tr><td>Net realized and unrealized investment losses</td><td>65,727</td><td>(1,000)</td>"
    "</tr>\n"
    "<tr><td>ADJUSTED NET OPERATING INCOME</td><td>$ 19,409</td><td>$ 21,700</td></tr>\n"
    "</table></body></html>\n";

std::vector<std::string> ReadAdjusted(const std::string& prose) {
  std::string html = kAdjusted;
  html.replace(html.find("PROSE"), 5, prose);
  return NarrativeVerdicts(html, "adjusted.htm", false);
}

TEST(RowSubjectsTest, AQualifierThatOpensALaterSubjectQualifiesOnlyIt) {
  // A bullet: the net loss is as reported; "Adjusted" opens the second subject.
  EXPECT_EQ(ReadAdjusted("\u25aa First Quarter 2024 Net Loss of $46.3 million -- $1.52 per "
                         "diluted share and Adjusted Net Operating Income of $19.4 million \u25aa "
                         "The Net Loss was driven by investment volatility."),
            (Strings{"$46.3 million verified",
                     "$1.52 per diluted share unverifiable: no table row is labelled \"net loss\"",
                     "$19.4 million verified"}));
  // Firing: a changed reported figure (before, the whole bullet was "adjusted" and its
  // amount and per-share figure a range).
  EXPECT_EQ(ReadAdjusted("First Quarter 2024 Net Loss of $46.6 million and Adjusted Net "
                         "Operating Income of $19.4 million."),
            (Strings{"$46.6 million mismatch", "$19.4 million verified"}));
  // Quiet: a qualifier after the figure with no figure of its own qualifies it.
  EXPECT_EQ(ReadAdjusted("Net loss for the first quarter of 2024 was $46.6 million on an "
                         "adjusted basis."),
            (Strings{"$46.6 million unverifiable: the sentence speaks of a measure other than "
                     "the reported one (\"adjusted\")"}));
}

TEST(RowSubjectsTest, APeriodPhraseAfterANounPhraseWithAPrepositionNamesItsPeriod) {
  EXPECT_EQ(ReadCash("We used $1.3 million of net cash for financing activities in the first "
                     "quarter of 2024."),
            (Strings{"$1.3 million verified"}));
  // "from" inside the noun phrase is no comparison.
  EXPECT_EQ(ReadCash("Gamma generated $1.3 million of cash from financing activities in the "
                     "first quarter of 2024."),
            (Strings{"$1.3 million verified"}));
  // Quiet: the quarter of 2023 shows another amount, and the figure is the other quarter's.
  EXPECT_EQ(ReadCash("We used $1.3 million of net cash for financing activities in the first "
                     "quarter of 2023."),
            (Strings{"$1.3 million unverifiable: it agrees with Net cash used in financing "
                     "activities (quarter ended Mar 31, 2024)"}));
}

}  // namespace
}  // namespace tieout
