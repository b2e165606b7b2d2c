#include "checker/rules/rule_set.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

std::string Problems(const std::string& yaml) {
  auto r = ParseRules(yaml, "r.yaml");
  return r.ok() ? "" : r.status().message();
}

TEST(RuleSetTest, DefaultRulesLoad) {
  auto r = ParseRules(DefaultRulesText(), "<default rules>");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GE((*r)->rules.size(), 5u);
  EXPECT_TRUE((*r)->concepts.Has("net_income"));
  EXPECT_EQ((*r)->vocabulary.ScaleOf("(In thousands, except per share data)"), 3);
  // The scale named first is the money's: the other is an exception's.
  EXPECT_EQ((*r)->vocabulary.ScaleOf("(In millions, except shares in thousands)"), 6);
  EXPECT_EQ((*r)->vocabulary.ScaleOf("(In thousands, except net income in millions)"), 3);
  EXPECT_EQ((*r)->vocabulary.ScaleOf("(Per share data)"), -1);
}

TEST(RuleSetTest, AHugeBackReferenceIsABadPattern) {
  const char* kNoRules = "r.yaml:1:1: no 'rules' list";
  // Found by the rules fuzzer: std::regex's own reading of it overflowed.
  EXPECT_EQ(
      Problems("concepts:\n  a: [\"\\\\bage\\\\2222222222222222222222\"]\n"),
      "r.yaml:2:7: bad pattern '\\bage\\2222222222222222222222': Invalid back reference in regular "
      "expression\n" +
          std::string(kNoRules));
  EXPECT_EQ(Problems("concepts:\n  a: [\"x{1,5000}\"]\n"),
            "r.yaml:2:7: bad pattern 'x{1,5000}': Invalid range in '{}' in regular expression\n" +
                std::string(kNoRules));
  // Quiet: a count of a few digits (the file's only problem is that it has no rules).
  EXPECT_EQ(Problems("concepts:\n  a: [\"\\\\d{4}\"]\n"), kNoRules);
}

TEST(RuleSetTest, ReportsEveryProblemWithItsPosition) {
  const char* yaml =
      "concepts:\n"
      "  a: [\"^a$\"]\n"
      "  b: [\"(unclosed\"]\n"
      "rules:\n"
      "  - id: one\n"
      "    title: One\n"
      "    kind: footing\n"
      "    severity: fatal\n"
      "    message: \"m\"\n"
      "  - id: one\n"
      "    title: Two\n"
      "    kind: summ\n"
      "    severity: error\n"
      "    message: \"m\"\n"
      "  - id: three\n"
      "    title: Three\n"
      "    kind: equation\n"
      "    severity: error\n"
      "    equation: \"a == c\"\n"
      "    sevrity: error\n"
      "    message: \"{nope}\"\n"
      "  - id: four\n"
      "    kind: footing\n";
  EXPECT_EQ(Problems(yaml),
            "r.yaml:3:7: bad pattern '(unclosed': Mismatched '(' and ')' in regular expression\n"
            "r.yaml:8:15: unknown severity 'fatal' (error, warning, note)\n"
            "r.yaml:10:9: duplicate rule id 'one'\n"
            "r.yaml:12:11: unknown rule kind 'summ' (footing, change-column, sum, equation, eps, "
            "quarters, label-figures, agree-across-tables, book-value, "
            "narrative-figure, narrative-direction, rollforward, same-period-same-value, "
            "certification, period-sanity, recurring-fact, total-column)\n"
            "r.yaml:20:5: unknown key 'sevrity' for a rule of kind 'equation'\n"
            "r.yaml:21:14: message uses '{nope}', which a rule of kind 'equation' does not fill\n"
            "r.yaml:19:15: unknown concept 'c' in 'a == c'\n"
            "r.yaml:22:5: rule is missing 'title'\n"
            "r.yaml:22:5: rule is missing 'severity'\n"
            "r.yaml:22:5: rule is missing 'message'");
}

TEST(RuleSetTest, SyntaxErrorsNameTheLine) {
  EXPECT_EQ(Problems("rules:\n  - id: [unclosed\n"), "r.yaml:3:1: end of sequence flow not found");
}

TEST(RuleSetTest, UnknownTopLevelKeyAndBadEquation) {
  EXPECT_EQ(
      Problems("ruls: []\n"),
      "r.yaml:1:1: unknown key 'ruls' (version, vocabulary, concepts, narrative, sets, rules, "
      "ignore, baseline)\n"
      "r.yaml:1:1: no 'rules' list");
  EXPECT_EQ(Problems("concepts: {a: x}\nrules:\n  - {id: e, title: t, kind: equation, severity: "
                     "error, message: m, equation: \"a + \"}\n"),
            "r.yaml:3:78: bad equation: no '==' in the equation");
}

