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
#ifndef TIEOUT_RULES_ACROSS_TABLES_RULE_H_
#define TIEOUT_RULES_ACROSS_TABLES_RULE_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {

class AcrossTablesRule : public Rule {
 public:
  static constexpr const char* kKind = "agree-across-tables";
  static std::vector<std::string> Keys() {
    return {"concepts", "other_basis", "distinct_qualifiers"};
  }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "other", "evidence"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  // other_basis: patterns (case-insensitive) of a table title, column header, row label or
  // heading whose figures may differ from the same period's elsewhere on purpose (restated,
  // pro forma, non-GAAP).
  // distinct_qualifiers: patterns of qualifiers whose rows pair only with rows that say the
  // same ("primary", "fully diluted": figures of another standard than basic and diluted).
  AcrossTablesRule(RuleSpec spec, std::vector<std::string> concepts,
                   std::vector<std::string> other_basis, std::vector<std::string> distinct);
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::vector<std::string> concepts_;
  const std::vector<std::string> other_basis_;
  const std::vector<std::string> distinct_;
  std::vector<Pattern> other_basis_patterns_, distinct_patterns_;
  int DistinctQualifier(const std::string& text) const;  // the pattern's index, -1 for none
  bool OtherBasis(const std::string& text) const;
  bool Comparable(const Table& table, size_t c, const Vocabulary& vocabulary) const;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_ACROSS_TABLES_RULE_H_
