#include "checker/rules/eps_rule.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <regex>

#include "checker/rules/rule_options.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace {

// A handful of candidates per EPS row keeps the search bounded.
constexpr size_t kMaxCandidates = 4;

// Percent by which the diluted count must exceed the basic count before a diluted figure that
// does not tie is read as an if-converted numerator (convertible securities dilute that much;
// options and restricted stock rarely do).
constexpr int kConvertibleDilution = 10;

// What a row says of itself and its heading: basic, diluted, both or neither.
struct Says {
  bool basic = false;
  bool diluted = false;
  bool only_basic() const { return basic && !diluted; }
  bool only_diluted() const { return diluted && !basic; }
};

Says WhatItSays(const std::string& text, const Vocabulary& vocabulary) {
  std::string l = NormalizeLabel(text);
  return {vocabulary.Matches(vocabulary.basic_rows, l),
          vocabulary.Matches(vocabulary.diluted_rows, l)};
}

// What a row says with its heading ("Diluted:" / "Net income per share"); a label that says
// basic or diluted itself speaks for the row ("Basic earnings per share" under an "Effect of
// dilutive securities:" heading).
Says WhatItSays(const Row& row, const Vocabulary& vocabulary) {
  Says own = WhatItSays(row.label, vocabulary);
  if (own.basic || own.diluted) return own;
  return WhatItSays(row.section + " " + row.label, vocabulary);
}

// What each share row says: its own label first. A row whose label says nothing, beside a
// share row whose label says diluted, is the basic count (and the other way round), whatever
// heading the rows stand under ("Weighted average shares" and "..., assuming dilution" below a
// "Diluted:" block); otherwise its heading speaks for it.
// `diluted_totals`: rows that are the diluted count by their arithmetic, whatever they say.
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

// Whether a row shows some figure with decimals (EPS; share counts and money rarely have them).
bool HasDecimals(const Row& row) {
  for (const Cell& cell : row.cells) {
    if (cell.amount && cell.amount->precision < 0) return true;
  }
  return false;
}

// Whether a row shows per-share figures: of that kind, with decimals (a count or an amount under
// a "per share" heading is read as per-share without them).
bool ShowsPerShare(const Row& row) { return row.kind == ValueKind::kPerShare && HasDecimals(row); }

// The first of the vocabulary's income_qualifiers that `text` names, or -1.
int QualifierOf(const std::string& text, const Vocabulary& vocabulary) {
  std::string l = NormalizeLabel(text);
  for (size_t i = 0; i < vocabulary.income_qualifiers.size(); ++i) {
    if (vocabulary.income_qualifiers[i].Search(l)) return static_cast<int>(i);
  }
  return -1;
}

// A numerator adjusted for diluted EPS, written as a sum under net income ("Net income",
// "Convertible notes interest, net of taxes", then an unlabelled or total row under a rule
// line), or nullptr.
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

// A figure shown as a per-share amount: with decimals, or a dash for zero.
bool PerShareFigure(const Amount& a) { return a.precision < 0 || a.exact; }

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

// Shares as a count at `unit` (a power of ten over the figure shown), with its half unit.
Decimal SharesAt(const Amount& s, int unit) { return s.value.Abs().Shifted(unit); }
Decimal SharesHalfAt(const Amount& s, int unit) {
  return Amount{SharesAt(s, unit), s.precision + unit, s.exact}.HalfUnit();
}

// |n| / shares rounded to the EPS precision p, with the sign of the EPS shown.
Decimal Quotient(const Amount& n, const Decimal& shares, int p) {
  Decimal num = n.value.Abs(), den = shares.Shifted(p);
  int exp = std::min(num.exponent(), den.exponent());
  Int128 a = num.WithExponent(exp).units(), b = den.WithExponent(exp).units();
  if (b == 0) return Decimal();
  return Decimal((2 * a + b) / (2 * b), p);
}

// A row with the heading it stands under ("Net income per share: Diluted").
std::string InContext(const Row& row) {
  return row.section.empty() ? row.label : row.section + " / " + row.label;
}

std::string UnitText(int unit) { return unit == 0 ? "" : " x 10^" + std::to_string(unit); }

// The figures of one column for an EPS row under a reading; nullptr where one is missing.
struct ColumnFigures {
  const Amount* eps = nullptr;
  const Amount* ni = nullptr;
  const Amount* shares = nullptr;
};

const Amount* FigureOf(const Row* row, size_t c) {
  if (!row || c >= row->cells.size() || !row->cells[c].amount) return nullptr;
  return &*row->cells[c].amount;
}

// A figure as shown: a count read as money is scaled with the money, and is compared unscaled.
Amount AsShown(const Row& row, const Amount& a, int scale) {
  if (row.kind != ValueKind::kMoney || scale == 0) return a;
  return Amount{a.value.Shifted(-scale), a.precision - scale, a.exact};
}

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

// Unlabelled or "Total" rows under a rule line that add a share row and the rows below it
// ("Weighted average shares" + "Incremental shares from options" = "Total"), larger than that
// share row in some column and smaller in none: the diluted count.
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

