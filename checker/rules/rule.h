// A rule: one invariant a release must satisfy, read from the rules file.
//
// Each kind of rule is one class in one file (footing_rule.cc, sum_rule.cc, ...), registered in
// the list in registry.cc. A rule reads its options once, when the rules file is loaded, and
// reports every check it evaluates through Results: passed, failed (with a finding) or skipped.
#ifndef TIEOUT_RULES_RULE_H_
#define TIEOUT_RULES_RULE_H_

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/document/document.h"
#include "checker/engine/report.h"
#include "checker/ingest/vocabulary.h"

namespace tieout {

// The fields every rule has.
struct RuleSpec {
  std::string id;
  std::string title;
  std::string kind;
  Severity severity = Severity::kError;
  std::string message;  // a template: "{row} does not foot: ..."
  std::string description;
  std::string link;
};

// Named concepts: a concept is a list of label patterns ("net (income|loss)$").
class Concepts {
 public:
  void Add(const std::string& name, std::vector<Pattern> patterns);
  bool Has(const std::string& name) const { return patterns_.count(name) > 0; }
  // Whether a row (with figures) is labelled as the concept: its label, or its section and
  // label together ("net loss per share" + "basic"), matches one of the patterns.
  bool Matches(const Row& row, const std::string& concept_name) const;
  // The first row of a table with figures that matches, or nullptr.
  const Row* FindRow(const Table& table, const std::string& concept_name) const;
  std::vector<const Row*> FindRows(const Table& table, const std::string& concept_name) const;
  const std::map<std::string, std::vector<Pattern>>& all() const { return patterns_; }

 private:
  std::map<std::string, std::vector<Pattern>> patterns_;
  mutable MatchCache cache_;
};

// Where a rule's checks and findings go, for one document.
class Results {
 public:
  Results(const Document& doc, Report* report) : doc_(doc), report_(report) {}

  struct Failure {
    std::map<std::string, std::string> values;  // fills the message template
    std::string expected, actual, difference;
    std::vector<std::pair<SourceSpan, std::string>> related;
  };

  void Pass(const RuleSpec& rule, SourceSpan where, std::string detail);
  void Skip(const RuleSpec& rule, std::string detail);
  // A skip that points at what could not be checked.
  void Skip(const RuleSpec& rule, SourceSpan where, std::string detail);
  // Adds narrative figure counts to the report and to the document's summary.
  void AddCoverage(const NarrativeCoverage& coverage);
  void Fail(const RuleSpec& rule, SourceSpan where, std::string detail, const Failure& failure);
  // A finding without a check of its own (the check was recorded as passed or failed).
  void AddFinding(const RuleSpec& rule, SourceSpan where, const Failure& failure);

  const Document& document() const { return doc_; }

 private:
  const Document& doc_;
  Report* report_;
};

struct NarrativeVocabulary;

// Work shared by the rules of one document, built by the first rule that asks for it: the
// narrative analysis is read once for the four narrative rules.
class DocumentMemo {
 public:
  template <typename T, typename Build>
  const T& Get(const std::string& key, Build build) {
    auto it = entries_.find(key);
    if (it == entries_.end()) it = entries_.emplace(key, std::make_shared<T>(build())).first;
    return *static_cast<const T*>(it->second.get());
  }

 private:
  std::map<std::string, std::shared_ptr<void>> entries_;
};

struct RuleContext {
  const Concepts& concepts;
  const Vocabulary& vocabulary;
  const NarrativeVocabulary* narrative = nullptr;  // how the prose names things; may be null
  DocumentMemo* memo = nullptr;                    // per document; may be null
};

class Rule {
 public:
  explicit Rule(RuleSpec spec) : spec_(std::move(spec)) {}
  virtual ~Rule() = default;
  const RuleSpec& spec() const { return spec_; }
  virtual void Run(const Document& doc, const RuleContext& context, Results* results) const = 0;

 private:
  RuleSpec spec_;
};

// Fills "{name}" placeholders from values; unknown names stay as written.
std::string FillTemplate(const std::string& text, const std::map<std::string, std::string>& values);

// A column's name for messages: "3 months ended 2003-12-31", else its header, else "column N".
std::string ColumnName(const Table& table, size_t column);

// Whether a computed figure agrees with a shown one, each within its half-unit tolerance.
bool WithinTolerance(const Decimal& computed, const Decimal& computed_half, const Decimal& shown,
                     const Decimal& shown_half);

}  // namespace tieout

#endif  // TIEOUT_RULES_RULE_H_
