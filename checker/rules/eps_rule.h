// eps: net income divided by the weighted average shares equals the earnings per share shown,
// within the precision shown. Every figure is an interval (its half-unit); the check passes when
// some quotient of the net income and share intervals falls in the EPS interval.
//
// Share counts are often shown in thousands or millions while the table's note says so only for
// money; the rule tries the units 1, 10^3 and 10^6 (and the table's scale) and uses the one that
// ties, naming it in the check.
#ifndef TIEOUT_RULES_EPS_RULE_H_
#define TIEOUT_RULES_EPS_RULE_H_

#include <string>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {

class EpsRule : public Rule {
 public:
  static constexpr const char* kKind = "eps";
  static std::vector<std::string> Keys() { return {"net_income", "shares", "eps"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "net_income", "shares"};
  }
  // net_income: a concept or a list (the first found wins); shares, eps: concepts.
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  EpsRule(RuleSpec spec, std::vector<std::string> net_income, std::string shares, std::string eps)
      : Rule(std::move(spec)),
        net_income_(std::move(net_income)),
        shares_(std::move(shares)),
        eps_(std::move(eps)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::vector<std::string> net_income_;  // concepts, first found wins
  const std::string shares_;
  const std::string eps_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_EPS_RULE_H_
