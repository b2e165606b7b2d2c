// Test helpers: documents and rules built from strings, so unit tests need no files.
#ifndef TIEOUT_TESTING_TEST_DOCUMENTS_H_
#define TIEOUT_TESTING_TEST_DOCUMENTS_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "checker/engine/engine.h"
#include "checker/ingest/reader.h"
#include "checker/rules/rule_set.h"

namespace tieout::testing {

inline std::shared_ptr<const RuleSet> DefaultRules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    auto r = ParseRules(DefaultRulesText(), "<default rules>");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return *r;
  }();
  return rules;
}

// Reads `text` as if it were the file `name`.
inline std::vector<Document> ReadText(const std::string& text, const std::string& name = "t.txt") {
  auto file = std::make_shared<const SourceFile>(name, text);
  auto docs = ReadDocuments(file, DefaultRules()->vocabulary);
  EXPECT_TRUE(docs.ok()) << docs.status().message();
  return docs.ok() ? *docs : std::vector<Document>{};
}

// Checks `text` with the default rules, or with `rules` when given.
inline Report CheckText(const std::string& text, std::shared_ptr<const RuleSet> rules = nullptr) {
  Report report;
  Engine engine(rules ? rules : DefaultRules());
  for (const Document& doc : ReadText(text)) engine.CheckDocument(doc, &report);
  return report;
}

// The checks of one rule, as "status: detail" lines.
inline std::vector<std::string> ChecksOf(const Report& report, const std::string& rule) {
  std::vector<std::string> out;
  for (const CheckResult& c : report.checks) {
    if (c.rule == rule) out.push_back(std::string(CheckStatusName(c.status)) + ": " + c.detail);
  }
  return out;
}

// The findings, as "severity rule: message" lines.
inline std::vector<std::string> FindingMessages(const Report& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) {
    out.push_back(std::string(SeverityName(f.severity)) + " " + f.rule + ": " + f.message);
  }
  return out;
}

}  // namespace tieout::testing

#endif  // TIEOUT_TESTING_TEST_DOCUMENTS_H_
