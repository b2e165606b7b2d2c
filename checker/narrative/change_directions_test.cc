// Hand-made releases whose changes say a direction ("increased 17%", "a decrease of $1.4
// million"): a change verified by arithmetic moves the way its words say, the amount of a loss
// or an outflow by its size.
#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"

namespace tieout {
namespace {

const char kStatement[] =
    "\n"
    "                          ZETA TOOLS INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Net sales                            $  352,200      $  300,000\n"
    "Cost of sales                           251,700         209,900\n"
    "Net loss                             $  (12,600)     $  (14,000)\n";

using Strings = std::vector<std::string>;

Strings Verdicts(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kStatement, "t.txt", true);
}

TEST(ChangeDirectionsTest, AChangeMovesTheWayItsWordsSay) {
  // Quiet: the words and the cells agree.
  EXPECT_EQ(Verdicts("Net sales increased 17% in the first quarter of 2024.\n"),
            Strings{"17% verified"});
  EXPECT_EQ(Verdicts("Net sales rose $52.2 million in the first quarter of 2024.\n"),
            Strings{"$52.2 million verified"});
  // A loss that shrank "decreased", by its size.
  EXPECT_EQ(Verdicts("Net loss decreased 10% in the first quarter of 2024.\n"),
            Strings{"10% verified"});
  // The other direction: no tick (a change is never a mismatch).
  EXPECT_EQ(Verdicts("Net sales decreased 17% in the first quarter of 2024.\n"),
            Strings{"17% unverifiable: a change between periods that no row labelled \"net "
                    "sales\" shows"});
  EXPECT_EQ(Verdicts("Net loss increased 10% in the first quarter of 2024.\n"),
            Strings{"10% unverifiable: a change between periods that no row labelled \"net "
                    "loss\" shows"});
}

}  // namespace
}  // namespace tieout
