// text: compiler-style lines, "file:line:col: error[rule-id]: message", each with the numbers and
// the line of the file it points at, then input errors, a summary and the narrative coverage.
// With show_passed, every check as "file:line: pass[rule-id]: detail" after the findings.
#ifndef TIEOUT_REPORT_TEXT_REPORTER_H_
#define TIEOUT_REPORT_TEXT_REPORTER_H_

#include "checker/report/reporters.h"

namespace tieout {

class TextReporter : public Reporter {
 public:
  const char* name() const override { return "text"; }
  const char* extension() const override { return "txt"; }
  const char* summary() const override { return "compiler-style lines for people"; }
  bool ShowsCheckDetails(const ReportOptions& options) const override {
    return options.show_passed;
  }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

}  // namespace tieout

#endif  // TIEOUT_REPORT_TEXT_REPORTER_H_
