// The options of each subcommand, parsed from the command line into plain structs before
// anything runs (see cli.cc).
#ifndef TIEOUT_CLI_OPTIONS_H_
#define TIEOUT_CLI_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/report/document_writer.h"
#include "checker/report/reporters.h"
#include "checker/result/report.h"
#include "checker/rules/config.h"

namespace tieout {

struct CheckOptions {
  std::vector<std::string> paths;  // files or folders
  RuleSources sources;             // --rules, --config, --no-config, --disable, --severity
  // --format NAME[=FILE], repeatable: a report on stdout (at most one) or into FILE.
  struct Output {
    const Reporter* format = nullptr;
    std::string file;  // "" for stdout
  };
  std::vector<Output> outputs;
  bool color = false;   // on stdout: a terminal, or --color always; never with NO_COLOR
  std::string out_dir;  // empty: no report files
  // Exit 1 when a finding is at or above this severity; nullopt ("none") never.
  std::optional<Severity> fail_on = Severity::kError;
  bool show_passed = false;
  bool quiet = false;
  std::string baseline;        // --baseline: accepted findings; "" for the configuration's
  std::string write_baseline;  // --write-baseline: where to write this run's findings
  // Sets named by hand for the checks across documents: JSON manifests or comma-separated
  // lists of files.
  std::vector<std::string> sets;
};

struct ExtractOptions {
  std::string file;
  RuleSources sources;
  const DocumentWriter* format = nullptr;
};

struct RulesOptions {
  RuleSources sources;
  std::string action = "list";  // list, explain, validate
  std::string argument;         // explain: the rule id; validate: the file
  bool print_default = false;
  bool print_effective = false;
};

}  // namespace tieout

#endif  // TIEOUT_CLI_OPTIONS_H_
