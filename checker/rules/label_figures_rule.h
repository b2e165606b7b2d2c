// The `label-figures` rule kind: per-share figures a row's label states by year agree with the
// table figures of those years, for the concepts it names (dividends per share).
//
// Statements of stockholders' equity often state the dividend per share in the label of the
// dividends row: "Dividends declared ($.440 per share in 1993, $.395 in 1992, and $.380 in
// 1991)". Such a label is read as one figure per year (each "$X [per share] in YEAR"; the label
// says "per share"); its concept is that of the label without the parenthesis. Its figures are
// compared with a row of the same concept in a column of that year, in the tables nearest it
// (a handful), figures with decimals, money as shown (unscaled): the year's figure must equal
// the label's within both half units. A pair (the row, the label) is established where it ties
// in two years at least, with figures other than zero, and fails in one year at most; a year
// that then does not tie is a finding at the row's figure. A pair not established is a skipped
// check with the reason.
#ifndef TIEOUT_RULES_LABEL_FIGURES_RULE_H_
#define TIEOUT_RULES_LABEL_FIGURES_RULE_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {

// "$.440 per share in 1993, $.395 in 1992": (year, figure) in the order stated; none where the
// label does not say "per share".
struct LabelFigure {
  int year = 0;
  Amount figure;
};
std::vector<LabelFigure> PerShareFiguresByYear(const std::string& label);

class LabelFiguresRule : public Rule {
 public:
  static constexpr const char* kKind = "label-figures";
  static std::vector<std::string> Keys() { return {"concepts"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "label", "evidence"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  LabelFiguresRule(RuleSpec spec, std::vector<std::string> concepts)
      : Rule(std::move(spec)), concepts_(std::move(concepts)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::vector<std::string> concepts_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_LABEL_FIGURES_RULE_H_
