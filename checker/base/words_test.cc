#include "checker/base/words.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

using Words = std::vector<std::string>;

TEST(WordsTest, SplitsAtSpaces) {
  EXPECT_EQ(SpaceSeparatedWords("total current liabilities"),
            (Words{"total", "current", "liabilities"}));
}

TEST(WordsTest, LeavesOutEmptyWords) {
  EXPECT_EQ(SpaceSeparatedWords("  second  quarter total "), (Words{"second", "quarter", "total"}));
  EXPECT_EQ(SpaceSeparatedWords(""), Words{});
  EXPECT_EQ(SpaceSeparatedWords("   "), Words{});
}

TEST(WordsTest, KeepsPunctuationInItsWord) {
  EXPECT_EQ(SpaceSeparatedWords("(in millions) q4"), (Words{"(in", "millions)", "q4"}));
}

}  // namespace
}  // namespace tieout
