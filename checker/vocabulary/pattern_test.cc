#include "checker/vocabulary/pattern.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace tieout {
namespace {

using Words = std::vector<std::string>;

TEST(NeededWordsTest, PlainRunsAndGroups) {
  EXPECT_EQ(NeededWords("\\brestatements?\\b"), Words({"restatement"}));
  EXPECT_EQ(NeededWords("Chief Financial Officer"), Words({"chief financial officer"}));
  // Every alternative must need a word: one of them is needed.
  EXPECT_EQ(NeededWords("(?:Officer|OFFICER|CEO|CFO)\\b"), Words({"ceo", "cfo", "officer"}));
  EXPECT_EQ(NeededWords("^net (income|loss) per share"), Words({" per share"}));
  // The strongest need of a sequence: its longest shortest word.
  EXPECT_EQ(NeededWords("in (thousands|millions)"), Words({"millions", "thousands"}));
}

TEST(NeededWordsTest, OptionalPartsNeedNothing) {
  EXPECT_EQ(NeededWords("^(net |operating )?loss(es)?\\b"), Words({"loss"}));
  EXPECT_EQ(NeededWords("expenses?$"), Words({"expense"}));
  EXPECT_EQ(NeededWords("a{0,3}bc"), Words({"bc"}));
  EXPECT_EQ(NeededWords("(?:ab)*c"), Words({"c"}));
  // A lookahead consumes nothing: "income" may be absent from a match.
  EXPECT_EQ(NeededWords("^(?!.*\\bincome\\b).*\\bcosts?\\b"), Words({"cost"}));
}

TEST(NeededWordsTest, NothingReadable) {
  EXPECT_EQ(NeededWords("[a-z]+"), Words());
  EXPECT_EQ(NeededWords("\\d+\\.\\d"), Words({"."}));
  EXPECT_EQ(NeededWords("revenue|\\d+"), Words());  // an alternative needs no word
  EXPECT_EQ(NeededWords("(unclosed"), Words());
  EXPECT_EQ(NeededWords("(?<name>x)"), Words());
  EXPECT_EQ(NeededWords(""), Words());
}

TEST(NeededWordsTest, Escapes) {
  EXPECT_EQ(NeededWords("ph\\.d\\."), Words({"ph.d."}));
  EXPECT_EQ(NeededWords("\\x41bc"), Words({"bc"}));  // \x41 is not "x41"
  EXPECT_EQ(NeededWords("\\(loss\\)"), Words({"(loss)"}));
  EXPECT_EQ(NeededWords("[(]loss[)]"), Words({"loss"}));  // a class is no plain character
}

// The pattern matches exactly what std::regex matches: texts it rules out never match.
TEST(PatternTest, NumbersStdRegexCannotHoldAreBadPatterns) {
  // Firing: a back-reference or a repeat count past what std::regex reads safely (found by the
  // rules fuzzer: "\\2222..." overflowed its counter).
  EXPECT_THROW(Pattern("\\bage\\2222222222222222222222", true), std::regex_error);
  EXPECT_THROW(Pattern("(a)\\100", true), std::regex_error);
  EXPECT_THROW(Pattern("x{1001}", true), std::regex_error);
  EXPECT_THROW(Pattern("x{2,99999999999999999999}", true), std::regex_error);
  // Quiet: ordinary counts and back-references, escaped braces and backslashes.
  EXPECT_TRUE(Pattern("(a)\\1", true).Search("aa"));
  EXPECT_TRUE(Pattern("^x{2,1000}$", true).Search("xxx"));
  EXPECT_TRUE(Pattern("\\{12345\\}", true).Search("{12345}"));
  EXPECT_TRUE(Pattern("\\\\123456", true).Search("\\123456"));
  EXPECT_TRUE(Pattern("fy ?\\d{4}", true).Search("FY 2024"));
}

TEST(PatternTest, SameMatchesAsTheRegex) {
  const std::vector<std::pair<std::string, bool>> patterns = {
      {"\\brestatements?\\b", true},
      {"^(net |operating )?loss(es)?\\b(?!.*\\bincome\\b)", true},
      {"(?:Officer|OFFICER|CEO|CFO)\\b", false},
      {"in (thousands|millions)", true},
  };
  const std::vector<std::string> texts = {
      "As restated",
      "the Restatement of 2003",
      "Net loss",
      "loss from operations",
      "net income",
      "Chief Executive Officer",
      "chief officer",
      "CFO",
      "In Thousands",
      "in millions, except",
      "",
      "thousands",
      "Net LOSSES",
      "restatements",
      "ceo",
      "operating losses and income",
  };
  for (const auto& [source, icase] : patterns) {
    Pattern p(source, icase);
    auto flags = std::regex::ECMAScript | (icase ? std::regex::icase : std::regex::ECMAScript);
    std::regex plain(source, flags);
    for (const std::string& text : texts) {
      EXPECT_EQ(p.Search(text), std::regex_search(text, plain)) << source << " on " << text;
      std::smatch m;
      EXPECT_EQ(p.Search(text, &m), std::regex_search(text, plain)) << source << " on " << text;
    }
  }
  Pattern officer("(?:Officer|OFFICER|CEO|CFO)\\b", false);
  EXPECT_FALSE(officer.MayMatch("the chief executive"));
  EXPECT_TRUE(officer.MayMatch("chief officer"));  // may: the case is left to the regex
  EXPECT_FALSE(officer.Search("chief officer"));
  EXPECT_THROW(Pattern("(", true), std::regex_error);
}

TEST(PatternTest, EveryMatchInOrder) {
  Pattern p("up to (\\d+)", true);
  std::string text = "Up to 10 and up to 20.";
  std::vector<std::string> found;
  for (auto it = p.Begin(text); it != std::sregex_iterator(); ++it) found.push_back((*it)[1]);
  EXPECT_EQ(found, Words({"10", "20"}));
  std::string none = "no amounts";
  EXPECT_TRUE(p.Begin(none) == std::sregex_iterator());
}

}  // namespace
}  // namespace tieout
