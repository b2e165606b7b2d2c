// Configuration as linters do it: a project file (.tieout.yaml) found from each checked file's
// folder upwards (`check` groups its files by the file they find), or named with --config,
// layered over a base rules file.
//
// A project file has the sections of a rules file, all optional, and they merge with its base:
//   extends: default          the built-in rules (or the --rules file); or a path to a rules file
//   rules:                    by id (a map, or a list of entries with `id`): the keys given
//     table-footing:          replace the base rule's (severity, message, the kind's options);
//       severity: warning     `disable: true` turns it off; an id the base lacks is a new rule
//   concepts: / vocabulary: / narrative:   patterns and phrases added to the base's
//   ignore:                   [{path: GLOB, rules: [ID...], reason: TEXT}], paths from the file
//   baseline: FILE            accepted findings (see engine/suppression.h), from the file
// A rules file given with --rules stands alone unless it says `extends:` itself.
//
// Every problem names its file: ".tieout.yaml:3:15: unknown severity 'fatal' (error, warning,
// note)"; the whole set is rejected (exit status 2).
#ifndef TIEOUT_RULES_CONFIG_H_
#define TIEOUT_RULES_CONFIG_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/base/status.h"
#include "checker/rules/rule_set.h"

namespace tieout {

inline constexpr char kConfigFileName[] = ".tieout.yaml";

// How the rules of a run are put together (the command line's --rules, --config, --no-config,
// --disable and --severity).
struct RuleSources {
  std::string rules_path;            // the base instead of the built-in rules; "" for the built-in
  std::string config_path;           // the project file; "" to look for one from `search_from`
  bool no_config = false;            // neither look for nor read a project file
  std::string search_from;           // where the search starts: the first checked path
  std::vector<std::string> disable;  // rule ids
  std::vector<std::pair<std::string, std::string>> severity;  // rule id, severity name
};

// The nearest .tieout.yaml in `path`'s folder (or in `path`, a folder) or in a folder above it;
// "" when there is none.
std::string FindConfigFile(const std::string& path);

// The base, the project file and the command line merged. The result's `effective` is the merged
// set written out as a rules file (printed by `tieout rules --effective`; loading it gives the
// same rules) and `layers` names the files merged.
Expected<std::shared_ptr<const RuleSet>> LoadEffectiveRules(const RuleSources& options);

// Parses "ID=SEVERITY"; false when there is no '='.
bool SplitSeverityOverride(const std::string& text, std::pair<std::string, std::string>* out);

}  // namespace tieout

#endif  // TIEOUT_RULES_CONFIG_H_
