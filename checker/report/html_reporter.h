// html: a review page for auditors, one self-contained file (no network, no external assets).
// Per document, every check as a row marked by status: verified (a tick), mismatch (red, with
// the finding's expected and found figures), within rounding, unverifiable (grey, with the
// reason), suppressed (with its reason); the findings listed first, each linked to its check's
// row; checkboxes filter the rows by status. Counts sit in data attributes of <body>
// (data-verified, data-mismatch, data-rounding, data-unverifiable, data-suppressed) and each mark
// has class "mark STATUS", for tests and scripts.
//
// Not yet: the document's own text with the figures marked in place (checks carry a line, not
// the figure's span).
#ifndef TIEOUT_REPORT_HTML_REPORTER_H_
#define TIEOUT_REPORT_HTML_REPORTER_H_

#include "checker/report/reporters.h"

namespace tieout {

class HtmlReporter : public Reporter {
 public:
  const char* name() const override { return "html"; }
  const char* extension() const override { return "html"; }
  const char* summary() const override { return "a review page for auditors (self-contained)"; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

}  // namespace tieout

#endif  // TIEOUT_REPORT_HTML_REPORTER_H_
