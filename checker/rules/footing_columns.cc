#include "checker/rules/footing_columns.h"

#include <optional>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace footing {

bool PercentagesOnly(const Row& row) {
  if (row.kind == ValueKind::kPercent) return true;
  bool any = false;
  for (const Cell& cell : row.cells) {
    if (!cell.amount || cell.amount->exact) continue;
    if (cell.text.empty() || cell.text.back() != '%') return false;
    any = true;
  }
  return any;
}

size_t PercentFrom(const Table& table, size_t c, const Vocabulary& vocabulary) {
  bool amounts_above = false;
  for (size_t ri = 0; ri < table.rows.size(); ++ri) {
    const Row& row = table.rows[ri];
    if (c >= row.cells.size() || row.cells[c].text.empty()) continue;
    if (row.cells[c].text.back() != '%') {
      amounts_above |= row.cells[c].amount.has_value() && !row.cells[c].amount->exact;
      continue;
    }
    if (!(amounts_above && PercentagesOnly(row)) &&
        !vocabulary.Matches(vocabulary.non_additive_rows, NormalizeLabel(row.label))) {
      return ri;
    }
  }
  return table.rows.size();
}

bool PercentsOfAWhole(const Table& table, size_t c, const Vocabulary& vocabulary, bool named) {
  bool first = true, whole = named;
  for (const Row& row : table.rows) {
    if (c >= row.cells.size() || !row.cells[c].amount || row.cells[c].amount->exact) continue;
    if (first && (row.cells[c].text.empty() || row.cells[c].text.back() != '%')) return false;
    if (row.cells[c].amount->value == Decimal::FromInt(100) &&
        (first || vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(row.label)))) {
      whole = true;
    }
    first = false;
  }
  return whole;
}

bool BesideAWhole(const Table& table, size_t c, const std::vector<size_t>& wholes,
                  const Vocabulary& vocabulary) {
  bool first = true, total = false;
  std::optional<Decimal> largest;
  for (const Row& row : table.rows) {
    if (c >= row.cells.size() || !row.cells[c].amount || row.cells[c].amount->exact) continue;
    const Amount& a = *row.cells[c].amount;
    if (first && (row.cells[c].text.empty() || row.cells[c].text.back() != '%')) return false;
    first = false;
    if (a.value.is_negative()) return false;
    bool whole = std::any_of(wholes.begin(), wholes.end(), [&](size_t w) {
      return w < row.cells.size() && row.cells[w].amount &&
             row.cells[w].amount->value == Decimal::FromInt(100);
    });
    if (whole && vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(row.label))) {
      if (largest && a.value < *largest) return false;
      total = true;
    }
    if (!largest || *largest < a.value) largest = a.value;
  }
  return total;
}

std::string ColumnWords(const std::string& header, const Vocabulary& vocabulary) {
  std::string h = NormalizeLabel(header);
  for (size_t at = vocabulary.ExceptionAt(h); at != std::string::npos;
       at = vocabulary.ExceptionAt(h, at)) {
    size_t close = h.find(')', at);
    h.erase(at, close == std::string::npos ? std::string::npos : close - at);
  }
  return h;
}

}  // namespace footing
}  // namespace tieout
