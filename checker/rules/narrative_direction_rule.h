// narrative-direction: direction words in the prose ("increased to $2.8 million from $2.6
// million", "decreased", "unchanged from the same period in 2002", "up from") agree with the
// table values of the two periods they compare. Losses compare by size ("a net loss of $2.8
// million, up from $2.5 million"); a figure that changes sign is not judged; "unchanged" holds
// when both periods round to the same figure at the precision stated. Where the tables do not
// show both periods, the stated figures are compared.
#ifndef TIEOUT_RULES_NARRATIVE_DIRECTION_RULE_H_
#define TIEOUT_RULES_NARRATIVE_DIRECTION_RULE_H_

#include "checker/rules/narrative_facts.h"

namespace tieout {

class NarrativeDirectionRule : public NarrativeRule {
 public:
  static constexpr const char* kKind = "narrative-direction";
  static std::vector<std::string> Keys() { return {}; }
  static std::vector<std::string> Placeholders() {
    return {"word",           "direction", "concept",      "current",
            "current_period", "prior",     "prior_period", "source"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions&) {
    return std::make_unique<NarrativeDirectionRule>(std::move(spec));
  }

  explicit NarrativeDirectionRule(RuleSpec spec) : NarrativeRule(std::move(spec)) {}
  void RunOn(const NarrativeAnalysis& part, const NarrativeVocabulary& vocab, Results* results,
             NarrativeCoverage* coverage) const override;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_NARRATIVE_DIRECTION_RULE_H_
