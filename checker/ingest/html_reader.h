// Reading HTML releases: an .htm EX-99.1 exhibit, or an HTML <TEXT> body of an EDGAR submission.
//
// The markup goes through libxml2's HTML parser, which recovers from broken markup as browsers
// do. Paragraphs are the text of leaf blocks (<p>, <div>, <li>, headings, cells of layout
// tables); tables holding figures become Tables through BuildGridTable (see grid_table.h), with
// CSS borders, <hr> rules and typed "-----" lines as rule marks. Every paragraph word, row and
// cell keeps the byte offset it was read from in the original file, so a finding names the line
// and column of the figure even in a release written on one long line.
#ifndef TIEOUT_INGEST_HTML_READER_H_
#define TIEOUT_INGEST_HTML_READER_H_

#include <memory>

#include "checker/base/source.h"
#include "checker/base/status.h"
#include "checker/document/document.h"
#include "checker/ingest/reader.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

// Reads the HTML in file[part.body). Bytes that are not UTF-8 are read as Windows-1252; the
// document's charset declaration is not trusted. Markup the parser cannot make a document of
// at all is an error naming the file.
Expected<Document> ReadHtml(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                            const Vocabulary& vocabulary);

// Whether the first bytes of a text look like HTML markup (<html>, <body>, <p>, <td>, ...).
bool LooksLikeHtml(std::string_view head);

// html: a file whose first 32 KiB look like HTML markup.
class HtmlReader : public Reader {
 public:
  // Initialises libxml2 once, so that files may then be read on several threads at once.
  HtmlReader();
  const char* name() const override { return "html"; }
  std::vector<std::string> extensions() const override { return {".htm", ".html", ".xhtml"}; }
  bool Detect(std::string_view bytes) const override;
  Expected<std::vector<Document>> Read(std::shared_ptr<const SourceFile> file,
                                       const Vocabulary& vocabulary) const override;
};

}  // namespace tieout

#endif  // TIEOUT_INGEST_HTML_READER_H_
