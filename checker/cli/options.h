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

namespace tieout {

struct CheckOptions {
  std::vector<std::string> paths;  // files or folders
  std::string rules_path;          // empty: the built-in rules
  const Reporter* format = nullptr;
  std::string out_dir;  // empty: no report files
  // Exit 1 when a finding is at or above this severity; nullopt ("none") never.
  std::optional<Severity> fail_on = Severity::kError;
  bool show_passed = false;
  bool quiet = false;
};

struct ExtractOptions {
  std::string file;
  std::string rules_path;
  const DocumentWriter* format = nullptr;
};

struct RulesOptions {
  std::string rules_path;
  bool print_default = false;
};

}  // namespace tieout

#endif  // TIEOUT_CLI_OPTIONS_H_
