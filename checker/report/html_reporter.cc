#include "checker/report/html_reporter.h"

#include <map>
#include <sstream>
#include <tuple>
#include <vector>

#include "checker/base/utf8.h"
#include "checker/report/junit_reporter.h"

namespace tieout {
namespace {

enum class Mark { kVerified, kMismatch, kRounding, kUnverifiable, kSuppressed };
constexpr Mark kMarks[] = {Mark::kVerified, Mark::kMismatch, Mark::kRounding, Mark::kUnverifiable,
                           Mark::kSuppressed};

const char* MarkName(Mark m) {
  switch (m) {
    case Mark::kVerified:
      return "verified";
    case Mark::kMismatch:
      return "mismatch";
    case Mark::kRounding:
      return "rounding";
    case Mark::kUnverifiable:
      return "unverifiable";
    case Mark::kSuppressed:
      return "suppressed";
  }
  return "verified";
}

const char* MarkSymbol(Mark m) {
  switch (m) {
    case Mark::kVerified:
      return "&#10003;";  // check mark
    case Mark::kMismatch:
      return "&#10007;";  // ballot x
    case Mark::kRounding:
      return "&#8776;";  // almost equal
    case Mark::kUnverifiable:
      return "?";
    case Mark::kSuppressed:
      return "&#8856;";  // circled slash
  }
  return "";
}

using Place = std::tuple<std::string, std::string, int>;  // rule, document, line

Mark MarkOf(const CheckResult& c, const std::vector<const Finding*>& findings) {
  switch (c.status) {
    case CheckResult::Status::kPass:
      return c.detail.find("within rounding") != std::string::npos ? Mark::kRounding
                                                                   : Mark::kVerified;
    case CheckResult::Status::kSkip:
      return Mark::kUnverifiable;
    case CheckResult::Status::kFail:
      break;
  }
  if (findings.empty()) return Mark::kMismatch;
  for (const Finding* f : findings) {
    if (!f->suppression) return Mark::kMismatch;
  }
  return Mark::kSuppressed;
}

const char kStyle[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}"
    "table{border-collapse:collapse;width:100%}td,th{padding:2px 6px;vertical-align:top;"
    "border-bottom:1px solid #eee;text-align:left}"
    ".mark{display:inline-block;width:1.4em;text-align:center;font-weight:bold}"
    ".verified .mark{color:#1a7f37}.mismatch .mark{color:#cf222e}.rounding .mark{color:#9a6700}"
    ".unverifiable{color:#888}.suppressed{color:#666;font-style:italic}"
    ".mismatch td{background:#fff0f0}.numbers{color:#cf222e}"
    "#filters label{margin-right:1em}"
    "body.hide-verified tr.verified,body.hide-mismatch tr.mismatch,"
    "body.hide-rounding tr.rounding,body.hide-unverifiable tr.unverifiable,"
    "body.hide-suppressed tr.suppressed{display:none}";

const char kScript[] =
    "document.querySelectorAll('#filters input').forEach(function(b){"
    "b.addEventListener('change',function(){"
    "document.body.classList.toggle('hide-'+b.value,!b.checked);});});";

void WriteHtml(const Report& report, std::ostream& out) {
  std::map<Place, std::vector<const Finding*>> by_place;
  for (const Finding& f : report.findings) by_place[{f.rule, f.file, f.line}].push_back(&f);
  std::vector<Mark> marks;
  std::map<Mark, int> counts;
  std::map<Place, int> first_row;  // the first check row of each place, for the findings' links
  for (size_t i = 0; i < report.checks.size(); ++i) {
    const CheckResult& c = report.checks[i];
    Place place{c.rule, c.file, c.line};
    auto it = by_place.find(place);
    Mark m = MarkOf(c, it == by_place.end() ? std::vector<const Finding*>{} : it->second);
    marks.push_back(m);
    ++counts[m];
    // A finding links to the failed check of its place, else to the first check there.
    auto row = first_row.find(place);
    auto failed = [&](int r) {
      return marks[r] == Mark::kMismatch || marks[r] == Mark::kSuppressed;
    };
    if (row == first_row.end()) {
      first_row[place] = static_cast<int>(i);
    } else if (failed(static_cast<int>(i)) && !failed(row->second)) {
      row->second = static_cast<int>(i);
    }
  }
  Report::Summary s = report.Summarize();
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<title>tieout review</title><style>" << kStyle << "</style></head>\n<body";
  for (Mark m : kMarks) out << " data-" << MarkName(m) << "=\"" << counts[m] << "\"";
  out << ">\n<h1>tieout review: " << report.documents.size() << " document"
      << (report.documents.size() == 1 ? "" : "s") << ", " << s.checks << " checks</h1>\n<p>";
  for (Mark m : kMarks) {
    out << "<span class=\"" << MarkName(m) << "\"><span class=\"mark\">" << MarkSymbol(m)
        << "</span>" << counts[m] << " " << MarkName(m) << "</span> ";
  }
  out << "</p>\n<p id=\"filters\">Show: ";
  for (Mark m : kMarks) {
    out << "<label><input type=\"checkbox\" value=\"" << MarkName(m) << "\" checked> "
        << MarkName(m) << "</label>";
  }
  out << "</p>\n<h2>Findings</h2>\n<ol id=\"findings\">\n";
  for (const Finding& f : report.findings) {
    auto it = first_row.find({f.rule, f.file, f.line});
    out << "<li class=\"finding " << (f.suppression ? "suppressed" : "active") << "\">";
    if (it != first_row.end()) out << "<a href=\"#c" << it->second << "\">";
    out << XmlEscape(f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column));
    if (it != first_row.end()) out << "</a>";
    out << " <b>" << SeverityName(f.severity) << "[" << XmlEscape(f.rule) << "]</b> "
        << XmlEscape(f.message);
    if (f.suppression) out << " <i>(suppressed: " << XmlEscape(f.suppression->reason) << ")</i>";
    out << "</li>\n";
  }
  out << "</ol>\n";
  for (const InputError& e : report.errors) {
    out << "<p class=\"input-error\">input error: " << XmlEscape(e.message) << "</p>\n";
  }
  std::string current;
  for (size_t i = 0; i < report.checks.size(); ++i) {
    const CheckResult& c = report.checks[i];
    if (i == 0 || c.file != current) {
      if (i > 0) out << "</table>\n";
      current = c.file;
      out << "<h2>" << XmlEscape(c.file) << "</h2>\n<table>\n"
          << "<tr><th></th><th>line</th><th>rule</th><th>check</th></tr>\n";
    }
    Mark m = marks[i];
    out << "<tr id=\"c" << i << "\" class=\"" << MarkName(m) << "\"><td><span class=\"mark "
        << MarkName(m) << "\" title=\"" << MarkName(m) << "\">" << MarkSymbol(m)
        << "</span></td><td>" << c.line << "</td><td>" << XmlEscape(c.rule) << "</td><td>"
        << XmlEscape(c.detail);
    auto it = by_place.find({c.rule, c.file, c.line});
    if (m == Mark::kMismatch && it != by_place.end()) {
      for (const Finding* f : it->second) {
        if (f->suppression || f->expected.empty()) continue;
        out << "<br><span class=\"numbers\">expected " << XmlEscape(f->expected) << ", found "
            << XmlEscape(f->actual) << "</span>";
        break;
      }
    }
    if (m == Mark::kSuppressed && it != by_place.end()) {
      out << "<br>suppressed: " << XmlEscape(it->second.front()->suppression->reason);
    }
    out << "</td></tr>\n";
  }
  if (!report.checks.empty()) out << "</table>\n";
  out << "<script>" << kScript << "</script>\n</body></html>\n";
}

}  // namespace

void HtmlReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  std::ostringstream bytes;
  WriteHtml(report, bytes);
  out << RepairUtf8(bytes.str());
}

}  // namespace tieout
