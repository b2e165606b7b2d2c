#include "checker/result/baseline.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tieout {
namespace {

// Line and column (1-based) of a byte offset.
std::string Position(std::string_view text, size_t offset) {
  int line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

Expected<Baseline> ParseBaseline(std::string_view text, const std::string& name) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // The byte nlohmann names is one past the offending one.
    size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return Status::InvalidInput(name + ":" + Position(text, at) +
                                ": not a baseline: the JSON does not parse");
  }
  const char kShape[] =
      ": not a baseline: expected {\"findings\": [{\"fingerprint\": ...}]} (written by "
      "'tieout check --write-baseline')";
  if (!j.is_object() || !j.contains("findings") || !j["findings"].is_array()) {
    return Status::InvalidInput(name + kShape);
  }
  Baseline baseline;
  baseline.path = name;
  size_t index = 0;
  for (const auto& item : j["findings"]) {
    ++index;
    if (!item.is_object() || !item.contains("fingerprint") || !item["fingerprint"].is_string()) {
      return Status::InvalidInput(name + ": finding " + std::to_string(index) +
                                  " has no \"fingerprint\" string");
    }
    Baseline::Entry& e = baseline.entries[item["fingerprint"].get<std::string>()];
    ++e.count;
    if (item.contains("reason") && item["reason"].is_string()) {
      e.reason = item["reason"].get<std::string>();
    }
  }
  return baseline;
}

Expected<Baseline> LoadBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read the baseline");
  std::ostringstream text;
  text << in.rdbuf();
  return ParseBaseline(text.str(), path);
}

void ApplyBaseline(const Baseline& baseline, Report* report) {
  std::map<std::string, int> used;
  for (Finding& f : report->findings) {
    if (f.suppression) continue;
    auto it = baseline.entries.find(f.fingerprint);
    if (it == baseline.entries.end() || used[f.fingerprint] >= it->second.count) continue;
    ++used[f.fingerprint];
    Suppression s;
    s.source = Suppression::Source::kBaseline;
    s.reason = it->second.reason.empty() ? "accepted in the baseline" : it->second.reason;
    s.where = baseline.path;
    f.suppression = std::move(s);
  }
}

void WriteBaseline(const Report& report, std::ostream& out) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : report.findings) {
    if (f.suppression && f.suppression->source != Suppression::Source::kBaseline) continue;
    nlohmann::ordered_json o = {
        {"fingerprint", f.fingerprint}, {"rule", f.rule}, {"file", f.file}, {"message", f.message}};
    if (f.suppression && f.suppression->reason != "accepted in the baseline") {
      o["reason"] = f.suppression->reason;
    }
    findings.push_back(std::move(o));
  }
  nlohmann::ordered_json j = {{"tool", "tieout"}, {"version", 1}, {"findings", findings}};
  out << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace tieout
