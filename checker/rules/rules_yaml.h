// Inside rules/ only: the YAML side of loading a rules file, shared by rule_set.cc (one file)
// and config.cc (a project file merged over its base).
#ifndef TIEOUT_RULES_RULES_YAML_H_
#define TIEOUT_RULES_RULES_YAML_H_

#include <yaml-cpp/yaml.h>

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/rule_options.h"
#include "checker/rules/rule_set.h"

namespace tieout {

// Loads a whole rules tree (already merged) into a rule set; problems go to `problems`.
std::shared_ptr<RuleSet> ParseRulesTree(const YAML::Node& root, const std::string& name,
                                        Problems* problems);

}  // namespace tieout

#endif  // TIEOUT_RULES_RULES_YAML_H_
