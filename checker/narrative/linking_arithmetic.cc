// Figures verified by arithmetic on rows: sums of the rows a list names, ratios the vocabulary
// defines, changes between two columns of a row.
#include "checker/narrative/linking.h"

#include <cstdlib>
#include <optional>
#include <unordered_map>
#include <utility>

#include "checker/narrative/arithmetic.h"
#include "checker/narrative/grammar.h"
#include "checker/narrative/linking_internal.h"
#include "checker/narrative/periods.h"

namespace tieout {

using linking::Dated;
using linking::Join;

std::optional<std::pair<CellRef, Period>> RowLinker::NamedCell(
    const std::vector<std::string>& words, ValueKind kind,
    const std::vector<Period>& periods) const {
  auto rows = by_word_.find(Head(words));
  std::set<std::string> said = Content(Normalize(words));
  if (rows == by_word_.end() || said.empty()) return std::nullopt;
  std::optional<std::pair<CellRef, Period>> found;
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat || e.kind != kind || !Strong(shapes_[e.shape], said)) continue;
    const Row& row = e.table->rows[e.row];
    const std::vector<Period>& columns = columns_.at(e.table);
    for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
      if (!row.cells[c].amount || !Dated(columns[c])) continue;
      bool in_period = false;
      for (const Period& p : periods) in_period = in_period || ColumnMatches(p, columns[c]);
      if (!in_period) continue;
      CellRef cell{e.table, e.row, c};
      if (!found) {
        found = std::make_pair(cell, columns[c]);
      } else if (!(found->second == columns[c]) ||
                 !(found->first.GetAmount().value == cell.GetAmount().value)) {
        return std::nullopt;  // two values: which one the words name is in doubt
      }
    }
  }
  return found;
}

LinkResult RowLinker::LinkRatio(const LinkRequest& q) const {
  LinkResult out;
  if (q.figure.unit != FigureUnit::kPercent) return out;
  std::set<std::string> said = Content(Normalize(q.subject));
  // The rows of one alternative, summed, in the column of `at` of `table` (any table when
  // null): their value and rounding, and how the formula writes them.
  auto sum = [&](const std::vector<std::vector<std::string>>& rows,
                 const std::vector<Period>& periods, const Table* table,
                 std::optional<std::pair<CellRef, Period>>* first, Shown* total,
                 std::string* formula) {
    *total = Shown{};
    formula->clear();
    for (const auto& words : rows) {
      auto cell = NamedCell(words, ValueKind::kMoney, periods);
      if (!cell || (table && cell->first.table != table) ||
          (*first && !(cell->second == (*first)->second))) {
        return false;
      }
      if (!*first) *first = cell;
      Shown s = ShownOf(cell->first.GetAmount());
      total->value = total->value + s.value.Abs();
      total->half = total->half + s.half;
      *formula += (formula->empty() ? "" : " + ") + s.value.Abs().ToDisplay() + " (" +
                  cell->first.GetRow().label + ")";
    }
    return true;
  };
  for (const RatioDefinition& d : vocab_.ratios) {
    bool named = false;
    for (const auto& name : d.names) named = named || Content(Normalize(name)) == said;
    if (!named) continue;
    for (const Period& p : q.periods) {
      for (const auto& numerator : d.numerators) {
        std::optional<std::pair<CellRef, Period>> first;
        Shown num, den;
        std::string top, bottom;
        if (!sum(numerator, {p}, nullptr, &first, &num, &top)) continue;
        for (const auto& denominator : d.denominators) {
          std::optional<std::pair<CellRef, Period>> at = first;
          if (!sum(denominator, {first->second}, first->first.table, &at, &den, &bottom)) {
            continue;
          }
          if (den.value.is_zero() || CheckShare(num, den, q.figure) != ArithmeticOutcome::kHolds) {
            continue;
          }
          out.kind = LinkResult::Kind::kVerified;
          out.cell = first->first;
          out.period = first->second;
          out.note =
              "by arithmetic: " + top + " / (" + bottom + "), " + DescribePeriod(first->second);
          return out;
        }
      }
    }
  }
  return out;
}

