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

// A release written the way releases are: a headline, a dateline, bullets, "respectively"; one
// figure of each status.
const char kStatusRelease[] =
    "ACME TOOLS REPORTS FIRST QUARTER 2020 RESULTS\n"
    "\n"
    "DALLAS, April 28, 2020 -- Acme Tools, Inc. (NYSE: ACM) today reported net sales of\n"
    "$352.2 million for the quarter ended March 31, 2020.\n"
    "\n"
    "  - Net sales increased $27.0 million, or 8%, compared to the first quarter of 2019.\n"
    "  - Tangible equity decreased 8.5% from $612.4 million at December 31, 2019 to $560.3\n"
    "    million at March 31, 2020.\n"
    "  - Backlog increased 12% to $325.2 million from $300.0 million a year ago.\n"
    "\n"
    "Research and development expenses for the quarter ended March 31, 2020 were $4.1\n"
    "million. The Company recorded a charge of $1.5 million.\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "(In thousands)                           Quarter ended March 31,\n"
    "                                           2020              2019\n"
    "<S>                                    <C>               <C>\n"
    "Net sales                                352,200           325,200\n"
    "Cost of sales                            250,100           230,000\n"
    "                                       ----------        ----------\n"
    "Gross profit                             102,100            95,200\n"
    "</TABLE>\n";

TEST(NarrativeFigureRuleTest, EveryFigureGetsOneStatus) {
  Report r = CheckText(kStatusRelease);
  EXPECT_EQ(Messages(r),
            std::vector<std::string>{
                "error[narrative-arithmetic]: narrative says 12% for the change in Backlog, but "
                "its own figures give ($325.2 million - $300.0 million) / $300.0 million = 8%"});
  EXPECT_EQ(
      ChecksOf(r, "narrative-matches-table"),
      (std::vector<std::string>{
          "pass: \"$352.2 million\" net sales (quarter ended Mar 31, 2020): verified against Net "
          "sales (quarter ended Mar 31, 2020): 352,200,000",
          "pass: \"$27.0 million\" Net sales (quarter ended Mar 31, 2020): verified by arithmetic "
          "against Net sales (quarter ended Mar 31, 2020): 352,200,000 (by arithmetic: "
          "352,200,000 - 325,200,000, quarter ended Mar 31, 2020 against quarter ended Mar 31, "
          "2019)",
          "pass: \"8%\" Net sales (quarter ended Mar 31, 2020): verified by arithmetic against "
          "Net sales (quarter ended Mar 31, 2020): 352,200,000 (by arithmetic: (352,200,000 - "
          "325,200,000) / 325,200,000, quarter ended Mar 31, 2020 against quarter ended Mar 31, "
          "2019)",
          "pass: \"8.5%\" Tangible equity: verified by arithmetic: ($560.3 million - $612.4 "
          "million) / $612.4 million = -8.5%",
          "skip: \"$612.4 million\": unverifiable: the subject of \"decreased\" is \"equity\"",
          "skip: \"$560.3 million\": unverifiable: the sentence speaks of something else: the "
          "subject of \"decreased\" is \"equity\"",
          "skip: \"12%\" Backlog: the sentence's own figures give ($325.2 million - $300.0 "
          "million) / $300.0 million = 8%",
          "skip: \"$325.2 million\": unverifiable: the subject of \"increased\" is \"backlog\"",
          "skip: \"$300.0 million\": unverifiable: the sentence speaks of something else: the "
          "subject of \"increased\" is \"backlog\"",
          "skip: \"$4.1 million\" research and development expenses: not in the tables: no "
          "table row is labelled \"research and development expenses\"",
          "skip: \"$1.5 million\": unverifiable: no phrase names what the figure measures"}));
  // One status per figure.
  EXPECT_EQ(r.narrative.figures, 11);
  EXPECT_EQ(r.narrative.verified, 4);
  EXPECT_EQ(r.narrative.by_arithmetic, 3);
  EXPECT_EQ(r.narrative.mismatched, 1);
  EXPECT_EQ(r.narrative.truncated, 0);
  EXPECT_EQ(r.narrative.unverifiable, 6);
  EXPECT_EQ(r.narrative.not_in_tables, 1);
}

TEST(NarrativeFigureRuleTest, QuietWhenTheChangeAddsUp) {
  std::string release = kStatusRelease;
  release.replace(release.find("increased 12%"), 13, "increased 8.4%");
  EXPECT_EQ(Messages(CheckText(release)), std::vector<std::string>{});
}

TEST(NarrativeFigureRuleTest, BadOptionsAreReported) {
  auto problems = [](const std::string& rule) {
    auto r = ParseRules("rules:\n" + rule, "r.yaml");
    return r.ok() ? std::string() : r.status().message();
  };
  EXPECT_EQ(problems("  - id: a\n    title: A\n    kind: narrative-figure\n    severity: error\n"
                     "    reports: everything\n    message: m\n"),
            "r.yaml:6:14: rule 'a': 'reports' is one of mismatch, truncation, missing-unit, sign, "
            "arithmetic");
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
            "generic, implied, gains, losses, variants, comparatives, annualized, "
            "company_suffixes, company_name_fillers, ratios)");
}

}  // namespace
}  // namespace tieout
