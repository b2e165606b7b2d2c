// Reading DOCX drafts: word/document.xml out of the zip (libzip), through libxml2's XML
// parser, into paragraphs and tables (tables through BuildGridTable, with cell borders as
// rule marks, gridSpan and vMerge as colspan and rowspan).
//
// A DOCX has no lines to point at, so the reader writes the draft out as text, one line per
// non-empty paragraph and one per table row (cells joined with " | "), in document order. That
// text is the document's source: "draft.docx:12:20" is column 20 of the 12th such line, and a
// report shows the line itself.
#ifndef TIEOUT_INGEST_DOCX_READER_H_
#define TIEOUT_INGEST_DOCX_READER_H_

#include <memory>
#include <string_view>

#include "checker/base/source.h"
#include "checker/base/status.h"
#include "checker/document/document.h"
#include "checker/ingest/reader.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

// Reads the DOCX held in `file`. A zip that is not a DOCX, a broken archive or a document.xml
// that is not well-formed XML is an error naming the file.
Expected<Document> ReadDocx(const SourceFile& file, const Vocabulary& vocabulary);

// docx: a zip archive (a local file header, or the end record of an empty archive), read as a
// DOCX; a zip that is not one is named as such by ReadDocx.
class DocxReader : public Reader {
 public:
  const char* name() const override { return "docx"; }
  std::vector<std::string> extensions() const override { return {".docx"}; }
  bool binary() const override { return true; }
  bool Detect(std::string_view bytes) const override;
  Expected<std::vector<Document>> Read(std::shared_ptr<const SourceFile> file,
                                       const Vocabulary& vocabulary) const override;
};

}  // namespace tieout

#endif  // TIEOUT_INGEST_DOCX_READER_H_
