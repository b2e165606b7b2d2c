// junit: JUnit XML for CI test views. One <testsuite> per document, one <testcase> per check
// (classname the rule id, name "file:line: detail"): a failed check is a <failure> with the
// finding's message (type its severity), a skipped one <skipped> with the reason; a failed
// check whose findings are all suppressed is <skipped> with "suppressed: reason". Input errors
// are <error> testcases of a suite of their own. Text is escaped for XML 1.0 (control
// characters dropped).
#ifndef TIEOUT_REPORT_JUNIT_REPORTER_H_
#define TIEOUT_REPORT_JUNIT_REPORTER_H_

#include <string>
#include <string_view>

#include "checker/report/reporters.h"

namespace tieout {

class JunitReporter : public Reporter {
 public:
  const char* name() const override { return "junit"; }
  const char* extension() const override { return "junit.xml"; }
  const char* summary() const override { return "JUnit XML: one testcase per check"; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

// Text safe in an XML attribute or element.
std::string XmlEscape(std::string_view text);

}  // namespace tieout

#endif  // TIEOUT_REPORT_JUNIT_REPORTER_H_
