// Table cells as the prose reader sees them, and how a stated figure compares with one.
#ifndef TIEOUT_NARRATIVE_CELLS_H_
#define TIEOUT_NARRATIVE_CELLS_H_

#include <map>
#include <vector>

#include "checker/document/document.h"
#include "checker/narrative/figures.h"

namespace tieout {

// A table cell: where a figure's value is shown.
struct CellRef {
  const Table* table = nullptr;
  size_t row = 0;
  size_t column = 0;

  const Row& GetRow() const { return table->rows[row]; }
  const Cell& GetCell() const { return table->rows[row].cells[column]; }
  const Amount& GetAmount() const { return *GetCell().amount; }
};

// How a stated figure compares with a table value.
enum class CellMatch {
  kRounds,     // the table value rounds to the figure at its stated precision
  kTruncates,  // it only truncates to it ("$1.3 million" for 1,356,000)
  kDiffers,
};

// The figure against a table amount read `table_shift` powers of ten larger than shown (0 as
// shown; 3 for a table whose "in thousands" was not read). Signs are not compared.
CellMatch CompareFigure(const Figure& f, const Amount& a, int table_shift);

// The powers of ten a figure may be compared at with a table: as shown, and for a table with
// no scale note (money) or for share counts also in thousands and millions.
std::vector<int> TableShifts(const Figure& f, const Table& table);

// The periods of a document's columns, where a column that shows only a year ("1991" beside
// "Years ended December 31, 1993" and "1992") takes the length and end day of its siblings.
using ColumnPeriods = std::map<const Table*, std::vector<Period>>;
ColumnPeriods ReadColumnPeriods(const Document& doc);

ValueKind KindOf(FigureUnit unit);

// Whether a table is a common-size statement: "expressed as a percentage of revenue", a base
// row of 100 in every column (of two or more: "100.0%", or "100.0" in a table that shows "%"
// elsewhere or as its first row), and the other rows bare numbers that are percentages too. (A
// table with a scale note, "in thousands", is one of amounts.)
bool CommonSize(const Table& table);

// A row's kind as the prose reader takes it: the rows of a common-size table are percentages.
ValueKind KindIn(const Row& row, bool common_size);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_CELLS_H_
