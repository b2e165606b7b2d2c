#include "checker/rules/narrative_figure_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;

const char kRelease[] =
    "Selling, general and administrative expenses for the quarter ended December 31, 2003\n"
    "were $1.3 million. Research and development expenses for the quarter ended December\n"
    "31, 2003 were $1.5 million.\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                         Quarter ended December 31,\n"
    "                                           2002              2003\n"
    "<S>                                    <C>               <C>\n"
    "Research and development                1,432,000         1,455,000\n"
    "Selling, general and administrative       902,000         1,356,000\n"
    "                                       ----------        ----------\n"
    "Total costs and expenses                2,334,000         2,811,000\n"
    "</TABLE>\n";

// The default rules with the narrative rules replaced by `rules`.
std::shared_ptr<const RuleSet> RulesWith(const std::string& rules) {
  std::string text = DefaultRulesText();
  text = text.substr(0, text.find("\nrules:\n")) + "\nrules:\n" + rules;
  auto r = ParseRules(text, "r.yaml");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : nullptr;
}

std::vector<std::string> Messages(const Report& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    out.push_back(std::string(SeverityName(f.severity)) + "[" + f.rule + "]: " + f.message);
  }
  return out;
}

TEST(NarrativeFigureRuleTest, TruncationIsAWarningOfItsOwnByDefault) {
  Report r = CheckText(kRelease);
  EXPECT_EQ(
      Messages(r),
      std::vector<std::string>{
          "warning[narrative-truncated]: narrative says $1.3 million for selling, general and "
          "administrative expenses (quarter ended Dec 31, 2003); the table says 1,356,000, "
          "which rounds to $1.4 million: the figure is truncated, not rounded"});
  EXPECT_EQ(
      ChecksOf(r, "narrative-matches-table"),
      (std::vector<std::string>{
          "pass: \"$1.3 million\" selling, general and administrative expenses (quarter ended "
          "Dec 31, 2003): matches by truncation only: Selling, general and administrative (quarter "
          "ended Dec 31, 2003): 1,356,000",
          "pass: \"$1.5 million\" research and development expenses (quarter ended Dec 31, "
          "2003): verified against Research and development (quarter ended Dec 31, 2003): "
          "1,455,000"}));
  EXPECT_EQ(r.narrative.figures, 2);
  EXPECT_EQ(r.narrative.truncated, 1);
  EXPECT_EQ(r.narrative.verified, 1);
}

TEST(NarrativeFigureRuleTest, PolicyRoundOnlyMakesTruncationAnError) {
  auto rules = RulesWith(
      "  - id: strict\n"
      "    title: Strict\n"
      "    kind: narrative-figure\n"
      "    severity: error\n"
      "    accept: round\n"
      "    message: \"{stated} for {concept} ({period}) is {table_rounded} in {row}\"\n");
  Report r = CheckText(kRelease, rules);
  EXPECT_EQ(Messages(r),
            std::vector<std::string>{
                "error[strict]: $1.3 million for selling, general and administrative expenses "
                "(quarter ended Dec 31, 2003) is $1.4 million in Selling, general and "
                "administrative"});
}

TEST(NarrativeFigureRuleTest, QuietWhenEveryFigureRounds) {
  std::string release = kRelease;
  release.replace(release.find("$1.3 million"), 12, "$1.4 million");
  EXPECT_EQ(Messages(CheckText(release)), std::vector<std::string>{});
}

TEST(NarrativeFigureRuleTest, BadOptionsAreReported) {
  auto problems = [](const std::string& rule) {
    auto r = ParseRules("rules:\n" + rule, "r.yaml");
    return r.ok() ? std::string() : r.status().message();
  };
  EXPECT_EQ(problems("  - id: a\n    title: A\n    kind: narrative-figure\n    severity: error\n"
                     "    reports: everything\n    message: m\n"),
            "r.yaml:6:14: rule 'a': 'reports' is one of mismatch, truncation, missing-unit, sign");
  EXPECT_EQ(problems("  - id: a\n    title: A\n    kind: narrative-figure\n    severity: error\n"
                     "    accept: [truncate]\n    message: m\n"),
            "r.yaml:6:13: rule 'a': 'accept' lists readings that verify a figure: round, and "
            "optionally truncate");
  EXPECT_EQ(problems("  - id: a\n    title: A\n    kind: narrative-direction\n    severity: error\n"
                     "    message: \"{row}\"\n"),
            "r.yaml:6:14: message uses '{row}', which a rule of kind 'narrative-direction' does "
            "not fill");
}

TEST(NarrativeFigureRuleTest, BadNarrativeVocabularyIsReported) {
  auto r = ParseRules(
      "concepts:\n"
      "  a:\n"
      "    labels: [\"^a$\"]\n"
      "    narrative: [\"net \\\\(loss\\\\)\"]\n"
      "    per_share: b\n"
      "    tytle: x\n"
      "narrative:\n"
      "  increase: [\"up\"]\n"
      "  decrease: [\"up\"]\n"
      "  sideways: [\"flat\"]\n"
      "rules: []\n",
      "r.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "r.yaml:6:5: unknown key 'tytle' in concept 'a' (labels, narrative, per_share, title)\n"
            "r.yaml:4:17: bad phrase 'net \\(loss\\)': '\\' is not phrase syntax (words, '(a|b)' "
            "groups and '?' only)\n"
            "r.yaml:5:16: unknown concept 'b' (define it under concepts:)\n"
            "r.yaml:9:14: bad phrase 'up': 'up' already means increase ('up')\n"
            "r.yaml:10:3: unknown key 'sideways' in narrative (components, increase, decrease, "
            "unchanged, comparison, approximate, bound, verbs, segments, qualifiers, synonyms, "
            "generic, gains, losses, variants, comparatives)");
}

}  // namespace
}  // namespace tieout
