// json: the stable JSON contract: tool, documents, checks, findings, errors, summary (passed
// checks included, whatever the options).
#ifndef TIEOUT_REPORT_JSON_REPORTER_H_
#define TIEOUT_REPORT_JSON_REPORTER_H_

#include <nlohmann/json.hpp>

#include "checker/report/reporters.h"

namespace tieout {

// The report as the JSON object the json format writes.
nlohmann::ordered_json JsonReport(const Report& report);
// Its parts: a document of "documents", a check of "checks", a finding of "findings".
nlohmann::ordered_json DocumentJson(const DocumentSummary& d);
nlohmann::ordered_json CheckJson(const CheckResult& c);
nlohmann::ordered_json FindingJson(const Finding& f);

class JsonReporter : public Reporter {
 public:
  const char* name() const override { return "json"; }
  const char* extension() const override { return "json"; }
  const char* summary() const override { return "every check and finding, for programs"; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;
};

}  // namespace tieout

#endif  // TIEOUT_REPORT_JSON_REPORTER_H_