TEST(RuleSetTest, ScaleExceptionsAreWordsOfTheVocabulary) {
  const char* kNoRules = "r.yaml:1:1: no 'rules' list";
  // Firing: an unknown list, a phrase and a capitalized word.
  EXPECT_EQ(Problems("vocabulary:\n"
                     "  scale_exceptions:\n"
                     "    {opens: [except, But Not], joiners: [And], fillers: [the]}\n"),
            "r.yaml:3:22: scale_exceptions.opens lists words: one lowercase word each, not 'But "
            "Not'\n"
            "r.yaml:3:42: scale_exceptions.joiners lists words: one lowercase word each, not "
            "'And'\n"
            "r.yaml:3:48: unknown key 'fillers' in scale_exceptions (opens, joiners, filler, "
            "other_kinds, per_unit)\n" +
                std::string(kNoRules));
  EXPECT_EQ(Problems("vocabulary:\n  scale_exceptions: [except]\n\n"),
            "r.yaml:2:21: 'scale_exceptions' maps opens, joiners, filler, other_kinds, per_unit "
            "to lists of words\n" +
                std::string(kNoRules));
  // Quiet: the words are read; the exceptions begin at the first of `opens`.
  auto r = ParseRules(
      "vocabulary:\n  scale_exceptions: {opens: [sauf, except], joiners: et}\nrules: []\n",
      "r.yaml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Vocabulary& v = (*r)->vocabulary;
  EXPECT_EQ(v.scale_exceptions.joiners, std::vector<std::string>{"et"});
  EXPECT_EQ(v.ExceptionAt("(en milliers, sauf le resultat net en millions)"), 14u);
  EXPECT_EQ(v.ExceptionAt("(in thousands, except per share data)"), 15u);
  EXPECT_EQ(v.ExceptionAt("(in thousands)"), std::string::npos);
  EXPECT_EQ(Vocabulary().ExceptionAt("(in thousands, except per share data)"), std::string::npos);
}

TEST(RuleSetTest, QuarterNamesAreWordsOfTheVocabulary) {
  const char* kNoRules = "r.yaml:1:1: no 'rules' list";
  // Firing: three ordinals instead of four, a capitalized word, an unknown key, not a map.
  EXPECT_EQ(Problems("vocabulary:\n"
                     "  quarter_names:\n"
                     "    {ordinals: [[first], [second], [third]], quarter: [Qtr], abbr: [q]}\n"),
            "r.yaml:3:16: quarter_names.ordinals lists four lists of words: the first quarter's "
            "ordinals to the fourth's\n"
            "r.yaml:3:56: quarter_names.quarter lists words: one lowercase word each, not 'Qtr'\n"
            "r.yaml:3:62: unknown key 'abbr' in quarter_names (ordinals, quarter, short, year)\n" +
                std::string(kNoRules));
  EXPECT_EQ(Problems("vocabulary:\n  quarter_names: [q]\n\n"),
            "r.yaml:2:18: 'quarter_names' maps ordinals, quarter, short, year to lists of words\n" +
                std::string(kNoRules));
  // Quiet: the words are read and name the quarters.
  auto r = ParseRules(
      "vocabulary:\n  quarter_names:\n"
      "    {ordinals: [[premier, 1er], [deuxieme], [troisieme], [quatrieme]], quarter: [trim],"
      " short: [t]}\nrules: []\n",
      "r.yaml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Vocabulary& v = (*r)->vocabulary;
  EXPECT_EQ(v.NamedQuarter("Premier trimestre 2023"), 1);
  EXPECT_EQ(v.NamedQuarter("1er trim. 2023"), 1);
  EXPECT_EQ(v.NamedQuarter("T3 2023"), 3);
  EXPECT_EQ(v.NamedQuarter("Q3 2023"), 0);
  EXPECT_EQ(v.NamedQuarter("T1 et T2"), 0);
  EXPECT_EQ(Vocabulary().NamedQuarter("First Quarter 2023"), 0);
}

TEST(RuleSetTest, TheWordsOfAYearBesideItsQuartersAreWordsOfTheVocabulary) {
  // Firing: a capitalized word.
  EXPECT_EQ(Problems("vocabulary:\n  quarter_names: {year: [annee, Total]}\n"),
            "r.yaml:2:33: quarter_names.year lists words: one lowercase word each, not 'Total'\n"
            "r.yaml:1:1: no 'rules' list");
  // Quiet: the words are read.
  auto r =
      ParseRules("vocabulary:\n  quarter_names: {year: [annee, cumul]}\nrules: []\n", "r.yaml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ((*r)->vocabulary.quarter_names.year, (std::vector<std::string>{"annee", "cumul"}));
}

TEST(RuleSetTest, MissingFileIsARulesError) {
  auto r = LoadRules("/nonexistent/rules.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidRules);
  EXPECT_EQ(r.status().message(), "/nonexistent/rules.yaml: cannot open the rules file");
}

}  // namespace
}  // namespace tieout
