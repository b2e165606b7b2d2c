// Inside rules/ only: the YAML side of loading a rules file, shared by rule_set.cc (one file)
// and config.cc (a project file merged over its base).
#ifndef TIEOUT_RULES_RULES_YAML_H_
#define TIEOUT_RULES_RULES_YAML_H_

#include <yaml-cpp/yaml.h>

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/rule_set.h"

namespace tieout {

// Problems found in rules files, each "FILE:LINE:COL: message". A merged tree holds nodes of
// several files: a node whose position was recorded with Claim() is named with that file, the
// others with the base file. Positions are compared as (offset, line, column).
class Problems {
 public:
  explicit Problems(std::string file) : file_(std::move(file)) {}
  // Every node below `root` (itself included) came from `file`.
  void Claim(const YAML::Node& root, const std::string& file);
  void Add(const YAML::Mark& mark, const std::string& message);
  // A problem without a position ("--disable: ...").
  void AddLine(const std::string& message) { lines_.push_back(message); }
  bool empty() const { return lines_.empty(); }
  std::string Join() const;

 private:
  struct Claimed {
    YAML::Mark mark;
    std::string file;
  };
  std::string file_;
  std::vector<Claimed> claimed_;
  std::vector<std::string> lines_;
};

// Loads a whole rules tree (already merged) into a rule set; problems go to `problems`.
std::shared_ptr<RuleSet> ParseRulesTree(const YAML::Node& root, const std::string& name,
                                        Problems* problems);

}  // namespace tieout

#endif  // TIEOUT_RULES_RULES_YAML_H_