// The share rows that are parts of a later share row which sums them in every column under a
// rule line and does not say diluted ("Weighted average shares outstanding" less "Nonvested
// shares" = "Denominator for earnings per share"): that total is the count, not its parts.
std::vector<const Row*> PartsOfShareTotals(const Table& table,
                                           const std::vector<std::pair<const Row*, Says>>& shares) {
  std::vector<const Row*> parts;
  for (const auto& [total, says] : shares) {
    if (says.only_diluted()) continue;
    for (const Row* part : PartsAbove(table, *total)) parts.push_back(part);
  }
  return parts;
}

// kOneUnit: off by one unit of the last digit shown (EPS computed from unrounded figures or by
// the two-class method): consistent with the reading, reported at the `one_unit` severity.
// kAdjusted: a diluted figure between net income over the diluted count and over the basic
// count, where the diluted count is much the larger: the diluted numerator may add back interest
// on convertible securities (if-converted), which the table does not show.
// kCombined: the per-share figure of a part of net income ties over its income row plus
// another row of the same part ("Income from discontinued operations" and "Gain on disposition
// of discontinued operations"): consistent, neither a tie nor a failure of the reading.
enum class Outcome { kNone, kTie, kAntiDilutive, kOneUnit, kAdjusted, kCombined, kFail };

// One way to read an EPS row: its net income row, share row and share unit, with the outcome
// in every column.
struct Reading {
  const Row* ni = nullptr;
  const Row* shares = nullptr;
  const Row* basic_shares = nullptr;  // for a diluted row: the basic count, for loss periods
  // A part of net income: its other income rows may add to the numerator, and one failing
  // column at most is evidence.
  bool part = false;
  std::vector<const Row*> addends;
  bool adjusted_numerator = false;  // net income adjusted for diluted EPS, shown as a sum
  bool diluted_shares = false;      // the share row's own label says diluted (not basic)
  bool shares_say_diluted = false;  // ... its label or heading does
  int unit = 0;
  std::vector<Outcome> outcomes;
  int ties = 0;
  int fails = 0;
  int one_units = 0;  // ties one unit off
  // A tie of an EPS figure with two significant digits or more, or of the only reading the
  // labels allow (one net income row, one share row, shares at the money's unit or in units).
  bool informative = false;

  // A diluted row: its numerator may be adjusted (if-converted), so only the columns where the
  // diluted count differs from the basic count are evidence of it ("dilutive" ties): a diluted
  // row needs one, and with one tie in all only against a figure no adjustment explains.
  bool diluted = false;
  int dilutive_ties = 0;
  bool dilutive_informative = false;
  int fails_in_range = 0;  // diluted figures between net income over diluted and basic shares

  // Every column ties, or all but one with evidence: with one tie only, an informative one.
  bool Established() const {
    // A figure one unit off is consistent with a reading, not evidence of it.
    if (ties - one_units == 0) return false;
    if (fails == 0) return true;
    if (fails > std::max(1, ties - 1) || (part && fails > 1)) return false;
    if (!diluted) return ties >= 2 || informative;
    if (dilutive_ties == 0) return false;
    return ties >= 2 || (dilutive_informative && fails_in_range == 0);
  }
  std::string Evidence() const {
    return std::to_string(ties) + " of " + std::to_string(ties + fails) + " columns";
  }
};

// Whether the column shows a diluted count equal to the basic count: no share is assumed issued,
// so the diluted figure is the basic one, and its tie says nothing of a diluted numerator.
bool SameAsBasic(const Reading& r, size_t c) {
  if (!r.diluted_shares || r.shares == r.basic_shares) return false;
  const Amount* s = FigureOf(r.shares, c);
  const Amount* b = FigureOf(r.basic_shares, c);
  return s && b && s->value == b->value;
}

// A net loss shown negative with a positive per-share figure: the signs disagree.
bool OppositeSigns(const Amount& ni, const Amount& eps) {
  return ni.value.is_negative() && eps.value > Decimal();
}

// A dash in a per-share row stands for zero at the precision of the row's other figures.
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

// The other income row of the same part whose figure, added to the reading's, ties; or nullptr.
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

// Whether a share row may serve an EPS row: it does not say the other of basic and diluted.
bool ServesEps(Says eps, Says shares) {
  if (eps.only_basic() && shares.only_diluted()) return false;
  if (eps.only_diluted() && shares.only_basic()) return false;
  return true;
}

// The best reading of an EPS row: the most ties, then the fewest failures, then the fewest
// figures one unit off, then the first.
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

