// The `sum` and `equation` rule kinds: a relation between concepts, checked per table and
// column. A sum ("total: x, parts: [a, b]") is read into the equation "x == a + b", so both
// kinds are this one class; they differ only in how the rules file writes them.
#ifndef TIEOUT_RULES_RELATION_RULE_H_
#define TIEOUT_RULES_RELATION_RULE_H_

#include "checker/rules/relation.h"

namespace tieout {

class RelationRule : public Rule {
 public:
  RelationRule(RuleSpec spec, Relation relation)
      : Rule(std::move(spec)), relation_(std::move(relation)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override {
    CheckRelation(spec(), relation_, doc, context, results);
  }

 private:
  const Relation relation_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_RELATION_RULE_H_
