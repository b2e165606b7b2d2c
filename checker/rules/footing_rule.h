// footing: in every table, per column, the figures above a rule line add up to the figure
// under it. Found from the layout; no names needed.
//
// Statements run totals into each other ("Gross profit" less expenses is "Operating income"),
// so a total is read against the figures above it back to earlier totals: the rows since the
// last total, the previous total and those rows, and so on. Each window is read as a plain sum,
// as the first figure less the others, and with the rows the vocabulary calls deductions
// subtracted; a reading may also give the total with its sign reversed (a loss shown positive).
// The check passes when any reading ties within the figures' rounding.
//
// A row under a rule with at least two rows of its own above it is a total: if nothing ties, it
// is a finding. A row under a rule with fewer (a running total, or a row the rule only
// separates), or under a line drawn across the labels too, is checked when it ties and otherwise
// taken as one more part; so is a row the vocabulary names a total ("Total ...") with no rule
// above it. Columns with a percentage, or whose header the vocabulary calls non-additive (prices,
// rates) are not footed.
#ifndef TIEOUT_RULES_FOOTING_RULE_H_
#define TIEOUT_RULES_FOOTING_RULE_H_

#include "checker/rules/rule.h"

namespace tieout {

class FootingRule : public Rule {
 public:
  static constexpr const char* kKind = "footing";
  static std::vector<std::string> Keys() { return {}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "parts"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions&) {
    return std::make_unique<FootingRule>(std::move(spec));
  }

  explicit FootingRule(RuleSpec spec) : Rule(std::move(spec)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_FOOTING_RULE_H_
