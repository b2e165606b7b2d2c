// Derived figures of a bank release: changes between two columns of a balance row, read from the
// row of the amount they change, on releases written the way releases are written.
#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

const char kBank[] =
    "\n"
    "                          EPSILON BANCORP\n"
    "                   SELECTED FINANCIAL DATA (in thousands)\n"
    "\n"
    "                                  March 31,   December 31,   March 31,\n"
    "                                     2024         2023          2023\n"
    "                                  ----------   ----------   ----------\n"
    "Total assets                      $5,060,872   $4,921,520   $4,675,209\n"
    "Commercial loans                     758,683      679,444      671,897\n"
    "Total loans held for investment    3,762,130    3,680,285    3,391,104\n"
    "Loans 30-89 days past due             12,941        6,366       17,937\n"
    "Total deposits                     4,055,735    3,814,647    3,725,464\n"
    "\n"
    "                          PER SHARE DATA\n"
    "\n"
    "                                  March 31,   December 31,   March 31,\n"
    "                                     2024         2023          2023\n"
    "                                  ----------   ----------   ----------\n"
    "Book value per share                  25.01        25.06         23.43\n"
    "Tangible book value per share         19.46        19.54         17.88\n";

const char kStatement[] =
    "\n"
    "                          ZETA INSTRUMENTS INC.\n"
    "             CONDENSED STATEMENTS OF OPERATIONS (in thousands)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Net sales                            $  341,145      $  326,038\n"
    "Cost of products sold                   186,210         190,530\n"
    "Operating income                         58,782          32,160\n"
    "Net income                               40,110          23,020\n";

// "figure verdict: detail" for each figure of `prose` followed by `tables`.
std::vector<std::string> Read(const std::string& prose, const char* tables = kBank) {
  auto rules = testing::DefaultRules();
  std::vector<std::string> out;
  for (const Document& doc : testing::ReadText(prose + tables)) {
    for (const NarrativeFigure& f :
         AnalyzeNarrative(doc, rules->concepts, rules->narrative).figures) {
      std::string detail;
      FigureVerdict v = f.Verdict(&detail);
      out.push_back(f.text + " " + FigureVerdictName(v) + (detail.empty() ? "" : ": " + detail));
    }
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(DerivedTest, AChangeAfterABalanceAgainstADateWrittenOut) {
  // "higher than March 31, 2023": a date with no "at" or "as of" before it.
  EXPECT_EQ(Read("Book value per share was $25.01 at March 31, 2024, $1.58 higher than March 31, "
                 "2023.\n"),
            (Strings{"$25.01 verified", "$1.58 verified"}));
  // Over the other change of the pair: "a decrease of $0.05 or 0.2% from the December 31 ...".
  EXPECT_EQ(Read("Book value per share as of March 31, 2024 was $25.01, a decrease of $0.05 or "
                 "0.2% from the December 31, 2023 book value.\n"),
            (Strings{"$25.01 verified", "$0.05 verified", "0.2% verified"}));
  // The row does not give it: unverifiable, with the arithmetic (a change is never a finding).
  EXPECT_EQ(Read("Book value per share was $25.01 at March 31, 2024, $1.48 higher than March 31, "
                 "2023.\n"),
            (Strings{"$25.01 verified",
                     "$1.48 unverifiable: the cells of the amount it changes do not give it: "
                     "25.01 - 23.43, Book value per share, at Mar 31, 2024 against at Mar 31, "
                     "2023"}));
}

TEST(DerivedTest, AChangeBeforeTheAmountAgainstTheOneComparedWith) {
  EXPECT_EQ(Read("Loans 30 to 89 days past due decreased $5.0 million to $12.9 million at March "
                 "31, 2024, compared to $17.9 million at March 31, 2023.\n"),
            (Strings{"$5.0 million verified: $12.9 million - $17.9 million = -$5.0 million",
                     "$12.9 million verified", "$17.9 million verified"}));
  // Wrong, but another figure may follow the one compared with: no finding.
  EXPECT_EQ(Read("Loans 30 to 89 days past due decreased $4.0 million to $12.9 million at March "
                 "31, 2024, compared to $17.9 million at March 31, 2023.\n"),
            (Strings{"$4.0 million unverifiable: the sentence's own figures give $12.9 million - "
                     "$17.9 million = -$5.0 million, but the change is stated before the amount, "
                     "not with the one compared with",
                     "$12.9 million verified", "$17.9 million verified"}));
}

TEST(DerivedTest, AShareOfAWholeInTheColumnOfTheAmountsCell) {
  // No period named: the amount's cell gives the column, and "sales" (no concept of its own)
  // names the whole's row by its words.
  EXPECT_EQ(Read("- GAAP operating income was $59 million or 17.2 percent of sales, compared to "
                 "$32 million or 9.9 percent of sales a year ago.\n",
                 kStatement),
            (Strings{"$59 million verified", "17.2 percent verified", "$32 million verified",
                     "9.9 percent verified"}));
  // Wrong, but what a release divides by is not always the row: no finding.
  EXPECT_EQ(Read("- GAAP operating income was $59 million or 18.2 percent of sales.\n", kStatement),
            (Strings{"$59 million verified",
                     "18.2 percent unverifiable: the cells give 58,782,000 (Operating income) / "
                     "341,145,000 (Net sales), quarter ended Mar 31, 2024 = 17.2%, but a share "
                     "of a whole is not always what the row shows"}));
  // The amount is not verified: no column to read the whole in.
  EXPECT_EQ(
      Read("- Segment operating income was $21 million or 6.2 percent of sales.\n", kStatement)[1],
      "6.2 percent unverifiable: the paragraph speaks of a part of the company (\"Segment\")");
}

}  // namespace
}  // namespace tieout
