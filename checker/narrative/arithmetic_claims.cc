#include "checker/narrative/arithmetic_claims.h"

namespace tieout {
namespace {

// The cell of the period compared with in the row of `cell` (the columns of that period agree
// on one value), or none.
std::optional<CellRef> PriorCell(const ColumnPeriods& columns, const CellRef& cell,
                                 const Period& compared) {
  auto it = columns.find(cell.table);
  if (it == columns.end()) return std::nullopt;
  const Row& row = cell.GetRow();
  std::optional<CellRef> prior;
  for (size_t k = 0; k < row.cells.size() && k < it->second.size(); ++k) {
    if (k == cell.column || !row.cells[k].amount || !ColumnMatches(compared, it->second[k])) {
      continue;
    }
    CellRef r{cell.table, cell.row, k};
    if (prior && !(prior->GetAmount().value == r.GetAmount().value)) return std::nullopt;
    if (!prior) prior = r;
  }
  return prior;
}

// Figure `c` verified by arithmetic on cells, shown against `cell`.
void Derived(const Period& period, const CellRef& cell, const std::string& formula,
             NarrativeFigure* c) {
  PeriodCheck check;
  check.period = period;
  check.cells = {cell};
  check.best = 0;
  check.match = CellMatch::kRounds;
  check.note = "by arithmetic: " + formula;
  c->reason.clear();
  c->checks = {check};
  c->derived = true;
}

// The cells an unverified amount may be: of its period, rounding to it, at most a few.
constexpr size_t kMaxAnchorCells = 4;
std::vector<CellRef> CellsShowing(const ColumnPeriods& columns, const NarrativeFigure& a) {
  std::vector<CellRef> out;
  for (const auto& [table, periods] : columns) {
    for (size_t r = 0; r < table->rows.size(); ++r) {
      const Row& row = table->rows[r];
      for (size_t k = 0; k < row.cells.size() && k < periods.size(); ++k) {
        if (!row.cells[k].amount || !ColumnMatches(a.periods[0], periods[k])) continue;
        if (CompareFigure(a.figure, *row.cells[k].amount, 0) != CellMatch::kRounds) continue;
        out.push_back(CellRef{table, r, k});
        if (out.size() > kMaxAnchorCells) return {};
      }
    }
  }
  return out;
}

// A change after an amount: the amount's row (the cell it was verified against, else the cells
// of its period that round to it) in the column of the period compared with, against the
// amount's cell. Verified when one such row gives the change; never an error. With no period
// compared with named, only a verified amount of a period of time, against the same period a
// year earlier.
void SettleAnchored(const ColumnPeriods& columns, const std::vector<NarrativeFigure>& figures,
                    NarrativeFigure* c) {
  const NarrativeFigure& a = figures[static_cast<size_t>(c->anchor)];
  std::string why;
  std::vector<CellRef> cells;
  Period period;
  if (a.Verdict(&why) == FigureVerdict::kVerified) {
    if (a.derived || a.checks.size() != 1) return;
    const PeriodCheck& pc = a.checks[0];
    if (pc.best < 0 || !pc.note.empty()) return;  // a table read in other units: not here
    cells.push_back(pc.cells[static_cast<size_t>(pc.best)]);
    period = pc.period;
  } else if (a.periods.size() == 1 && c->compared) {
    cells = CellsShowing(columns, a);
    period = a.periods[0];
  }
  if (!c->compared) {
    if (cells.empty() || period.kind != Period::Kind::kDuration) return;
    c->compared = ShiftPeriod(period, -12);
  }
  bool percent = c->figure.unit == FigureUnit::kPercent;
  std::string first_formula;
  for (const CellRef& cell : cells) {
    std::optional<CellRef> prior = PriorCell(columns, cell, *c->compared);
    if (!prior) continue;
    const Amount& x = cell.GetAmount();
    const Amount& y = prior->GetAmount();
    ArithmeticOutcome outcome = percent ? CheckPercentChange(ShownOf(y), ShownOf(x), c->figure, 0)
                                        : CheckDifference(ShownOf(y), ShownOf(x), c->figure, 0);
    std::string formula = percent ? "(" + x.value.ToDisplay() + " - " + y.value.ToDisplay() +
                                        ") / " + y.value.Abs().ToDisplay()
                                  : x.value.ToDisplay() + " - " + y.value.ToDisplay();
    formula += ", " + cell.GetRow().label + ", " + DescribePeriod(period) + " against " +
               DescribePeriod(*c->compared);
    if (outcome != ArithmeticOutcome::kHolds) {
      if (outcome != ArithmeticOutcome::kUndefined && first_formula.empty()) {
        first_formula = formula;
      }
      continue;
    }
    Derived(period, cell, formula, c);
    return;
  }
  if (!first_formula.empty()) {
    c->reason = "the cells of the amount it changes do not give it: " + first_formula;
  }
}

// A percentage of a whole after an amount verified against a cell: the whole's row in the
// amount's table and column (else the one value its rows show in a column of the amount's
// period), the amount's cell over it. Verified, or unverifiable with the arithmetic: what a
// release divides by is not always what the row shows.
void SettleShare(const ColumnPeriods& columns, const RowLinker& linker,
                 const std::vector<NarrativeFigure>& figures, NarrativeFigure* c) {
  const NarrativeFigure& a = figures[static_cast<size_t>(c->share_of)];
  std::string why;
  if (a.Verdict(&why) != FigureVerdict::kVerified || a.derived || a.checks.size() != 1) return;
  const PeriodCheck& pc = a.checks[0];
  if (pc.best < 0 || !pc.note.empty()) return;  // a table read in other units: not here
  const CellRef& part = pc.cells[static_cast<size_t>(pc.best)];
  std::optional<CellRef> whole;
  for (const auto& [table, r] : c->share_whole) {
    if (table != part.table) continue;
    const Row& row = table->rows[r];
    if (part.column < row.cells.size() && row.cells[part.column].amount) {
      whole = CellRef{table, r, part.column};
      break;
    }
  }
  if (!whole) {
    for (const auto& [table, r] : c->share_whole) {
      auto it = columns.find(table);
      if (it == columns.end()) continue;
      const Row& row = table->rows[r];
      for (size_t k = 0; k < row.cells.size() && k < it->second.size(); ++k) {
        if (!row.cells[k].amount || !ColumnMatches(pc.period, it->second[k])) continue;
        CellRef cell{table, r, k};
        if (whole && !(whole->GetAmount().value == cell.GetAmount().value)) return;  // in doubt
        if (!whole) whole = cell;
      }
    }
  }
  if (!whole && !c->share_words.empty()) {
    auto named = linker.CellNamed(c->share_words, ValueKind::kMoney, {pc.period});
    if (named) whole = named->first;
  }
  if (!whole) return;
  const Amount& x = part.GetAmount();
  const Amount& w = whole->GetAmount();
  if (part.GetRow().kind != ValueKind::kMoney || whole->GetRow().kind != ValueKind::kMoney) return;
  ArithmeticOutcome outcome = CheckShare(ShownOf(x), ShownOf(w), c->figure);
  if (outcome == ArithmeticOutcome::kUndefined) return;
  std::string formula =
      x.value.Abs().ToDisplay() + " (" + part.GetRow().label + ") / " + w.value.Abs().ToDisplay() +
      " (" + whole->GetRow().label + "), " + DescribePeriod(pc.period) + " = " +
      RoundedQuotient(x.value.Abs() * Decimal::FromInt(100), w.value.Abs(), c->figure.precision)
          .ToDisplay() +
      "%";
  if (outcome != ArithmeticOutcome::kHolds) {
    c->reason = "the cells give " + formula +
                ", but a share of a whole is not always what the "
                "row shows";
    return;
  }
  Derived(pc.period, part, formula, c);
}

}  // namespace

void SettleArithmetic(const ColumnPeriods& columns, const RowLinker& linker,
                      NarrativeAnalysis* out) {
  for (NarrativeFigure& f : out->figures) {
    std::string why;
    if (f.Verdict(&why) != FigureVerdict::kUnverifiable) continue;  // decided
    if (!f.arithmetic) {
      if (f.anchor >= 0) SettleAnchored(columns, out->figures, &f);
      if (f.share_of >= 0) SettleShare(columns, linker, out->figures, &f);
      continue;
    }
    const ArithmeticClaim& claim = *f.arithmetic;
    if (claim.outcome == ArithmeticOutcome::kHolds ||
        (claim.outcome == ArithmeticOutcome::kDiffers && claim.doubt.empty())) {
      f.reason.clear();
      f.checks.clear();
      continue;
    }
    f.reason =
        "the sentence's own figures give " + claim.formula + ", but " +
        (claim.outcome == ArithmeticOutcome::kTruncates ? "the stated figure only truncates it"
                                                        : claim.doubt);
  }
}

}  // namespace tieout
