// Changes and shares checked by arithmetic on the sentence's own figures, on releases written the
// way releases are written: bullets, "as compared with", "an increase of", "representing".
#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"

namespace tieout {
namespace {

const char kTable[] =
    "\n"
    "                          DELTA MARINE CORP.\n"
    "                 CONDENSED BALANCE SHEETS (in thousands)\n"
    "\n"
    "                                    March 31,      December 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Cash and cash equivalents            $  120,000      $  110,000\n"
    "Loans                                   380,000         370,000\n"
    "                                     ----------      ----------\n"
    "Total assets                         $  500,000      $  480,000\n";

// The figures of `prose` (followed by kTable) with a claim checked by arithmetic, as
// "figure verdict: detail".
std::vector<std::string> Claims(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kTable, "t.txt", {.arithmetic_only = true});
}

using Strings = std::vector<std::string>;

TEST(ReaderArithmeticTest, FromAndToInEitherOrder) {
  EXPECT_EQ(Claims("  - Tangible equity decreased 8.5% from $612.4 million at December 31, 2023 "
                   "to $560.3 million at March 31, 2024.\n"),
            (Strings{"8.5% verified: ($560.3 million - $612.4 million) / $612.4 million = "
                     "-8.5%"}));
  EXPECT_EQ(Claims("Backlog increased 8%, or $25.2 million, to $325.2 million from $300.0 "
                   "million a year ago.\n"),
            (Strings{"8% verified: ($325.2 million - $300.0 million) / $300.0 million = 8%",
                     "$25.2 million verified: $325.2 million - $300.0 million = $25.2 million"}));
}

TEST(ReaderArithmeticTest, ComparedWithThenTheChange) {
  EXPECT_EQ(Claims("Diagnostics revenue was $21.4 million in the first quarter of 2024, as "
                   "compared with $22.8 million in the year-ago period, a decrease of 6%.\n"),
            (Strings{"6% verified: ($21.4 million - $22.8 million) / $22.8 million = -6%"}));
}

TEST(ReaderArithmeticTest, ContradictedChangeIsAMismatch) {
  EXPECT_EQ(Claims("Backlog increased 12% to $325.2 million from $300.0 million a year ago.\n"),
            (Strings{"12% mismatch: ($325.2 million - $300.0 million) / $300.0 million = 8%"}));
  // The words say a decrease; the figures an increase.
  EXPECT_EQ(Claims("Backlog decreased 8% to $325.2 million from $300.0 million a year ago.\n"),
            (Strings{"8% mismatch: ($325.2 million - $300.0 million) / $300.0 million = 8%"}));
}

TEST(ReaderArithmeticTest, DoubtfulInputsAreNoFinding) {
  // Approximate, or qualified: the figures give 8%, the sentence says 12%, no finding.
  EXPECT_EQ(Claims("Backlog increased approximately 12% to $325.2 million from $300.0 million.\n"),
            (Strings{"12% unverifiable: the sentence's own figures give ($325.2 "
                     "million - $300.0 million) / $300.0 million = 8%, but a figure is "
                     "approximate"}));
  EXPECT_EQ(Claims("Backlog increased 12% in constant currency to $325.2 million from $300.0 "
                   "million.\n"),
            Strings{});
  // Only by truncation: 108.48 / 100 - 1 is 8.48%, which rounds to 8.5%.
  EXPECT_EQ(Claims("Backlog increased 8.4% to $108,480 from $100,000.\n"),
            (Strings{"8.4% unverifiable: the sentence's own figures give ($108,480 - $100,000) "
                     "/ $100,000 = 8.5%, but the stated figure only truncates it"}));
}

TEST(ReaderArithmeticTest, QuietWithoutAPair) {
  // The prior amount is not a figure of the sentence: the tables decide.
  EXPECT_EQ(Claims("Net sales were $352.2 million, an increase of 8% compared to the first "
                   "quarter of 2023.\n"),
            Strings{});
  // Two measures: the change is of the second, which has no pair.
  EXPECT_EQ(Claims("Revenue was $10.0 million compared to $8.0 million, while costs rose 5%.\n"),
            Strings{});
}

TEST(ReaderArithmeticTest, AChangeBindsToItsOwnClause) {
  // The second change compares with another figure than the pair before it.
  EXPECT_EQ(Claims("The provision for income taxes for the current quarter decreased $370,000 to "
                   "$1.46 million from $1.83 million for the preceding quarter and decreased "
                   "$52,000 from $1.51 million for the comparable quarter one year ago.\n"),
            (Strings{"$370,000 verified: $1.46 million - $1.83 million = -$370,000"}));
  EXPECT_EQ(Claims("Earnings per share increased 37 percent to $9.52 in 2024, before the tax "
                   "gain, from $6.95 in 2023 which was a 33 percent increase from $5.23 in "
                   "2022.\n"),
            (Strings{"37 percent verified: ($9.52 - $6.95) / $6.95 = 37%"}));
  // Listed figures pair "respectively", not with their neighbours.
  EXPECT_EQ(Claims("Revenues increased 12.6% to $512 million and operating income increased "
                   "27.4% to $118.2 million compared to $454.7 million and $92.8 million "
                   "respectively, for the prior fiscal year.\n"),
            Strings{});
}

TEST(ReaderArithmeticTest, ShareOfAWholeTheTablesShow) {
  EXPECT_EQ(Claims("Non-performing loans were $4.6 million, or 0.92% of total assets, at March "
                   "31, 2024.\n"),
            (Strings{"0.92% verified: $4.6 million / 500,000,000 (Total assets, at Mar 31, "
                     "2024) = 0.92%"}));
  // Wrong, but a share is never a finding: unverifiable with the arithmetic.
  EXPECT_EQ(Claims("Non-performing loans were $4.6 million, or 0.12% of total assets, at March "
                   "31, 2024.\n"),
            (Strings{"0.12% unverifiable: the sentence's own figures give $4.6 million / "
                     "500,000,000 (Total assets, at Mar 31, 2024) = 0.92%, but a share of a "
                     "whole is not always what the row shows"}));
}

}  // namespace
}  // namespace tieout
