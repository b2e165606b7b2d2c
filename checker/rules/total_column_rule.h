// The `total-column` rule kind: in a table laid out with its parts as columns (segments,
// components of equity, levels of fair value) and a column of their total ("Total",
// "Consolidated"), each row's part columns add to its total column.
//
// A total column is one whose header matches one of the rule's `total_columns` patterns and
// none of the vocabulary's non_additive_columns. Its parts are the columns since the previous
// total column (that total standing for its own parts), but columns the vocabulary calls non
// additive (share counts, prices, percentages); the rule's `deducted_columns` (eliminations)
// may add or be subtracted. Columns of other periods than the total's are never parts: a table of
// periods with a total is left to the quarters rule. A row is read where it is money, its total
// figure is shown, at least one part shows a figure (a blank part is zero), no figure is a
// percentage, and its label holds no figure of its own (a figure run into the label is a misread
// row) and matches none of the vocabulary's non_additive_rows or the rule's `other_rows`
// (averages, amounts per unit).
//
// Consensus over the rows: the reading (parts added, or the deducted columns subtracted) is
// established for the total column when it ties exactly in two rows at least with two parts
// shown, and fails in one row at most for every three that tie; a row that then does not tie
// (beyond the rounding of its figures) is a finding at its total figure, citing the rows that tie.
// A row that ties only within rounding passes, marked so. A total column that is not established
// is a skipped check with the reason, never a finding. Linear in the table's size.
#ifndef TIEOUT_RULES_TOTAL_COLUMN_RULE_H_
#define TIEOUT_RULES_TOTAL_COLUMN_RULE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/rules/rule.h"
#include "checker/vocabulary/pattern.h"

namespace tieout {

class TotalColumnRule : public Rule {
 public:
  static constexpr const char* kKind = "total-column";
  static std::vector<std::string> Keys() {
    return {"total_columns", "deducted_columns", "other_rows", "rounding", "rounding_message"};
  }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "equation", "evidence"};
  }
  // total_columns: patterns of the headers of total columns; deducted_columns: patterns of the
  // headers of parts that may be subtracted (eliminations); other_rows: patterns of row labels
  // that never add across (averages); all ECMAScript, any case. rounding: error, warning, note
  // (the default) or none, the severity of a row that ties only within rounding;
  // rounding_message: its template.
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  // `rounding`: the finding of a row that ties only within rounding (RuleOptions::GetRounding),
  // nullopt for none. Throws std::regex_error on a bad pattern.
  TotalColumnRule(RuleSpec spec, std::vector<std::string> total_columns,
                  std::vector<std::string> deducted_columns, std::vector<std::string> other_rows,
                  std::optional<RuleSpec> rounding);
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  std::vector<std::string> total_sources_, deducted_sources_, other_row_sources_;
  std::vector<Pattern> total_columns_, deducted_columns_, other_rows_;
  std::optional<RuleSpec> rounding_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_TOTAL_COLUMN_RULE_H_