// Where a column shows the diluted count equal to the basic count, the diluted figure is the
// basic one: a check at `spec` (evidence: the basic figure ties in that column).
void CheckEqualShares(const RuleSpec& spec, const Table& table, const Row* basic, const Reading& b,
                      const Row* diluted, const Reading& d, bool diluted_established,
                      Results* results) {
  if (b.shares != d.basic_shares || b.unit != d.unit) return;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const Amount* bf = FigureOf(basic, c);
    const Amount* df = FigureOf(diluted, c);
    const Amount* shares = FigureOf(d.shares, c);
    // Only where the basic figure ties and the diluted one is not already reported.
    if (!bf || !df || !SameAsBasic(d, c) || b.outcomes[c] != Outcome::kTie ||
        (diluted_established && d.outcomes[c] == Outcome::kFail)) {
      continue;
    }
    std::string column = ColumnName(table, c);
    std::string detail = diluted->label + " (" + column + "): diluted " + df->value.ToDisplay() +
                         ", basic " + bf->value.ToDisplay() + " over the same " +
                         shares->value.ToDisplay() + " shares";
    if (df->value == bf->value) {
      results->Pass(spec, diluted->cells[c].span, detail);
      continue;
    }
    Results::Failure f;
    f.expected = bf->value.ToDisplay();
    f.actual = df->value.ToDisplay();
    f.difference = (df->value - bf->value).ToDisplay();
    f.values = {
        {"row", diluted->label},      {"column", column},
        {"expected", f.expected},     {"actual", f.actual},
        {"difference", f.difference}, {"shares", shares->value.ToDisplay() + UnitText(d.unit)},
        {"basic", f.expected},        {"diluted", f.actual}};
    f.related.emplace_back(basic->cells[c].span, basic->label + " " + f.expected);
    f.related.emplace_back(d.shares->cells[c].span,
                           d.shares->label + " " + shares->value.ToDisplay());
    results->Fail(spec, diluted->cells[c].span, detail, f);
  }
}

// The diluted count is the basic count plus the dilutive securities: it is not below the basic
// count in any column (anti-dilutive securities are left out, a loss period divides by the basic
// count). Checked where the two counts of established readings are other rows at one unit, and
// the diluted count is not below the basic one in all columns but one (and in one at least).
void CheckDilutedCount(const RuleSpec& spec, const Table& table, const Reading& b, const Reading& d,
                       Results* results) {
  if (!b.shares || !d.shares || b.shares == d.shares || b.unit != d.unit) return;
  std::vector<size_t> columns, below;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const Amount* bs = FigureOf(b.shares, c);
    const Amount* ds = FigureOf(d.shares, c);
    if (!bs || !ds || !(bs->value > Decimal()) || !(ds->value > Decimal())) continue;
    columns.push_back(c);
    if (AsShown(*d.shares, *ds, table.scale).value < AsShown(*b.shares, *bs, table.scale).value) {
      below.push_back(c);
    }
  }
  size_t agree = columns.size() - below.size();
  std::string evidence =
      std::to_string(agree) + " of " + std::to_string(columns.size()) + " columns";
  for (size_t c : columns) {
    Amount bs = AsShown(*b.shares, *FigureOf(b.shares, c), table.scale);
    Amount ds = AsShown(*d.shares, *FigureOf(d.shares, c), table.scale);
    std::string column = ColumnName(table, c);
    std::string detail = d.shares->label + " (" + column + "): diluted count " +
                         ds.value.ToDisplay() + ", basic " + bs.value.ToDisplay();
    if (std::find(below.begin(), below.end(), c) == below.end()) {
      results->Pass(spec, d.shares->cells[c].span, detail + ", not below");
      continue;
    }
    if (agree == 0 || below.size() > std::max<size_t>(1, agree - 1)) {
      results->Skip(spec, d.shares->cells[c].span,
                    detail + ": below it in " + std::to_string(below.size()) + " of " +
                        std::to_string(columns.size()) + " columns, not established");
      continue;
    }
    Results::Failure f;
    f.expected = ">= " + bs.value.ToDisplay();
    f.actual = ds.value.ToDisplay();
    f.difference = (ds.value - bs.value).ToDisplay();
    f.values = {{"row", d.shares->label},          {"column", column},
                {"expected", f.expected},          {"actual", f.actual},
                {"difference", f.difference},      {"basic", bs.value.ToDisplay()},
                {"diluted", ds.value.ToDisplay()}, {"evidence", evidence}};
    f.related.emplace_back(b.shares->cells[c].span, b.shares->label + " " + bs.value.ToDisplay());
    results->Fail(spec, d.shares->cells[c].span, detail + ", below it; not below in " + evidence,
                  f);
  }
}

