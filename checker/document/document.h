// The document model: what a release says, independent of the format it came in.
//
// A Document is a sequence of paragraphs and tables. Every row, cell and paragraph keeps the
// SourceSpan it was read from, so a finding can point at the exact line of the original file.
#ifndef TIEOUT_DOCUMENT_DOCUMENT_H_
#define TIEOUT_DOCUMENT_DOCUMENT_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/base/decimal.h"
#include "checker/base/source.h"

namespace tieout {

// What a row's figures measure. Scale notes ("in thousands") apply to kMoney only.
enum class ValueKind { kMoney, kPerShare, kShares, kPercent };
const char* ValueKindName(ValueKind kind);

// A figure as shown, resolved to its value. "$ (2,287,000)" is -2287000 at precision 0;
// "1,234" in a table "in thousands" is 1234000 at precision 3; "--" is an exact zero.
struct Amount {
  Decimal value;
  int precision = 0;   // the power of ten of the last digit shown, after scaling
  bool exact = false;  // true for dashes shown as zero: no rounding tolerance

  // Half a unit of the last digit shown (zero when exact): the value lies within +/- this.
  Decimal HalfUnit() const;
};

// A reporting period of a table column or a narrative phrase.
struct Period {
  enum class Kind { kUnknown, kDuration, kInstant };
  Kind kind = Kind::kUnknown;
  int months = 0;  // length of a duration: 3, 6, 9, 12
  int year = 0;    // end date (or the instant); 0 where not stated
  int month = 0;
  int day = 0;

  bool operator==(const Period&) const = default;
  // "3 months ended 2003-12-31", "at 2003-06-30", "2003" (a year only), "" when unknown.
  std::string ToString() const;
};

struct Cell {
  std::string text;  // as shown, trimmed: "$ (2,287,000)", "--", "" when blank
  SourceSpan span;
  std::optional<Amount> amount;
};

struct Column {
  std::string
      header;  // the header lines over this column, joined: "Quarter ended December 31, 2002"
  Period period;
};

// The rule line drawn above a row's figure: a subtotal (single) or a total (double) marker. A
// separator is a single line drawn across the label column too: it may close a group or only
// divide sections, so a total under it is checked when it ties and otherwise taken as a part.
enum class RuleMark : uint8_t { kNone, kSeparator, kSingle, kDouble };

// The headings a row stands under, outermost first. Rows under the same headings share one list
// (a long table repeats it on every row).
class SectionPath {
 public:
  SectionPath() = default;
  SectionPath(std::vector<std::string> headings)  // NOLINT(runtime/explicit): a list of headings
      : headings_(headings.empty()
                      ? nullptr
                      : std::make_shared<const std::vector<std::string>>(std::move(headings))) {}
  SectionPath(std::initializer_list<std::string> headings)
      : SectionPath(std::vector<std::string>(headings)) {}

  const std::vector<std::string>& headings() const { return headings_ ? *headings_ : None(); }
  size_t size() const { return headings().size(); }
  bool empty() const { return headings().empty(); }
  const std::string& operator[](size_t i) const { return headings()[i]; }
  const std::string& back() const { return headings().back(); }
  std::vector<std::string>::const_iterator begin() const { return headings().begin(); }
  std::vector<std::string>::const_iterator end() const { return headings().end(); }
  friend bool operator==(const SectionPath& a, const std::vector<std::string>& b) {
    return a.headings() == b;
  }

 private:
  static const std::vector<std::string>& None() {
    static const std::vector<std::string> none;
    return none;
  }
  std::shared_ptr<const std::vector<std::string>> headings_;
};

struct Row {
  std::string label;  // joined over continuation lines, dot leaders removed
  SourceSpan span;    // from the first label line to the end of the line with the figures
  SourceSpan label_span;
  std::vector<Cell> cells;           // one per column
  std::vector<RuleMark> rule_above;  // one per column
  std::string section;               // the heading this row stands under ("REVENUES")
  // The headings this row stands under, outermost first, normalized: a heading holds the rows
  // indented like its first row (or more) and the headings right below it, so "Per-Share Data" /
  // "Earnings from continuing operations" / "Primary". A row indented less than its heading's
  // rows has left that heading (but a total closing it stays in it).
  SectionPath section_path;
  ValueKind kind = ValueKind::kMoney;
  int indent = 0;           // leading spaces (text) or nesting level (HTML)
  bool is_heading = false;  // a label without figures

  bool has_values() const;
};

struct Table {
  SourceSpan span;
  std::string title;       // the heading just above the table, if any
  std::string scale_note;  // "in thousands, except per share data"
  int scale = 0;           // power of ten applied to money figures
  std::vector<Column> columns;
  std::vector<Row> rows;
};

// A paragraph's text joins its source lines with single spaces; pieces map the text back to
// source bytes so that a figure found in the text has an exact span.
//
// Where every piece is the source's own bytes (EDGAR text: trimmed lines joined with one space)
// the paragraph keeps no copy of its text: `source` points at the source's bytes and Text()
// joins the pieces when asked. A reader that composes the text (HTML entities decoded, DOCX
// runs, code points folded) keeps it in `composed`. Either way, read the text through Text().
struct Paragraph {
  struct Piece {
    uint32_t text_offset = 0;  // a paragraph's text is under 4 GB (Append drops what is more)
    uint32_t length = 0;
    uint64_t source_offset = 0;
  };
  std::string composed;          // the text, when the reader composed it; else empty
  const char* source = nullptr;  // the source's bytes when the pieces are its own text
  SourceSpan span;
  std::vector<Piece> pieces;

  // The text (at most its first `limit` bytes).
  std::string Text(size_t limit = std::string::npos) const;
  // The length of the text.
  size_t size() const;
  bool empty() const { return size() == 0; }
  // The source span of text[begin, end).
  SourceSpan SpanOf(size_t begin, size_t end) const;
  // Appends source text at a source offset, separated from what is there by one space: the
  // text is then the source's own (`source` is set to `source_bytes`, the start of the
  // source's bytes, and `composed` stays empty).
  void Append(std::string_view piece, uint64_t source_offset, const char* source_bytes);
};

// Header fields of an EDGAR submission and of the document within it; empty when absent.
struct DocumentInfo {
  std::string company;
  std::string cik;
  std::string form_type;         // of the submission: 8-K
  std::string period_of_report;  // YYYYMMDD
  std::string filing_date;       // YYYYMMDD
  std::string document_type;     // of the document: EX-99.1
  std::string filename;
  std::string description;
};

// One document of a file: where its body lies, and its header fields (an EDGAR submission holds
// several; any other file is one).
struct EnvelopePart {
  DocumentInfo info;
  SourceSpan body;  // the <TEXT> content, or the whole file when there is no envelope
};

struct Document {
  std::shared_ptr<const SourceFile> source;
  std::string format;  // "edgar-text", "html", "docx", "text"
  std::string name;    // the path, with "#N" for the Nth document of a submission
  DocumentInfo info;
  SourceSpan span;
  std::vector<Paragraph> paragraphs;
  std::vector<Table> tables;

  Location Locate(uint64_t offset) const { return source->Locate(offset); }
};

// A document of `format` for the part, with its source, header fields and span; no blocks yet.
// Every reader starts its document here.
Document NewDocument(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                     const char* format);

}  // namespace tieout

#endif  // TIEOUT_DOCUMENT_DOCUMENT_H_
