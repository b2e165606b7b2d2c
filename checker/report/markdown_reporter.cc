#include "checker/report/markdown_reporter.h"

#include "checker/report/markup.h"

namespace tieout {
namespace {

std::string Location(const Finding& f) {
  return "`" + f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + "`";
}

std::string Numbers(const Finding& f) {
  if (f.expected.empty()) return "";
  std::string s = "expected " + f.expected + ", found " + f.actual;
  if (!f.difference.empty()) s += ", difference " + f.difference;
  return s;
}

void WriteMarkdown(const Report& report, std::ostream& out) {
  Report::Summary s = report.Summarize();
  const char* verdict = s.errors > 0               ? "numbers do not tie"
                        : s.warnings + s.notes > 0 ? "numbers tie, with remarks"
                        : report.errors.empty()    ? "every check ties"
                                                   : "input errors";
  out << "## tieout: " << verdict << "\n\n";
  out << "| documents | checks | passed | failed | skipped | errors | warnings | notes | "
         "suppressed |\n"
      << "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
      << "| " << report.documents.size() << " | " << s.checks << " | " << s.passed << " | "
      << s.failed << " | " << s.skipped << " | " << s.errors << " | " << s.warnings << " | "
      << s.notes << " | " << s.suppressed << " |\n";
  const NarrativeCoverage& n = report.narrative;
  if (n.figures > 0) {
    out << "\nNarrative: " << n.figures << " figures in the prose, " << n.verified << " verified, "
        << n.mismatched << " mismatched, " << n.truncated << " truncated, " << n.unverifiable
        << " unverifiable.\n";
  }
  if (s.errors + s.warnings + s.notes > 0) {
    out << "\n### Findings\n\n| severity | rule | location | message | numbers |\n"
        << "| --- | --- | --- | --- | --- |\n";
    for (const Finding& f : report.findings) {
      if (f.suppression) continue;
      out << "| " << SeverityName(f.severity) << " | `" << f.rule << "` | " << Location(f) << " | "
          << MarkdownCell(f.message) << " | " << MarkdownCell(Numbers(f)) << " |\n";
    }
  }
  if (s.suppressed > 0) {
    out << "\n<details><summary>" << s.suppressed << " suppressed</summary>\n\n"
        << "| severity | rule | location | message | suppressed by | reason |\n"
        << "| --- | --- | --- | --- | --- | --- |\n";
    for (const Finding& f : report.findings) {
      if (!f.suppression) continue;
      out << "| " << SeverityName(f.severity) << " | `" << f.rule << "` | " << Location(f) << " | "
          << MarkdownCell(f.message) << " | " << SuppressionSourceName(f.suppression->source)
          << " (" << MarkdownCell(f.suppression->where) << ") | "
          << MarkdownCell(f.suppression->reason) << " |\n";
    }
    out << "\n</details>\n";
  }
  if (!report.errors.empty()) {
    out << "\n### Input errors\n\n";
    for (const InputError& e : report.errors) out << "- " << MarkdownCell(e.message) << "\n";
  }
}

}  // namespace

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (AppendMarkupEntity(c, &out)) continue;
    switch (c) {
      case '|':
        out += "\\|";
        break;
      case '$':  // GitHub reads $...$ as mathematics
        out += "\\$";
        break;
      case '\n':
        out += "<br>";
        break;
      case '\r':
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

void MarkdownReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  WriteAsUtf8(out, [&](std::ostream& bytes) { WriteMarkdown(report, bytes); });
}

}  // namespace tieout