// A basic row and its diluted row: over the same count they are equal; for a net income the
// diluted figure is not above the basic one.
void CheckBasicAndDiluted(const RuleSpec& equal_shares, const RuleSpec& dilution,
                          const RuleSpec& diluted_count, const Table& table, const Row* basic_row,
                          const Reading& b, const Row* diluted_row, const Reading& d,
                          bool diluted_established, Results* results) {
  CheckEqualShares(equal_shares, table, basic_row, b, diluted_row, d, diluted_established, results);
  if (diluted_established) CheckDilutedCount(diluted_count, table, b, d, results);
  // For a net income, diluted EPS is not above basic: also where the diluted reading is not
  // established (an adjusted numerator the table does not show lowers the figure, never raises
  // it above basic).
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const Amount* bf = FigureOf(basic_row, c);
    const Amount* df = FigureOf(diluted_row, c);
    const Amount* n = FigureOf(b.ni, c);
    if (!bf || !df || !n || !(n->value > Decimal()) || b.outcomes[c] == Outcome::kNone ||
        d.outcomes[c] == Outcome::kNone) {
      continue;
    }
    std::string column = ColumnName(table, c);
    std::string detail = diluted_row->label + " (" + column + "): diluted " +
                         df->value.ToDisplay() + ", basic " + bf->value.ToDisplay();
    // A basic figure reported wrong is no measure of the diluted one beside it.
    if (b.Established() && b.outcomes[c] == Outcome::kFail) {
      results->Skip(dilution, diluted_row->cells[c].span,
                    detail + ": the basic figure does not tie, not compared");
      continue;
    }
    if (!(df->value > bf->value)) {
      results->Pass(dilution, diluted_row->cells[c].span, detail + ", not above");
      continue;
    }
    Results::Failure f;
    f.expected = "<= " + bf->value.ToDisplay();
    f.actual = df->value.ToDisplay();
    f.difference = (df->value - bf->value).ToDisplay();
    f.values = {{"row", diluted_row->label},      {"column", column},
                {"expected", f.expected},         {"actual", f.actual},
                {"difference", f.difference},     {"net_income", n->value.ToDisplay()},
                {"basic", bf->value.ToDisplay()}, {"diluted", df->value.ToDisplay()}};
    f.related.emplace_back(basic_row->cells[c].span,
                           basic_row->label + " " + bf->value.ToDisplay());
    results->Fail(dilution, diluted_row->cells[c].span, detail + ", above it", f);
  }
}

// A basic per-share row and the diluted row right below it under the same heading, labelled
// only as such ("Primary" / "Fully diluted", "Basic" / "Diluted"): where the basic figure is
// positive, the diluted one is not above it (dilutive securities lower a positive figure;
// anti-dilutive ones are left out), by more than one unit of its last digit (rounding). Checked
// in tables without net income or shares (elsewhere the readings compare the rows). A loss is left
// alone (a diluted net loss may divide by the diluted count where continuing operations earn).
// Established where that holds in all the positive columns but one (and in one at least).
void CheckDilutedPairs(const RuleSpec& spec, const Table& table, const Vocabulary& vocabulary,
                       Results* results) {
  const Row* above = nullptr;
  for (const Row& row : table.rows) {
    if (!row.has_values()) continue;
    const Row* basic = above;
    above = &row;
    // Labels that only qualify their heading ("Primary", "Fully diluted"): the same quantity.
    auto qualifies = [&](const Row& r) {
      return vocabulary.Matches(vocabulary.qualifier_rows, NormalizeLabel(r.label));
    };
    if (!basic || !ShowsPerShare(*basic) || !ShowsPerShare(row) || basic->section != row.section ||
        !qualifies(*basic) || !qualifies(row) ||
        !WhatItSays(basic->label, vocabulary).only_basic() ||
        !WhatItSays(row.label, vocabulary).only_diluted()) {
      continue;
    }
    std::vector<size_t> columns, above_basic;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const Amount* b = FigureOf(basic, c);
      const Amount* d = FigureOf(&row, c);
      if (!b || !d || !(b->value > Decimal()) || b->exact || d->exact) continue;
      columns.push_back(c);
      // One unit above is rounding (quarterly figures, fully diluted figures of old releases).
      if (d->value - b->value > d->HalfUnit() + d->HalfUnit()) above_basic.push_back(c);
    }
    size_t agree = columns.size() - above_basic.size();
    if (agree == 0 || above_basic.size() > std::max<size_t>(1, agree - 1)) continue;
    for (size_t c : columns) {
      const Amount& b = *FigureOf(basic, c);
      const Amount& d = *FigureOf(&row, c);
      std::string column = ColumnName(table, c);
      if (std::find(above_basic.begin(), above_basic.end(), c) == above_basic.end()) {
        results->Pass(spec, row.cells[c].span,
                      row.label + " (" + column + "): diluted " + d.value.ToDisplay() + ", basic " +
                          b.value.ToDisplay() + ", not above");
        continue;
      }
      Results::Failure f;
      f.expected = "<= " + b.value.ToDisplay();
      f.actual = d.value.ToDisplay();
      f.difference = (d.value - b.value).ToDisplay();
      f.values = {{"row", row.label},
                  {"column", column},
                  {"expected", f.expected},
                  {"actual", f.actual},
                  {"difference", f.difference},
                  {"basic", b.value.ToDisplay()},
                  {"diluted", d.value.ToDisplay()}};
      f.related.emplace_back(basic->cells[c].span, basic->label + " " + b.value.ToDisplay());
      results->Fail(spec, row.cells[c].span,
                    row.label + " (" + column + "): diluted " + d.value.ToDisplay() + ", basic " +
                        b.value.ToDisplay() + ", above it; not above in " + std::to_string(agree) +
                        " of " + std::to_string(columns.size()) + " columns",
                    f);
    }
  }
}

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

