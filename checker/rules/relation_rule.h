// The `sum` and `equation` rule kinds: a relation between concepts, checked per table and
// column. A sum ("total: x, parts: [a, b]") is read into the equation "x == a + b", so both
// kinds are this one class; they differ only in how the rules file writes them.
#ifndef TIEOUT_RULES_RELATION_RULE_H_
#define TIEOUT_RULES_RELATION_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/relation.h"

namespace tieout {

class RelationRule : public Rule {
 public:
  RelationRule(RuleSpec spec, Relation relation)
      : Rule(std::move(spec)), relation_(std::move(relation)) {}
  void Run(const Document& doc, const RuleContext& context, Results* results) const override {
    CheckRelation(spec(), relation_, doc, context, results);
  }

 protected:
  const Relation& relation() const { return relation_; }

 private:
  const Relation relation_;
};

// sum: `total` (a concept) equals the sum of `parts` (a list of concepts).
class SumRule : public RelationRule {
 public:
  static constexpr const char* kKind = "sum";
  static std::vector<std::string> Keys() { return {"total", "parts", "contiguous"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "equation"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  using RelationRule::RelationRule;
  void StoreOptions(OptionValues* options) const override;
};

// equation: a relation between concepts, "total_assets == total_liabilities_and_equity";
// contiguous (default false): checked only where its rows stand together.
class EquationRule : public RelationRule {
 public:
  static constexpr const char* kKind = "equation";
  static std::vector<std::string> Keys() { return {"equation", "contiguous"}; }
  static std::vector<std::string> Placeholders() {
    return {"row", "column", "expected", "actual", "difference", "equation"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  using RelationRule::RelationRule;
  void StoreOptions(OptionValues* options) const override;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_RELATION_RULE_H_
