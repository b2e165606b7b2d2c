// eps: net income divided by the weighted average shares equals the earnings per share shown,
// within the precision shown. Every figure is an interval (its half-unit); a column ties when
// some quotient of the net income and share intervals falls in the EPS interval.
//
// Rows are found in context: an EPS row is a per-share row that the `eps` concept names by its
// label or through its heading ("Net income per share:" / "Basic"), shown with decimals; its
// share count is the row that says the same of basic or diluted (the vocabulary's basic_rows
// and diluted_rows). Share counts are often scaled apart from money ("shares in thousands"), so
// the ratio of the share unit to the money unit is read from the figures: the reading (net
// income row, share row, unit) that ties in the most columns is the structure.
//
// Evidence before a finding: a reading is established for an EPS row when it ties in all its
// columns but one (at least one tie, and a single tie must carry two significant digits). A
// column that then does not tie is a finding citing the evidence ("ties in 3 of 4 columns");
// a row whose best reading is not established is a skipped check with the reason. A diluted
// figure may use the basic share count where the period shows a loss (anti-dilution).
//
// A figure one unit of its last digit off the quotient (EPS computed from unrounded figures, or
// by the two-class method) passes with a finding at the `one_unit` severity (note by default). A
// diluted figure between net income over the diluted and over the basic count, where the
// diluted count is the larger, is skipped: the numerator may add back interest on convertible
// securities (if-converted), which the table does not show.
//
// Per-share parts: an EPS row right under per-share rows (continuing and discontinued
// operations, an extraordinary item) equals their sum within the rounding of all the figures,
// where that ties in all columns but one (the same evidence as above); `parts_message`.
//
// For a net income, diluted EPS is not above basic: where both rows are established in a
// column with a positive net income, a diluted figure above the basic one is a finding with
// the `dilution_message`. The diluted count (of an established diluted row) is not below the
// basic count where that holds in all its columns but one: `diluted_count_message`.
#ifndef TIEOUT_RULES_EPS_RULE_H_
#define TIEOUT_RULES_EPS_RULE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {

class EpsRule : public Rule {
 public:
  static constexpr const char* kKind = "eps";
  static std::vector<std::string> Keys() {
    return {"net_income",
            "shares",
            "eps",
            "dilution_message",
            "one_unit",
            "one_unit_message",
            "parts_message",
            "equal_shares_message",
            "part_income_message",
            "part_one_unit_message",
            "income_difference_message",
            "diluted_count_message"};
  }
  static std::vector<std::string> Placeholders() {
    return {"row",    "column",   "expected", "actual",  "difference", "net_income",
            "shares", "evidence", "basic",    "diluted", "parts",      "income"};
  }
  // net_income: a concept or a list (tried in order); shares, eps: concepts.
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  // one_unit: the severity of a figure one unit of its last digit off (nullopt for none).
  EpsRule(RuleSpec spec, std::vector<std::string> net_income, std::string shares, std::string eps,
          std::string dilution_message, std::optional<Severity> one_unit,
          std::string one_unit_message, std::string parts_message, std::string equal_shares_message,
          std::string part_income_message, std::string part_one_unit_message,
          std::string income_difference_message, std::string diluted_count_message);
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::vector<std::string> net_income_;  // concepts, in order of preference
  const std::string shares_;
  const std::string eps_;
  RuleSpec dilution_;                      // the same rule with the dilution message
  std::optional<RuleSpec> one_unit_;       // ... with the one-unit severity and message
  RuleSpec parts_;                         // ... with the message of per-share parts
  RuleSpec equal_shares_;                  // ... diluted over the basic count equals basic
  RuleSpec part_income_;                   // ... EPS of a part of net income over its income row
  std::optional<RuleSpec> part_one_unit_;  // ... one unit off it
  RuleSpec income_difference_;             // ... two EPS rows apart by their incomes' difference
  RuleSpec diluted_count_;                 // ... a diluted count below the basic count
  // The per-share rows right above `eps` (back to a heading or another of `eps_rows`) add to it.
  void CheckParts(const Table& table, const Row& eps, const std::vector<const Row*>& eps_rows,
                  Results* results) const;
  bool HasNetIncome(const Table& table, const RuleContext& context) const;
  // Whether `table` continues the EPS computation of the table `above` it after a page break:
  // the same columns, per-share rows below and net income above, nothing but page furniture
  // between them.
  bool ContinuesEpsComputation(const Document& doc, const Table& above, const Table& table,
                               const RuleContext& context) const;
  // A per-share row with the income rows it may divide (the first is its reading's).
  struct IncomeRead {
    const Row* eps = nullptr;
    std::vector<const Row*> incomes;
    bool part = false;  // a part of net income: its other income rows may add to the first
    bool diluted = false;
    bool established = false;
    // Per column: the row ties on its own (a difference check adds nothing), or its failure is
    // reported already.
    std::vector<bool> tied, reported;
  };
  // Two per-share rows over the same `shares` (at `unit`): their difference is the difference of
  // their incomes over the shares. `counted`: the columns that may hold EPS.
  void CheckIncomeDifference(const Table& table, const std::vector<bool>& counted,
                             const IncomeRead& a, const IncomeRead& b, const Row& shares, int unit,
                             Results* results) const;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_EPS_RULE_H_
