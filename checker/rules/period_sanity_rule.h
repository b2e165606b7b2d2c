// period-sanity: the periods a release names agree with its own tables and its date.
//
// Within each document of a set, from its record (sets/record.h):
//  - the headline period (the first period the prose before the tables names, not after the
//    release date) is the latest column of its length in the flow statements: a release of
//    "the second quarter of fiscal year 2004" shows that quarter as its current column;
//  - a quarter named both by number and by date ("the second quarter of fiscal year 2004 ended
//    December 31, 2003") is that quarter of that fiscal year under the fiscal year end the
//    tables show (a year to date, a 12-month column, the balance sheet dates);
//  - the release is dated after the end of the latest period its tables report.
// A fiscal year is named for the calendar year it ends in; one that ends in the first three
// months of a year may also be named for the year before (a retailer's "fiscal 2003" ending
// January 31, 2004). Where the tables do not show the fiscal year end, or no statement column
// has the length named, the check is skipped with the reason.
#ifndef TIEOUT_RULES_PERIOD_SANITY_RULE_H_
#define TIEOUT_RULES_PERIOD_SANITY_RULE_H_

#include "checker/rules/set_rule.h"

namespace tieout {

class PeriodSanityRule : public SetRule {
 public:
  static constexpr const char* kKind = "period-sanity";
  static std::vector<std::string> Keys() { return {}; }
  static std::vector<std::string> Placeholders() { return {"claim", "problem"}; }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions&) {
    return std::make_unique<PeriodSanityRule>(std::move(spec));
  }

  using SetRule::SetRule;
  void RunSet(const DocumentSet& set, const SetContext& context,
              SetResults* results) const override;

 private:
  void CheckDocument(const DocumentRecord& doc, SetResults* results) const;
};

// The end of quarter `ordinal` (1..4) of the fiscal year named `year` under a year that ends in
// month `end_month`, when the year is named for the calendar year it ends in (label_offset 0)
// or for the one before (-1). Day 0: the end of the month.
Date FiscalQuarterEnd(int end_month, int label_offset, int year, int ordinal);

}  // namespace tieout

#endif  // TIEOUT_RULES_PERIOD_SANITY_RULE_H_
