// jsonl: one JSON object per line, one line per document, for tools that fan a batch out
// (GNU parallel, Spark's RDD.pipe) and join the lines: the output of a batch is the lines of its
// parts, in any grouping.
//
// Each line has a "type":
//   "document"  file, format, document_type, company, tables, paragraphs, narrative, and the
//               document's checks and findings, as in the json format (a finding's "check"
//               is the index of its check in this line's "checks");
//   "error"     file, message: a file that could not be read;
//   "left_out"  file, reason: a file a folder walk found that is not a release;
//   "across"    checks and findings across documents (rollforward, same period), when any:
//               each names the document and line it points at ("file", "line"). They are
//               made after every file, so a document's line never holds them.
#ifndef TIEOUT_REPORT_JSONL_REPORTER_H_
#define TIEOUT_REPORT_JSONL_REPORTER_H_

#include "checker/report/reporters.h"

namespace tieout {

class JsonlReporter : public Reporter {
 public:
  const char* name() const override { return "jsonl"; }
  const char* extension() const override { return "jsonl"; }
  const char* summary() const override {
    return "one JSON object per document and line, for fanning a batch out";
  }
  bool WrittenByOut() const override { return false; }
  void Write(const Report& report, std::ostream& out, const ReportOptions& options) const override;

  // Write in two parts, for a batch streamed a file at a time: the lines of the documents of
  // `report` (a file's report: its documents' checks and findings, none across documents), then,
  // after every file, the lines of the errors, the files left out and the "across" line - of
  // the checks and findings marked `across` only, the documents' own being written already.
  // WriteDocuments of each file's report, then WriteAfterDocuments of the whole, writes what
  // Write does.
  void WriteDocuments(const Report& report, std::ostream& out) const;
  void WriteAfterDocuments(const Report& report, std::ostream& out) const;
};

}  // namespace tieout

#endif  // TIEOUT_REPORT_JSONL_REPORTER_H_
