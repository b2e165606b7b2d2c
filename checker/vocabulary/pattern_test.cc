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
  for (auto it = p.Begin(text); it != RegexIterator(); ++it) found.push_back((*it)[1]);
  EXPECT_EQ(found, Words({"10", "20"}));
  std::string none = "no amounts";
  EXPECT_TRUE(p.Begin(none) == RegexIterator());
}

// The traits answer as std::regex_traits<char> does, byte for byte.
TEST(RegexTraitsTest, SameAnswersAsTheStandardTraits) {
  RegexTraits fast;
  std::regex_traits<char> plain;
  const char* classes[] = {"w", "d", "s", "alpha", "upper", "W"};
  for (int i = 0; i < 256; ++i) {
    char c = static_cast<char>(i);
    EXPECT_EQ(fast.translate_nocase(c), plain.translate_nocase(c)) << i;
    EXPECT_EQ(fast.translate(c), plain.translate(c)) << i;
    for (const char* name : classes) {
      const char* end = name + std::char_traits<char>::length(name);
      for (bool icase : {false, true}) {
        EXPECT_EQ(fast.isctype(c, fast.lookup_classname(name, end, icase)),
                  plain.isctype(c, plain.lookup_classname(name, end, icase)))
            << i << " " << name << " " << icase;
      }
    }
  }
  const char w[] = "w";
  EXPECT_TRUE(fast.isctype('_', fast.lookup_classname(w, w + 1)));
  EXPECT_FALSE(fast.isctype('-', fast.lookup_classname(w, w + 1)));
  EXPECT_FALSE(fast.isctype('\xe9', fast.lookup_classname(w, w + 1)));
}

// A Regex finds the same matches, at the same places and with the same groups, as std::regex:
// letters of either case, digits, \b, classes, '.', brackets, and bytes above 0x7f.
TEST(RegexTraitsTest, SameMatchesAsStdRegex) {
  const char* patterns[] = {
      "\\bnet (income|loss)\\b",
      "\\b(chief|principal) (executive|financial) officer\\b",
      "\\d+(\\.\\d+)?\\s*%",
      "[A-Z][a-z]+ \\w+",
      "\\bQ[1-4]\\b|\\b[1-4]Q\\b",
      "caf.\\b",
      "[^a-z ]+",
      "\\W+",
      "\\bfiscal\\s+\\d{4}\\b",
      "\xc3\xa9t\xc3\xa9",
      "[\xc0-\xff]+",
  };
  const std::string texts[] = {
      "Net Income rose; NET LOSS narrowed; net incomes",
      "our Chief Executive Officer and PRINCIPAL financial officer_",
      "up 12.5 % and 7% and 3 %",
      "Revenue grew in Q3 and 4Q but not Q5 or 2q",
      "Caf\xc3\xa9 au lait, cafe, CAFE_ au caf\xc3\xa9s",
      "\xc3\x89T\xc3\x89 and \xc3\xa9t\xc3\xa9 in FISCAL  2019 and fiscal 20190",
      "tabs\tand\r\nnew lines\x01\x7f\xff end",
  };
  for (const char* source : patterns) {
    for (bool icase : {false, true}) {
      auto flags = std::regex::ECMAScript | (icase ? std::regex::icase : std::regex::ECMAScript);
      Regex fast(source, flags);
      std::regex plain(source, flags);
      for (const std::string& text : texts) {
        std::vector<std::string> got, want;
        for (RegexIterator it(text.begin(), text.end(), fast); it != RegexIterator(); ++it) {
          for (size_t g = 0; g < it->size(); ++g) {
            got.push_back(std::to_string(it->position(g)) + ":" + it->str(g));
          }
        }
        for (std::sregex_iterator it(text.begin(), text.end(), plain); it != std::sregex_iterator();
             ++it) {
          for (size_t g = 0; g < it->size(); ++g) {
            want.push_back(std::to_string(it->position(g)) + ":" + it->str(g));
          }
        }
        EXPECT_EQ(got, want) << source << " icase " << icase << " on " << text;
      }
    }
  }
  // Firing and quiet cases of the case folding and of \b.
  Regex officer("\\bofficer\\b", std::regex::ECMAScript | std::regex::icase);
  EXPECT_TRUE(std::regex_search(std::string("Chief OFFICER."), officer));
  EXPECT_FALSE(std::regex_search(std::string("officers"), officer));
  EXPECT_FALSE(std::regex_search(std::string("officer_"), officer));
}

}  // namespace
}  // namespace tieout
