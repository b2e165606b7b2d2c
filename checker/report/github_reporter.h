// github: GitHub Actions workflow commands, one annotation per finding:
//   ::error file=release.txt,line=19,col=47,title=table-footing::Total revenues does not foot...
// error/warning/note map to ::error/::warning/::notice. A suppressed finding is a ::notice that
// says so, with its reason. Values are escaped as GitHub's toolkit does: '%', CR and LF in the
// message; also ':' and ',' in the properties. A plain summary line ends the output.
#ifndef TIEOUT_REPORT_GITHUB_REPORTER_H_
#define TIEOUT_REPORT_GITHUB_REPORTER_H_

#include <string>
#include <string_view>

#include "checker/report/reporters.h"

namespace tieout {

class GithubReporter : public Reporter {
 public:
  const char* name() const override { return "github"; }
  const char* extension() const override { return "github.txt"; }
  const char* summary() const override { return "GitHub Actions annotations (::error file=...)"; }
  bool WrittenByOut() const override { return false; }
  bool ShowsCheckDetails(const ReportOptions&) const override { return false; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

// GitHub's escaping of a command's message (`property` false) or of a property value.
std::string GithubEscape(std::string_view text, bool property);

}  // namespace tieout

#endif  // TIEOUT_REPORT_GITHUB_REPORTER_H_
