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
//
// Segment totals (`segment_tables` set): a table whose title or headings above a group name
// segments or a breakdown ("Net sales by segment", "Geographic information") closes the group
// under a heading naming the measure (`segment_measure`, none of `segment_other`: "Net sales:",
// not "Segment operating income:") with a total row (`segment_totals` or `consolidated`
// labels) that the group's other rows foot to. That total is the consolidated figure: compared
// with the rows of the concepts (or `consolidated` labels) in tables that name no segment, as
// money above. A total the group's rows do not foot to, one followed by reconciling rows
// ("Corporate and other") or one of another measure is a skipped check with the reason.
#ifndef TIEOUT_RULES_ACROSS_TABLES_RULE_H_
#define TIEOUT_RULES_ACROSS_TABLES_RULE_H_

#include <map>
#include <memory>
#include <optional>
#include <set>
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
    return {"concepts",       "other_basis",    "distinct_qualifiers", "scaled",
            "at_end",         "strip",          "reconciliation",      "scale",
            "scale_message",  "segment_tables", "segment_measure",     "segment_other",
            "segment_totals", "consolidated"};
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
  struct SegmentOptions {
    std::vector<std::string> tables, measure, other, totals, consolidated;
  };
  AcrossTablesRule(RuleSpec spec, std::vector<std::string> concepts,
                   std::vector<std::string> other_basis, std::vector<std::string> distinct,
                   MoneyOptions money, SegmentOptions segments = {});
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::vector<std::string> concepts_;
  const std::vector<std::string> other_basis_;
  const std::vector<std::string> distinct_;
  const MoneyOptions money_;
  const SegmentOptions segments_;
  std::vector<Pattern> other_basis_patterns_, distinct_patterns_, strip_patterns_;
  std::vector<Pattern> segment_tables_, segment_measure_, segment_other_, segment_totals_,
      consolidated_;
  std::optional<Pattern> at_end_, reconciliation_;
  std::optional<RuleSpec> scale_spec_;
  int DistinctQualifier(const std::string& text) const;  // the pattern's index, -1 for none
  bool OtherBasis(const std::string& text) const;
  bool Comparable(const Table& table, size_t c, const Vocabulary& vocabulary) const;
  // The label a row is compared under: without the marks `strip` removes and the `at_end`
  // phrase (whether it was there in `*ends`).
  std::string OwnLabel(const Row& row, bool* ends) const;
  // Compares each row of `rows` with the rows of `partners` in the nearest tables (`partners`
  // may be `rows`): established pairs pass, fail or skip; scale notes. `names`: rows shown
  // under another name than their label.
  void Compare(const Document& doc, const RuleContext& context, const std::vector<TableRow>& rows,
               const std::vector<TableRow>& partners, const std::set<const Row*>& at_end,
               const std::map<const Row*, std::string>& names, Results* results) const;
  // Segment totals against the consolidated rows of the concepts.
  void RunSegments(const Document& doc, const RuleContext& context, Results* results) const;
  // One finding for a pair whose figures agree only a factor of 10^3 or 10^6 apart.
  void ScaleFinding(const Document& doc, const TableRow& a, const TableRow& b,
                    const std::string& a_name, const std::string& b_name,
                    const std::vector<std::pair<size_t, size_t>>& columns, int shift,
                    Results* results) const;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_ACROSS_TABLES_RULE_H_
