// footing: in every table, a total equals the rows it closes, in every column. A finding needs
// evidence: the structure of a total is established across its columns before any column is
// called wrong.
//
// Rows are read top to bottom. A candidate total is a row with a rule line above a figure, a row
// the vocabulary names a total ("Total ...") or a result ("Gross profit", "Operating income",
// "Net income"). Its candidate structures are few, tried in order of simplicity: the windows of
// the rows above it that end at it (the rows since the previous total or heading; those and the
// one or two totals before them; the rows since the last heading; every row since the last
// double line; the last result that did not tie and the rows below it: "Net earnings before the
// cumulative effect" + "Cumulative effect"), each with earlier totals standing for the rows they
// closed, and each read three ways: a plain sum, with the rows the vocabulary calls deductions
// subtracted, and as the first row less the rest. When none of these ties, the last rows alone of
// a few since the previous total or heading are tried, and one such window is taken only when it
// alone ties exactly in three columns or more. At most a handful of candidates per row, so time
// stays linear.
//
// Each candidate is evaluated in every footed column where the total shows a figure: exact,
// within rounding (the difference is within the summed half-units of the figures and, when it
// is more than two units of the total's last digit, within three standard deviations of the
// summed rounding errors), or wrong.
//   - A candidate that agrees in every column (exactly in at least one) passes the row; a column
//     that agrees only within rounding passes marked "within rounding (sum X, shown Y)" and adds
//     a finding at the `rounding` severity (note by default, `none` for no finding).
//   - Otherwise a candidate is established when it agrees in all columns but one: with three or
//     more columns, exactly in at least one; with two, exactly in the other, on a total of at
//     least three digits as shown. The column it fails in is an error that cites the evidence
//     ("ties in 2 of 3 columns").
//   - A candidate total for which neither holds is not established: a skipped check with the
//     reason, never a finding. Under a single rule line with two parts or more, or named a total,
//     it still closes the rows since the previous total.
// Columns whose header the vocabulary calls non-additive (prices, rates, shares) or that show a
// percentage among amounts, and rows of ratios, are never footed; per-share figures and share
// counts foot among themselves, and columns of percentages of a whole (100 on their first row
// or a total, or a header the rules file names one: "% of total") among themselves.
#ifndef TIEOUT_RULES_FOOTING_RULE_H_
#define TIEOUT_RULES_FOOTING_RULE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/rules/rule.h"
#include "checker/vocabulary/pattern.h"

namespace tieout {

class FootingRule : public Rule {
 public:
  static constexpr const char* kKind = "footing";
  static std::vector<std::string> Keys() {
    return {"rounding", "rounding_message", "whole_columns"};
  }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "parts", "equation", "evidence"};
  }
  // rounding: error, warning, note (the default) or none; rounding_message: its template;
  // whole_columns: patterns of the headers of columns of percentages of a whole ("% of total").
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  // `rounding` is the finding of a footing that ties only within rounding (RuleOptions::
  // GetRounding); nullopt for none. `whole_columns` are patterns (ECMAScript, any case); throws
  // std::regex_error on a bad one.
  FootingRule(RuleSpec spec, std::optional<RuleSpec> rounding,
              std::vector<std::string> whole_columns = {});
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  // Foots the columns `footed` of a table, each down to the row before until[i]; `percents`
  // when they hold percentages of a whole rather than amounts.
  void Foot(const Table& table, const std::vector<size_t>& footed, const std::vector<size_t>& until,
            bool percents, const Vocabulary& vocabulary, Results* results, int* evaluated) const;

  std::optional<RuleSpec> rounding_;
  std::vector<std::string> whole_sources_;
  std::vector<Pattern> whole_columns_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_FOOTING_RULE_H_