LinkResult RowLinker::LinkSum(const LinkRequest& q, const std::vector<std::string>& list) const {
  LinkResult out;
  // The nouns between "and"s, at most five: each way of joining neighbours into parts.
  std::vector<std::vector<std::string>> units(1);
  for (const std::string& w : list) {
    if (w == "and" || w == "or") {
      if (!units.back().empty()) units.emplace_back();
    } else {
      units.back().push_back(w);
    }
  }
  if (units.back().empty()) units.pop_back();
  if (units.size() < 2 || units.size() > 5 || q.figure.unit != FigureUnit::kMoney) return out;
  size_t n = units.size();
  for (unsigned cuts = (1u << (n - 1)) - 1;; --cuts) {  // every cut first: the most parts
    std::vector<std::vector<std::string>> parts(1);
    for (size_t i = 0; i < n; ++i) {
      parts.back().insert(parts.back().end(), units[i].begin(), units[i].end());
      if (i + 1 < n && (cuts >> i & 1u)) parts.emplace_back();
    }
    if (parts.size() >= 2) {
      Decimal total, slack;
      std::string formula;
      std::optional<std::pair<CellRef, Period>> first;
      bool named = true;
      for (const auto& part : parts) {
        auto cell = NamedCell(part, ValueKind::kMoney, q.periods);
        if (!cell || (first && !(cell->second == first->second)) ||
            (cell->first.table->scale == 0 && cell->first.table->scale_note.empty())) {
          named = false;
          break;
        }
        if (!first) first = cell;
        const Amount& a = cell->first.GetAmount();
        total = total + a.value.Abs();
        slack = slack + a.HalfUnit();
        formula += (formula.empty() ? "" : " + ") + a.value.Abs().ToDisplay() + " (" +
                   cell->first.GetRow().label + ")";
      }
      Decimal half = Decimal(5, q.figure.precision - 1);
      if (named && first && (total - q.figure.value.Abs()).Abs() < half + slack) {
        out.kind = LinkResult::Kind::kVerified;
        out.cell = first->first;
        out.period = first->second;
        out.note = "by arithmetic: " + formula + " = " + total.ToDisplay() + ", " +
                   DescribePeriod(first->second);
        return out;
      }
    }
    if (cuts == 0) break;
  }
  return out;
}

