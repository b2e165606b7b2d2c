#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "checker/report/json_output.h"
#include "checker/report/sarif_reporter.h"
#include "checker/result/fingerprint.h"

namespace tieout {
namespace {

using nlohmann::ordered_json;

constexpr char kSrcRoot[] = "%SRCROOT%";

// SARIF's levels are tieout's severities by name: error, warning, note.
const char* SarifLevel(Severity s) { return SeverityName(s); }

// A relative or absolute path as a URI reference: unreserved characters and '/' stay, the rest
// is percent-encoded ("a b#2.txt" -> "a%20b%232.txt").
std::string PathUri(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// A relative path under %SRCROOT% (the root, when there is one); an absolute path inside the
// root made relative to it; any other absolute path a file:// URI.
ordered_json ArtifactLocation(const std::string& path, const std::string& root) {
  if (!path.empty() && path[0] == '/') {
    if (!root.empty() && path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
        path[root.size()] == '/') {
      return {{"uri", PathUri(path.substr(root.size() + 1))}, {"uriBaseId", kSrcRoot}};
    }
    return {{"uri", "file://" + PathUri(path)}};
  }
  ordered_json a = {{"uri", PathUri(path)}};
  if (!root.empty()) a["uriBaseId"] = kSrcRoot;
  return a;
}

// `column` in Unicode code points, as the run's columnKind says; none when it is not known.
ordered_json SarifLocation(const std::string& path, int line, int column, const std::string& root) {
  ordered_json region = {{"startLine", line > 0 ? line : 1}};
  if (column > 0) region["startColumn"] = column;
  return {{"physicalLocation",
           {{"artifactLocation", ArtifactLocation(path, root)}, {"region", std::move(region)}}}};
}

}  // namespace

void SarifReporter::Write(const Report& report, std::ostream& out,
                          const ReportOptions& options) const {
  const std::string& root = options.root;
  ordered_json rules = ordered_json::array();
  std::vector<std::string> ids;
  for (const RuleDescriptor& r : report.rules) {
    ordered_json rule = {{"id", r.id}, {"shortDescription", {{"text", r.title}}}};
    if (!r.description.empty()) rule["fullDescription"] = {{"text", r.description}};
    // Help: what the rule checks, and where to read more.
    std::string help = r.description.empty() ? r.title : r.description;
    while (!help.empty() && (help.back() == '\n' || help.back() == ' ')) help.pop_back();
    std::string help_md = help;
    if (!r.link.empty()) {
      rule["helpUri"] = r.link;
      help += "\nMore: " + r.link;
      help_md += "\n\n[More](" + r.link + ")";
    }
    help += "\nSuppress in the release with a comment 'tieout-ignore: " + r.id + " reason'.";
    help_md += "\n\nSuppress in the release with `<!-- tieout-ignore: " + r.id + " reason -->`.";
    rule["help"] = {{"text", help}, {"markdown", help_md}};
    rule["defaultConfiguration"] = {{"level", SarifLevel(r.severity)}};
    rules.push_back(std::move(rule));
    ids.push_back(r.id);
  }
  ordered_json results = ordered_json::array();
  for (const Finding& f : report.findings) {
    std::string path = f.path.empty() ? f.file : f.path;
    ordered_json result = {{"ruleId", f.rule}};
    for (size_t i = 0; i < ids.size(); ++i) {
      if (ids[i] == f.rule) result["ruleIndex"] = i;
    }
    result["level"] = SarifLevel(f.severity);
    result["message"] = {{"text", f.message}};
    ordered_json loc = SarifLocation(path, f.line, f.code_point_column, root);
    if (!f.source_line.empty()) {
      loc["physicalLocation"]["region"]["snippet"] = {{"text", f.source_line}};
    }
    result["locations"] = ordered_json::array({std::move(loc)});
    if (!f.related.empty()) {
      ordered_json related = ordered_json::array();
      for (size_t i = 0; i < f.related.size(); ++i) {
        // A finding across documents relates to a place in another file.
        const std::string& where = f.related[i].path.empty() ? path : f.related[i].path;
        ordered_json r =
            SarifLocation(where, f.related[i].line, f.related[i].code_point_column, root);
        r["id"] = i + 1;
        r["message"] = {{"text", f.related[i].message}};
        related.push_back(std::move(r));
      }
      result["relatedLocations"] = std::move(related);
    }
    if (!f.fingerprint.empty()) {
      result["partialFingerprints"] = {{kFingerprintKey, f.fingerprint}};
    }
    // Suppressions were looked for: an empty list says the result is not suppressed.
    result["suppressions"] = ordered_json::array();
    if (f.suppression) {
      // Written in the release: inSource; the configuration or a baseline: external.
      const Suppression& s = *f.suppression;
      ordered_json suppression = {
          {"kind", s.source == Suppression::Source::kInline ? "inSource" : "external"},
          {"status", "accepted"},
          {"justification", s.reason}};
      suppression["properties"] = {{"source", SuppressionSourceName(s.source)}, {"where", s.where}};
      result["suppressions"] = ordered_json::array({std::move(suppression)});
    }
    ordered_json props = {{"document", f.file}};
    if (f.table > 0) props["table"] = f.table;
    if (!f.expected.empty()) props["expected"] = f.expected;
    if (!f.actual.empty()) props["actual"] = f.actual;
    if (!f.difference.empty()) props["difference"] = f.difference;
    result["properties"] = std::move(props);
    results.push_back(std::move(result));
  }
  ordered_json notifications = ordered_json::array();
  for (const InputError& e : report.errors) {
    notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", e.message}}},
         {"locations", ordered_json::array({SarifLocation(e.file, 0, 0, root)})}});
  }
  ordered_json invocation = {{"executionSuccessful", report.errors.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  ordered_json run = {
      {"tool",
       {{"driver", {{"name", "tieout"}, {"version", ToolVersion()}, {"rules", std::move(rules)}}}}},
      {"invocations", ordered_json::array({std::move(invocation)})},

      {"columnKind", "unicodeCodePoints"},
      {"results", std::move(results)}};
  if (!root.empty()) {
    run["originalUriBaseIds"] = {{kSrcRoot, {{"uri", "file://" + PathUri(root) + "/"}}}};
  }
  ordered_json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                        {"version", "2.1.0"},
                        {"runs", ordered_json::array({std::move(run)})}};
  WriteJson(std::move(sarif), 2, out);
}

}  // namespace tieout
