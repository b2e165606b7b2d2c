#include "checker/rules/year_figures.h"

#include <algorithm>

#include "checker/base/text.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

namespace {

// The header's words: runs of ASCII letters, digits and '_', lowercased.
std::vector<std::string> HeaderWords(const std::string& header) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : header + " ") {
    if (IsAsciiAlnum(ch) || ch == '_') {
      word += AsciiLowerChar(ch);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  return words;
}

}  // namespace

int QuarterOf(const std::string& header, const QuarterNameWords& names) {
  int found = 0;
  for (const std::string& w : HeaderWords(header)) {
    for (size_t k = 0; k < names.ordinals.size() && k < 4; ++k) {
      const std::vector<std::string>& ordinal = names.ordinals[k];
      if (std::find(ordinal.begin(), ordinal.end(), w) == ordinal.end()) continue;
      if (found) return 0;  // two quarter words: a range or another kind of header
      found = static_cast<int>(k) + 1;
    }
  }
  return found;
}

bool NamesTheYear(const std::string& header, const QuarterNameWords& names) {
  for (const std::string& w : HeaderWords(header)) {
    if (std::find(names.year.begin(), names.year.end(), w) != names.year.end()) return true;
  }
  return false;
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
