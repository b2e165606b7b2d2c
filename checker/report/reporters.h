// Reporters: the Report printed in one output format each.
//
// A format is one class behind Reporter, in its own file pair (text_reporter.h/.cc, ...), and one
// line in the list in reporters.cc. The CLI's --format choices, its help and the files --out
// writes all come from that list.
#ifndef TIEOUT_REPORT_REPORTERS_H_
#define TIEOUT_REPORT_REPORTERS_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/result/report.h"

namespace tieout {

struct ReportOptions {
  // List every check, passed and skipped ones too, in formats that otherwise list findings only.
  bool show_passed = false;
  // ANSI colour in formats for a terminal (text): the CLI sets it for a terminal without NO_COLOR.
  bool color = false;
  // The folder relative paths are relative to (the working directory), absolute; "" for none.
  // SARIF names it as the uriBaseId %SRCROOT%.
  std::string root = {};
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // The --format name: "text", "json", "sarif".
  virtual const char* name() const = 0;
  // The extension of the file --out writes (report.EXT), without the dot.
  virtual const char* extension() const = 0;
  // What the format is for, in a few words, for --help.
  virtual const char* summary() const = 0;
  // Whether --out DIR writes this format (report.EXT) beside the others.
  virtual bool WrittenByOut() const { return true; }
  // Whether it shows the documents' text (DocumentSummary::text): the run keeps it only then.
  virtual bool ShowsText() const { return false; }
  // Whether it prints the checks' details (CheckResult::detail) under `options`. When no report
  // of a run does, the run drops each file's details as soon as the file is checked.
  virtual bool ShowsCheckDetails(const ReportOptions& /*options*/) const { return true; }
  // Writes the whole report. Never fails: a stream that cannot be written is the caller's to
  // notice.
  virtual void Write(const Report& report, std::ostream& out,
                     const ReportOptions& options) const = 0;
};

// Every reporter, in the order of the list in reporters.cc; the first is the default format.
const std::vector<const Reporter*>& Reporters();
// The reporter of a --format name, or nullptr.
const Reporter* FindReporter(std::string_view name);
// The names of every reporter, in order: "text, json, sarif".
std::string ReporterNames(std::string_view separator = ", ");

const char* ToolVersion();

}  // namespace tieout

#endif  // TIEOUT_REPORT_REPORTERS_H_
