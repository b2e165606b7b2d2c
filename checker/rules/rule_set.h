// Loading the rules file (rules.yaml): vocabulary, concepts and rules, validated at once.
//
// A rules file with problems is rejected as a whole, with every problem listed as
// "FILE:LINE:COL: what is wrong" (unknown keys and kinds, missing fields, bad patterns,
// duplicate ids, concepts a rule names but the file does not define).
#ifndef TIEOUT_RULES_RULE_SET_H_
#define TIEOUT_RULES_RULE_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/base/status.h"
#include "checker/narrative/narrative_vocabulary.h"
#include "checker/rules/rule.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

struct RuleSet {
  std::string source;  // the file it came from
  Vocabulary vocabulary;
  Concepts concepts;
  NarrativeVocabulary narrative;  // concept phrases and the words of the prose
  std::vector<std::unique_ptr<Rule>> rules;
};

Expected<std::shared_ptr<const RuleSet>> LoadRules(const std::string& path);
// `name` is what error messages call the text (a path, or "<default rules>").
Expected<std::shared_ptr<const RuleSet>> ParseRules(const std::string& text,
                                                    const std::string& name);

// The default rule set compiled into the binary (the project's rules.yaml).
const char* DefaultRulesText();

}  // namespace tieout

#endif  // TIEOUT_RULES_RULE_SET_H_
