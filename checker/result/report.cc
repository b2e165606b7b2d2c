#include "checker/result/report.h"

namespace tieout {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

bool ParseSeverity(const std::string& name, Severity* out) {
  if (name == "error")
    *out = Severity::kError;
  else if (name == "warning")
    *out = Severity::kWarning;
  else if (name == "note")
    *out = Severity::kNote;
  else
    return false;
  return true;
}

const char* SuppressionSourceName(Suppression::Source s) {
  switch (s) {
    case Suppression::Source::kInline:
      return "inline";
    case Suppression::Source::kConfig:
      return "config";
    case Suppression::Source::kBaseline:
      return "baseline";
  }
  return "inline";
}

const char* CheckStatusName(CheckResult::Status s) {
  switch (s) {
    case CheckResult::Status::kPass:
      return "pass";
    case CheckResult::Status::kFail:
      return "fail";
    case CheckResult::Status::kSkip:
      return "skip";
  }
  return "pass";
}

Report::Summary Report::Summarize() const {
  Summary s;
  for (const CheckResult& c : checks) {
    ++s.checks;
    if (c.status == CheckResult::Status::kPass) ++s.passed;
    if (c.status == CheckResult::Status::kFail) ++s.failed;
    if (c.status == CheckResult::Status::kSkip) ++s.skipped;
  }
  for (const Finding& f : findings) {
    if (f.suppression) {
      ++s.suppressed;
      continue;
    }
    if (f.severity == Severity::kError) ++s.errors;
    if (f.severity == Severity::kWarning) ++s.warnings;
    if (f.severity == Severity::kNote) ++s.notes;
  }
  return s;
}

bool Report::HasFindingsAtOrAbove(Severity threshold) const {
  for (const Finding& f : findings) {
    if (f.suppression) continue;
    if (static_cast<int>(f.severity) <= static_cast<int>(threshold)) return true;
  }
  return false;
}

}  // namespace tieout
