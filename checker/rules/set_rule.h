// Rules across documents: run after the per-document pass, on each set of documents of one
// company (sets/document_set.h), over the documents' records (sets/record.h) rather than the
// documents themselves.
//
// A finding across documents points at a cell or sentence of one document (the primary
// location) and at what it disagrees with in another (a related location in that document).
#ifndef TIEOUT_RULES_SET_RULE_H_
#define TIEOUT_RULES_SET_RULE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/rules/rule.h"
#include "checker/sets/document_set.h"

namespace tieout {

// A place in a document of the set.
struct SetLocation {
  const DocumentRecord* doc = nullptr;
  int line = 0;
  int column = 0;
};

// Where the checks and findings of a rule across documents go.
class SetResults {
 public:
  explicit SetResults(Report* report) : report_(report) {}

  struct Failure {
    std::map<std::string, std::string> values;  // fills the message template
    std::string expected, actual, difference;
    std::vector<std::pair<SetLocation, std::string>> related;
    std::optional<Severity> severity;  // instead of the rule's (a restatement is a note)
  };

  void Pass(const RuleSpec& rule, SetLocation where, std::string detail);
  void Skip(const RuleSpec& rule, SetLocation where, std::string detail);
  void Fail(const RuleSpec& rule, SetLocation where, std::string detail, const Failure& failure);

 private:
  void AddCheck(const RuleSpec& rule, CheckResult::Status status, SetLocation where,
                std::string detail);
  Report* report_;
};

struct SetContext {
  const SetVocabulary& vocabulary;
};

class SetRule : public Rule {
 public:
  using Rule::Rule;
  // Nothing to check in one document alone: the record holds what this rule needs.
  void Run(const Document&, const RuleContext&, Results*) const final {}
  virtual void RunSet(const DocumentSet& set, const SetContext& context,
                      SetResults* results) const = 0;
};

// The short name of a document in messages: the file name without its folder.
std::string ShortName(const DocumentRecord& doc);

}  // namespace tieout

#endif  // TIEOUT_RULES_SET_RULE_H_
