#include "checker/report/html_reporter.h"

#include <algorithm>
#include <array>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "checker/base/utf8.h"
#include "checker/report/check_findings.h"
#include "checker/report/junit_reporter.h"

namespace tieout {
namespace {

// In the order a figure shows the worst of its marks: a mismatch first.
enum class Mark { kMismatch, kSuppressed, kRounding, kUnverifiable, kVerified };
constexpr Mark kMarks[] = {Mark::kVerified, Mark::kMismatch, Mark::kRounding, Mark::kUnverifiable,
                           Mark::kSuppressed};
constexpr size_t kMarkCount = 5;

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

Mark MarkOf(const CheckResult& c, const std::vector<const Finding*>& findings) {
  switch (c.status) {
    case CheckResult::Status::kPass:
      // A pass with a finding of its own is a rounding or one-unit difference.
      return c.detail.view().find("within rounding") != std::string_view::npos || !findings.empty()
                 ? Mark::kRounding
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

using Counts = std::array<int, kMarkCount>;

const char kStyle[] =
    "body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}"
    ".mark{display:inline-block;min-width:1.1em;text-align:center;font-weight:bold;"
    "font-size:.85em;cursor:help}"
    ".mark.verified{color:#1a7f37}.mark.mismatch{color:#cf222e}.mark.rounding{color:#9a6700}"
    ".mark.unverifiable{color:#999}.mark.suppressed{color:#666}"
    ".numbers{font-weight:normal;background:#ffebe9;border-radius:3px;padding:0 "
    "3px;margin-left:2px}"
    ".fig.verified{background:#dafbe1}.fig.mismatch{background:#ffcecb}"
    ".fig.rounding{background:#fff8c5}.fig.unverifiable{background:#eee}"
    ".fig.suppressed{background:#eee;text-decoration:line-through}"
    "details.doc{border-top:1px solid #ddd;padding:.3em 0}"
    "details.doc>summary{cursor:pointer;font-weight:600}"
    ".doc-text{max-width:62em;margin:.5em 0 1em 1em}"
    ".doc-text p{margin:.4em 0}.doc-text p.whole,.doc-text p.elsewhere{color:#555}"
    ".doc-text table{border-collapse:collapse;margin:.6em 0;font-variant-numeric:tabular-nums}"
    ".doc-text caption{text-align:left;font-weight:600}"
    ".doc-text td,.doc-text th{padding:1px 6px;border-bottom:1px solid #f0f0f0;vertical-align:top}"
    ".doc-text td{text-align:right;white-space:nowrap}.doc-text th{text-align:left;"
    "font-weight:normal}.doc-text thead th{font-weight:600;text-align:right}"
    ".doc-text td.mismatch{background:#ffcecb}.doc-text td.verified{background:#dafbe1}"
    ".doc-text td.rounding{background:#fff8c5}.doc-text td.unverifiable{background:#f3f3f3}"
    ".doc-text td.suppressed{background:#eee}"
    "tr.column-checks td,tr.column-checks th{border-top:1px solid #bbb;font-size:.8em;color:#555}"
    ".count{margin-right:.6em}#filters label{margin-right:1em}"
    "#findings{max-height:16em;overflow:auto;border:1px solid #eee;padding-top:.3em}"
    "body.hide-verified .mark.verified,body.hide-mismatch .mark.mismatch,"
    "body.hide-rounding .mark.rounding,body.hide-unverifiable .mark.unverifiable,"
    "body.hide-suppressed .mark.suppressed{display:none}"
    "body.hide-verified .fig.verified,body.hide-rounding .fig.rounding,"
    "body.hide-unverifiable .fig.unverifiable,body.hide-mismatch .fig.mismatch,"
    "body.hide-suppressed .fig.suppressed{background:none;text-decoration:none}"
    "body.hide-suppressed li.finding.suppressed,body.hide-mismatch li.finding.active{display:none}";

// The filters, and links into a closed document that open it.
const char kScript[] =
    "document.querySelectorAll('#filters input').forEach(function(b){"
    "b.addEventListener('change',function(){"
    "document.body.classList.toggle('hide-'+b.value,!b.checked);});});"
    "function reveal(id){var t=document.getElementById(id);"
    "for(var e=t;e;e=e.parentElement)if(e.tagName==='DETAILS')e.open=true;"
    "if(t)t.scrollIntoView({block:'center'});}"
    "window.addEventListener('hashchange',function(){reveal(location.hash.slice(1));});"
    "if(location.hash)reveal(location.hash.slice(1));";

// Where a check falls in its document's text.
struct Place {
  int check;
  int block = -1;  // -1: about the whole document, or not found in the text (`elsewhere`)
  bool elsewhere = false;
  // A paragraph: the figure's text [begin, end). A table: the row (-1 for the table) and the
  // cell (0 the label, c + 1 column c).
  size_t begin = 0, end = 0;
  int row = -1, cell = 0;
};

class PageWriter {
 public:
  PageWriter(const Report& report, std::ostream& out)
      : report_(report), out_(out), findings_(FindingsByCheck(report)) {
    for (size_t i = 0; i < report.checks.size(); ++i) {
      marks_.push_back(MarkOf(report.checks[i], findings_[i]));
      ++counts_[static_cast<size_t>(marks_.back())];
      for (const Finding* f : findings_[i]) check_of_[f] = static_cast<int>(i);
    }
  }

  void Write() {
    Report::Summary s = report_.Summarize();
    out_ << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         << "<meta name=\"viewport\" content=\"width=device-width\">"
         << "<title>tieout review</title><style>" << kStyle << "</style></head>\n<body";
    for (Mark m : kMarks) out_ << " data-" << MarkName(m) << "=\"" << Count(counts_, m) << "\"";
    out_ << ">\n<h1>tieout review: " << report_.documents.size() << " document"
         << (report_.documents.size() == 1 ? "" : "s") << ", " << s.checks << " checks</h1>\n<p>";
    WriteCounts(counts_, true);
    out_ << "</p>\n<p id=\"filters\">Show: ";
    for (Mark m : kMarks) {
      out_ << "<label><input type=\"checkbox\" value=\"" << MarkName(m) << "\" checked> "
           << MarkName(m) << "</label>";
    }
    out_ << "</p>\n";
    WriteFindings();
    for (const InputError& e : report_.errors) {
      out_ << "<p class=\"input-error\">input error: " << XmlEscape(e.message) << "</p>\n";
    }
    WriteDocuments();
    out_ << "<script>" << kScript << "</script>\n</body></html>\n";
  }

 private:
  static int Count(const Counts& c, Mark m) { return c[static_cast<size_t>(m)]; }

  void WriteCounts(const Counts& counts, bool names) {
    for (Mark m : kMarks) {
      if (!names && Count(counts, m) == 0) continue;
      out_ << "<span class=\"count " << MarkName(m) << "\">" << MarkSymbol(m) << " "
           << Count(counts, m) << (names ? std::string(" ") + MarkName(m) : "") << "</span>";
    }
  }

  void WriteFindings() {
    out_ << "<h2>Findings</h2>\n<ol id=\"findings\">\n";
    for (const Finding& f : report_.findings) {
      auto it = check_of_.find(&f);
      out_ << "<li class=\"finding " << (f.suppression ? "suppressed" : "active") << "\">";
      if (it != check_of_.end()) out_ << "<a href=\"#c" << it->second << "\">";
      out_ << XmlEscape(f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column));
      if (it != check_of_.end()) out_ << "</a>";
      out_ << " <b>" << SeverityName(f.severity) << "[" << XmlEscape(f.rule) << "]</b> "
           << XmlEscape(f.message);
      if (f.suppression) {
        out_ << " <i>(suppressed: " << XmlEscape(f.suppression->reason) << ")</i>";
      }
      out_ << "</li>\n";
    }
    out_ << "</ol>\n";
  }

  // The mark of check i: its symbol, the detail as a tooltip, the numbers of a mismatch.
  void WriteMark(int i) {
    const CheckResult& c = report_.checks[i];
    Mark m = marks_[i];
    out_ << "<span class=\"mark " << MarkName(m) << "\" id=\"c" << i << "\" title=\""
         << XmlEscape(c.rule + ": " + c.detail.str()) << "\">" << MarkSymbol(m);
    if (m == Mark::kMismatch) {
      for (const Finding* f : findings_[i]) {
        if (f->suppression) continue;
        out_ << "<span class=\"numbers\">"
             << XmlEscape(f->expected.empty() ? f->message
                                              : "expected " + f->expected + ", found " + f->actual)
             << "</span>";
        break;
      }
    }
    if (m == Mark::kSuppressed && !findings_[i].empty()) {
      out_ << "<span class=\"numbers\">suppressed: "
           << XmlEscape(findings_[i].front()->suppression->reason) << "</span>";
    }
    out_ << "</span>";
  }

  Mark Worst(const std::vector<int>& checks) const {
    Mark worst = Mark::kVerified;
    for (int i : checks) worst = std::min(worst, marks_[i]);
    return worst;
  }

  // Each document: its text with the checks marked in place; then the checks of no document.
  void WriteDocuments() {
    std::map<std::string, std::vector<int>> by_file;
    for (size_t i = 0; i < report_.checks.size(); ++i) {
      by_file[report_.checks[i].file].push_back(static_cast<int>(i));
    }
    out_ << "<h2>Documents</h2>\n";
    const bool one = report_.documents.size() == 1;
    for (size_t d = 0; d < report_.documents.size(); ++d) {
      const DocumentSummary& doc = report_.documents[d];
      auto it = by_file.find(doc.name);
      std::vector<int> checks;
      if (it != by_file.end()) {
        checks = std::move(it->second);
        by_file.erase(it);
      }
      Counts counts{};
      for (int i : checks) ++counts[static_cast<size_t>(marks_[i])];
      out_ << "<details class=\"doc\" id=\"d" << d << "\""
           << (one || Count(counts, Mark::kMismatch) > 0 ? " open" : "") << "><summary>"
           << XmlEscape(doc.name) << " <small>";
      WriteCounts(counts, false);
      out_ << "</small></summary>\n<div class=\"doc-text\">\n";
      WriteText(doc.text.get(), checks);
      out_ << "</div></details>\n";
    }
    for (const auto& [file, checks] : by_file) {
      out_ << "<details class=\"doc\" open><summary>" << XmlEscape(file)
           << "</summary>\n<div class=\"doc-text\">\n";
      WriteText(nullptr, checks);
      out_ << "</div></details>\n";
    }
  }

  Place Locate(const DocumentText* text, int i) const {
    const CheckResult& c = report_.checks[i];
    Place p{i};
    if (c.column == 0) return p;
    p.elsewhere = true;
    if (!text) return p;
    constexpr uint64_t kNowhere = ~uint64_t{0};
    uint64_t b = text->OffsetOf(c.line, c.column, kNowhere);
    if (b == kNowhere) return p;
    uint64_t e = c.end_column > c.column ? text->OffsetOf(c.line, c.end_column, b) : b;
    p.block = text->BlockAt(b);
    if (p.block < 0) return p;
    p.elsewhere = false;
    const DocumentText::Block& block = text->blocks[p.block];
    if (!block.is_table) {
      p.begin = text->TextOffset(block, b, false);
      p.end = std::max(p.begin, text->TextOffset(block, e, true));
      return p;
    }
    auto holds = [b](SourceSpan s) { return s.begin <= b && b < s.end; };
    for (size_t r = 0; r < block.rows.size(); ++r) {
      const DocumentText::Row& row = block.rows[r];
      for (size_t k = 0; k < row.cells.size(); ++k) {
        if (holds(row.cells[k].span)) {
          p.row = static_cast<int>(r);
          p.cell = static_cast<int>(k) + 1;
          return p;
        }
      }
      if (holds(row.label.span) || (p.row < 0 && holds(row.span))) p.row = static_cast<int>(r);
    }
    return p;
  }

  void WriteMarks(const std::vector<int>& checks) {
    for (int i : checks) WriteMark(i);
  }

  void WriteText(const DocumentText* text, const std::vector<int>& checks) {
    std::vector<int> whole, elsewhere;
    std::map<int, std::vector<Place>> in_block;
    for (int i : checks) {
      Place p = Locate(text, i);
      if (p.block >= 0) {
        in_block[p.block].push_back(p);
      } else {
        (p.elsewhere ? elsewhere : whole).push_back(i);
      }
    }
    if (!whole.empty()) {
      out_ << "<p class=\"whole\">The whole document: ";
      WriteMarks(whole);
      out_ << "</p>\n";
    }
    if (text) {
      for (size_t b = 0; b < text->blocks.size(); ++b) {
        auto it = in_block.find(static_cast<int>(b));
        static const std::vector<Place> kNone;
        const std::vector<Place>& places = it == in_block.end() ? kNone : it->second;
        if (text->blocks[b].is_table) {
          WriteTable(text->blocks[b], places);
        } else {
          WriteParagraph(text->blocks[b], places);
        }
      }
    }
    if (!elsewhere.empty()) {
      out_ << "<p class=\"elsewhere\">Not found in the text above:";
      for (int i : elsewhere) {
        out_ << "<br>line " << report_.checks[i].line << " ";
        WriteMark(i);
        out_ << " " << XmlEscape(report_.checks[i].rule + ": " + report_.checks[i].detail.str());
      }
      out_ << "</p>\n";
    }
  }

  void WriteParagraph(const DocumentText::Block& block, std::vector<Place> places) {
    std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
      return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
    });
    const std::string& t = block.text;
    out_ << "<p>";
    size_t pos = 0;
    for (size_t k = 0; k < places.size();) {
      // The checks of one figure: the same text, or one starting inside the figure before.
      size_t begin = std::max(places[k].begin, pos), end = std::max(places[k].end, begin);
      std::vector<int> checks;
      for (; k < places.size() && (places[k].begin < end || places[k].begin == begin); ++k) {
        checks.push_back(places[k].check);
        end = std::max(end, places[k].end);
      }
      begin = std::min(begin, t.size());
      end = std::min(end, t.size());
      out_ << XmlEscape(t.substr(pos, begin - pos));
      if (end > begin) {
        out_ << "<span class=\"fig " << MarkName(Worst(checks)) << "\">"
             << XmlEscape(t.substr(begin, end - begin)) << "</span>";
      }
      WriteMarks(checks);
      pos = std::max(pos, end);
    }
    out_ << XmlEscape(t.substr(std::min(pos, t.size()))) << "</p>\n";
  }

