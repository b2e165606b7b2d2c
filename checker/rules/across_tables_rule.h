// The `agree-across-tables` rule kind: a per-share figure or share count that two tables of one
// release show for the same concept and period is the same figure (the income statement and the
// note that computes its EPS; the statement and the selected data).
//
// Rows are read with their own qualifier: basic ("Basic", "Primary") and diluted rows pair only
// with rows of the same qualifier, and so do rows that name neither; a row whose label names
// neither takes the qualifier of the nearest heading above it that names one, where that is
// basic; under a diluted heading it is left out ("Weighted average shares" under "Diluted EPS
// computation:" may be the basic count the computation starts from). Figures are compared as
// shown (money unscaled: a share count read as money), in columns of the same known period (not
// restated, pro forma, non-GAAP: the rule's other_basis patterns; nor changes between periods). A
// pair of rows (in two tables, the nearest few of that concept) is established where it agrees in
// two periods at least and disagrees in one at most; the figures agree where they are equal at the
// same precision, or within both half units at two. A disagreement is one finding: at the figure
// the other tables that show the period do not support, else at the first of the two.
//
// Money (`scaled: true`: net income, cash, total revenues) is compared at each table's scale, in
// rows of money only; a pair is established where one period agrees with three significant
// digits at least and one at most disagrees (two tables that print the same label and the same
// figure for one period show the same quantity). Figures that agree only a factor of 10^3 or
// 10^6 apart are a scale read differently in one table: a finding at the `scale` severity, never
// an error of the figures. A row whose label matches `at_end` ("... at end of year" in a cash
// flow statement) is the concept without that phrase, at the instant its column's period ends
// (the balance sheet's date). `strip` patterns are removed from labels before the concept is
// matched ("Net income (GAAP)"); a table whose title matches `reconciliation` is read although
// its title names another basis (its rows that name one are still left out).
#ifndef TIEOUT_RULES_ACROSS_TABLES_RULE_H_
#define TIEOUT_RULES_ACROSS_TABLES_RULE_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/rules/rule.h"
#include "checker/rules/year_figures.h"

namespace tieout {

class AcrossTablesRule : public Rule {
 public:
  static constexpr const char* kKind = "agree-across-tables";
  static std::vector<std::string> Keys() {
    return {"concepts",       "other_basis", "distinct_qualifiers", "scaled", "at_end", "strip",
            "reconciliation", "scale",       "scale_message"};
  }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "other", "evidence", "factor"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  // other_basis: patterns (case-insensitive) of a table title, column header, row label or
  // heading whose figures may differ from the same period's elsewhere on purpose (restated,
  // pro forma, non-GAAP).
  // distinct_qualifiers: patterns of qualifiers whose rows pair only with rows that say the
  // same ("primary", "fully diluted": figures of another standard than basic and diluted).
  struct MoneyOptions {
    bool scaled = false;
    std::string at_end;
    std::vector<std::string> strip;
    std::string reconciliation;
    std::optional<Severity> scale;  // none: figures 10^3 apart are not reported
    std::string scale_message;
  };
  AcrossTablesRule(RuleSpec spec, std::vector<std::string> concepts,
                   std::vector<std::string> other_basis, std::vector<std::string> distinct,
                   MoneyOptions money);
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::vector<std::string> concepts_;
  const std::vector<std::string> other_basis_;
  const std::vector<std::string> distinct_;
  const MoneyOptions money_;
  std::vector<Pattern> other_basis_patterns_, distinct_patterns_, strip_patterns_;
  std::optional<Pattern> at_end_, reconciliation_;
  std::optional<RuleSpec> scale_spec_;
  int DistinctQualifier(const std::string& text) const;  // the pattern's index, -1 for none
  bool OtherBasis(const std::string& text) const;
  bool Comparable(const Table& table, size_t c, const Vocabulary& vocabulary) const;
  // One finding for a pair whose figures agree only a factor of 10^3 or 10^6 apart.
  void ScaleFinding(const Document& doc, const TableRow& a, const TableRow& b,
                    const std::vector<std::pair<size_t, size_t>>& columns, int shift,
                    Results* results) const;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_ACROSS_TABLES_RULE_H_
