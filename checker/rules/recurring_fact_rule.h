// recurring-fact: what one release of a company states, another states alike.
//
// Offering terms: a term of the `offering_terms` vocabulary stated in two releases of a set
// (the same words, the amount aside: "purchase up to an aggregate of 10 million newly issued
// shares") has the same amount in both; each later statement is compared with the earliest.
// Officers: a person the releases name (not the certifications, which the certification rule
// checks) keeps the role the earliest release gives: chief executive or chief financial
// officer. A name that differs from an officer's in the same role by a letter or two ("Alan M.
// Wight" for "Alan M. Wright") is the same officer spelt differently. A different person in a
// role is not a finding: officers change.
#ifndef TIEOUT_RULES_RECURRING_FACT_RULE_H_
#define TIEOUT_RULES_RECURRING_FACT_RULE_H_

#include "checker/rules/set_rule.h"

namespace tieout {

class RecurringFactRule : public SetRule {
 public:
  static constexpr const char* kKind = "recurring-fact";
  static std::vector<std::string> Keys() { return {}; }
  static std::vector<std::string> Placeholders() { return {"fact", "actual", "expected", "other"}; }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions&) {
    return std::make_unique<RecurringFactRule>(std::move(spec));
  }

  using SetRule::SetRule;
  void RunSet(const DocumentSet& set, const SetContext& context,
              SetResults* results) const override;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_RECURRING_FACT_RULE_H_
