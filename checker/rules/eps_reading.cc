#include "checker/rules/eps_reading.h"

#include <algorithm>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace eps {
namespace {

// Percent by which the diluted count must exceed the basic count before a diluted figure that
// does not tie is read as an if-converted numerator (convertible securities dilute that much;
// options and restricted stock rarely do).
constexpr int kConvertibleDilution = 10;

}  // namespace

Says WhatItSays(const std::string& text, const Vocabulary& vocabulary) {
  std::string l = NormalizeLabel(text);
  return {vocabulary.Matches(vocabulary.basic_rows, l),
          vocabulary.Matches(vocabulary.diluted_rows, l)};
}

Says WhatItSays(const Row& row, const Vocabulary& vocabulary) {
  Says own = WhatItSays(row.label, vocabulary);
  if (own.basic || own.diluted) return own;
  return WhatItSays(row.section + " " + row.label, vocabulary);
}

std::vector<std::pair<const Row*, Says>> ShareRowsInContext(
    const std::vector<const Row*>& rows, const std::vector<const Row*>& diluted_totals,
    const Vocabulary& vocabulary) {
  std::vector<Says> own;
  bool any_basic = false, any_diluted = false;
  for (const Row* row : rows) {
    bool total =
        std::find(diluted_totals.begin(), diluted_totals.end(), row) != diluted_totals.end();
    own.push_back(total ? Says{false, true} : WhatItSays(row->label, vocabulary));
    any_basic |= own.back().only_basic();
    any_diluted |= own.back().only_diluted();
  }
  std::vector<std::pair<const Row*, Says>> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    Says says = own[i];
    if (!says.basic && !says.diluted) {
      if (any_diluted && !any_basic) {
        says.basic = true;
      } else if (any_basic && !any_diluted) {
        says.diluted = true;
      } else {
        says = WhatItSays(*rows[i], vocabulary);
      }
    }
    out.emplace_back(rows[i], says);
  }
  // Read in context, the same again: a count that says nothing beside counts that say diluted
  // is the basic one ("Earnings per common share:" / "... assuming dilution:" headings).
  bool basic = false, diluted = false;
  for (const auto& [row, says] : out) {
    basic |= says.only_basic();
    diluted |= says.only_diluted();
  }
  for (auto& [row, says] : out) {
    if (says.basic || says.diluted || basic == diluted) continue;
    (basic ? says.diluted : says.basic) = true;
  }
  return out;
}

bool HasDecimals(const Row& row) {
  for (const Cell& cell : row.cells) {
    if (cell.amount && cell.amount->precision < 0) return true;
  }
  return false;
}

bool ShowsPerShare(const Row& row) { return row.kind == ValueKind::kPerShare && HasDecimals(row); }

int QualifierOf(const std::string& text, const Vocabulary& vocabulary) {
  std::string l = NormalizeLabel(text);
  for (size_t i = 0; i < vocabulary.income_qualifiers.size(); ++i) {
    if (vocabulary.income_qualifiers[i].Search(l)) return static_cast<int>(i);
  }
  return -1;
}

const Row* AdjustedBelow(const Table& table, const Row& ni, const Vocabulary& vocabulary) {
  size_t parts = 0;
  for (size_t i = static_cast<size_t>(&ni - table.rows.data()) + 1;
       i < table.rows.size() && parts < kMaxCandidates; ++i) {
    const Row& row = table.rows[i];
    if (row.is_heading || row.kind == ValueKind::kShares || row.kind == ValueKind::kPercent ||
        ShowsPerShare(row)) {
      return nullptr;
    }
    if (!row.has_values()) continue;
    bool ruled = std::any_of(row.rule_above.begin(), row.rule_above.end(),
                             [](RuleMark m) { return m == RuleMark::kSingle; });
    std::string label = NormalizeLabel(row.label);
    if (ruled && parts > 0 && (label.empty() || vocabulary.Matches(vocabulary.total_rows, label))) {
      return &row;
    }
    ++parts;
  }
  return nullptr;
}

bool PerShareFigure(const Amount& a) { return a.precision < 0 || a.exact; }

namespace {

// Whether |ni| / |shares| can fall within |eps| +/- its half unit, with each figure anywhere
// in its own interval.
bool Ties(const Amount& ni, const Decimal& shares, const Decimal& shares_half, const Amount& eps) {
  Decimal n = ni.value.Abs(), nh = ni.HalfUnit();
  Decimal e = eps.value.Abs(), eh = eps.HalfUnit();
  Decimal n_lo = n - nh, n_hi = n + nh;
  if (n_lo.is_negative()) n_lo = Decimal();
  Decimal s_lo = shares - shares_half, s_hi = shares + shares_half;
  if (!(s_lo > Decimal())) return false;
  Decimal e_lo = e - eh, e_hi = e + eh;
  // The quotient is smallest at n_lo / s_hi and largest at n_hi / s_lo.
  bool above_low = CompareQuotient(n_hi, s_lo, e_lo) >= 0;
  bool below_high = CompareQuotient(n_lo, s_hi, e_hi) <= 0;
  return above_low && below_high;
}

}  // namespace

