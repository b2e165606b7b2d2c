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
#include "checker/sets/set_vocabulary.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

// Findings a project leaves out for some files: `ignore:` in the configuration.
struct PathIgnore {
  std::string pattern;             // a glob over the document's path ('*' crosses '/')
  std::vector<std::string> rules;  // the rule ids it silences; empty for every rule
  std::string reason;
};

struct RuleSet {
  std::string source;               // the file it came from (the last layer, when merged)
  std::vector<std::string> layers;  // every file merged into it, base first
  Vocabulary vocabulary;
  Concepts concepts;
  NarrativeVocabulary narrative;  // concept phrases and the words of the prose
  SetVocabulary sets;             // the words of the checks across documents
  std::vector<std::unique_ptr<Rule>> rules;
  std::vector<std::string> disabled;  // ids of rules turned off (`disable: true`, --disable)
  std::vector<PathIgnore> ignores;
  std::string baseline;   // a baseline file named by the configuration, "" for none
  std::string effective;  // the merged rules as a rules file (see config.h), "" when not merged
};

Expected<std::shared_ptr<const RuleSet>> LoadRules(const std::string& path);
// `name` is what error messages call the text (a path, or "<default rules>").
Expected<std::shared_ptr<const RuleSet>> ParseRules(const std::string& text,
                                                    const std::string& name);

// The default rule set compiled into the binary (the project's rules.yaml).
const char* DefaultRulesText();

}  // namespace tieout

#endif  // TIEOUT_RULES_RULE_SET_H_
