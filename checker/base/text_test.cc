#include "checker/base/text.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>

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
  EXPECT_TRUE(ContainsNoCase("Net (LOSS) income", "(loss)"));
  EXPECT_TRUE(ContainsNoCase("RESTATEMENT", "Restatement"));  // the needle's case is ignored too
  EXPECT_FALSE(ContainsNoCase("restatemen", "restatement"));
  // Bytes above 0x7f are compared as they are: "É" is not "é".
  EXPECT_FALSE(ContainsNoCase("caf\xc3\x89", "caf\xc3\xa9"));
  EXPECT_TRUE(ContainsNoCase("CAF\xc3\xa9", "caf\xc3\xa9"));
  // First characters in both cases before the match, at its very end, near misses.
  EXPECT_TRUE(ContainsNoCase("r R rE Re rEV REVENUE", "revenue"));
  EXPECT_TRUE(ContainsNoCase("xxxxRevenue", "revenue"));
  EXPECT_FALSE(ContainsNoCase("revenuRevenu rEVENU", "revenue"));
  EXPECT_TRUE(ContainsNoCase("1,234 (in thousands)", "(in"));
  EXPECT_TRUE(ContainsNoCase("x", "X"));
  EXPECT_FALSE(ContainsNoCase("x", "y"));
}

TEST(TextTest, FindNoCase) {
  EXPECT_EQ(FindNoCase("<html><DOCUMENT><Document>", "<document>"), 6u);
  EXPECT_EQ(FindNoCase("<html><DOCUMENT><Document>", "<document>", 7), 16u);
  EXPECT_EQ(FindNoCase("<html><DOCUMENT><Document>", "<document>", 17), std::string_view::npos);
  EXPECT_EQ(FindNoCase("abc", "", 2), 2u);
  EXPECT_EQ(FindNoCase("abc", "", 4), std::string_view::npos);
  EXPECT_EQ(FindNoCase("abc", "bcd"), std::string_view::npos);
  EXPECT_EQ(FindNoCase("xTexT", "text", 1), 1u);
}

TEST(TextTest, FindNoCaseFindsTheFirstMatchWhateverItsRarestLetter) {
  // Anchored on "z" of "ceo zone", the search still returns the leftmost match.
  EXPECT_EQ(FindNoCase("CEO Zone, ceo zone", "ceo zone"), 0u);
  EXPECT_EQ(FindNoCase("CEO Zone, ceo zone", "ceo zone", 1), 10u);
  EXPECT_EQ(FindNoCase("zz-zzq", "zq"), 4u);
  EXPECT_EQ(FindNoCase("the chief executive", "Q"), std::string_view::npos);
  // Every text over a small alphabet against every needle: the same as a lowered find.
  const std::string alphabet = "aAeEzZ -";
  auto lowered = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  uint32_t seed = 7;
  auto random_text = [&](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      s += alphabet[(seed >> 16) % alphabet.size()];
    }
    return s;
  };
  for (int t = 0; t < 300; ++t) {
    std::string hay = random_text(static_cast<size_t>(t % 23));
    std::string needle = random_text(1 + static_cast<size_t>(t % 4));
    for (size_t from = 0; from <= hay.size() + 1; ++from) {
      size_t want =
          from > hay.size() ? std::string::npos : lowered(hay).find(lowered(needle), from);
      EXPECT_EQ(FindNoCase(hay, needle, from), want) << hay << " / " << needle << " @" << from;
    }
  }
}

TEST(TextTest, EndsWithNoCase) {
  EXPECT_TRUE(EndsWithNoCase("LOGO.JPG", ".jpg"));
  EXPECT_FALSE(EndsWithNoCase("jpg", ".jpg"));
  EXPECT_FALSE(EndsWithNoCase("logo.jpeg", ".jpg"));
}

TEST(TextTest, CharacterClassesAreTheCLocales) {
  // The program runs in the C locale: every byte is classed as <cctype> classes it there.
  for (int b = 0; b < 256; ++b) {
    char c = static_cast<char>(b);
    SCOPED_TRACE(b);
    EXPECT_EQ(IsAsciiDigit(c), std::isdigit(b) != 0);
    EXPECT_EQ(IsAsciiAlpha(c), std::isalpha(b) != 0);
    EXPECT_EQ(IsAsciiAlnum(c), std::isalnum(b) != 0);
    EXPECT_EQ(IsAsciiUpper(c), std::isupper(b) != 0);
    EXPECT_EQ(IsAsciiLower(c), std::islower(b) != 0);
    EXPECT_EQ(IsAsciiSpace(c), std::isspace(b) != 0);
    EXPECT_EQ(AsciiLowerChar(c), static_cast<char>(std::tolower(b)));
  }
}

}  // namespace
}  // namespace tieout