Decimal SharesAt(const Amount& s, int unit) { return s.value.Abs().Shifted(unit); }

Decimal SharesHalfAt(const Amount& s, int unit) {
  return Amount{SharesAt(s, unit), s.precision + unit, s.exact}.HalfUnit();
}

Decimal Quotient(const Amount& n, const Decimal& shares, int p) {
  Decimal num = n.value.Abs(), den = shares.Shifted(p);
  int exp = std::min(num.exponent(), den.exponent());
  Int128 a = num.WithExponent(exp).units(), b = den.WithExponent(exp).units();
  if (b == 0) return Decimal();
  return Decimal((2 * a + b) / (2 * b), p);
}

std::string InContext(const Row& row) {
  return row.section.empty() ? row.label : row.section + " / " + row.label;
}

std::string UnitText(int unit) { return unit == 0 ? "" : " x 10^" + std::to_string(unit); }

const Amount* FigureOf(const Row* row, size_t c) {
  if (!row || c >= row->cells.size() || !row->cells[c].amount) return nullptr;
  return &*row->cells[c].amount;
}

Amount AsShown(const Row& row, const Amount& a, int scale) {
  if (row.kind != ValueKind::kMoney || scale == 0) return a;
  return Amount{a.value.Shifted(-scale), a.precision - scale, a.exact};
}

namespace {

// The rows right above a ruled `total` (back to a heading, at most a handful) that add to it in
// every column, figures compared as shown; empty where none do.
std::vector<const Row*> PartsAbove(const Table& table, const Row& total) {
  if (std::none_of(total.rule_above.begin(), total.rule_above.end(),
                   [](RuleMark m) { return m == RuleMark::kSingle || m == RuleMark::kDouble; })) {
    return {};
  }
  size_t at = static_cast<size_t>(&total - table.rows.data());
  std::vector<Decimal> sum(total.cells.size()), half(total.cells.size());
  for (size_t k = 1; k <= at && k <= kMaxCandidates + 2; ++k) {
    const Row& part = table.rows[at - k];
    if (part.is_heading || !part.has_values() || ShowsPerShare(part)) break;
    bool ties = k >= 2, any = false;
    for (size_t c = 0; c < total.cells.size(); ++c) {
      const Amount* t = FigureOf(&total, c);
      if (!t) continue;
      if (const Amount* a = FigureOf(&part, c)) {
        Amount shown = AsShown(part, *a, table.scale);
        sum[c] = sum[c] + shown.value;
        half[c] = half[c] + shown.HalfUnit();
      }
      any = true;
      Amount t_shown = AsShown(total, *t, table.scale);
      ties &= WithinTolerance(sum[c], half[c], t_shown.value, t_shown.HalfUnit());
    }
    if (ties && any) {
      std::vector<const Row*> parts;
      for (size_t p = at - k; p < at; ++p) parts.push_back(&table.rows[p]);
      return parts;
    }
  }
  return {};
}

}  // namespace

std::vector<const Row*> DilutedShareTotals(const Table& table,
                                           const std::vector<const Row*>& share_rows,
                                           const Vocabulary& vocabulary) {
  std::vector<const Row*> totals;
  for (const Row& total : table.rows) {
    std::string label = NormalizeLabel(total.label);
    if (total.is_heading || !total.has_values() || ShowsPerShare(total) ||
        std::find(share_rows.begin(), share_rows.end(), &total) != share_rows.end() ||
        !(label.empty() || vocabulary.Matches(vocabulary.total_rows, label))) {
      continue;
    }
    std::vector<const Row*> parts = PartsAbove(table, total);
    if (parts.empty() ||
        std::find(share_rows.begin(), share_rows.end(), parts[0]) == share_rows.end()) {
      continue;
    }
    bool larger = false, smaller = false;
    for (size_t c = 0; c < total.cells.size(); ++c) {
      const Amount* t = FigureOf(&total, c);
      const Amount* first = FigureOf(parts[0], c);
      if (!t || !first) continue;
      Decimal tv = AsShown(total, *t, table.scale).value;
      Decimal fv = AsShown(*parts[0], *first, table.scale).value;
      larger |= tv > fv;
      smaller |= tv < fv;
    }
    if (larger && !smaller) totals.push_back(&total);
  }
  return totals;
}

std::vector<const Row*> PartsOfShareTotals(const Table& table,
                                           const std::vector<std::pair<const Row*, Says>>& shares) {
  std::vector<const Row*> parts;
  for (const auto& [total, says] : shares) {
    if (says.only_diluted()) continue;
    for (const Row* part : PartsAbove(table, *total)) parts.push_back(part);
  }
  return parts;
}

