// Reading plain-text and Markdown drafts: what an investor-relations team writes before the
// filing agent lays the release out.
//
// Paragraphs are runs of lines between blank lines; a Markdown heading, list item or quote
// starts a paragraph of its own, and its marker and emphasis marks are left out of the text.
// Tables come in two shapes:
//   - pipe tables ("| Revenue | 1,234 | 1,100 |"), read as a grid of cells (grid_table.h). A
//     row of dashes under the first row ends the header; further rows of dashes or '=' are rule
//     lines, single or double, over the row below;
//   - aligned tables, as printed: a block of lines where several lines end in two or more
//     figures, with the header lines above it, read by BuildTextTable (text_table.h).
#ifndef TIEOUT_INGEST_TEXT_READER_H_
#define TIEOUT_INGEST_TEXT_READER_H_

#include <memory>

#include "checker/base/source.h"
#include "checker/base/status.h"
#include "checker/document/document.h"
#include "checker/ingest/reader.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

Expected<Document> ReadPlainText(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                                 const Vocabulary& vocabulary);

// text: plain text and Markdown; takes any text file no other reader detects.
class PlainTextReader : public Reader {
 public:
  const char* name() const override { return "text"; }
  std::vector<std::string> extensions() const override {
    return {".txt", ".text", ".md", ".markdown"};
  }
  bool Detect(std::string_view) const override { return true; }
  Expected<std::vector<Document>> Read(std::shared_ptr<const SourceFile> file,
                                       const Vocabulary& vocabulary) const override;
};

}  // namespace tieout

#endif  // TIEOUT_INGEST_TEXT_READER_H_