namespace {

// Whether the change from cell `y` to cell `x` of `table` gives `figure`: its amount (at the
// scales the table may be read at), or, for a percentage, the change over y's size, times 12 /
// `annualized_months` when that is not 0, with the rounding of the cells allowed for.
bool ChangeGives(const Amount& x, const Amount& y, const Figure& figure, const Table& table,
                 int annualized_months) {
  Decimal stated = figure.value.Abs();
  Decimal half = Decimal(5, figure.precision - 1);
  Decimal d = (x.value - y.value).Abs();
  Decimal hd = x.HalfUnit() + y.HalfUnit();
  if (figure.unit == FigureUnit::kPercent) {
    Decimal base = y.value.Abs();
    // A base shown in fewer than two digits ("(1)" in millions) gives no percentage.
    if (base < y.HalfUnit() * Decimal::FromInt(20)) return false;
    // A yearly rate: the change times 12 over base times the months it took.
    Decimal times = Decimal::FromInt(annualized_months > 0 ? 1200 : 100);
    Decimal over = Decimal::FromInt(annualized_months > 0 ? annualized_months : 1);
    Decimal lo = stated - half, hi = stated + half;
    Decimal dmin = d > hd ? d - hd : Decimal();
    return CompareQuotient(dmin * times, (base + y.HalfUnit()) * over, hi) < 0 &&
           CompareQuotient((d + hd) * times, (base - y.HalfUnit()) * over, lo) >= 0;
  }
  for (int s : TableShifts(figure, table)) {
    Decimal ds = d.Shifted(s), hs = hd.Shifted(s);
    // The cells' rounding must be small beside the change, or any change would do.
    if (hs * Decimal::FromInt(4) >= stated) continue;
    if ((ds - stated).Abs() < half + hs) return true;
  }
  return false;
}

// "increased 51%" is no decrease of 50.7%: the amount (a loss or an outflow by its size) moves
// from y to x the way the words say (`direction` +1 up, -1 down, 0 not said).
bool MovesAsSaid(const Amount& x, const Amount& y, int direction) {
  if (direction == 0 || x.value.is_negative() != y.value.is_negative()) return true;
  int grew = x.value.Abs() < y.value.Abs() ? -1 : (y.value.Abs() < x.value.Abs() ? 1 : 0);
  return grew == direction;
}

// The arithmetic of a change, as a verified figure's note shows it.
std::string ChangeFormula(const Amount& x, const Amount& y, bool percent, int annualized_months,
                          const Period& a, const Period& b) {
  std::string out = std::string("by arithmetic: ") + (percent ? "(" : "") + x.value.ToDisplay() +
                    " - " + y.value.ToDisplay() +
                    (percent ? ") / " + y.value.Abs().ToDisplay() : "");
  if (annualized_months > 0) out += " x 12 / " + std::to_string(annualized_months);
  return out + ", " + DescribePeriod(a) + " against " + DescribePeriod(b);
}

}  // namespace

LinkResult RowLinker::LinkChange(const LinkRequest& q) const {
  LinkResult out;
  std::string head = Head(q.subject);
  auto rows = by_word_.find(head);
  if (head.empty() || rows == by_word_.end()) {
    out.reason = "a change between periods, and no row is labelled \"" + Join(q.subject) + "\"";
    return out;
  }
  bool percent = q.figure.unit == FigureUnit::kPercent;
  std::set<std::string> said = Content(Normalize(q.subject));
  std::unordered_map<size_t, bool> strong_of;  // shape -> Strong, computed once per shape
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat) continue;  // its first copy verifies the same, first
    const Row& row = e.table->rows[e.row];
    // Only the row the subject names: "net sales increased 20%" is not cost of sales.
    if (e.kind == ValueKind::kPercent) continue;
    auto [known, added] = strong_of.try_emplace(e.shape, false);
    if (added) known->second = Strong(shapes_[e.shape], said);
    if (!known->second) continue;
    if (!percent && e.kind != KindOf(q.figure.unit)) continue;
    const std::vector<Period>& periods = columns_.at(e.table);
    for (size_t c1 = 0; c1 < row.cells.size() && c1 < periods.size(); ++c1) {
      if (!row.cells[c1].amount || !Dated(periods[c1])) continue;
      bool in_period = false;
      for (const Period& p : q.periods) in_period = in_period || ColumnMatches(p, periods[c1]);
      if (!in_period) continue;
      for (size_t c2 = 0; c2 < row.cells.size() && c2 < periods.size(); ++c2) {
        const Period& a = periods[c1];
        const Period& b = periods[c2];
        if (c2 == c1 || !row.cells[c2].amount || b.kind != a.kind || b.months != a.months) continue;
        long gap = DayNumber(DateOf(a)) - DayNumber(DateOf(b));
        bool prior = a.kind == Period::Kind::kInstant
                         ? gap > 7
                         : (gap >= 358 && gap <= 372) || (a.months == 3 && gap >= 84 && gap <= 98);
        if (!prior) continue;
        const Amount& x = *row.cells[c1].amount;
        const Amount& y = *row.cells[c2].amount;
        if (!MovesAsSaid(x, y, q.direction) || !ChangeGives(x, y, q.figure, *e.table, 0)) continue;
        out.kind = LinkResult::Kind::kVerified;
        out.cell = CellRef{e.table, e.row, c1};
        out.period = a;
        out.note = ChangeFormula(x, y, percent, 0, a, b);
        return out;
      }
    }
  }
  out.reason = "a change between periods that no row labelled \"" + Join(q.subject) + "\" shows";
  return out;
}

