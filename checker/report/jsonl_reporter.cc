#include "checker/report/jsonl_reporter.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "checker/report/json_output.h"
#include "checker/report/json_reporter.h"

namespace tieout {

namespace {

// Which lines Write writes: all, or one of its two parts (JsonlReporter::WriteDocuments,
// WriteAfterDocuments).
enum class Lines { kAll, kDocuments, kAfterDocuments };

void WriteLines(const Report& report, std::ostream& out, Lines which) {
  using nlohmann::ordered_json;
  // The json format's objects, regrouped: each check and finding goes to its document's line;
  // those of the pass across documents (made after every file: `across`) and those of no
  // document in `report` go to the "across" line, so that a document's line is complete once
  // the document is checked. Each line is built and written alone: a batch's report is never
  // held as JSON at once.
  const size_t kAcross = report.documents.size();
  const size_t kElsewhere = kAcross + 1;  // on a line the other part writes
  std::map<std::string, size_t> line_of;  // document name -> its line (the first of the name)
  for (size_t i = 0; i < report.documents.size(); ++i) line_of.emplace(report.documents[i].name, i);
  auto line_of_file = [&](const std::string& file, bool across) {
    if (which == Lines::kAfterDocuments) return across ? kAcross : kElsewhere;
    if (across) return which == Lines::kAll ? kAcross : kElsewhere;
    auto it = line_of.find(file);
    if (it != line_of.end()) return it->second;
    return which == Lines::kAll ? kAcross : kElsewhere;
  };
  // Per line, its checks and findings (indices in the report), in the report's order.
  std::vector<std::vector<size_t>> checks(kElsewhere + 1), findings(kElsewhere + 1);
  std::vector<std::pair<size_t, size_t>> check_at;  // per check: its line, its index there
  check_at.reserve(report.checks.size());
  for (size_t i = 0; i < report.checks.size(); ++i) {
    size_t line = line_of_file(report.checks[i].file, report.checks[i].across);
    check_at.emplace_back(line, checks[line].size());
    checks[line].push_back(i);
  }
  for (size_t i = 0; i < report.findings.size(); ++i) {
    findings[line_of_file(report.findings[i].file, report.findings[i].across)].push_back(i);
  }
  // A finding's "check" becomes the index of its check in its own line's "checks", so that a
  // line does not depend on the other documents of the run.
  // Written a check and a finding at a time: a long release's line is never held as JSON.
  auto fill = [&](size_t line, JsonObjectWriter* to) {
    to->BeginArray("checks");
    for (size_t i : checks[line]) to->Item(CheckJson(report.checks[i]));
    to->EndArray();
    to->BeginArray("findings");
    for (size_t i : findings[line]) {
      ordered_json item = FindingJson(report.findings[i]);
      if (item.contains("check")) {
        size_t c = item["check"].get<size_t>();
        if (c < check_at.size() && check_at[c].first == line) {
          item["check"] = check_at[c].second;
        } else {
          item.erase("check");
        }
      }
      to->Item(std::move(item));
    }
    to->EndArray();
    to->End();
  };
  if (which != Lines::kAfterDocuments) {
    for (size_t i = 0; i < report.documents.size(); ++i) {
      JsonObjectWriter line(out, /*one_line=*/true);
      line.Member("type", "document");
      ordered_json document = DocumentJson(report.documents[i]);
      for (auto& [key, value] : document.items()) line.Member(key.c_str(), std::move(value));
      fill(i, &line);
    }
  }
  if (which == Lines::kDocuments) return;
  for (const InputError& e : report.errors) {
    WriteJson({{"type", "error"}, {"file", e.file}, {"message", e.message}}, -1, out);
  }
  for (const LeftOutFile& l : report.left_out) {
    WriteJson({{"type", "left_out"}, {"file", l.file}, {"reason", l.reason}}, -1, out);
  }
  if (!checks[kAcross].empty() || !findings[kAcross].empty()) {
    JsonObjectWriter across(out, /*one_line=*/true);
    across.Member("type", "across");
    fill(kAcross, &across);
  }
}

}  // namespace

void JsonlReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  WriteLines(report, out, Lines::kAll);
}

void JsonlReporter::WriteDocuments(const Report& report, std::ostream& out) const {
  WriteLines(report, out, Lines::kDocuments);
}

void JsonlReporter::WriteAfterDocuments(const Report& report, std::ostream& out) const {
  WriteLines(report, out, Lines::kAfterDocuments);
}

}  // namespace tieout
