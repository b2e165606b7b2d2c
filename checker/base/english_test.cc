#include "checker/base/english.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(EnglishTest, CardinalWords) {
  EXPECT_EQ(CardinalWord("zero"), 0);
  EXPECT_EQ(CardinalWord("three"), 3);
  EXPECT_EQ(CardinalWord("twelve"), 12);
  EXPECT_EQ(CardinalWord("twenty"), 20);
  EXPECT_EQ(CardinalWord("forty"), 40);
  EXPECT_EQ(CardinalWord("hundred"), 100);
  EXPECT_EQ(CardinalWord("Three"), -1);  // callers lowercase first
  EXPECT_EQ(CardinalWord("twenty-one"), -1);
  EXPECT_EQ(CardinalWord("3"), -1);
  EXPECT_EQ(CardinalWord(""), -1);
}

TEST(EnglishTest, ScaleWords) {
  EXPECT_EQ(ScaleWordPower("million"), 6);
  EXPECT_EQ(ScaleWordPower("billions"), 9);
  EXPECT_EQ(ScaleWordPower("thousand"), 3);
  EXPECT_EQ(ScaleWordPower(""), 0);
  EXPECT_EQ(ScaleWordPower("shares"), -1);
}

TEST(EnglishTest, JoiningWords) {
  EXPECT_TRUE(IsJoiningWord("and"));
  EXPECT_TRUE(IsJoiningWord("of"));
  EXPECT_TRUE(IsJoiningWord("before"));
  EXPECT_FALSE(IsJoiningWord("And"));   // callers lowercase first
  EXPECT_FALSE(IsJoiningWord("less"));  // a word of labels: rules.yaml run_on_words
  EXPECT_FALSE(IsJoiningWord("revenues"));
  EXPECT_FALSE(IsJoiningWord(""));
}

}  // namespace
}  // namespace tieout
