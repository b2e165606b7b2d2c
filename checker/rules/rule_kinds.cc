#include "checker/rules/across_tables_rule.h"
#include "checker/rules/book_value_rule.h"
#include "checker/rules/certification_rule.h"
#include "checker/rules/change_column_rule.h"
#include "checker/rules/eps_rule.h"
#include "checker/rules/footing_rule.h"
#include "checker/rules/label_figures_rule.h"
#include "checker/rules/narrative_direction_rule.h"
#include "checker/rules/narrative_figure_rule.h"
#include "checker/rules/period_sanity_rule.h"
#include "checker/rules/quarters_rule.h"
#include "checker/rules/recurring_fact_rule.h"
#include "checker/rules/relation_rule.h"
#include "checker/rules/rollforward_rule.h"
#include "checker/rules/rule_kind.h"
#include "checker/rules/same_period_rule.h"
#include "checker/rules/total_column_rule.h"

namespace tieout {

// The registration list: one line per rule kind, in the order `tieout rules` and the error
// for an unknown kind name them.
const std::vector<RuleKind>& RuleKinds() {
  // clang-format off
  static const std::vector<RuleKind> kinds = {
      RuleKind::Of<FootingRule>(),
      RuleKind::Of<ChangeColumnRule>(),
      RuleKind::Of<SumRule>(),
      RuleKind::Of<EquationRule>(),
      RuleKind::Of<EpsRule>(),
      RuleKind::Of<QuartersRule>(),
      RuleKind::Of<LabelFiguresRule>(),
      RuleKind::Of<AcrossTablesRule>(),
      RuleKind::Of<BookValueRule>(),
      RuleKind::Of<NarrativeFigureRule>(),
      RuleKind::Of<NarrativeDirectionRule>(),
      RuleKind::Of<RollforwardRule>(),
      RuleKind::Of<SamePeriodRule>(),
      RuleKind::Of<CertificationRule>(),
      RuleKind::Of<PeriodSanityRule>(),
      RuleKind::Of<RecurringFactRule>(),
      RuleKind::Of<TotalColumnRule>(),
  };
  // clang-format on
  return kinds;
}

const RuleKind* FindRuleKind(const std::string& name) {
  for (const RuleKind& k : RuleKinds()) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

}  // namespace tieout