bool SameAsBasic(const Reading& r, size_t c) {
  if (!r.diluted_shares || r.shares == r.basic_shares) return false;
  const Amount* s = FigureOf(r.shares, c);
  const Amount* b = FigureOf(r.basic_shares, c);
  return s && b && s->value == b->value;
}

bool OppositeSigns(const Amount& ni, const Amount& eps) {
  return ni.value.is_negative() && eps.value > Decimal();
}

Amount ShownAt(const Row& eps, const Amount& a) {
  if (!a.exact || !a.value.is_zero()) return a;
  Amount zero = a;
  for (const Cell& cell : eps.cells) {
    if (cell.amount && !cell.amount->exact) {
      zero.precision = std::min(zero.precision, cell.amount->precision);
      zero.exact = false;
    }
  }
  return zero;
}

const Row* AddendThatTies(const Reading& r, size_t c, const Amount& s, const Amount& e) {
  const Amount* n = FigureOf(r.ni, c);
  for (const Row* other : r.addends) {
    const Amount* a = FigureOf(other, c);
    if (!n || !a || a->value.is_zero()) continue;
    Amount sum{n->value + a->value, std::max(n->precision, a->precision), false};
    if (Ties(sum, SharesAt(s, r.unit), SharesHalfAt(s, r.unit), e)) return other;
  }
  return nullptr;
}

namespace {

bool AddendTies(const Reading& r, size_t c, const Amount& s, const Amount& e) {
  return AddendThatTies(r, c, s, e) != nullptr;
}

// A diluted row over a count whose label says diluted, where the table shows no basic count.
bool NoBasicCount(const Reading& r) {
  return r.diluted && r.shares_say_diluted && r.basic_shares == nullptr;
}

Outcome Evaluate(const Row& eps, const Reading& r, size_t c, bool* informative) {
  const Amount* shown = FigureOf(&eps, c);
  const Amount* n = FigureOf(r.ni, c);
  const Amount* s = FigureOf(r.shares, c);
  if (!shown || !n || !s || !(s->value > Decimal()) || !PerShareFigure(*shown)) {
    return Outcome::kNone;
  }
  // A zero per share (a dash, or less than the unit shown) is no evidence of a reading.
  if (shown->value.is_zero()) return Outcome::kNone;
  Amount zero_or_shown = ShownAt(eps, *shown);
  const Amount* e = &zero_or_shown;
  if (OppositeSigns(*n, *e)) return Outcome::kFail;
  if (Ties(*n, SharesAt(*s, r.unit), SharesHalfAt(*s, r.unit), *e)) {
    *informative |= e->value.Abs() >= Decimal(10, e->precision);
    return Outcome::kTie;
  }
  // Anti-dilution: a loss period divides by the basic count.
  const Amount* b = FigureOf(r.basic_shares, c);
  if (b && n->value.is_negative() && !b->value.is_zero() &&
      Ties(*n, SharesAt(*b, r.unit), SharesHalfAt(*b, r.unit), *e)) {
    *informative |= e->value.Abs() >= Decimal(10, e->precision);
    return Outcome::kAntiDilutive;
  }
  if (AddendTies(r, c, *s, *e)) return Outcome::kCombined;
  Decimal expected = Quotient(*n, SharesAt(*s, r.unit), e->precision);
  // No basic count shown: a diluted figure above net income over the diluted count may divide
  // an adjusted numerator (not where the numerator is shown adjusted already).
  if (!r.adjusted_numerator && NoBasicCount(r) && n->value > Decimal() &&
      e->value.Abs() > expected) {
    return Outcome::kAdjusted;
  }
  if ((expected - e->value.Abs()).Abs() == Decimal(1, e->precision)) return Outcome::kOneUnit;
  if (!r.adjusted_numerator && b && n->value > Decimal() &&
      s->value * Decimal(100, 0) > b->value * Decimal(100 + kConvertibleDilution, 0)) {
    Decimal low = Quotient(*n, SharesAt(*s, r.unit), e->precision);
    Decimal high = Quotient(*n, SharesAt(*b, r.unit), e->precision);
    if (e->value.Abs() >= low && e->value.Abs() <= high) return Outcome::kAdjusted;
  }
  return Outcome::kFail;
}

// Whether a diluted figure lies between net income over the diluted count and over the basic
// count (a numerator adjusted for convertible securities would put it there).
bool InDilutionRange(const Row& eps, const Reading& r, size_t c) {
  const Amount* e = FigureOf(&eps, c);
  const Amount* n = FigureOf(r.ni, c);
  const Amount* s = FigureOf(r.shares, c);
  const Amount* b = FigureOf(r.basic_shares, c);
  if (!e || !n || !s || !b || !(n->value > Decimal()) || !(b->value > Decimal())) return false;
  Decimal low = Quotient(*n, SharesAt(*s, r.unit), e->precision);
  Decimal high = Quotient(*n, SharesAt(*b, r.unit), e->precision);
  Decimal shown = e->value.Abs();
  return std::min(low, high) <= shown && shown <= std::max(low, high);
}

// `counted`: the columns that may hold EPS (not a change or percent column).
void Score(const Row& eps, const std::vector<bool>& counted, Reading* r) {
  r->outcomes.assign(counted.size(), Outcome::kNone);
  r->ties = r->fails = r->one_units = r->dilutive_ties = r->fails_in_range = 0;
  r->informative = r->dilutive_informative = false;
  for (size_t c = 0; c < counted.size(); ++c) {
    if (!counted[c]) continue;
    bool informative = false;
    r->outcomes[c] = Evaluate(eps, *r, c, &informative);
    r->informative |= informative;
    switch (r->outcomes[c]) {
      case Outcome::kFail:
        ++r->fails;
        if (r->diluted && !r->adjusted_numerator && InDilutionRange(eps, *r, c)) {
          ++r->fails_in_range;
        }
        break;
      case Outcome::kTie:
      case Outcome::kOneUnit:
        r->one_units += r->outcomes[c] == Outcome::kOneUnit ? 1 : 0;
        // A tie over a diluted count that differs from the basic one, or (no basic count
        // shown) over a net income.
        if ((r->diluted && r->shares_say_diluted && r->basic_shares &&
             r->shares != r->basic_shares && !SameAsBasic(*r, c)) ||
            (NoBasicCount(*r) && FigureOf(r->ni, c)->value > Decimal())) {
          ++r->dilutive_ties;
          r->dilutive_informative |= informative;
        }
        ++r->ties;
        break;
      case Outcome::kAntiDilutive:
        ++r->ties;
        break;
      case Outcome::kNone:
      case Outcome::kAdjusted:
      case Outcome::kCombined:
        break;
    }
  }
}

}  // namespace

