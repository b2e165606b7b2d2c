// The rule kinds: what a `kind:` in the rules file names, the keys and placeholders it takes,
// and how its rules are made. The list is in rule_kinds.cc, one line per kind.
#ifndef TIEOUT_RULES_RULE_KIND_H_
#define TIEOUT_RULES_RULE_KIND_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/rule.h"
#include "checker/rules/rule_options.h"

namespace tieout {

struct RuleKind {
  std::string name;
  std::vector<std::string> keys;          // beside id, title, kind, severity, message, ...
  std::vector<std::string> placeholders;  // the "{name}"s its messages may use
  // Reads the options and makes the rule; nullptr when the options are bad (each problem is
  // recorded through `options`).
  std::unique_ptr<Rule> (*create)(RuleSpec spec, RuleOptions& options);

  // The kind of a Rule class that declares kKind, Keys(), Placeholders() and Create (rule.h).
  template <typename R>
  static RuleKind Of() {
    return RuleKind{R::kKind, R::Keys(), R::Placeholders(),
                    [](RuleSpec spec, RuleOptions& options) -> std::unique_ptr<Rule> {
                      return R::Create(std::move(spec), options);
                    }};
  }
};

// Every rule kind, in the order of the list in rule_kinds.cc.
const std::vector<RuleKind>& RuleKinds();
// The kind named `name`, or nullptr.
const RuleKind* FindRuleKind(const std::string& name);

}  // namespace tieout

#endif  // TIEOUT_RULES_RULE_KIND_H_
