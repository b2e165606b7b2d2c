// same-period-same-value: a figure that two documents of a set show for the same line item and
// period is the same figure.
//
// A balance sheet date reported in two releases (the year end beside each quarter), and a prior
// year's column beside the release a year earlier: the later document's figure equals the
// earlier one's, within the half units of both. Where the later document labels the figures
// restated or reclassified (in the table's title, the column's header, the row's label or its
// prose), a difference is a note rather than the rule's severity. A document that shows two
// different figures for the line item and period is skipped with the reason, and so are figures
// that agree only when their signs are ignored.
#ifndef TIEOUT_RULES_SAME_PERIOD_RULE_H_
#define TIEOUT_RULES_SAME_PERIOD_RULE_H_

#include "checker/rules/set_rule.h"

namespace tieout {

class SamePeriodRule : public SetRule {
 public:
  static constexpr const char* kKind = "same-period-same-value";
  static std::vector<std::string> Keys() { return {}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "period", "expected", "actual", "difference", "other"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions&) {
    return std::make_unique<SamePeriodRule>(std::move(spec));
  }

  using SetRule::SetRule;
  void RunSet(const DocumentSet& set, const SetContext& context,
              SetResults* results) const override;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_SAME_PERIOD_RULE_H_
