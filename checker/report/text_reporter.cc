#include "checker/report/text_reporter.h"

#include "checker/report/markup.h"

namespace tieout {

namespace {

// The text report as the documents' bytes give it; TextReporter::Write makes it UTF-8
// (WriteAsUtf8). ANSI escapes as compilers use them; all empty without colour.
struct Palette {
  explicit Palette(bool on)
      : bold(on ? "\x1b[1m" : ""),
        reset(on ? "\x1b[0m" : ""),
        caret(on ? "\x1b[1;32m" : ""),
        faint(on ? "\x1b[2m" : "") {}
  const char* Severity(tieout::Severity s, bool on) const {
    if (!on) return "";
    switch (s) {
      case Severity::kError:
        return "\x1b[1;31m";
      case Severity::kWarning:
        return "\x1b[1;35m";
      case Severity::kNote:
        return "\x1b[1;36m";
    }
    return "";
  }
  const char *bold, *reset, *caret, *faint;
};

void WriteTextBytes(const Report& report, std::ostream& out, const ReportOptions& options) {
  const Palette c(options.color);
  for (const Finding& f : report.findings) {
    if (f.suppression) continue;
    out << c.bold << f.file << ":" << f.line << ":" << f.column << ": " << c.reset
        << c.Severity(f.severity, options.color) << SeverityName(f.severity) << c.reset << c.bold
        << "[" << f.rule << "]: " << f.message << c.reset << "\n";
    if (!f.expected.empty()) {
      out << "    expected " << f.expected << ", found " << f.actual;
      if (!f.difference.empty()) out << ", difference " << f.difference;
      out << "\n";
    }
    if (!f.source_line.empty()) {
      out << "    " << f.source_line << "\n";
      if (f.source_column >= 1) {
        out << "    " << std::string(f.source_column - 1, ' ') << c.caret << "^" << c.reset << "\n";
      }
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
    out << c.faint << f.file << ":" << f.line << ":" << f.column << ": suppressed "
        << SeverityName(f.severity) << "[" << f.rule << "]: " << f.message << "\n    suppressed ("
        << SuppressionSourceName(s.source) << ", " << s.where << "): " << s.reason << c.reset
        << "\n";
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
        << " in the prose, " << n.verified << " verified (" << n.by_arithmetic
        << " by arithmetic), " << n.mismatched << " mismatched, " << n.truncated << " truncated, "
        << n.unverifiable << " unverifiable (" << n.not_in_tables << " not in the tables)\n";
  }
}

}  // namespace

void TextReporter::Write(const Report& report, std::ostream& out,
                         const ReportOptions& options) const {
  WriteAsUtf8(out, [&](std::ostream& bytes) { WriteTextBytes(report, bytes, options); });
}

}  // namespace tieout
