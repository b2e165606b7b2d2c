// A rule: one invariant a release must satisfy, read from the rules file.
//
// Each kind of rule is one class in one file pair (footing_rule.h/.cc, ...), registered in
// the list in rule_kinds.cc. A rule reads its options once, when the rules file is loaded, and
// reports every check it evaluates through Results: passed, failed (with a finding) or skipped.
#ifndef TIEOUT_RULES_RULE_H_
#define TIEOUT_RULES_RULE_H_

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/document/document.h"
#include "checker/result/report.h"
#include "checker/vocabulary/concepts.h"
#include "checker/vocabulary/vocabulary.h"

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
  // A finding without a check of its own: it belongs to the check recorded last (a pass
  // recorded for it by the caller).
  void AddFinding(const RuleSpec& rule, SourceSpan where, const Failure& failure);

  // Appends the checks and findings of `part`, made for this document apart (NarrativeRule).
  void Append(Report&& part) { report_->Append(std::move(part)); }

  const Document& document() const { return doc_; }

 private:
  // A check of the rule pointing at `where`, with the table it falls in.
  CheckResult Check(const RuleSpec& rule, CheckResult::Status status, SourceSpan where,
                    std::string detail) const;

  const Document& doc_;
  Report* report_;
};

struct NarrativeVocabulary;

// Work shared by the rules of one document, built by the first rule that asks for it: the
// narrative analysis is read once for the four narrative rules.
class DocumentMemo {
 public:
  template <typename T, typename Build>
  T& Get(const std::string& key, Build build) {
    auto it = entries_.find(key);
    if (it == entries_.end()) it = entries_.emplace(key, std::make_shared<T>(build())).first;
    return *static_cast<T*>(it->second.get());
  }

 private:
  std::map<std::string, std::shared_ptr<void>> entries_;
};

class NarrativeRule;

struct RuleContext {
  const Concepts& concepts;
  const Vocabulary& vocabulary;
  const NarrativeVocabulary* narrative = nullptr;  // how the prose names things; may be null
  DocumentMemo* memo = nullptr;                    // per document; may be null
  // The rule set's narrative rules, which read the prose together (narrative_facts.h); may be
  // null.
  const std::vector<const NarrativeRule*>* narrative_rules = nullptr;
};

class OptionValues;
class RuleOptions;

// A rule kind is a class derived from Rule that also declares, for the registration list
// (rule_kind.h):
//   static constexpr const char* kKind = "footing";          // the `kind:` it is written as
//   static std::vector<std::string> Keys();                  // its fields beside the common ones
//   static std::vector<std::string> Placeholders();          // what its messages may name
//   static std::unique_ptr<Rule> Create(RuleSpec, RuleOptions&);  // nullptr on bad options
class Rule {
 public:
  explicit Rule(RuleSpec spec) : spec_(std::move(spec)) {}
  virtual ~Rule() = default;
  const RuleSpec& spec() const { return spec_; }
  virtual void Run(const Document& doc, const RuleContext& context, Results* results) const = 0;
  // Writes the options of its kind as it runs with them, defaults included, so that the rules
  // file they make reads back to the same rule (see rule_options.h). A kind without options
  // writes none.
  virtual void StoreOptions(OptionValues* options) const { (void)options; }

 private:
  RuleSpec spec_;
};

// Fills "{name}" placeholders from values; unknown names stay as written.
std::string FillTemplate(const std::string& text, const std::map<std::string, std::string>& values);

// A column's name for messages: its period as DescribePeriod prints it ("quarter ended Dec 31,
// 2003"), else its header, else "column N".
std::string ColumnName(const Table& table, size_t column);

// Whether a computed figure agrees with a shown one, each within its half-unit tolerance.
bool WithinTolerance(const Decimal& computed, const Decimal& computed_half, const Decimal& shown,
                     const Decimal& shown_half);

}  // namespace tieout

#endif  // TIEOUT_RULES_RULE_H_
