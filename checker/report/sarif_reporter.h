// sarif: SARIF 2.1.0, one run, the rules that ran, a result per finding, input errors as tool
// execution notifications. For code-scanning dashboards and CI annotations.
#ifndef TIEOUT_REPORT_SARIF_REPORTER_H_
#define TIEOUT_REPORT_SARIF_REPORTER_H_

#include "checker/report/reporters.h"

namespace tieout {

class SarifReporter : public Reporter {
 public:
  const char* name() const override { return "sarif"; }
  const char* extension() const override { return "sarif"; }
  const char* summary() const override { return "SARIF 2.1.0 for code scanning"; }
  bool ShowsCheckDetails(const ReportOptions&) const override { return false; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

}  // namespace tieout

#endif  // TIEOUT_REPORT_SARIF_REPORTER_H_
