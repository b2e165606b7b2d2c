// markdown: a pull-request comment. A heading with the verdict, a summary table (documents,
// checks, findings by severity, suppressed, narrative figures), the findings as a table
// (severity, rule, location, message, expected/found), the suppressed ones with their reasons in
// a collapsed <details> block, and input errors. Table cells are escaped ('|', '$', '<', newlines).
#ifndef TIEOUT_REPORT_MARKDOWN_REPORTER_H_
#define TIEOUT_REPORT_MARKDOWN_REPORTER_H_

#include <string>
#include <string_view>

#include "checker/report/reporters.h"

namespace tieout {

class MarkdownReporter : public Reporter {
 public:
  const char* name() const override { return "markdown"; }
  const char* extension() const override { return "md"; }
  const char* summary() const override { return "a pull-request comment: summary and findings"; }
  bool ShowsCheckDetails(const ReportOptions&) const override { return false; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

// Text safe in a Markdown table cell.
std::string MarkdownCell(std::string_view text);

}  // namespace tieout

#endif  // TIEOUT_REPORT_MARKDOWN_REPORTER_H_
