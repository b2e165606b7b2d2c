// html: a review page for auditors, one self-contained file (no network, no external assets).
// Each document is shown as its text (DocumentSummary::text: paragraphs and tables), every checked
// figure marked in place: verified (a tick), mismatch (red, with the finding's expected and found
// figures beside it), within rounding, unverifiable (grey), suppressed (with its reason); each
// table has a footer row with its columns' marks. The findings are listed first, each linked to
// its check's mark; checkboxes filter the marks by status. Documents are collapsed (<details>)
// but for those with a mismatch, or a run of one document. A check about the whole document
// stands above the text; one whose place the text does not hold is listed below it with its line.
// Counts sit in data attributes of <body> (data-verified, data-mismatch, data-rounding,
// data-unverifiable, data-suppressed); each check has exactly one element of class
// "mark STATUS", id "cN" (N its index in the report's checks), for tests and scripts.
#ifndef TIEOUT_REPORT_HTML_REPORTER_H_
#define TIEOUT_REPORT_HTML_REPORTER_H_

#include "checker/report/reporters.h"

namespace tieout {

class HtmlReporter : public Reporter {
 public:
  const char* name() const override { return "html"; }
  const char* extension() const override { return "html"; }
  const char* summary() const override { return "a review page for auditors (self-contained)"; }
  bool ShowsText() const override { return true; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

}  // namespace tieout

#endif  // TIEOUT_REPORT_HTML_REPORTER_H_
