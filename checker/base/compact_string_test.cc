#include "checker/base/compact_string.h"

#include <sstream>
#include <utility>

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(CompactStringTest, HoldsItsTextInEightBytes) {
  EXPECT_EQ(sizeof(CompactString), 8u);
  std::string text = "Total revenues foot: 1,234 = 1,000 + 234";
  CompactString s = text;
  EXPECT_EQ(s.view(), text);
  EXPECT_EQ(s.size(), text.size());
  EXPECT_FALSE(s.empty());
  EXPECT_TRUE(s == "Total revenues foot: 1,234 = 1,000 + 234");
  EXPECT_FALSE(s == "Total revenues foot");
  EXPECT_EQ(s.str(), text);
}

TEST(CompactStringTest, EmptyHoldsNothing) {
  CompactString none;
  CompactString blank = "";
  EXPECT_TRUE(none.empty());
  EXPECT_TRUE(blank.empty());
  EXPECT_EQ(none.view(), "");
  EXPECT_EQ(blank.size(), 0u);
  EXPECT_TRUE(none == "");
}

TEST(CompactStringTest, CopiesAndMovesAsAString) {
  CompactString a = std::string("within rounding");
  CompactString b = a;
  EXPECT_EQ(b.view(), "within rounding");
  EXPECT_NE(b.view().data(), a.view().data());  // its own copy
  CompactString c = std::move(a);
  EXPECT_EQ(c.view(), "within rounding");
  EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): a moved-from string is empty
  b = c;
  const CompactString& same = b;
  b = same;  // self-assignment keeps the text
  EXPECT_EQ(b.view(), "within rounding");
  b = "other";
  EXPECT_EQ(b.view(), "other");
  EXPECT_EQ(c.view(), "within rounding");
}

TEST(CompactStringTest, ReadsAsTheStringItHolds) {
  CompactString s = std::string_view("ties\0with a NUL", 15);
  EXPECT_EQ(s.size(), 15u);  // any bytes, NUL included
  std::ostringstream out;
  out << CompactString("a") << "|" << CompactString() << "|";
  EXPECT_EQ(out.str(), "a||");
  EXPECT_EQ(std::string("rule: ") + CompactString("detail"), "rule: detail");
  std::string_view v = CompactString("x") == "x" ? "same" : "differ";
  EXPECT_EQ(v, "same");
}

}  // namespace
}  // namespace tieout
