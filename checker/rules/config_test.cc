#include "checker/rules/config.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace tieout {
namespace {

namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tieout-config-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "drafts" / "q3");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& rel, const std::string& text) {
    fs::path p = dir_ / rel;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }

  fs::path dir_;
};

const Rule* FindRule(const RuleSet& set, const std::string& id) {
  for (const auto& r : set.rules) {
    if (r->spec().id == id) return r.get();
  }
  return nullptr;
}

std::shared_ptr<const RuleSet> Default() {
  auto set = ParseRules(DefaultRulesText(), "<default rules>");
  EXPECT_TRUE(set.ok());
  return *set;
}

TEST_F(ConfigTest, ASeverityOverrideKeepsTheVocabularyAndConcepts) {
  RuleSources options;
  options.config_path = Write(".tieout.yaml",
                              "extends: default\n"
                              "rules:\n"
                              "  table-footing:\n"
                              "    severity: warning\n");
  auto set = LoadEffectiveRules(options);
  ASSERT_TRUE(set.ok()) << set.status().message();
  auto base = Default();
  EXPECT_EQ((*set)->rules.size(), base->rules.size());
  EXPECT_EQ((*set)->concepts.all().size(), base->concepts.all().size());
  EXPECT_EQ((*set)->vocabulary.scales.size(), base->vocabulary.scales.size());
  ASSERT_NE(FindRule(**set, "table-footing"), nullptr);
  EXPECT_EQ(FindRule(**set, "table-footing")->spec().severity, Severity::kWarning);
  EXPECT_EQ(FindRule(**set, "eps-matches-net-income")->spec().severity, Severity::kError);
  EXPECT_EQ((*set)->layers, (std::vector<std::string>{"<default rules>", options.config_path}));
}

TEST_F(ConfigTest, DisableAddConceptsAndANewRule) {
  RuleSources options;
  options.config_path = Write(".tieout.yaml",
                              "rules:\n"
                              "  narrative-direction: {disable: true}\n"
                              "  - id: backlog-sum\n"
                              "    title: Backlog adds up\n");
  // A list entry after map entries is a YAML error; the message names the file.
  auto bad = LoadEffectiveRules(options);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), options.config_path + ":3:3: end of map not found");

  Write(".tieout.yaml",
        "concepts:\n"
        "  backlog: [\"^backlog$\"]\n"
        "  orders: [\"^orders$\"]\n"
        "  net_income: [\"^net earnings attributable$\"]\n"
        "vocabulary:\n"
        "  total_rows: [\"^sum of\\\\b\"]\n"
        "rules:\n"
        "  narrative-direction: {disable: true}\n"
        "  backlog-sum:\n"
        "    title: Backlog adds up\n"
        "    kind: sum\n"
        "    severity: warning\n"
        "    message: \"{row} does not add up\"\n"
        "    total: backlog\n"
        "    parts: [orders]\n");
  auto set = LoadEffectiveRules(options);
  ASSERT_TRUE(set.ok()) << set.status().message();
  auto base = Default();
  EXPECT_EQ(FindRule(**set, "narrative-direction"), nullptr);
  EXPECT_EQ((*set)->disabled, std::vector<std::string>{"narrative-direction"});
  ASSERT_NE(FindRule(**set, "backlog-sum"), nullptr);
  EXPECT_EQ((*set)->rules.size(), base->rules.size());  // one off, one on
  EXPECT_EQ((*set)->concepts.all().size(), base->concepts.all().size() + 2);
  EXPECT_EQ((*set)->concepts.all().at("net_income").size(),
            base->concepts.all().at("net_income").size() + 1);
  EXPECT_EQ((*set)->vocabulary.total_rows.size(), base->vocabulary.total_rows.size() + 1);
}

TEST_F(ConfigTest, ProblemsNameTheConfigurationFile) {
  RuleSources options;
  options.config_path = Write(".tieout.yaml",
                              "rules:\n"
                              "  table-footing:\n"
                              "    severity: fatal\n"
                              "  table-fotting:\n"
                              "    severity: warning\n"
                              "concepts:\n"
                              "  backlog: [\"(unclosed\"]\n"
                              "colour: red\n");
  auto set = LoadEffectiveRules(options);
  ASSERT_FALSE(set.ok());
  const std::string& f = options.config_path;
  EXPECT_EQ(set.status().message(),
            f + ":8:1: unknown key 'colour' (extends, version, vocabulary, concepts, narrative, " +
                "sets, rules, ignore, baseline)\n" + f +
                ":4:3: no rule 'table-fotting' to change (did you mean 'table-footing'?); a new "
                "rule needs kind, title, severity and message");
  Write(".tieout.yaml",
        "rules:\n"
        "  table-footing:\n"
        "    severity: fatal\n"
        "concepts:\n"
        "  backlog: [\"(unclosed\"]\n");
  set = LoadEffectiveRules(options);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(),
            f + ":5:13: bad pattern '(unclosed': Mismatched '(' and ')' in regular expression\n" +
                f + ":3:15: unknown severity 'fatal' (error, warning, note)");
}

