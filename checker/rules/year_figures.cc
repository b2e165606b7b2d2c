#include "checker/rules/year_figures.h"

#include <algorithm>
#include <regex>

#include "checker/vocabulary/pattern.h"

namespace tieout {

int QuarterOf(const std::string& header) {
  static const Regex kQuarter(R"(\b(1st|2nd|3rd|4th|first|second|third|fourth)\b)",
                              std::regex::icase);
  int found = 0;
  for (auto it = RegexIterator(header.begin(), header.end(), kQuarter); it != RegexIterator();
       ++it) {
    if (found) return 0;  // two quarter words: a range or another kind of header
    std::string w = (*it)[1].str();
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
    found = w == "1st" || w == "first"    ? 1
            : w == "2nd" || w == "second" ? 2
            : w == "3rd" || w == "third"  ? 3
                                          : 4;
  }
  return found;
}

bool IsYear(const Period& p) {
  return p.year > 0 && ((p.kind == Period::Kind::kUnknown && p.months == 0) ||
                        (p.kind == Period::Kind::kDuration && p.months == 12));
}

std::optional<Amount> FigureAt(const Table& table, const Row& row, size_t c) {
  if (c >= row.cells.size() || !row.cells[c].amount) return std::nullopt;
  const Amount& a = *row.cells[c].amount;
  if (row.kind != ValueKind::kMoney || table.scale == 0) return a;
  return Amount{a.value.Shifted(-table.scale), a.precision - table.scale, a.exact};
}

std::vector<const TableRow*> NearestRows(const std::vector<TableRow>& rows, size_t table_index,
                                         size_t count) {
  std::vector<const TableRow*> nearest;
  auto at = std::lower_bound(rows.begin(), rows.end(), table_index,
                             [](const TableRow& y, size_t t) { return y.table_index < t; });
  auto before = at, after = at;
  while (nearest.size() < count && (before != rows.begin() || after != rows.end())) {
    bool take_after = before == rows.begin() ||
                      (after != rows.end() &&
                       after->table_index - table_index <= table_index - (before - 1)->table_index);
    nearest.push_back(take_after ? &*after++ : &*--before);
  }
  return nearest;
}

}  // namespace tieout
