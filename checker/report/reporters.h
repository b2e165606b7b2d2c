// Reporters: the Report (and, for `extract`, the Document) printed in each output format.
#ifndef TIEOUT_REPORT_REPORTERS_H_
#define TIEOUT_REPORT_REPORTERS_H_

#include <ostream>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/result/report.h"

namespace tieout {

enum class OutputFormat { kText, kJson, kSarif };
// Parses "text", "json" or "sarif"; false for anything else.
bool ParseOutputFormat(const std::string& name, OutputFormat* out);
const char* OutputFormatExtension(OutputFormat format);

const char* ToolVersion();

// Compiler-style lines, "file:line:col: error[rule-id]: message", each with the numbers and the
// line of the file it points at, then input errors and a summary.
void WriteTextReport(const Report& report, std::ostream& out, bool show_passed);
// The stable JSON contract: tool, documents, checks, findings, errors, summary.
void WriteJsonReport(const Report& report, std::ostream& out);
// SARIF 2.1.0: one run, the rules that ran, a result per finding, input errors as tool
// execution notifications. For code-scanning dashboards and CI annotations.
void WriteSarifReport(const Report& report, std::ostream& out);
void WriteReport(const Report& report, OutputFormat format, std::ostream& out,
                 bool show_passed = false);

// The parsed document: every table with its columns (header, period), rows (label, line, kind,
// rule marks, cells with value and precision) and the paragraphs with their lines.
void WriteDocumentText(const std::vector<Document>& docs, std::ostream& out);
void WriteDocumentJson(const std::vector<Document>& docs, std::ostream& out);

}  // namespace tieout

#endif  // TIEOUT_REPORT_REPORTERS_H_
