// The `book-value` rule kind: book value per share is equity over the shares outstanding at the
// same date, where a release shows both.
//
// The per-share row (the `per_share` concept) and the equity row (the `equity` concepts, the
// first found) stand in one table; the share count is a row of the `shares` concept in a column
// of the same year in the nearest tables, or the counts a balance sheet label states ("51,204,118
// and 50,387,642 shares issued and outstanding", in the order of that table's columns). The unit
// of the count against the money is read from the figures (the one under which the most years
// tie). The reading is established where it ties in all its years but one, one at least, with
// figures of two significant digits; a year that then does not tie is a finding. Book value may
// leave out preferred stock or count other shares (exchangeable shares): then no year ties, and
// the check is skipped with the reason.
#ifndef TIEOUT_RULES_BOOK_VALUE_RULE_H_
#define TIEOUT_RULES_BOOK_VALUE_RULE_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {

// "51,204,118 and 50,387,642 shares issued and outstanding": the counts in order; none where the
// label states no two counts of outstanding shares.
std::vector<Decimal> OutstandingCounts(const std::string& label);

class BookValueRule : public Rule {
 public:
  static constexpr const char* kKind = "book-value";
  static std::vector<std::string> Keys() { return {"per_share", "equity", "shares"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "equity", "shares", "evidence"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  BookValueRule(RuleSpec spec, std::string per_share, std::vector<std::string> equity,
                std::string shares)
      : Rule(std::move(spec)),
        per_share_(std::move(per_share)),
        equity_(std::move(equity)),
        shares_(std::move(shares)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override;

 private:
  const std::string per_share_;
  const std::vector<std::string> equity_;
  const std::string shares_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_BOOK_VALUE_RULE_H_