LinkResult RowLinker::LinkChangePair(const ChangePairRequest& q, LinkResult* percent) const {
  LinkResult out;
  *percent = LinkResult{};
  std::string head = Head(q.subject);
  auto rows = by_word_.find(head);
  if (head.empty() || rows == by_word_.end()) return out;
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat || e.kind != ValueKind::kMoney || e.per_share) continue;
    if (q.table && (e.table != q.table || e.row != q.row)) continue;
    // The row's own head noun: "loan growth" is not "Allowance for loan losses".
    // The subject's head noun in the label before its first preposition: "loan growth" is
    // "Total loans held for investment", not "Allowance for loan losses".
    const Row& row = e.table->rows[e.row];
    std::vector<std::string> before;
    for (const std::string& w : SplitWords(row.label)) {
      if (IsInnerPreposition(w)) break;
      before.push_back(w);
    }
    if (!Normalize(before).count(head)) continue;
    const std::vector<Period>& periods = columns_.at(e.table);
    for (size_t c1 = 0; c1 < row.cells.size() && c1 < periods.size(); ++c1) {
      const Period& a = periods[c1];
      if (!row.cells[c1].amount || !Dated(a)) continue;
      bool in_period = false;
      for (const Period& p : q.periods) in_period = in_period || ColumnMatches(p, a);
      if (!in_period) continue;
      for (size_t c2 = 0; c2 < row.cells.size() && c2 < periods.size(); ++c2) {
        const Period& b = periods[c2];
        if (c2 == c1 || !row.cells[c2].amount || !Dated(b) || b.kind != a.kind ||
            b.months != a.months) {
          continue;
        }
        long gap = DayNumber(DateOf(a)) - DayNumber(DateOf(b));
        bool year_ago = gap >= 358 && gap <= 372;
        bool quarter_ago = gap >= 84 && gap <= 98;
        bool prior = false;
        switch (q.compared) {
          case PeriodMention::Kind::kComparable:
            prior = year_ago;
            break;
          case PeriodMention::Kind::kSequential:
            prior = quarter_ago;
            break;
          case PeriodMention::Kind::kCurrent:
            prior = a.kind == Period::Kind::kInstant ? gap > 7
                                                     : year_ago || (a.months == 3 && quarter_ago);
            break;
          default:
            prior = q.compared_date && gap > 7 &&
                    std::abs(DayNumber(DateOf(b)) - DayNumber(*q.compared_date)) <= 7;
            break;
        }
        if (!prior) continue;
        // A yearly rate over the months between the two dates (a whole number of them).
        int months = 0;
        if (q.annualized) {
          Date da = DateOf(a), db = DateOf(b);
          months = (da.year - db.year) * 12 + da.month - db.month;
          if (months < 1 || months > 12 || std::abs(gap - months * 365 / 12) > 7) continue;
        }
        const Amount& x = *row.cells[c1].amount;
        const Amount& y = *row.cells[c2].amount;
        if (!MovesAsSaid(x, y, q.direction) || !ChangeGives(x, y, q.amount, *e.table, 0) ||
            !ChangeGives(x, y, q.percent, *e.table, months)) {
          continue;
        }
        out.kind = LinkResult::Kind::kVerified;
        out.cell = CellRef{e.table, e.row, c1};
        out.period = a;
        out.note = ChangeFormula(x, y, false, 0, a, b);
        *percent = out;
        percent->note = ChangeFormula(x, y, true, months, a, b);
        return out;
      }
    }
  }
  return out;
}

}  // namespace tieout
