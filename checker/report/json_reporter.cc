#include <nlohmann/json.hpp>

#include "checker/report/json_output.h"
#include "checker/report/json_reporter.h"

namespace tieout {
namespace {

// Figures found in the prose and how they compared with the tables.
nlohmann::ordered_json Coverage(const NarrativeCoverage& c) {
  return {{"figures", c.figures},
          {"verified", c.verified},
          {"mismatched", c.mismatched},
          {"truncated", c.truncated},
          {"unverifiable", c.unverifiable},
          // One status per figure; they add up to "figures".
          {"status",
           {{"verified", c.verified - c.by_arithmetic},
            {"verified_by_arithmetic", c.by_arithmetic},
            {"mismatch", c.mismatched},
            {"truncated", c.truncated},
            {"not_in_tables", c.not_in_tables},
            {"unverifiable", c.unverifiable - c.not_in_tables}}}};
}

nlohmann::ordered_json ToolJson() { return {{"name", "tieout"}, {"version", ToolVersion()}}; }

nlohmann::ordered_json SummaryJson(const Report& report) {
  Report::Summary s = report.Summarize();
  return {{"documents", report.documents.size()},
          {"checks", s.checks},
          {"passed", s.passed},
          {"failed", s.failed},
          {"skipped", s.skipped},
          {"errors", s.errors},
          {"warnings", s.warnings},
          {"notes", s.notes},
          {"suppressed", s.suppressed},
          {"findings", report.findings.size()},
          {"input_errors", report.errors.size()},
          {"left_out", report.left_out.size()},
          {"narrative", Coverage(report.narrative)}};
}

nlohmann::ordered_json ErrorJson(const InputError& e) {
  return {{"file", e.file}, {"message", e.message}};
}

}  // namespace

nlohmann::ordered_json DocumentJson(const DocumentSummary& d) {
  nlohmann::ordered_json o = {
      {"file", d.name}, {"format", d.format}, {"tables", d.tables}, {"paragraphs", d.paragraphs}};
  if (!d.document_type.empty()) o["document_type"] = d.document_type;
  if (!d.company.empty()) o["company"] = d.company;
  if (d.narrative.figures > 0) o["narrative"] = Coverage(d.narrative);
  return o;
}

nlohmann::ordered_json CheckJson(const CheckResult& c) {
  nlohmann::ordered_json o = {{"rule", c.rule.str()},
                              {"status", CheckStatusName(c.status)},
                              {"file", c.file.str()},
                              {"line", c.line}};
  if (c.column > 0) o["column"] = c.column;
  if (c.end_column > 0) o["end_column"] = c.end_column;
  if (c.table > 0) o["table"] = c.table;
  o["detail"] = c.detail.str();
  return o;
}

nlohmann::ordered_json FindingJson(const Finding& f) {
  nlohmann::ordered_json o = {{"rule", f.rule},
                              {"severity", SeverityName(f.severity)},
                              {"file", f.file},
                              {"line", f.line},
                              {"column", f.column},
                              {"message", f.message},
                              {"expected", f.expected},
                              {"actual", f.actual},
                              {"difference", f.difference}};
  if (f.table > 0) o["table"] = f.table;
  o["fingerprint"] = f.fingerprint;
  if (f.check >= 0) o["check"] = f.check;  // its index in "checks"
  if (f.suppression) {
    o["suppression"] = {{"source", SuppressionSourceName(f.suppression->source)},
                        {"reason", f.suppression->reason},
                        {"where", f.suppression->where}};
  }
  nlohmann::ordered_json related = nlohmann::ordered_json::array();
  for (const RelatedLocation& r : f.related) {
    related.push_back(
        {{"file", r.file}, {"line", r.line}, {"column", r.column}, {"message", r.message}});
  }
  o["related"] = std::move(related);
  return o;
}

nlohmann::ordered_json JsonReport(const Report& report) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["tool"] = ToolJson();
  ordered_json docs = ordered_json::array();
  for (const DocumentSummary& d : report.documents) docs.push_back(DocumentJson(d));
  j["documents"] = std::move(docs);
  ordered_json checks = ordered_json::array();
  for (const CheckResult& c : report.checks) checks.push_back(CheckJson(c));
  j["checks"] = std::move(checks);
  ordered_json findings = ordered_json::array();
  for (const Finding& f : report.findings) findings.push_back(FindingJson(f));
  j["findings"] = std::move(findings);
  ordered_json errors = ordered_json::array();
  for (const InputError& e : report.errors) {
    errors.push_back(ErrorJson(e));
  }
  j["errors"] = std::move(errors);
  j["summary"] = SummaryJson(report);
  return j;
}

void JsonReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  // JsonReport(report), a member and an item at a time.
  JsonObjectWriter w(out);
  w.Member("tool", ToolJson());
  w.BeginArray("documents");
  for (const DocumentSummary& d : report.documents) w.Item(DocumentJson(d));
  w.EndArray();
  w.BeginArray("checks");
  for (const CheckResult& c : report.checks) w.Item(CheckJson(c));
  w.EndArray();
  w.BeginArray("findings");
  for (const Finding& f : report.findings) w.Item(FindingJson(f));
  w.EndArray();
  w.BeginArray("errors");
  for (const InputError& e : report.errors) w.Item(ErrorJson(e));
  w.EndArray();
  w.Member("summary", SummaryJson(report));
  w.End();
}

}  // namespace tieout
