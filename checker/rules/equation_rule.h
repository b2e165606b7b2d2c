// equation: a relation between concepts per column, such as
// "total_assets == total_liabilities_and_equity".
#ifndef TIEOUT_RULES_EQUATION_RULE_H_
#define TIEOUT_RULES_EQUATION_RULE_H_

#include "checker/rules/relation.h"

namespace tieout {

class EquationRule : public Rule {
 public:
  EquationRule(RuleSpec spec, Relation relation)
      : Rule(std::move(spec)), relation_(std::move(relation)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override {
    CheckRelation(spec(), relation_, doc, context, results);
  }

 private:
  const Relation relation_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_EQUATION_RULE_H_
