#include "checker/rules/rule_options.h"

#include <gtest/gtest.h>

#include <sstream>

#include "checker/rules/rule_kind.h"
#include "checker/rules/rule_set.h"

namespace tieout {
namespace {

const char kConcepts[] =
    "concepts:\n"
    "  a: [\"^a$\"]\n"
    "  b: [\"^b$\"]\n"
    "  c: [\"^c$\"]\n"
    "rules:\n";

std::string Effective(const std::string& rules) {
  auto set = ParseRules(kConcepts + rules, "r.yaml");
  EXPECT_TRUE(set.ok()) << set.status().message();
  if (!set.ok()) return "";
  std::ostringstream out;
  for (const auto& rule : (*set)->rules) WriteEffectiveRule(*rule, out);
  return out.str();
}

TEST(RuleOptionsTest, EffectiveOptionsIncludeDefaults) {
  EXPECT_EQ(Effective("  - {id: e, title: E, kind: equation, severity: warning, message: m, "
                      "equation: \"a == b + c\"}\n"),
            "- id: e\n  title: E\n  kind: equation\n  severity: warning\n  message: m\n"
            "  equation: a == b + c\n  contiguous: false\n");
  EXPECT_EQ(Effective("  - {id: s, title: S, kind: sum, severity: error, message: m, total: a, "
                      "parts: [b, c]}\n"),
            "- id: s\n  title: S\n  kind: sum\n  severity: error\n  message: m\n  total: a\n"
            "  parts: [b, c]\n  contiguous: false\n");
  EXPECT_EQ(Effective("  - {id: n, title: N, kind: narrative-figure, severity: error, message: "
                      "m}\n"),
            "- id: n\n  title: N\n  kind: narrative-figure\n  severity: error\n  message: m\n"
            "  reports: mismatch\n  accept: [round, truncate]\n");
}

TEST(RuleOptionsTest, EffectiveRulesReadBackToTheSameRules) {
  auto defaults = ParseRules(DefaultRulesText(), "<default rules>");
  ASSERT_TRUE(defaults.ok()) << defaults.status().message();
  std::string text = DefaultRulesText();
  std::string head = text.substr(0, text.find("\nrules:\n")) + "\nrules:\n";
  std::ostringstream effective;
  for (const auto& rule : (*defaults)->rules) WriteEffectiveRule(*rule, effective);
  auto again = ParseRules(head + effective.str(), "effective.yaml");
  ASSERT_TRUE(again.ok()) << again.status().message();
  std::ostringstream twice;
  for (const auto& rule : (*again)->rules) WriteEffectiveRule(*rule, twice);
  EXPECT_EQ(twice.str(), effective.str());
  EXPECT_EQ((*again)->rules.size(), (*defaults)->rules.size());
}

TEST(RuleOptionsTest, EveryKindIsFoundByName) {
  for (const RuleKind& k : RuleKinds()) EXPECT_EQ(FindRuleKind(k.name), &k);
  EXPECT_EQ(FindRuleKind("summ"), nullptr);
}

TEST(RuleOptionsTest, BadOptionsAreProblemsAtTheirPosition) {
  auto r = ParseRules(std::string(kConcepts) +
                          "  - {id: e, title: E, kind: equation, severity: error, message: m, "
                          "equation: \"a == b\", contiguous: maybe}\n"
                          "  - {id: p, title: P, kind: eps, severity: error, message: m, "
                          "net_income: [a, z], shares: b}\n",
                      "r.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "r.yaml:6:100: 'contiguous' is true or false\n"
            "r.yaml:7:5: rule 'p' needs 'eps'");
}

TEST(RuleOptionsTest, SeverityOrNoneOptions) {
  // Quiet: a severity, none, and the default when not set, as the effective options show them.
  EXPECT_EQ(Effective("  - {id: f, title: F, kind: footing, severity: error, message: m, "
                      "rounding: warning, rounding_message: r}\n"
                      "  - {id: g, title: G, kind: footing, severity: error, message: m, "
                      "rounding: none}\n"),
            "- id: f\n  title: F\n  kind: footing\n  severity: error\n  message: m\n"
            "  rounding: warning\n  rounding_message: r\n  whole_columns: []\n"
            "- id: g\n  title: G\n  kind: footing\n  severity: error\n  message: m\n"
            "  rounding: none\n  rounding_message: \"{row} foots only within rounding in "
            "{column}: {equation} is {expected}, the total shows {actual}\"\n"
            "  whole_columns: []\n");
  // Firing: a word that is no severity, and a list.
  auto r = ParseRules(std::string(kConcepts) +
                          "  - {id: f, title: F, kind: footing, severity: error, message: m, "
                          "rounding: loud}\n"
                          "  - {id: p, title: P, kind: eps, severity: error, message: m, "
                          "net_income: a, shares: b, eps: c, one_unit: [note]}\n",
                      "r.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "r.yaml:6:77: rule 'f': 'rounding' is error, warning, note or none\n"
            "r.yaml:7:107: rule 'p': 'one_unit' is error, warning, note or none");
}

}  // namespace
}  // namespace tieout
