// Hand-made releases whose sentences open with the period ("Third quarter sales were ..."): the
// ordinal names the release's latest period of that length, so the figure binds its column.
#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"

namespace tieout {
namespace {

// A 10-Q's statement with the quarter and nine months, in thousands.
const char kQuarterAndNineMonths[] =
    "\n"
    "                          DELTA WIDGETS INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                           Three Months Ended          Nine Months Ended\n"
    "                              September 30,              September 30,\n"
    "                           1997         1996          1997         1996\n"
    "                         --------     --------      --------     --------\n"
    "Sales                    $162,126     $116,728      $468,680     $370,121\n"
    "Selling, general and\n"
    "  administrative           29,163       20,590        83,423       61,200\n"
    "Net income               $ 40,100     $ 27,300      $115,200     $ 80,700\n";

using Strings = std::vector<std::string>;

Strings Amounts(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kQuarterAndNineMonths, "t.txt", false);
}

TEST(OpeningPeriodsTest, AnOpeningOrdinalNamesTheLatestPeriodOfItsLength) {
  // Quiet: the figures agree with the quarter's and the nine months' columns.
  EXPECT_EQ(Amounts("Third quarter sales were $162.1 million.\n"),
            Strings{"$162.1 million verified"});
  EXPECT_EQ(Amounts("First nine months sales were $468.7 million.\n"),
            Strings{"$468.7 million verified"});
  // Firing: a changed figure binds one row and one column, the quarter's (not the nine
  // months', which the sentence does not name).
  EXPECT_EQ(Amounts("Third quarter sales were $162.4 million.\n"),
            Strings{"$162.4 million mismatch"});
  EXPECT_EQ(Amounts("Third-quarter selling, general and administrative expenses of $29.5 "
                    "million are $8.6 million higher than the same quarter a year ago.\n"),
            (Strings{"$29.5 million mismatch", "$8.6 million verified"}));
  EXPECT_EQ(Amounts("First nine months sales were $468.9 million.\n"),
            Strings{"$468.9 million mismatch"});
  // Quiet: an ordinal that is not the latest quarter names no column of the tables.
  EXPECT_EQ(Amounts("Second quarter sales were $150.0 million.\n"),
            Strings{"$150.0 million unverifiable: the subject of \"were\" is \"sales\""});
}

}  // namespace
}  // namespace tieout
