#include "checker/report/github_reporter.h"

#include "checker/base/utf8.h"

namespace tieout {
namespace {

// The workflow command of a severity: its name, but "notice" for a note.
const char* Command(Severity s) { return s == Severity::kNote ? "notice" : SeverityName(s); }

}  // namespace

std::string GithubEscape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

void GithubReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  std::string text;
  for (const Finding& f : report.findings) {
    std::string message = f.message;
    if (!f.expected.empty()) {
      message += "\nexpected " + f.expected + ", found " + f.actual;
      if (!f.difference.empty()) message += ", difference " + f.difference;
    }
    std::string title = f.rule;
    const char* command = Command(f.severity);
    if (f.suppression) {
      command = "notice";
      title = std::string("suppressed ") + SeverityName(f.severity) + " " + f.rule;
      message += "\nsuppressed (" + std::string(SuppressionSourceName(f.suppression->source)) +
                 ", " + f.suppression->where + "): " + f.suppression->reason;
    }
    const std::string& path = f.path.empty() ? f.file : f.path;
    text += std::string("::") + command + " file=" + GithubEscape(path, true);
    if (f.line > 0) text += ",line=" + std::to_string(f.line);
    if (f.column > 0) text += ",col=" + std::to_string(f.column);
    text += ",title=" + GithubEscape(title, true) + "::" + GithubEscape(message, false) + "\n";
  }
  for (const InputError& e : report.errors) {
    text += "::error file=" + GithubEscape(e.file, true) +
            ",title=input error::" + GithubEscape(e.message, false) + "\n";
  }
  Report::Summary s = report.Summarize();
  text += "tieout: " + std::to_string(report.documents.size()) + " documents, " +
          std::to_string(s.errors) + " errors, " + std::to_string(s.warnings) + " warnings, " +
          std::to_string(s.notes) + " notes, " + std::to_string(s.suppressed) + " suppressed\n";
  out << RepairUtf8(text);
}

}  // namespace tieout
