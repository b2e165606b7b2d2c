// Sentences of hand-made releases written the way results paragraphs are written: a ratio set
// off after the figure before its period, cash flow sentences with the company as subject, and
// candidates that merely share a word with the subject.
#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
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
    "Net sales                            $1,006,600      $  601,000\n"
    "Research and development                121,800          60,100\n"
    "Net income                              300,000         200,000\n";

// "text verdict: detail" for each money figure of `prose` followed by `statement`.
std::vector<std::string> Amounts(const std::string& prose, const std::string& statement) {
  auto rules = testing::DefaultRules();
  std::vector<std::string> out;
  for (const Document& doc : testing::ReadText(prose + statement)) {
    for (const NarrativeFigure& f :
         AnalyzeNarrative(doc, rules->concepts, rules->narrative).figures) {
      if (f.figure.unit == FigureUnit::kPercent) continue;
      std::string detail;
      FigureVerdict v = f.Verdict(&detail);
      out.push_back(f.text + " " + FigureVerdictName(v) + (detail.empty() ? "" : ": " + detail));
    }
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(ReleaseSentencesTest, ARatioSetOffBeforeAPeriodThatNamesItsYear) {
  // ", or 12.1% of sales, for the first nine months of 2000": the period is the figure's.
  const std::string sentence =
      "Research and development expenses were $121.8 million, or 12.1% of sales, for the first "
      "nine months of 2000, compared to ";
  EXPECT_EQ(Amounts(sentence + "$60.1 million, or 10.0% of sales, for the first nine months of "
                               "1999.\n",
                    kNineMonths),
            (Strings{"$121.8 million verified", "$60.1 million verified"}));
  // Firing: the figure compared with, changed, against the 1999 column.
  EXPECT_EQ(Amounts(sentence + "$60.4 million, or 10.0% of sales, for the first nine months of "
                               "1999.\n",
                    kNineMonths),
            (Strings{"$121.8 million verified", "$60.4 million mismatch"}));
  // "increased 30 percent to $X, or 12 percent of sales, in the first nine months of 2000".
  EXPECT_EQ(Amounts("Research and development expenses increased 30 percent to $122.1 million, or "
                    "12 percent of sales, in the first nine months of 2000.\n",
                    kNineMonths),
            (Strings{"$122.1 million mismatch"}));
  // Quiet: after the ratio, a period phrase that names no year is not read as the figure's.
  EXPECT_EQ(Amounts("Research and development expenses were $122.1 million, or 12.1% of sales, for "
                    "the first nine months.\n",
                    kNineMonths),
            (Strings{"$122.1 million unverifiable: no period is named in its sentence"}));
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

}  // namespace
}  // namespace tieout