  void WriteTable(const DocumentText::Block& block, const std::vector<Place>& places) {
    const size_t columns = block.headers.size();
    // The checks of each cell (row, 0 label, c + 1 column c); of the table itself at row -1.
    std::map<std::pair<int, int>, std::vector<int>> at;
    std::vector<Counts> per_column(columns, Counts{});
    for (const Place& p : places) {
      at[{p.row, p.cell}].push_back(p.check);
      if (p.cell > 0 && static_cast<size_t>(p.cell) <= columns) {
        ++per_column[p.cell - 1][static_cast<size_t>(marks_[p.check])];
      }
    }
    out_ << "<table>";
    std::string caption = block.title;
    if (!block.scale_note.empty() && caption.find(block.scale_note) == std::string::npos) {
      caption += (caption.empty() ? "(" : " (") + block.scale_note + ")";
    }
    auto table_checks = at.find({-1, 0});
    if (!caption.empty() || table_checks != at.end()) {
      out_ << "<caption>" << XmlEscape(caption);
      if (table_checks != at.end()) WriteMarks(table_checks->second);
      out_ << "</caption>";
    }
    out_ << "\n<thead><tr><th></th>";
    for (const std::string& h : block.headers) out_ << "<th>" << XmlEscape(h) << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
    for (size_t r = 0; r < block.rows.size(); ++r) {
      const DocumentText::Row& row = block.rows[r];
      out_ << "<tr><th>" << XmlEscape(row.label.text);
      if (auto it = at.find({static_cast<int>(r), 0}); it != at.end()) WriteMarks(it->second);
      out_ << "</th>";
      for (size_t c = 0; c < row.cells.size(); ++c) {
        auto it = at.find({static_cast<int>(r), static_cast<int>(c) + 1});
        if (it == at.end()) {
          out_ << "<td>" << XmlEscape(row.cells[c].text) << "</td>";
          continue;
        }
        out_ << "<td class=\"" << MarkName(Worst(it->second)) << "\">"
             << XmlEscape(row.cells[c].text);
        WriteMarks(it->second);
        out_ << "</td>";
      }
      out_ << "</tr>\n";
    }
    out_ << "</tbody>\n";
    bool any = false;
    for (const Counts& c : per_column) {
      for (int n : c) any |= n > 0;
    }
    if (any) {
      // Per column, how its checked figures came out.
      out_ << "<tfoot><tr class=\"column-checks\"><th>checked</th>";
      for (const Counts& c : per_column) {
        out_ << "<td>";
        WriteCounts(c, false);
        out_ << "</td>";
      }
      out_ << "</tr></tfoot>";
    }
    out_ << "</table>\n";
  }

  const Report& report_;
  std::ostream& out_;
  std::vector<std::vector<const Finding*>> findings_;  // of each check
  std::vector<Mark> marks_;                            // of each check
  Counts counts_{};
  std::map<const Finding*, int> check_of_;
};

}  // namespace

void HtmlReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  std::ostringstream bytes;
  PageWriter(report, bytes).Write();
  out << RepairUtf8(bytes.str());
}

}  // namespace tieout