EpsRule::EpsRule(RuleSpec spec, std::vector<std::string> net_income, std::string shares,
                 std::string eps, std::string dilution_message, std::optional<Severity> one_unit,
                 std::string one_unit_message, std::string parts_message,
                 std::string equal_shares_message, std::string part_income_message,
                 std::string part_one_unit_message, std::string income_difference_message,
                 std::string diluted_count_message)
    : Rule(std::move(spec)),
      net_income_(std::move(net_income)),
      shares_(std::move(shares)),
      eps_(std::move(eps)),
      dilution_(this->spec()),
      parts_(this->spec()),
      equal_shares_(this->spec()),
      part_income_(this->spec()),
      income_difference_(this->spec()),
      diluted_count_(this->spec()) {
  diluted_count_.message = std::move(diluted_count_message);
  part_income_.message = std::move(part_income_message);
  income_difference_.message = std::move(income_difference_message);
  dilution_.message = std::move(dilution_message);
  parts_.message = std::move(parts_message);
  equal_shares_.message = std::move(equal_shares_message);
  if (one_unit) {
    RuleSpec r = this->spec();
    r.severity = *one_unit;
    r.message = std::move(one_unit_message);
    one_unit_ = r;
    r.message = std::move(part_one_unit_message);
    part_one_unit_ = std::move(r);
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

bool EpsRule::HasNetIncome(const Table& table, const RuleContext& context) const {
  for (const std::string& concept_name : net_income_) {
    for (const Row* row : context.concepts.FindRows(table, concept_name)) {
      if (row->kind == ValueKind::kMoney) return true;
    }
  }
  return false;
}

bool EpsRule::ContinuesEpsComputation(const Document& doc, const Table& above, const Table& table,
                                      const RuleContext& context) const {
  if (table.columns.empty() || table.columns.size() != above.columns.size() ||
      table.span.begin < above.span.end) {
    return false;
  }
  // The continuation repeats no headers of its own, or the same ones.
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (!table.columns[c].header.empty() && table.columns[c].header != above.columns[c].header) {
      return false;
    }
  }
  // Per-share rows below, net income and no per-share row above.
  auto per_share = [&](const Table& t) {
    for (const Row* row : context.concepts.FindRows(t, eps_)) {
      if (ShowsPerShare(*row)) return true;
    }
    return false;
  };
  if (!per_share(table) || HasNetIncome(table, context) || per_share(above) ||
      !HasNetIncome(above, context)) {
    return false;
  }
  // Nothing between them but page furniture (a page number).
  for (const Paragraph& p : doc.paragraphs) {
    if (p.span.begin < above.span.end || p.span.end > table.span.begin) continue;
    const std::string text = p.Text();
    if (std::any_of(text.begin(), text.end(),
                    [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; })) {
      return false;
    }
  }
  return true;
}

void EpsRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  int evaluated = 0;
  bool any_eps = false;
  // An EPS computation split over two tables at a page break is read as one table.
  std::deque<Table> joined;
  std::vector<const Table*> tables;
  for (const Table& table : doc.tables) {
    if (!tables.empty() && ContinuesEpsComputation(doc, *tables.back(), table, context)) {
      joined.push_back(*tables.back());
      joined.back().rows.insert(joined.back().rows.end(), table.rows.begin(), table.rows.end());
      joined.back().span.end = table.span.end;
      tables.back() = &joined.back();
      continue;
    }
    tables.push_back(&table);
  }
  for (const Table* table_view : tables) {
    const Table& table = *table_view;
    std::vector<const Row*> eps_rows;
    for (const Row* row : context.concepts.FindRows(table, eps_)) {
      if (ShowsPerShare(*row)) eps_rows.push_back(row);
    }
    auto is_eps = [&](const Row* r) {
      return std::find(eps_rows.begin(), eps_rows.end(), r) != eps_rows.end();
    };
    // Per-share rows of a part of net income ("Income from continuing operations", "before
    // cumulative effect of accounting change"): each is read over the income rows that name
    // the same qualifier, never over net income.
    std::vector<std::pair<const Row*, std::vector<const Row*>>> part_rows;
    // The qualifier each row's label names, read once per table (-2: not read yet).
    std::vector<int> label_qualifiers(table.rows.size(), -2);
    auto label_qualifier = [&](const Row& r) {
      int& q = label_qualifiers[static_cast<size_t>(&r - table.rows.data())];
      if (q == -2) q = QualifierOf(r.label, vocabulary);
      return q;
    };
    for (const Row& row : table.rows) {
      if (!row.has_values() || row.kind != ValueKind::kPerShare || is_eps(&row) ||
          !HasDecimals(row)) {
        continue;
      }
      int q = QualifierOf(row.section + " " + row.label, vocabulary);
      if (q < 0) continue;
      std::vector<const Row*> incomes;
      for (const Row& income : table.rows) {
        if (income.has_values() && income.kind == ValueKind::kMoney &&
            incomes.size() < kMaxCandidates && label_qualifier(income) == q) {
          incomes.push_back(&income);
        }
      }
      if (!incomes.empty()) part_rows.emplace_back(&row, std::move(incomes));
    }
    // Without net income or shares no reading compares the rows: a pair compares itself.
    if (!HasNetIncome(table, context) || !context.concepts.FindRow(table, shares_)) {
      CheckDilutedPairs(dilution_, table, vocabulary, results);
    }
    if (eps_rows.empty() && part_rows.empty()) continue;
    any_eps = true;
    for (const Row* eps : eps_rows) CheckParts(table, *eps, eps_rows, results);
    // Net income rows in the order of the concepts (to common shareholders first), each with
    // what it says of basic and diluted ("as adjusted for diluted earnings per share").
    std::vector<const Row*> nis;
    for (const std::string& concept_name : net_income_) {
      for (const Row* row : context.concepts.FindRows(table, concept_name)) {
        if (is_eps(row) || row->kind == ValueKind::kShares || nis.size() >= kMaxCandidates ||
            std::find(nis.begin(), nis.end(), row) != nis.end()) {
          continue;
        }
        nis.push_back(row);
      }
    }
    std::vector<const Row*> adjusted_numerators;
    for (size_t k = 0, n = nis.size(); k < n; ++k) {
      const Row* adjusted = AdjustedBelow(table, *nis[k], vocabulary);
      if (adjusted && std::find(nis.begin(), nis.end(), adjusted) == nis.end()) {
        nis.push_back(adjusted);
        adjusted_numerators.push_back(adjusted);
      }
    }
    std::vector<const Row*> share_rows;
    for (const Row* row : context.concepts.FindRows(table, shares_)) {
      if (!is_eps(row)) share_rows.push_back(row);
    }
    std::vector<const Row*> diluted_totals = DilutedShareTotals(table, share_rows, vocabulary);
    share_rows.insert(share_rows.end(), diluted_totals.begin(), diluted_totals.end());
    std::vector<std::pair<const Row*, Says>> shares =
        ShareRowsInContext(share_rows, diluted_totals, vocabulary);
    std::vector<const Row*> parts_of_totals = PartsOfShareTotals(table, shares);
    std::erase_if(shares, [&](const auto& s) {
      return !s.second.only_diluted() && std::find(parts_of_totals.begin(), parts_of_totals.end(),
                                                   s.first) != parts_of_totals.end();
    });
    if (shares.empty()) continue;
    // Counts read as money are read as shown (the unit is read from the figures).
    std::deque<Row> as_shown;
    for (auto& [row, says] : shares) {
      if (row->kind != ValueKind::kMoney || table.scale == 0) continue;
      Row copy = *row;
      for (Cell& cell : copy.cells) {
        if (cell.amount) cell.amount = AsShown(*row, *cell.amount, table.scale);
      }
      copy.kind = ValueKind::kShares;
      as_shown.push_back(std::move(copy));
      row = &as_shown.back();
    }
    // Columns of changes or percentages hold no EPS.
    std::vector<bool> counted;
    for (const Column& column : table.columns) {
      counted.push_back(
          !vocabulary.Matches(vocabulary.change_columns, NormalizeLabel(column.header)));
    }

    struct Read {
      const Row* eps;
      Says says;
      Reading reading;
      bool established;
      std::vector<const Row*> numerators;
    };
    auto income_read = [](const Read& read) {
      IncomeRead r{read.eps,
                   {read.reading.ni},
                   read.reading.part,
                   read.says.only_diluted(),
                   read.established,
                   {},
                   {}};
      for (const Row* n : read.numerators) {
        if (n != read.reading.ni) r.incomes.push_back(n);
      }
      for (Outcome o : read.reading.outcomes) {
        r.tied.push_back(read.established && (o == Outcome::kTie || o == Outcome::kAntiDilutive));
        r.reported.push_back(read.established && o == Outcome::kFail);
      }
      return r;
    };
    // Every EPS row with the income rows it may divide, in the order of the table.
    std::vector<std::pair<const Row*, std::vector<const Row*>>> candidates = part_rows;
    for (const Row* eps : eps_rows) candidates.emplace_back(eps, nis);
    std::sort(candidates.begin(), candidates.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Read> reads;
    for (const auto& [eps, incomes] : candidates) {
      bool part = !is_eps(eps);
      const RuleSpec& fail_spec = part ? part_income_ : spec();
      const std::optional<RuleSpec>& one_unit_spec = part ? part_one_unit_ : one_unit_;
      Says says = WhatItSays(*eps, vocabulary);
      std::vector<const Row*> numerators;
      for (const Row* ni : incomes) {
        if (ServesEps(says, WhatItSays(ni->label, vocabulary))) numerators.push_back(ni);
      }
      if (numerators.empty()) continue;
      Reading r = BestReading(table, counted, *eps, says, numerators, adjusted_numerators, shares,
                              vocabulary, part);
      if (r.ties + r.fails == 0) {
        // Only adjusted diluted figures: no reading, but the row may agree with another.
        if (std::find(r.outcomes.begin(), r.outcomes.end(), Outcome::kAdjusted) !=
            r.outcomes.end()) {
          reads.push_back({eps, says, r, false, numerators});
        }
        continue;
      }
      evaluated += r.ties + r.fails;
      reads.push_back({eps, says, r, r.Established(), numerators});
      if (!reads.back().established) {
        results->Skip(spec(), eps->label_span,
                      eps->label + ": " + (part ? "income" : "net income") +
                          " over weighted shares ties in " + r.Evidence() + ", not established");
        continue;
      }
      for (size_t c = 0; c < table.columns.size(); ++c) {
        Outcome o = r.outcomes[c];
        if (o == Outcome::kNone) continue;
        const Amount e = ShownAt(*eps, *FigureOf(eps, c));
        const Amount& n = *FigureOf(r.ni, c);
        const Row* sh = o == Outcome::kAntiDilutive ? r.basic_shares : r.shares;
        const Amount& s = *FigureOf(sh, c);
        std::string column = ColumnName(table, c);
        std::string unit = UnitText(r.unit);
        if (o == Outcome::kAdjusted) {
          results->Skip(spec(), eps->cells[c].span,
                        eps->label + " (" + column + "): diluted " + e.value.ToDisplay() +
                            (r.basic_shares ? " lies between net income over the diluted and "
                                              "over the basic shares"
                                            : " lies above net income over the diluted shares") +
                            ": the diluted numerator may be adjusted (if-converted), which the "
                            "table does not show");
          continue;
        }
        if (o == Outcome::kCombined) {
          const Row* addend = AddendThatTies(r, c, s, e);
          const Amount& a = *FigureOf(addend, c);
          results->Pass(spec(), eps->cells[c].span,
                        eps->label + " (" + column + "): (" + n.value.ToDisplay() + " + " +
                            a.value.ToDisplay() + " " + addend->label + ") / " +
                            s.value.ToDisplay() + unit + " shares ~ " + e.value.ToDisplay());
          continue;
        }
        if (o == Outcome::kTie || o == Outcome::kAntiDilutive) {
          results->Pass(
              spec(), eps->cells[c].span,
              eps->label + " (" + column + "): " + n.value.ToDisplay() + " / " +
                  s.value.ToDisplay() + unit +
                  (o == Outcome::kAntiDilutive ? " basic shares (anti-dilutive)" : " shares") +
                  " ~ " + e.value.ToDisplay());
          continue;
        }
        Decimal expected = Quotient(n, SharesAt(s, r.unit), e.precision);
        if (e.value.is_negative() || n.value.is_negative()) expected = -expected;
        Results::Failure f;
        f.expected = expected.ToDisplay();
        f.actual = e.value.ToDisplay();
        f.difference = (e.value - expected).ToDisplay();
        f.values = {{"row", eps->label},          {"column", column},
                    {"expected", f.expected},     {"actual", f.actual},
                    {"difference", f.difference}, {"net_income", n.value.ToDisplay()},
                    {"income", r.ni->label},      {"shares", s.value.ToDisplay() + unit},
                    {"evidence", r.Evidence()}};
        f.related.emplace_back(r.ni->cells[c].span, r.ni->label + " " + n.value.ToDisplay());
        f.related.emplace_back(sh->cells[c].span, sh->label + " " + s.value.ToDisplay());
        std::string detail = eps->label + " (" + column + "): " + n.value.ToDisplay() + " / " +
                             s.value.ToDisplay() + unit + " = " + f.expected + ", shown " +
                             f.actual;
        if (o == Outcome::kOneUnit) {
          // Consistent with the reading: a pass, with a finding at the rule's one_unit severity.
          results->Pass(spec(), eps->cells[c].span, detail + ", one unit off");
          if (one_unit_spec) results->AddFinding(*one_unit_spec, eps->cells[c].span, f);
          continue;
        }
        results->Fail(fail_spec, eps->cells[c].span, detail + "; ties in " + r.Evidence(), f);
      }
    }
    // Each established basic row with the next diluted row over the same income.
    std::vector<bool> paired(reads.size(), false);
    for (size_t i = 0; i < reads.size(); ++i) {
      if (!reads[i].established || !reads[i].says.only_basic()) continue;
      for (size_t j = i + 1; j < reads.size(); ++j) {
        if (paired[j] || !reads[j].says.only_diluted() ||
            reads[j].reading.ni != reads[i].reading.ni) {
          continue;
        }
        paired[j] = true;
        CheckBasicAndDiluted(equal_shares_, dilution_, diluted_count_, table, reads[i].eps,
                             reads[i].reading, reads[j].eps, reads[j].reading, reads[j].established,
                             results);
        break;
      }
    }
    // Each row of net income with the rows of a part of it over the same shares.
    int unit = 0;
    bool have_unit = false;
    for (const Read& read : reads) {
      if (read.established && !have_unit) {
        unit = read.reading.unit;
        have_unit = true;
      }
    }
    for (const Read& net : reads) {
      if (net.reading.part) continue;
      for (const Read& part : reads) {
        if (!part.reading.part || part.says.basic != net.says.basic ||
            part.says.diluted != net.says.diluted || part.reading.shares != net.reading.shares) {
          continue;
        }
        // The unit of the established row, else of the table's established readings.
        int u = net.established ? net.reading.unit : part.established ? part.reading.unit : unit;
        if (!net.established && !part.established && !have_unit) continue;
        CheckIncomeDifference(table, counted, income_read(part), income_read(net),
                              *net.reading.shares, u, results);
      }
    }
  }
  if (evaluated == 0) {
    results->Skip(spec(), any_eps ? "no table shows net income, shares and EPS together"
                                  : "no earnings per share row");
  }
}

namespace {
constexpr const char* kDefaultOneUnitMessage =
    "{row} shows {actual} in {column}, one unit off net income {net_income} over {shares} "
    "weighted shares ({expected})";
constexpr const char* kDefaultPartsMessage =
    "{row} shows {actual} in {column}, but the per-share amounts above it ({parts}) add to "
    "{expected} (difference {difference}); the same rows tie in {evidence}";
constexpr const char* kDefaultPartIncomeMessage =
    "{row} shows {actual} in {column}, but {income} {net_income} over {shares} weighted shares "
    "is {expected} (difference {difference}); the same rows tie in {evidence}";
constexpr const char* kDefaultPartOneUnitMessage =
    "{row} shows {actual} in {column}, one unit off {income} {net_income} over {shares} "
    "weighted shares ({expected})";
constexpr const char* kDefaultIncomeDifferenceMessage =
    "{row} shows {actual} in {column}, {difference} from {parts}, but {income} over {shares} "
    "shares is {expected} per share; the same rows agree in {evidence}";
constexpr const char* kDefaultEqualSharesMessage =
    "{row} shows {diluted} in {column}, but basic EPS is {basic} over the same {shares} "
    "shares: where the diluted count equals the basic count, diluted EPS equals basic";
constexpr const char* kDefaultDilutedCountMessage =
    "{row} shows {diluted} shares in {column}, fewer than the basic count {basic}: the diluted "
    "count adds dilutive securities to the basic count; the same rows agree in {evidence}";
constexpr const char* kDefaultDilutionMessage =
    "{row} shows {diluted} in {column}, above basic EPS {basic}: for a net income, diluted "
    "earnings per share are not above basic";
}  // namespace

std::unique_ptr<Rule> EpsRule::Create(RuleSpec spec, RuleOptions& options) {
  bool has_net_income = options.Require("net_income");
  bool has_shares = options.Require("shares");
  bool has_eps = options.Require("eps");
  if (!has_net_income || !has_shares || !has_eps) return nullptr;
  bool ok = options.CheckConcepts("net_income");
  ok &= options.CheckConcepts("shares");
  ok &= options.CheckConcepts("eps");
  if (!ok) return nullptr;
  std::optional<Severity> one_unit = Severity::kNote;
  if (!options.GetSeverityOrNone("one_unit", &one_unit)) return nullptr;
  return std::make_unique<EpsRule>(
      std::move(spec), options.GetStrings("net_income"), options.GetString("shares"),
      options.GetString("eps"), options.GetString("dilution_message", kDefaultDilutionMessage),
      one_unit, options.GetString("one_unit_message", kDefaultOneUnitMessage),
      options.GetString("parts_message", kDefaultPartsMessage),
      options.GetString("equal_shares_message", kDefaultEqualSharesMessage),
      options.GetString("part_income_message", kDefaultPartIncomeMessage),
      options.GetString("part_one_unit_message", kDefaultPartOneUnitMessage),
      options.GetString("income_difference_message", kDefaultIncomeDifferenceMessage),
      options.GetString("diluted_count_message", kDefaultDilutedCountMessage));
}

void EpsRule::StoreOptions(OptionValues* options) const {
  options->Set("net_income", net_income_);
  options->Set("shares", shares_);
  options->Set("eps", eps_);
  options->Set("dilution_message", dilution_.message);
  options->Set("one_unit", one_unit_ ? std::string(SeverityName(one_unit_->severity)) : "none");
  options->Set("one_unit_message", one_unit_ ? one_unit_->message : kDefaultOneUnitMessage);
  options->Set("parts_message", parts_.message);
  options->Set("equal_shares_message", equal_shares_.message);
  options->Set("part_income_message", part_income_.message);
  options->Set("income_difference_message", income_difference_.message);
  options->Set("diluted_count_message", diluted_count_.message);
  options->Set("part_one_unit_message",
               part_one_unit_ ? part_one_unit_->message : kDefaultPartOneUnitMessage);
}

}  // namespace tieout
