// Test helper: a rule across documents run over records made by hand (sets/testing.h).
#ifndef TIEOUT_TESTING_SET_RULES_H_
#define TIEOUT_TESTING_SET_RULES_H_

#include <vector>

#include "checker/rules/set_rule.h"
#include "checker/sets/testing.h"

namespace tieout::testing {

// The checks and findings of `rule` over the set of `docs`, in that order.
inline Report RunSetRule(const SetRule& rule, const std::vector<const DocumentRecord*>& docs,
                         const SetVocabulary& vocabulary = {}) {
  Report report;
  SetResults results(&report);
  rule.RunSet(settest::SetOf(docs), SetContext{vocabulary}, &results);
  return report;
}

}  // namespace tieout::testing

#endif  // TIEOUT_TESTING_SET_RULES_H_
