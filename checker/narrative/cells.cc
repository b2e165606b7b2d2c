#include "checker/narrative/cells.h"

#include <algorithm>

#include "checker/narrative/periods.h"

namespace tieout {
namespace {

Decimal HalfUnitAt(int precision) { return Decimal(5, precision - 1); }

}  // namespace

bool CommonSize(const Table& table) {
  if (table.scale != 0 || !table.scale_note.empty()) return false;
  // The base row: 100 in every column of two or more: "100.0%"; "100.0" in a table whose
  // other rows show "%" ("Product revenue 99.7%"); or "100.0" as its first row of figures.
  const Decimal hundred = Decimal::FromInt(100);
  auto base = [&](const Row& row) {
    size_t n = 0;
    for (const Cell& cell : row.cells) {
      if (!cell.amount) continue;
      if (!(cell.amount->value == hundred)) return false;
      ++n;
    }
    return n >= 2;
  };
  bool first = true, shows_percent = false;
  for (const Row& row : table.rows) shows_percent |= row.kind == ValueKind::kPercent;
  for (const Row& row : table.rows) {
    if (!row.has_values()) continue;
    bool may_be_base = row.kind == ValueKind::kPercent ||
                       (row.kind == ValueKind::kMoney && (first || shows_percent));
    if (may_be_base && base(row)) return true;
    first = false;
  }
  return false;
}

ValueKind KindIn(const Row& row, bool common_size) {
  return common_size && row.kind == ValueKind::kMoney ? ValueKind::kPercent : row.kind;
}

ValueKind KindOf(FigureUnit unit) {
  switch (unit) {
    case FigureUnit::kMoney:
      return ValueKind::kMoney;
    case FigureUnit::kPerShare:
      return ValueKind::kPerShare;
    case FigureUnit::kShares:
      return ValueKind::kShares;
    case FigureUnit::kPercent:
      return ValueKind::kPercent;
  }
  return ValueKind::kMoney;
}

CellMatch CompareFigure(const Figure& f, const Amount& a, int table_shift) {
  Decimal s = f.value.Abs();
  Decimal t = a.value.Abs().Shifted(table_shift);
  Decimal ht = a.exact ? Decimal() : HalfUnitAt(a.precision + table_shift);
  // Shown values stand for half-open intervals [v - h, v + h) (rounding half up): $0.25 and
  // (0.26) touch at 0.255 but share no value.
  if ((t - s).Abs() < HalfUnitAt(f.precision) + ht) return CellMatch::kRounds;
  if (f.precision > a.precision + table_shift && t.TruncateTo(f.precision) == s) {
    return CellMatch::kTruncates;
  }
  return CellMatch::kDiffers;
}

std::vector<int> TableShifts(const Figure& f, const Table& table) {
  if (f.unit == FigureUnit::kShares) return {0, 3, 6};
  if (f.unit == FigureUnit::kMoney && table.scale == 0 && table.scale_note.empty())
    return {0, 3, 6};
  return {0};
}

// The periods of a document's columns, where a column that shows only a year ("1991" beside
// "Years ended December 31, 1993" and "1992") takes the length and end day of its siblings.
ColumnPeriods ReadColumnPeriods(const Document& doc) {
  ColumnPeriods out;
  for (const Table& t : doc.tables) {
    std::vector<Period>& periods = out[&t];
    const Period* model = nullptr;
    bool consistent = true;
    for (const Column& c : t.columns) {
      periods.push_back(c.period);
      const Period& p = c.period;
      if (p.kind == Period::Kind::kUnknown || p.month == 0 || p.year == 0) continue;
      if (!model) {
        model = &p;
      } else if (model->kind != p.kind || model->months != p.months || model->month != p.month ||
                 model->day != p.day) {
        consistent = false;
      }
    }
    int dated = 0;
    for (const Column& c : t.columns) {
      dated += c.period.kind != Period::Kind::kUnknown && c.period.month > 0 && c.period.year > 0;
    }
    if (!model || !consistent || dated < 2) continue;
    for (Period& p : periods) {
      if (p.kind != Period::Kind::kUnknown || p.year == 0 || p.month != 0) continue;
      int year = p.year;
      p = *model;
      p.year = year;
    }
  }
  // Columns that name a length and a year only ("First Quarter 2020", "First Quarter 2019")
  // end on the day of the release's balance sheet (its latest dated instant) when their latest
  // year is that date's year: the quarter a release reports ends on its balance sheet date, and
  // the columns beside it are the same period of earlier years.
  const Period* sheet = nullptr;
  for (const auto& [table, periods] : out) {
    for (const Period& p : periods) {
      if (p.kind != Period::Kind::kInstant || p.year == 0 || p.month == 0) continue;
      if (!sheet || DayNumber(DateOf(p)) > DayNumber(DateOf(*sheet))) sheet = &p;
    }
  }
  if (!sheet) return out;
  Period end = *sheet;
  for (auto& [table, periods] : out) {
    int latest = 0;
    for (const Period& p : periods) {
      if (p.kind == Period::Kind::kDuration && p.months > 0 && p.month == 0) {
        latest = std::max(latest, p.year);
      }
    }
    if (latest != end.year) continue;
    for (Period& p : periods) {
      if (p.kind != Period::Kind::kDuration || p.months == 0 || p.month != 0 || p.year == 0) {
        continue;
      }
      p.month = end.month;
      p.day = end.day;
    }
  }
  return out;
}

}  // namespace tieout
