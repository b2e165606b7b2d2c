// footing: in every table, per column, the figures between two rule lines (or a heading and a
// rule line) add up to the figure under the rule. Found from the layout; no names needed.
//
// A total may also be the previous subtotal plus the rows since ("Total current assets" +
// "Property" = "Total assets"), or the first figure less the others ("Net sales" less "Cost of
// sales" = "Gross profit"): the check passes when any of these readings ties.
#ifndef TIEOUT_RULES_FOOTING_RULE_H_
#define TIEOUT_RULES_FOOTING_RULE_H_

#include "checker/rules/rule.h"

namespace tieout {

class FootingRule : public Rule {
 public:
  explicit FootingRule(RuleSpec spec) : Rule(std::move(spec)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_FOOTING_RULE_H_