TEST_F(ConfigTest, CommandLineDisableAndSeverity) {
  RuleSources options;
  options.no_config = true;
  options.disable = {"narrative-truncated"};
  options.severity = {{"table-footing", "note"}};
  auto set = LoadEffectiveRules(options);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(FindRule(**set, "narrative-truncated"), nullptr);
  EXPECT_EQ(FindRule(**set, "table-footing")->spec().severity, Severity::kNote);

  options.disable = {"narative-truncated"};
  options.severity = {{"table-footing", "fatal"}, {"nope", "error"}};
  set = LoadEffectiveRules(options);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(),
            "--disable: no rule 'narative-truncated' (did you mean 'narrative-truncated'?) (see "
            "'tieout rules list')\n"
            "--severity: unknown severity 'fatal' for 'table-footing' (error, warning, note)\n"
            "--severity: no rule 'nope' (see 'tieout rules list')");
}

TEST_F(ConfigTest, TheEffectiveSetLoadsBackAsTheSameRules) {
  RuleSources options;
  options.config_path = Write(".tieout.yaml",
                              "rules:\n"
                              "  table-footing: {severity: warning}\n"
                              "  narrative-matches-table: {accept: [round, truncate]}\n"
                              "concepts:\n"
                              "  revenue: {labels: [\"^turnover$\"], narrative: [turnover]}\n");
  options.disable = {"narrative-direction"};
  auto set = LoadEffectiveRules(options);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ((*set)->effective.rfind("# The effective rules: <default rules>, then " +
                                        options.config_path + ", then the command line.\n",
                                    0),
            0u);
  auto again = ParseRules((*set)->effective, "effective.yaml");
  ASSERT_TRUE(again.ok()) << again.status().message();
  ASSERT_EQ((*again)->rules.size(), (*set)->rules.size());
  for (size_t i = 0; i < (*set)->rules.size(); ++i) {
    EXPECT_EQ((*again)->rules[i]->spec().id, (*set)->rules[i]->spec().id);
    EXPECT_EQ((*again)->rules[i]->spec().severity, (*set)->rules[i]->spec().severity);
  }
  EXPECT_EQ((*again)->disabled, std::vector<std::string>{"narrative-direction"});
  EXPECT_EQ((*again)->concepts.all().at("revenue").size(),
            (*set)->concepts.all().at("revenue").size());
}

TEST_F(ConfigTest, FoundFromTheCheckedPathUpwards) {
  std::string draft = Write("drafts/q3/release.md", "Revenue was $1.\n");
  EXPECT_EQ(FindConfigFile(draft), "");
  std::string top = Write(".tieout.yaml", "rules: {}\n");
  EXPECT_EQ(fs::path(FindConfigFile(draft)), fs::path(top));
  std::string near = Write("drafts/.tieout.yaml", "rules: {}\n");
  EXPECT_EQ(fs::path(FindConfigFile(draft)), fs::path(near));
  EXPECT_EQ(fs::path(FindConfigFile((dir_ / "drafts").string())), fs::path(near));

  RuleSources options;
  options.search_from = draft;
  Write("drafts/.tieout.yaml", "rules: {table-footing: {severity: note}}\n");
  auto set = LoadEffectiveRules(options);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(FindRule(**set, "table-footing")->spec().severity, Severity::kNote);
  options.no_config = true;
  set = LoadEffectiveRules(options);
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(FindRule(**set, "table-footing")->spec().severity, Severity::kError);
}

TEST_F(ConfigTest, ExtendsAFileAndIgnoresResolveFromTheirFile) {
  Write("drafts/team.yaml",
        "extends: default\n"
        "rules:\n"
        "  table-footing: {severity: note}\n"
        "ignore:\n"
        "  - path: \"q3/*.md\"\n"
        "    rules: [narrative-direction]\n"
        "    reason: wording under review\n"
        "baseline: accepted.json\n");
  RuleSources options;
  options.config_path = Write(".tieout.yaml", "extends: drafts/team.yaml\n");
  auto set = LoadEffectiveRules(options);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(FindRule(**set, "table-footing")->spec().severity, Severity::kNote);
  ASSERT_EQ((*set)->ignores.size(), 1u);
  EXPECT_EQ((*set)->ignores[0].pattern, (dir_ / "drafts/q3/*.md").string());
  EXPECT_EQ((*set)->ignores[0].rules, std::vector<std::string>{"narrative-direction"});
  EXPECT_EQ((*set)->ignores[0].reason, "wording under review");
  EXPECT_EQ((*set)->baseline, (dir_ / "drafts/accepted.json").string());
  EXPECT_EQ((*set)->layers,
            (std::vector<std::string>{"<default rules>", (dir_ / "drafts/team.yaml").string(),
                                      options.config_path}));

  Write("drafts/team.yaml", "extends: ../.tieout.yaml\n");
  set = LoadEffectiveRules(options);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(),
            (dir_ / ".tieout.yaml").string() + ": 'extends' comes back to this file");
}

}  // namespace
}  // namespace tieout
