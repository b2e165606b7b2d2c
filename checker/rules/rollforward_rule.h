// rollforward: the quarters of a company's releases add up to the year to date of a later one.
//
// For every flow row (income statement, cash flow statement) with a year-to-date figure of 6, 9
// or 12 months, the figure of the quarter ending on the same date and the year to date ending
// three months earlier (the first quarter, for six months) add up to it, within the half units
// of the three figures. Share counts are averages, not sums: the year-to-date weighted average
// lies between the two figures instead. Only figures of one line item (the same label in the
// same statement and section) and of one period are used; at least one must come from another
// document than the others (a release that shows every figure itself is checked by footing
// rules, not here). Where the releases show different figures for a part, or the figures agree
// only when their signs are ignored, the check is skipped with the reason.
#ifndef TIEOUT_RULES_ROLLFORWARD_RULE_H_
#define TIEOUT_RULES_ROLLFORWARD_RULE_H_

#include "checker/rules/rule_options.h"
#include "checker/rules/set_rule.h"

namespace tieout {

class RollforwardRule : public SetRule {
 public:
  static constexpr const char* kKind = "rollforward";
  static std::vector<std::string> Keys() { return {"figures"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "period", "parts", "expected", "actual", "difference"};
  }
  // figures: amounts (the default: money rows add up) or weighted-shares (share counts lie
  // between).
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);

  enum class Figures { kAmounts, kWeightedShares };
  RollforwardRule(RuleSpec spec, Figures figures) : SetRule(std::move(spec)), figures_(figures) {}
  // "amounts" or "weighted-shares"; false for anything else.
  static bool ParseFigures(const std::string& name, Figures* out);
  void RunSet(const DocumentSet& set, const SetContext& context,
              SetResults* results) const override;
  void StoreOptions(OptionValues* options) const override;

 private:
  const Figures figures_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_ROLLFORWARD_RULE_H_
