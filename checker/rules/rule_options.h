// The options of one rule: how a rule kind reads the fields of its kind from the rules file,
// and how it prints them back as its effective configuration (as clang-tidy checks do).
//
// A kind reads its options once, in its Create (see rule_kind.h), through RuleOptions: typed
// getters with defaults, problems reported at the line and column of the value
// ("rules.yaml:12:5: ..."), never thrown. A rule writes the options it runs with into
// OptionValues (Rule::StoreOptions); WriteEffectiveRule prints a rule as YAML that reads back
// to the same rule.
#ifndef TIEOUT_RULES_RULE_OPTIONS_H_
#define TIEOUT_RULES_RULE_OPTIONS_H_

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "checker/result/report.h"
#include "checker/vocabulary/concepts.h"

namespace YAML {
class Node;
struct Mark;
}  // namespace YAML

namespace tieout {

class Rule;
struct RuleSpec;

// Problems found in rules files, each "FILE:LINE:COL: message". A merged tree (rules/config.h)
// holds nodes of several files: a node whose position was recorded with Claim() is named with
// that file, the others with `file`. Positions are compared as (offset, line, column).
class Problems {
 public:
  explicit Problems(std::string file) : file_(std::move(file)) {}
  // Every node below `root` (itself included) came from `file`.
  void Claim(const YAML::Node& root, const std::string& file);
  void Add(const YAML::Mark& mark, const std::string& message);
  // A problem without a position ("--disable: ...").
  void AddLine(const std::string& message) { lines_.push_back(message); }
  bool empty() const { return lines_.empty(); }
  std::string Join() const;

 private:
  struct Claimed {
    int pos, line, column;
    std::string file;
  };
  std::string file_;
  std::vector<Claimed> claimed_;
  std::vector<std::string> lines_;
};

class RuleOptions {
 public:
  RuleOptions(const RuleSpec& spec, const YAML::Node& node, const Concepts& concepts,
              Problems* problems)
      : spec_(spec), node_(node), concepts_(concepts), problems_(problems) {}

  const RuleSpec& spec() const { return spec_; }
  const Concepts& concepts() const { return concepts_; }

  // Whether the rule sets `key`.
  bool Has(const char* key) const;
  // Whether `key` is there; when not, the problem "rule 'ID' needs 'KEY'".
  bool Require(const char* key);
  bool IsScalar(const char* key) const;
  bool IsList(const char* key) const;
  // The number of items of a list, 0 for anything else.
  size_t ListSize(const char* key) const;

  // A string: the value of `key`, or `default_value` when it is not set.
  std::string GetString(const char* key, const std::string& default_value = "") const;
  // A string or a list of strings, as a list; empty when not set or a map.
  std::vector<std::string> GetStrings(const char* key) const;
  // true or false; nullopt (with the problem "'KEY' is true or false") for anything else.
  std::optional<bool> GetBool(const char* key, bool default_value);
  // A severity that may be turned off: error, warning or note, or none (nullopt). When `key` is
  // not set, `value` keeps its default. Anything else is the problem "rule 'ID': 'KEY' is error,
  // warning, note or none" at the value, and the result is false.
  bool GetSeverityOrNone(const char* key, std::optional<Severity>* value);
  // The finding of figures that tie only within rounding, as the footing and total-column kinds
  // give it: `rounding` (error, warning, note - the default - or none, read as GetSeverityOrNone)
  // and `rounding_message`, its template (`default_message` when not set). `*finding` becomes the
  // rule's spec at that severity with that message, or nullopt for none; false after a problem.
  bool GetRounding(const char* default_message, std::optional<RuleSpec>* finding);

  // Whether each concept `key` names (a name, or a list of names) is defined under concepts:;
  // each unknown one is a problem at its own position.
  bool CheckConcepts(const char* key);

  // A list of patterns (a string or a list of strings), as GetStrings; each one that is not an
  // ECMAScript pattern is the problem "'SOURCE' is not a pattern" at the value, and the result is
  // nullopt.
  std::optional<std::vector<std::string>> GetPatterns(const char* key);

  // A problem at the rule, or at the value of `key`.
  void Problem(const std::string& message);
  void ProblemAt(const char* key, const std::string& message);

 private:
  const RuleSpec& spec_;
  const YAML::Node& node_;
  const Concepts& concepts_;
  Problems* problems_;
};

// The options a rule runs with, in the order the kind writes them.
class OptionValues {
 public:
  using Value = std::variant<std::string, bool, std::vector<std::string>>;
  void Set(const std::string& key, Value value) { values_.emplace_back(key, std::move(value)); }
  const std::vector<std::pair<std::string, Value>>& values() const { return values_; }

 private:
  std::vector<std::pair<std::string, Value>> values_;
};

// Stores what RuleOptions::GetRounding read: `rounding` (the finding's severity, or none) and
// `rounding_message` (its template; `default_message` for none).
void StoreRounding(const std::optional<RuleSpec>& finding, const char* default_message,
                   OptionValues* options);

// A rule as YAML (one item of a `rules:` list): its common fields, then its effective options.
void WriteEffectiveRule(const Rule& rule, std::ostream& out);

}  // namespace tieout

#endif  // TIEOUT_RULES_RULE_OPTIONS_H_
