#include "checker/base/text.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(TextTest, AsciiLowerLeavesOtherBytes) {
  EXPECT_EQ(AsciiLower("Net LOSS \xc3\x89"), "net loss \xc3\x89");
}

TEST(TextTest, ContainsNoCase) {
  EXPECT_TRUE(ContainsNoCase("<HTML><Body>", "<body"));
  EXPECT_TRUE(ContainsNoCase("abc", ""));
  EXPECT_FALSE(ContainsNoCase("<bod", "<body"));
  EXPECT_FALSE(ContainsNoCase("<html>", "<body"));
}

TEST(TextTest, EndsWithNoCase) {
  EXPECT_TRUE(EndsWithNoCase("LOGO.JPG", ".jpg"));
  EXPECT_FALSE(EndsWithNoCase("jpg", ".jpg"));
  EXPECT_FALSE(EndsWithNoCase("logo.jpeg", ".jpg"));
}

}  // namespace
}  // namespace tieout