bool ServesEps(Says eps, Says shares) {
  if (eps.only_basic() && shares.only_diluted()) return false;
  if (eps.only_diluted() && shares.only_basic()) return false;
  return true;
}

Reading BestReading(const Table& table, const std::vector<bool>& counted, const Row& eps, Says says,
                    const std::vector<const Row*>& nis,
                    const std::vector<const Row*>& adjusted_numerators,
                    const std::vector<std::pair<const Row*, Says>>& shares,
                    const Vocabulary& vocabulary, bool part) {
  // Share rows that say the same come first; those that say nothing next.
  std::vector<const Row*> ordered;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [row, s] : shares) {
      if (!ServesEps(says, s)) continue;
      bool same = (says.basic && s.basic) || (says.diluted && s.diluted);
      if ((pass == 0) == same && ordered.size() < kMaxCandidates) ordered.push_back(row);
    }
  }
  const Row* basic_shares = nullptr;
  if (says.only_diluted()) {
    for (const auto& [row, s] : shares) {
      if (s.only_basic()) {
        basic_shares = row;
        break;
      }
    }
  }
  std::vector<int> units = {0, 3, 6, 9, -3, -6};
  if (table.scale != 0) units.insert(units.begin(), table.scale);
  Reading best;
  bool have = false;
  std::vector<int> seen;
  for (int u : units) {
    if (std::find(seen.begin(), seen.end(), u) != seen.end()) continue;
    seen.push_back(u);
    for (const Row* ni : nis) {
      for (const Row* sh : ordered) {
        Reading r;
        r.ni = ni;
        r.shares = sh;
        r.basic_shares = basic_shares;
        r.part = part;
        if (part) {
          for (const Row* other : nis) {
            if (other != ni) r.addends.push_back(other);
          }
        }
        r.adjusted_numerator = std::find(adjusted_numerators.begin(), adjusted_numerators.end(),
                                         ni) != adjusted_numerators.end();
        r.diluted_shares = WhatItSays(sh->label, vocabulary).only_diluted();
        for (const auto& [row, said] : shares) {
          if (row == sh) r.shares_say_diluted = said.only_diluted();
        }
        r.unit = u;
        r.diluted = says.only_diluted();
        Score(eps, counted, &r);
        r.informative |=
            r.ties > 0 && nis.size() == 1 && ordered.size() == 1 && (u == 0 || u == table.scale);
        bool better =
            !have || r.ties > best.ties ||
            (r.ties == best.ties &&
             (r.fails < best.fails || (r.fails == best.fails && r.one_units < best.one_units)));
        if (better) {
          best = std::move(r);
          have = true;
        }
      }
    }
  }
  return best;
}

}  // namespace eps
}  // namespace tieout
