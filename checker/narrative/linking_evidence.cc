// Evidence against binding a figure to one cell: another cell that agrees with it.
#include "checker/narrative/linking.h"

#include <cstdint>

#include "checker/narrative/arithmetic.h"
#include "checker/narrative/grammar.h"
#include "checker/narrative/linking_internal.h"
#include "checker/narrative/periods.h"

namespace tieout {

using linking::Dated;

int RowLinker::AgreeingColumn(size_t index, const Figure& figure,
                              const std::vector<Period>& periods, const CellRef& bound,
                              size_t* compared) const {
  const Entry& e = entries_[index];
  const Row& row = e.table->rows[e.row];
  const std::vector<Period>& columns = columns_.at(e.table);
  for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
    if (!row.cells[c].amount || !Dated(columns[c])) continue;
    if (e.table == bound.table && e.row == bound.row && c == bound.column) continue;
    bool in_period = false;
    for (const Period& p : periods) in_period = in_period || ColumnMatches(p, columns[c]);
    if (!in_period) continue;
    if (compared) ++*compared;
    // A row read as another kind was not scaled by the table's unit: try its scales too.
    std::vector<int> shifts = TableShifts(figure, *e.table);
    if (row.kind != KindOf(figure.unit)) shifts.insert(shifts.end(), {3, 6, 9});
    for (int shift : shifts) {
      if (CompareFigure(figure, *row.cells[c].amount, shift) == CellMatch::kRounds) {
        return static_cast<int>(c);
      }
    }
  }
  return -1;
}

std::string RowLinker::AgreesElsewhere(const Figure& figure, const std::vector<std::string>& words,
                                       const std::vector<std::string>& extra,
                                       const std::vector<Period>& periods, const CellRef& bound,
                                       size_t* compared) const {
  // The rows that say what the bound row says ("Selling, general & administrative" for
  // "Selling, general and administrative"): its label's words, or its heading's for a label
  // that only names a variant.
  const Row& bound_row = bound.GetRow();
  std::set<std::string> bound_says = Content(Normalize(SplitWords(bound_row.label)));
  if (bound_says.empty()) bound_says = Content(Normalize(SplitWords(bound_row.section)));
  auto rows = by_content_.find(bound_says);
  if (bound_says.empty() || rows == by_content_.end()) return "";
  std::set<std::string> variants = Variants(Normalize(words));
  for (const std::string& w : Variants(Normalize(extra))) variants.insert(w);
  // The first agreeing cell in the order of the rows: each distinct row once, at its first
  // copy, or at its second when the first holds the bound cell and agrees nowhere else.
  std::pair<size_t, int> first{SIZE_MAX, -1};
  for (const Copies& copies : rows->second) {
    if (copies.first > first.first) break;
    if (OtherVariant(entries_[copies.first], variants)) continue;
    int c = AgreeingColumn(copies.first, figure, periods, bound, compared);
    if (c >= 0) {
      first = {copies.first, c};
      break;
    }
    const Entry& e = entries_[copies.first];
    if (e.table == bound.table && e.row == bound.row && copies.second != SIZE_MAX) {
      c = AgreeingColumn(copies.second, figure, periods, bound, compared);
      if (c >= 0) first = {copies.second, c};
    }
  }
  if (first.second < 0) return "";
  const Entry& e = entries_[first.first];
  const Row& row = e.table->rows[e.row];
  return "it agrees with " + row.label + " (" +
         DescribePeriod(columns_.at(e.table)[static_cast<size_t>(first.second)]) +
         ") in another table or column: the figure may speak of that";
}

std::string RowLinker::AgreesInRow(const Figure& figure, const CellRef& bound) const {
  const Row& row = bound.GetRow();
  const std::vector<Period>& columns = columns_.at(bound.table);
  for (size_t c = 0; c < row.cells.size(); ++c) {
    if (c == bound.column || !row.cells[c].amount) continue;
    if (c < columns.size() && Dated(columns[c])) continue;
    for (int shift : TableShifts(figure, *bound.table)) {
      if (CompareFigure(figure, *row.cells[c].amount, shift) == CellMatch::kRounds) {
        return "it agrees with " + row.label +
               " in a column whose period is not read: the figure may speak of that";
      }
    }
  }
  return "";
}

}  // namespace tieout
