// The `quarters` rule kind: the four quarters of a year add up to the year, for the concepts it
// names (per-share dividends: a year's dividends per share are its quarters' dividends).
//
// A quarter table is a table with four consecutive columns whose headers name the first to
// the fourth quarter (1st ... 4th, First Quarter ...); their year is the one year their headers
// name, else the one year the row's heading names. The year's figure is in a row of the same
// concept and kind: in a column right after the four quarters whose header says year or total,
// or in a column of a table without quarters whose period is that year. Each pair of rows (the
// year's row, the quarters' row) is checked in every year both show, within the half units of
// the five figures; a pair is established where it ties in all its years but one, with figures
// other than zero: in one year at least for the year's column beside its quarters, in two for a
// year in another table (which may show the year before a split or recapitalization the
// quarters are restated for). A figure that then does not tie is a finding at the year's
// figure; a pair not established is a skipped check with the reason. Money rows are compared as
// shown (unscaled), so that a per-share row read as money pairs with one read as per-share.
#ifndef TIEOUT_RULES_QUARTERS_RULE_H_
#define TIEOUT_RULES_QUARTERS_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {

class QuartersRule : public Rule {
 public:
  static constexpr const char* kKind = "quarters";
  static std::vector<std::string> Keys() { return {"concepts"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "quarters", "evidence"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  QuartersRule(RuleSpec spec, std::vector<std::string> concepts)
      : Rule(std::move(spec)), concepts_(std::move(concepts)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::vector<std::string> concepts_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_QUARTERS_RULE_H_
