// sum: a named total equals the sum of named parts, per table and column.
#ifndef TIEOUT_RULES_SUM_RULE_H_
#define TIEOUT_RULES_SUM_RULE_H_

#include "checker/rules/relation.h"

namespace tieout {

class SumRule : public Rule {
 public:
  SumRule(RuleSpec spec, Relation relation)
      : Rule(std::move(spec)), relation_(std::move(relation)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override {
    CheckRelation(spec(), relation_, doc, context, results);
  }

 private:
  const Relation relation_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_SUM_RULE_H_
