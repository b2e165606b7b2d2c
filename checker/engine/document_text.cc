#include "checker/engine/document_text.h"

#include <algorithm>

namespace tieout {
namespace {

DocumentText::Block ParagraphBlock(const Paragraph& p) {
  DocumentText::Block b;
  b.span = p.span;
  b.text = p.Text();
  for (const Paragraph::Piece& piece : p.pieces) {
    b.runs.push_back(DocumentText::Run{piece.text_offset, piece.source_offset, piece.length});
  }
  return b;
}

DocumentText::Block TableBlock(const Table& t) {
  DocumentText::Block b;
  b.span = t.span;
  b.is_table = true;
  b.title = t.title;
  b.scale_note = t.scale_note;
  for (const Column& c : t.columns) b.headers.push_back(c.header);
  for (const Row& r : t.rows) {
    DocumentText::Row row;
    row.label = DocumentText::Cell{r.label, r.label_span};
    row.span = r.span;
    row.heading = r.is_heading;
    for (const Cell& c : r.cells) row.cells.push_back(DocumentText::Cell{c.text, c.span});
    b.rows.push_back(std::move(row));
  }
  return b;
}

}  // namespace

DocumentText BuildDocumentText(const Document& doc) {
  DocumentText text;
  for (const Paragraph& p : doc.paragraphs) {
    if (!p.span.empty()) text.blocks.push_back(ParagraphBlock(p));
  }
  for (const Table& t : doc.tables) {
    if (!t.span.empty()) text.blocks.push_back(TableBlock(t));
  }
  std::stable_sort(text.blocks.begin(), text.blocks.end(),
                   [](const DocumentText::Block& a, const DocumentText::Block& b) {
                     return a.span.begin < b.span.begin;
                   });
  // Blocks do not overlap (a reader may keep a table's caption as a paragraph too).
  std::vector<DocumentText::Block> kept;
  for (DocumentText::Block& b : text.blocks) {
    if (!kept.empty() && b.span.begin < kept.back().span.end) {
      if (!b.is_table || kept.back().is_table) continue;
      kept.pop_back();  // the table, not the paragraph inside it
      while (!kept.empty() && b.span.begin < kept.back().span.end) kept.pop_back();
    }
    kept.push_back(std::move(b));
  }
  text.blocks = std::move(kept);
  const LineIndex& index = doc.source->index();
  const uint64_t size = doc.source->text().size();
  const SourceSpan span = doc.span.empty() ? SourceSpan{0, size} : doc.span;
  text.first_line = doc.Locate(span.begin).line;
  const int last = doc.Locate(span.end > span.begin ? span.end - 1 : span.begin).line;
  for (int line = text.first_line; line <= last; ++line) {
    text.line_starts.push_back(index.LineStart(line));
  }
  return text;
}

}  // namespace tieout
