// The `change-column` rule kind: a column of changes between two periods agrees, row by row,
// with the figures of the periods it compares.
//
// A change column is one whose header matches one of the rule's `columns` patterns ("% Change",
// "$ Change", "Increase (Decrease)") and none of its `other_basis_columns` (a change in constant
// currency, organic: not the figures shown). It compares the two nearest columns of amounts to its
// left (change columns and columns of percentages skipped): the later period of the two is the
// current one (the left one when their periods do not tell). Its figures are percentages of the
// prior figure when its header says so ('%', "percent") or its figures show '%', else amounts. In
// each row that shows all three figures (not a row of percentages: its change is in points), the
// change is worked out with the rounding of every figure allowed for (the interval approach
// of the prose's arithmetic): (current - prior) / prior in percent, of non-negative figures and
// a prior above zero; current - prior for amounts. The change's sign gives its direction.
//
// Consensus over the rows: the column is established when it agrees in three rows at least and
// fails in one row at most for every four that agree; a row that then fails is a finding at its
// change figure, citing the rows that agree. A row whose change agrees only read with the other
// sign (a favorable / unfavorable column) or only as truncated is neither. A column that is not
// established is a skipped check with the reason, never a finding. A handful of candidates per
// column: linear in the table's size.
#ifndef TIEOUT_RULES_CHANGE_COLUMN_RULE_H_
#define TIEOUT_RULES_CHANGE_COLUMN_RULE_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/rules/rule.h"
#include "checker/vocabulary/pattern.h"

namespace tieout {

class ChangeColumnRule : public Rule {
 public:
  static constexpr const char* kKind = "change-column";
  static std::vector<std::string> Keys() { return {"columns", "other_basis_columns"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "equation", "evidence"};
  }
  // columns: patterns of the headers of change columns (ECMAScript, any case);
  // other_basis_columns: patterns of the headers of changes on another basis than the figures
  // shown ("constant currency", "organic"), never checked.
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  // Throws std::regex_error on a bad pattern.
  ChangeColumnRule(RuleSpec spec, std::vector<std::string> columns,
                   std::vector<std::string> other_basis_columns);
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  std::vector<std::string> column_sources_, other_basis_sources_;
  std::vector<Pattern> columns_, other_basis_columns_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_CHANGE_COLUMN_RULE_H_
