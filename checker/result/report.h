// The result model: what was read, every check evaluated, every finding. Built first, printed
// last by a reporter (report/).
#ifndef TIEOUT_RESULT_REPORT_H_
#define TIEOUT_RESULT_REPORT_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/base/compact_string.h"
#include "checker/base/interned.h"
#include "checker/base/source.h"
#include "checker/result/document_text.h"

namespace tieout {

enum class Severity { kError, kWarning, kNote };
const char* SeverityName(Severity s);
// Parses "error", "warning", "note"; false for anything else.
bool ParseSeverity(const std::string& name, Severity* out);

// Figures found in the prose and how they compared with the tables (narrative-figure rules).
struct NarrativeCoverage {
  int figures = 0;
  int verified = 0;       // a table cell of the concept and period rounds to the figure
  int mismatched = 0;     // the table says otherwise
  int truncated = 0;      // the table value truncates, but does not round, to the figure
  int unverifiable = 0;   // no table carries the concept or the period, or the prose is unclear
  int by_arithmetic = 0;  // of the verified: by arithmetic on cells or on the sentence's figures
  int not_in_tables = 0;  // of the unverifiable: what the figure measures is in no table

  void Add(const NarrativeCoverage& o) {
    figures += o.figures;
    verified += o.verified;
    mismatched += o.mismatched;
    truncated += o.truncated;
    unverifiable += o.unverifiable;
    by_arithmetic += o.by_arithmetic;
    not_in_tables += o.not_in_tables;
  }
};

struct DocumentSummary {
  std::string file;  // the path as given
  std::string name;  // the path, with "#N" for the Nth document of a submission
  std::string format;
  std::string document_type;  // EX-99.1, when the envelope says
  std::string company;
  int tables = 0;
  int paragraphs = 0;
  NarrativeCoverage narrative;
  // The document's text with the source bytes of each piece, kept only when a reporter shows it
  // (html); null otherwise.
  std::shared_ptr<const DocumentText> text;
};

struct CheckResult {
  enum class Status : uint8_t { kPass, kFail, kSkip };
  // The rule id and the document, interned, and the detail in a block of its size: a long
  // release holds hundreds of thousands of checks.
  Interned rule;
  Status status = Status::kPass;
  Interned file;
  int line = 0;
  int table = 0;  // 1-based index of the table the check is about, 0 for none
  CompactString detail;
  // The checked figure on `line`: its first byte (1-based) and one past its last (0 when the
  // figure goes on to another line); both 0 for a check about the whole document.
  int column = 0;
  int end_column = 0;
  // Made by the pass across documents (sets), after every file: not one document's own check.
  bool across = false;
};
const char* CheckStatusName(CheckResult::Status s);

struct RelatedLocation {
  std::string file;  // the document: in another document for a finding across documents
  int line = 0;
  int column = 0;
  std::string message;
  std::string path;           // the file on disk; empty for the finding's own file
  int code_point_column = 0;  // `column` in Unicode code points; 0 when not known
};

// Why a finding does not count against the gate. A suppressed finding is still reported, with
// its reason, in every format.
struct Suppression {
  enum class Source { kInline, kConfig, kBaseline };
  Source source = Source::kInline;
  std::string reason;
  std::string where;  // the directive ("release.md:12"), the configuration or the baseline file
};
// "inline", "config", "baseline".
const char* SuppressionSourceName(Suppression::Source s);

// An inline directive (`tieout-ignore:`) as read from a document: it suppresses the findings of
// its rules that point into [from, to) (line, then column) of the document `file`, the findings
// across documents included. Kept in the report until every finding is made.
struct InlineScope {
  std::string file;  // the document, as Finding::file names it
  Location from, to;
  std::vector<std::string> rules;
  Suppression suppression;
};

struct Finding {
  std::string rule;
  Severity severity = Severity::kError;
  std::string file;  // the document: the path, with "#N" for the Nth document of a submission
  std::string path;  // the file on disk
  int line = 0;
  int column = 0;
  int table = 0;  // 1-based index of the table the finding points into, 0 for none
  std::string message;
  std::string expected;
  std::string actual;
  std::string difference;
  std::string source_line;  // the line the finding points at (a window of it when long)
  int source_column = 0;    // where the finding points within source_line, 1-based
  // `column` in Unicode code points (what SARIF counts); 0 when not known (a finding across
  // documents: the documents' text is gone).
  int code_point_column = 0;
  std::vector<RelatedLocation> related;
  // The index in Report::checks of the check this finding reports on (several findings may
  // share one); -1 for none.
  int check = -1;
  // Stable across line moves (result/fingerprint.h); set when the run is complete.
  std::string fingerprint;
  std::optional<Suppression> suppression;  // set when the finding is suppressed
  // Made by the pass across documents (sets), after every file: not one document's own finding.
  bool across = false;
};

// A file that could not be read, or a document that could not be parsed.
struct InputError {
  std::string file;
  std::string message;  // one line, naming the file and line
};

// A file a folder walk found but left out for its content: not a release (a project's README,
// an image under a release's name).
struct LeftOutFile {
  std::string file;
  std::string reason;
};

// What a report says of each rule that ran: for reporters that describe their rules (SARIF).
struct RuleDescriptor {
  std::string id;
  std::string title;
  std::string description;
  std::string link;
  Severity severity = Severity::kError;
};

struct Report {
  std::vector<RuleDescriptor> rules;
  std::vector<DocumentSummary> documents;
  // A deque: a long release's checks grow by blocks, never moved to a buffer twice the size.
  std::deque<CheckResult> checks;
  std::vector<Finding> findings;
  std::vector<InputError> errors;
  std::vector<LeftOutFile> left_out;
  std::vector<InlineScope> inline_scopes;
  NarrativeCoverage narrative;  // over every document

  struct Summary {
    int checks = 0, passed = 0, failed = 0, skipped = 0;
    int errors = 0, warnings = 0, notes = 0;  // findings not suppressed, by severity
    int suppressed = 0;
  };
  Summary Summarize() const;
  // True when some finding not suppressed is at or above `threshold` (kError is the highest).
  bool HasFindingsAtOrAbove(Severity threshold) const;
  // Moves the documents, checks, findings, errors, files left out and inline scopes of `part`
  // (the report of one file) to the end of this one; the rules stay this report's.
  void Append(Report&& part);
};

}  // namespace tieout

#endif  // TIEOUT_RESULT_REPORT_H_
