// Linking a figure of a paragraph about one segment to that segment's rows.
#include "checker/narrative/linking.h"

#include <algorithm>
#include <utility>

#include "checker/narrative/arithmetic.h"
#include "checker/narrative/grammar.h"
#include "checker/narrative/linking_internal.h"
#include "checker/narrative/periods.h"

namespace tieout {

using linking::Bindable;
using linking::Contains;
using linking::Dated;
using linking::Join;

LinkResult RowLinker::LinkSegment(const LinkRequest& q) const {
  LinkResult out;
  std::set<std::string> name = Content(Normalize(q.segment));
  std::string head = Head(q.subject);
  std::string what = "\"" + Join(q.segment) + "\"";
  if (name.empty() || head.empty() || name.count(head)) {
    out.reason = "no phrase names what of the segment the figure measures";
    return out;
  }
  auto rows = by_word_.find(*name.begin());
  if (rows == by_word_.end()) {
    out.reason = "no table row is labelled " + what;
    return out;
  }
  ValueKind kind = KindOf(q.figure.unit);
  auto agrees = [&](const CellRef& cell) {
    for (int shift : TableShifts(q.figure, *cell.table)) {
      if (CompareFigure(q.figure, cell.GetAmount(), shift) == CellMatch::kRounds) return true;
    }
    return false;
  };
  std::vector<std::pair<CellRef, Period>> hits, other;
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat || e.kind != kind) continue;
    const Row& row = e.table->rows[e.row];
    if (Content(Normalize(SplitWords(row.label))) != name) continue;
    // The measure: the row's heading names it, or the total of its group does ("Medical
    // Device" above "Total revenue"), or the column's header does.
    bool row_names = Contains(Normalize(SplitWords(row.section)), head);
    for (size_t r = e.row + 1; r < e.table->rows.size() && !row_names; ++r) {
      const Row& below = e.table->rows[r];
      if (below.section != row.section) break;
      std::vector<std::string> words = SplitWords(below.label);
      if (std::find(words.begin(), words.end(), "total") != words.end()) {
        row_names = Contains(Normalize(words), head);
        break;
      }
    }
    const std::vector<Period>& periods = columns_.at(e.table);
    for (size_t c = 0; c < row.cells.size() && c < periods.size(); ++c) {
      // (A share of the total beside the amount, "71.4%", is no amount of the row.)
      if (!row.cells[c].amount || !Dated(periods[c]) ||
          row.cells[c].text.find('%') != std::string::npos) {
        continue;
      }
      bool column_names = c < e.table->columns.size() &&
                          Contains(Normalize(SplitWords(e.table->columns[c].header)), head);
      if (!row_names && !column_names) continue;
      bool in_period = false;
      for (const Period& p : q.periods) in_period = in_period || ColumnMatches(p, periods[c]);
      (in_period ? hits : other).emplace_back(CellRef{e.table, e.row, c}, periods[c]);
    }
  }
  for (const auto& [cell, period] : hits) {
    if (!agrees(cell)) continue;
    out.kind = LinkResult::Kind::kVerified;
    out.cell = cell;
    out.period = period;
    out.strong = true;
    return out;
  }
  if (hits.empty()) {
    out.reason = "no row of the segment " + what + " shows it";
    return out;
  }
  out.found_rows = true;
  std::vector<std::pair<CellRef, Period>> bindable =
      Bindable(q, hits, [](const auto& hit) { return hit.second; });
  const auto& [bound, period] = bindable[0];
  for (const auto& [cell, p] : bindable) {
    if (!(p == period) || !(cell.GetAmount().value == bound.GetAmount().value)) {
      out.reason = "the rows of the segment " + what + " show different values or periods";
      return out;
    }
  }
  if (!q.may_mismatch) {
    out.reason =
        "the figure differs from the segment's row, but the sentence does not state it "
        "as that amount";
    return out;
  }
  for (const auto& [cell, p] : other) {
    if (agrees(cell)) {
      out.reason = "it agrees with the segment's row (" + DescribePeriod(p) + ")";
      return out;
    }
  }
  std::string elsewhere = AgreesInRow(q.figure, bound);
  if (elsewhere.empty()) {
    elsewhere = AgreesElsewhere(q.figure, q.subject, q.extra, {period}, bound);
  }
  if (!elsewhere.empty()) {
    out.reason = elsewhere;
    return out;
  }
  out.cell = bound;
  out.period = period;
  out.strong = true;
  for (int shift : {-6, -3, 3, 6}) {
    if (CompareFigure(q.figure, bound.GetAmount(), shift) == CellMatch::kRounds) {
      out.kind = LinkResult::Kind::kScale;
      out.reason = "it is " + bound.GetRow().label + " read 10^" + std::to_string(shift) +
                   " off: the table's unit is in doubt";
      return out;
    }
  }
  out.kind = LinkResult::Kind::kMismatch;
  return out;
}

}  // namespace tieout
