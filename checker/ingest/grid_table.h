// Tables laid out as a grid of cells (an HTML <table>, a DOCX <w:tbl>, a Markdown pipe table)
// turned into the document model, with the same conventions as printed text tables.
//
// A reader places each cell on the grid columns it covers (colspan spread, rowspan resolved)
// and records the text it shows and the lines drawn around it. BuildGridTable then merges a '$'
// standing in a cell of its own with the figure on its right, and a ')' or '%' with the figure
// on its left; drops spacer columns; finds the figure columns by where figures end (their right
// edge, as printed figures right-align); reads the header rows over them as periods; and turns
// lines into rule marks. A line along a cell's top edge marks its own row; a line along its
// bottom edge, or a row that holds only lines, marks the next row with figures. A row whose
// label is set in bold and has no line above a figure is marked as a separator there: a total
// when it ties, a part otherwise. A label-only row is a heading, or continues into the next
// row's label, as in a printed table.
#ifndef TIEOUT_INGEST_GRID_TABLE_H_
#define TIEOUT_INGEST_GRID_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

struct GridCell {
  std::string text;  // white space folded and trimmed; "" when blank
  SourceSpan span;   // the text's bytes in the source; the cell's start when blank
  int column = 0;    // the first grid column the cell covers
  int colspan = 1;
  RuleMark top = RuleMark::kNone;     // a line along the top edge (a CSS border-top)
  RuleMark bottom = RuleMark::kNone;  // a line along the bottom edge
  RuleMark line = RuleMark::kNone;    // a line drawn inside the cell (<hr>) in place of text
  bool header = false;                // a <th>, or a cell of a Markdown header row
  bool bold = false;                  // all its text is set in bold
  int indent = 0;                     // nesting level of the text, for labels
};

struct GridRow {
  std::vector<GridCell> cells;  // left to right; columns not covered are blank
  SourceSpan span;
};

struct Grid {
  std::vector<GridRow> rows;
  std::string caption;
  SourceSpan span;
};

// Builds the table. `above` holds the last few paragraphs before it, nearest last: they may carry
// its title and scale note. A grid with fewer than two figures right of its first column is a
// layout table: the result is nullopt, and the reader keeps its text as paragraphs.
std::optional<Table> BuildGridTable(const Grid& grid, const std::vector<std::string>& above,
                                    const Vocabulary& vocabulary);

// As BuildGridTable, but a grid that holds several tables one under another, each with its own
// header row ("Sales by Region" / "2022  2021  $ Change" under the rows of another header),
// gives one table per header: the later ones titled by the headings over their header row and
// scaled as the first when they print no scale. A header repeated as it was starts no table.
// Empty for a layout table.
std::vector<Table> BuildGridTables(const Grid& grid, const std::vector<std::string>& above,
                                   const Vocabulary& vocabulary);

}  // namespace tieout

#endif  // TIEOUT_INGEST_GRID_TABLE_H_
