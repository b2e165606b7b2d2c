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

// "figure verdict: detail" for each figure of `prose` followed by kBank.
std::vector<std::string> Read(const std::string& prose) {
  auto rules = testing::DefaultRules();
  std::vector<std::string> out;
  for (const Document& doc : testing::ReadText(prose + kBank)) {
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

}  // namespace
}  // namespace tieout
