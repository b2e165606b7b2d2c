#include "checker/report/text_reporter.h"

#include <sstream>

#include "checker/base/utf8.h"

namespace tieout {

namespace {

// The text report as the documents' bytes give it; TextReporter::Write makes it UTF-8 (RepairUtf8).
void WriteTextBytes(const Report& report, std::ostream& out, const ReportOptions& options) {
  for (const Finding& f : report.findings) {
    if (f.suppression) continue;
    out << f.file << ":" << f.line << ":" << f.column << ": " << SeverityName(f.severity) << "["
        << f.rule << "]: " << f.message << "\n";
    if (!f.expected.empty()) {
      out << "    expected " << f.expected << ", found " << f.actual;
      if (!f.difference.empty()) out << ", difference " << f.difference;
      out << "\n";
    }
    if (!f.source_line.empty()) {
      out << "    " << f.source_line << "\n";
      if (f.source_column >= 1) out << "    " << std::string(f.source_column - 1, ' ') << "^\n";
    }
    for (const RelatedLocation& r : f.related) {
      out << "    " << r.file << ":" << r.line << ":" << r.column << ": note: " << r.message
          << "\n";
    }
  }
  // Suppressed findings: one line each, with the reason and where it was given.
  for (const Finding& f : report.findings) {
    if (!f.suppression) continue;
    const Suppression& s = *f.suppression;
    out << f.file << ":" << f.line << ":" << f.column << ": suppressed " << SeverityName(f.severity)
        << "[" << f.rule << "]: " << f.message << "\n    suppressed ("
        << SuppressionSourceName(s.source) << ", " << s.where << "): " << s.reason << "\n";
  }
  if (options.show_passed) {
    for (const CheckResult& c : report.checks) {
      out << c.file << ":" << c.line << ": " << CheckStatusName(c.status) << "[" << c.rule
          << "]: " << c.detail << "\n";
    }
  }
  for (const InputError& e : report.errors) out << "error: " << e.message << "\n";
  Report::Summary s = report.Summarize();
  out << report.documents.size() << " document" << (report.documents.size() == 1 ? "" : "s") << ", "
      << s.checks << " checks: " << s.passed << " passed, " << s.failed << " failed, " << s.skipped
      << " skipped; " << s.errors << " error" << (s.errors == 1 ? "" : "s") << ", " << s.warnings
      << " warning" << (s.warnings == 1 ? "" : "s") << ", " << s.notes << " note"
      << (s.notes == 1 ? "" : "s");
  if (s.suppressed > 0) out << "; " << s.suppressed << " suppressed";
  if (!report.errors.empty()) {
    out << "; " << report.errors.size() << " input error" << (report.errors.size() == 1 ? "" : "s");
  }
  out << "\n";
  const NarrativeCoverage& n = report.narrative;
  if (n.figures > 0) {
    out << "narrative: " << n.figures << " figure" << (n.figures == 1 ? "" : "s")
        << " in the prose, " << n.verified << " verified, " << n.mismatched << " mismatched, "
        << n.truncated << " truncated, " << n.unverifiable << " unverifiable\n";
  }
}

}  // namespace

void TextReporter::Write(const Report& report, std::ostream& out,
                         const ReportOptions& options) const {
  std::ostringstream bytes;
  WriteTextBytes(report, bytes, options);
  out << RepairUtf8(bytes.str());
}

}  // namespace tieout
