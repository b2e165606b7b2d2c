// The eps rule's checks of per-share parts (eps_rule.h): per-share rows that add to an EPS row,
// and two per-share rows whose difference is the difference of their incomes over the shares.
#include <algorithm>
#include <optional>

#include "checker/rules/eps_reading.h"
#include "checker/rules/eps_rule.h"

namespace tieout {

using eps::FigureOf;
using eps::InContext;
using eps::OppositeSigns;
using eps::PerShareFigure;
using eps::Quotient;
using eps::Reading;
using eps::SharesAt;
using eps::SharesHalfAt;
using eps::ShownAt;
using eps::UnitText;

namespace {

// Two per-share rows over one share count whose incomes differ (net income and income before a
// cumulative effect, or from continuing operations): in a column their difference is the
// difference of their incomes over the shares, whatever a diluted numerator adds to both
// (interest on convertible notes), and they are equal where the incomes are. The figures of
// one column, each anywhere in its interval.
struct IncomeDifference {
  Decimal shown;     // the row's figure less the other row's
  Decimal expected;  // the row's income less the other row's, over the shares
  bool ties = false;
};

// The column's income of a row: its income row, or (a part of net income) that row plus
// another row of the same part, whichever makes the difference tie; nullopt where missing.
std::optional<IncomeDifference> DifferenceAt(const Row& a_eps, const std::vector<const Row*>& a_in,
                                             const Row& b_eps, const std::vector<const Row*>& b_in,
                                             const Amount& shares, int unit, bool diluted,
                                             size_t c) {
  const Amount* ea = FigureOf(&a_eps, c);
  const Amount* eb = FigureOf(&b_eps, c);
  if (!ea || !eb || !(shares.value > Decimal()) || !PerShareFigure(*ea) || !PerShareFigure(*eb) ||
      (ea->value.is_zero() && eb->value.is_zero())) {
    return std::nullopt;
  }
  Amount sa = ShownAt(a_eps, *ea), sb = ShownAt(b_eps, *eb);
  // The income of each row, then the same with each addend of its part.
  auto incomes = [c](const std::vector<const Row*>& in) {
    std::vector<Amount> out;
    const Amount* n = FigureOf(in[0], c);
    if (!n) return out;
    out.push_back(*n);
    for (size_t k = 1; k < in.size(); ++k) {
      const Amount* a = FigureOf(in[k], c);
      if (a && !a->value.is_zero()) {
        out.push_back(Amount{n->value + a->value, std::max(n->precision, a->precision), false});
      }
    }
    return out;
  };
  std::vector<Amount> na = incomes(a_in), nb = incomes(b_in);
  if (na.empty() || nb.empty()) return std::nullopt;
  // Incomes and per-share figures signed alike; a diluted figure of a loss may divide by the
  // basic count (anti-dilution), so a diluted pair is read only over positive incomes.
  for (const auto& [n, e] : {std::pair{&na[0], &sa}, std::pair{&nb[0], &sb}}) {
    if (OppositeSigns(*n, *e) || (e->value.is_negative() && n->value > Decimal()) ||
        (diluted && !(n->value > Decimal()))) {
      return std::nullopt;
    }
  }
  Decimal y = SharesAt(shares, unit), yh = SharesHalfAt(shares, unit);
  Decimal shown = sb.value - sa.value, sh = sa.HalfUnit() + sb.HalfUnit();
  // Some per-share difference z in [shown - sh, shown + sh] and shares y in [y - yh, y + yh]
  // with z * y within the income difference and its half units.
  Decimal z_lo = shown - sh, z_hi = shown + sh, y_lo = y - yh, y_hi = y + yh;
  Decimal p_lo = std::min(z_lo * y_lo, z_lo * y_hi), p_hi = std::max(z_hi * y_lo, z_hi * y_hi);
  IncomeDifference out;
  out.shown = shown;
  for (const Amount& a : na) {
    for (const Amount& b : nb) {
      Decimal d = b.value - a.value, dh = a.HalfUnit() + b.HalfUnit();
      if (!(p_hi < d - dh) && !(d + dh < p_lo)) out.ties = true;
    }
  }
  Decimal d = nb[0].value - na[0].value;
  out.expected = Quotient(Amount{d, std::max(na[0].precision, nb[0].precision), false}, y,
                          std::min(sa.precision, sb.precision));
  if (d.is_negative()) out.expected = -out.expected;
  return out;
}

}  // namespace

// With the same rule of evidence as a reading; a failing column is reported where not both rows
// tie on their own and neither failure is reported already.
void EpsRule::CheckIncomeDifference(const Table& table, const std::vector<bool>& counted,
                                    const IncomeRead& a, const IncomeRead& b, const Row& shares,
                                    int unit, Results* results) const {
  bool diluted = a.diluted || b.diluted;
  struct Best {
    const Row* a_income = nullptr;
    const Row* b_income = nullptr;
    std::vector<std::optional<IncomeDifference>> columns;
    Reading evidence;
  };
  std::optional<Best> best;
  // Every pair of candidate income rows (a handful each); the pair that ties most is the one.
  for (size_t i = 0; i < a.incomes.size(); ++i) {
    for (size_t j = 0; j < b.incomes.size(); ++j) {
      std::vector<const Row*> a_in = {a.incomes[i]}, b_in = {b.incomes[j]};
      if (a.part) {
        for (const Row* r : a.incomes) {
          if (r != a.incomes[i]) a_in.push_back(r);
        }
      }
      if (b.part) {
        for (const Row* r : b.incomes) {
          if (r != b.incomes[j]) b_in.push_back(r);
        }
      }
      Best candidate{a.incomes[i], b.incomes[j], {}, {}};
      candidate.columns.resize(table.columns.size());
      for (size_t c = 0; c < table.columns.size(); ++c) {
        const Amount* s = FigureOf(&shares, c);
        if (!counted[c] || !s) continue;
        candidate.columns[c] = DifferenceAt(*a.eps, a_in, *b.eps, b_in, *s, unit, diluted, c);
        if (!candidate.columns[c]) continue;
        (candidate.columns[c]->ties ? candidate.evidence.ties : candidate.evidence.fails) += 1;
      }
      if (!best || candidate.evidence.ties > best->evidence.ties ||
          (candidate.evidence.ties == best->evidence.ties &&
           candidate.evidence.fails < best->evidence.fails)) {
        best = std::move(candidate);
      }
    }
  }
  // Two ties at least, and all columns but one (as for a reading).
  if (!best || best->evidence.fails == 0 || best->evidence.ties < 2 ||
      best->evidence.fails > std::max(1, best->evidence.ties - 1)) {
    return;
  }
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (!best->columns[c] || best->columns[c]->ties || a.reported[c] || b.reported[c] ||
        (a.tied[c] && b.tied[c])) {
      continue;
    }
    // On the row that does not tie on its own (the net income row where neither does).
    bool on_a = !a.tied[c] && b.tied[c];
    const IncomeRead& row = on_a ? a : b;
    const IncomeRead& other = on_a ? b : a;
    const Row* row_income = on_a ? best->a_income : best->b_income;
    const Row* other_income = on_a ? best->b_income : best->a_income;
    const IncomeDifference& d = *best->columns[c];
    Decimal shown = on_a ? -d.shown : d.shown, expected = on_a ? -d.expected : d.expected;
    const Amount& figure = *FigureOf(row.eps, c);
    const Amount& other_figure = *FigureOf(other.eps, c);
    const Amount& s = *FigureOf(&shares, c);
    std::string column = ColumnName(table, c);
    std::string parts = InContext(*other.eps) + " " + other_figure.value.ToDisplay();
    std::string income = row_income->label + " " + FigureOf(row_income, c)->value.ToDisplay() +
                         " less " + other_income->label + " " +
                         FigureOf(other_income, c)->value.ToDisplay();
    Results::Failure f;
    f.expected = expected.ToDisplay();
    f.actual = shown.ToDisplay();
    f.difference = (shown - expected).ToDisplay();
    f.values = {{"row", InContext(*row.eps)},
                {"column", column},
                {"expected", f.expected},
                {"actual", figure.value.ToDisplay()},
                {"difference", f.actual},
                {"parts", parts},
                {"income", income},
                {"shares", s.value.ToDisplay() + UnitText(unit)},
                {"evidence", best->evidence.Evidence()}};
    f.related.emplace_back(other.eps->cells[c].span, parts);
    f.related.emplace_back(row_income->cells[c].span,
                           row_income->label + " " + FigureOf(row_income, c)->value.ToDisplay());
    f.related.emplace_back(
        other_income->cells[c].span,
        other_income->label + " " + FigureOf(other_income, c)->value.ToDisplay());
    results->Fail(income_difference_, row.eps->cells[c].span,
                  InContext(*row.eps) + " (" + column + "): " + f.actual + " from " + parts +
                      ", incomes over shares give " + f.expected + "; agrees in " +
                      best->evidence.Evidence(),
                  f);
  }
}

