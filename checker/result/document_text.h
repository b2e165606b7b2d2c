// The text of a document as a reviewer reads it: its paragraphs and tables in document order,
// each piece with the source bytes it came from, so that a report can mark every checked figure
// in place (the html review page). Built by the engine from the Document (engine/document_text.h)
// when a reporter needs it; the model alone knows no reader or rule.
#ifndef TIEOUT_RESULT_DOCUMENT_TEXT_H_
#define TIEOUT_RESULT_DOCUMENT_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "checker/base/source.h"

namespace tieout {

struct DocumentText {
  // A paragraph's text[text_offset, text_offset + length) was read from the source bytes at
  // source_offset.
  struct Run {
    size_t text_offset = 0;
    uint64_t source_offset = 0;
    size_t length = 0;
  };
  struct Cell {
    std::string text;
    SourceSpan span;
  };
  struct Row {
    Cell label;  // its span: the label's own bytes
    SourceSpan span;
    std::vector<Cell> cells;  // one per column
    bool heading = false;
  };
  struct Block {
    SourceSpan span;
    bool is_table = false;
    // A paragraph.
    std::string text;
    std::vector<Run> runs;  // in text order, source offsets increasing
    // A table.
    std::string title;
    std::string scale_note;
    std::vector<std::string> headers;  // one per column
    std::vector<Row> rows;
  };
  std::vector<Block> blocks;  // in document order, not overlapping

  // Lines first_line, first_line + 1, ... start at these byte offsets of the source: turns a
  // check's line and column into the byte it points at.
  int first_line = 1;
  std::vector<uint64_t> line_starts;

  // The source offset of a 1-based line and byte column; `fallback` when the line is not the
  // document's or the column is 0.
  uint64_t OffsetOf(int line, int column, uint64_t fallback) const;
  // The block whose span holds `offset`, or -1.
  int BlockAt(uint64_t offset) const;
  // The paragraph text offset of a source offset within `block` (which is no table): inside a
  // run exactly, between runs at the next run's start. `end`: the offset is one past a byte.
  size_t TextOffset(const Block& block, uint64_t offset, bool end) const;
};

}  // namespace tieout

#endif  // TIEOUT_RESULT_DOCUMENT_TEXT_H_
