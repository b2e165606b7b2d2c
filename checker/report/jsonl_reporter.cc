#include "checker/report/jsonl_reporter.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "checker/report/json_output.h"
#include "checker/report/json_reporter.h"

namespace tieout {

void JsonlReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  using nlohmann::ordered_json;
  // The json format's objects, regrouped: each check and finding goes to its document's line;
  // those of no document in `report` (the pass across documents, written after every file) go
  // to the "across" line.
  ordered_json whole = JsonReport(report);
  std::map<std::string, size_t> line_of;  // document name -> index in `lines`
  std::vector<ordered_json> lines;
  for (ordered_json& d : whole["documents"]) {
    std::string name = d["file"].get<std::string>();
    ordered_json line = {{"type", "document"}};
    for (auto& [key, value] : d.items()) line[key] = std::move(value);
    line["checks"] = ordered_json::array();
    line["findings"] = ordered_json::array();
    line_of.emplace(name, lines.size());
    lines.push_back(std::move(line));
  }
  ordered_json across = {
      {"type", "across"}, {"checks", ordered_json::array()}, {"findings", ordered_json::array()}};
  // A finding's "check" becomes the index of its check in its own line's "checks", so that a
  // line does not depend on the other documents of the run.
  const size_t kAcross = lines.size();
  std::vector<std::pair<size_t, size_t>> check_at;  // per check: its line, its index there
  for (const char* kind : {"checks", "findings"}) {
    const bool checks = std::string_view(kind) == "checks";
    for (ordered_json& item : whole[kind]) {
      auto it = line_of.find(item["file"].get<std::string>());
      const size_t line = it != line_of.end() ? it->second : kAcross;
      ordered_json& to = line != kAcross ? lines[line][kind] : across[kind];
      if (checks) check_at.emplace_back(line, to.size());
      if (!checks && item.contains("check")) {
        size_t c = item["check"].get<size_t>();
        if (c < check_at.size() && check_at[c].first == line) {
          item["check"] = check_at[c].second;
        } else {
          item.erase("check");
        }
      }
      to.push_back(std::move(item));
    }
  }
  for (ordered_json& line : lines) WriteJson(std::move(line), -1, out);  // one line each
  for (ordered_json& e : whole["errors"]) {
    WriteJson({{"type", "error"}, {"file", e["file"]}, {"message", e["message"]}}, -1, out);
  }
  for (const LeftOutFile& l : report.left_out) {
    WriteJson({{"type", "left_out"}, {"file", l.file}, {"reason", l.reason}}, -1, out);
  }
  if (!across["checks"].empty() || !across["findings"].empty()) {
    WriteJson(std::move(across), -1, out);
  }
}

}  // namespace tieout