void EpsRule::CheckParts(const Table& table, const Row& eps,
                         const std::vector<const Row*>& eps_rows, Results* results) const {
  // The per-share rows right above, back to a heading, another kind of row or another EPS row
  // (the basic figure above the diluted parts).
  std::vector<const Row*> parts;
  for (size_t i = static_cast<size_t>(&eps - table.rows.data()); i-- > 0;) {
    const Row& row = table.rows[i];
    if (row.is_heading || row.kind != ValueKind::kPerShare || !row.has_values() ||
        std::find(eps_rows.begin(), eps_rows.end(), &row) != eps_rows.end()) {
      break;
    }
    parts.insert(parts.begin(), &row);
  }
  if (parts.size() < 2) return;
  struct Sum {
    Decimal value, half;
    bool ties = false;
  };
  std::vector<std::optional<Sum>> sums(table.columns.size());
  Reading evidence;  // the same rule of evidence as for net income over shares
  for (size_t c = 0; c < sums.size(); ++c) {
    const Amount* total = FigureOf(&eps, c);
    if (!total || !PerShareFigure(*total)) continue;
    Sum sum;
    int nonzero = 0;
    bool all = true;
    for (const Row* p : parts) {
      const Amount* a = FigureOf(p, c);
      if (!a) {
        all = false;
        break;
      }
      sum.value = sum.value + a->value;
      sum.half = sum.half + a->HalfUnit();
      nonzero += a->value.is_zero() ? 0 : 1;
    }
    if (!all) continue;
    sum.ties = WithinTolerance(sum.value, sum.half, total->value, total->HalfUnit());
    (sum.ties ? evidence.ties : evidence.fails) += 1;
    evidence.informative |= sum.ties && nonzero >= 2;
    sums[c] = sum;
  }
  if (evidence.fails == 0 || !evidence.Established()) return;
  std::string names;
  for (const Row* p : parts) names += (names.empty() ? "" : " + ") + p->label;
  for (size_t c = 0; c < sums.size(); ++c) {
    if (!sums[c] || sums[c]->ties) continue;
    const Amount& total = *FigureOf(&eps, c);
    std::string column = ColumnName(table, c);
    Results::Failure f;
    f.expected = sums[c]->value.ToDisplay();
    f.actual = total.value.ToDisplay();
    f.difference = (total.value - sums[c]->value).ToDisplay();
    f.values = {{"row", eps.label},
                {"column", column},
                {"expected", f.expected},
                {"actual", f.actual},
                {"difference", f.difference},
                {"parts", names},
                {"evidence", evidence.Evidence()}};
    for (const Row* p : parts) {
      f.related.emplace_back(p->cells[c].span, p->label + " " + FigureOf(p, c)->value.ToDisplay());
    }
    results->Fail(parts_, eps.cells[c].span,
                  eps.label + " (" + column + "): per-share parts add to " + f.expected +
                      ", shown " + f.actual + "; ties in " + evidence.Evidence(),
                  f);
  }
}

}  // namespace tieout
