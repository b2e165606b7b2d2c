#include "checker/rules/eps_rule.h"

#include <algorithm>

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

// What a row says with its heading ("Diluted:" / "Net income per share").
Says WhatItSays(const Row& row, const Vocabulary& vocabulary) {
  return WhatItSays(row.section + " " + row.label, vocabulary);
}

// What each share row says: its own label first. A row whose label says nothing, beside a
// share row whose label says diluted, is the basic count (and the other way round), whatever
// heading the rows stand under ("Weighted average shares" and "..., assuming dilution" below a
// "Diluted:" block); otherwise its heading speaks for it.
std::vector<std::pair<const Row*, Says>> ShareRowsInContext(const std::vector<const Row*>& rows,
                                                            const Vocabulary& vocabulary) {
  std::vector<Says> own;
  bool any_basic = false, any_diluted = false;
  for (const Row* row : rows) {
    own.push_back(WhatItSays(row->label, vocabulary));
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
  return out;
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

// kOneUnit: off by one unit of the last digit shown (EPS computed from unrounded figures or by
// the two-class method): consistent with the reading, reported at the `one_unit` severity.
// kAdjusted: a diluted figure between net income over the diluted count and over the basic
// count, where the diluted count is much the larger: the diluted numerator may add back interest
// on convertible securities (if-converted), which the table does not show.
enum class Outcome { kNone, kTie, kAntiDilutive, kOneUnit, kAdjusted, kFail };

// One way to read an EPS row: its net income row, share row and share unit, with the outcome
// in every column.
struct Reading {
  const Row* ni = nullptr;
  const Row* shares = nullptr;
  const Row* basic_shares = nullptr;  // for a diluted row: the basic count, for loss periods
  int unit = 0;
  std::vector<Outcome> outcomes;
  int ties = 0;
  int fails = 0;
  // A tie of an EPS figure with two significant digits or more, or of the only reading the
  // labels allow (one net income row, one share row, shares at the money's unit or in units).
  bool informative = false;

  bool diluted = false;  // a diluted row: its numerator may be adjusted, one tie is not enough

  // Every column ties, or all but one with evidence: with one tie only, an informative one
  // (and never for a diluted row).
  bool Established() const {
    if (ties == 0) return false;
    if (fails == 0) return true;
    return fails <= std::max(1, ties - 1) && (ties >= 2 || (informative && !diluted));
  }
  std::string Evidence() const {
    return std::to_string(ties) + " of " + std::to_string(ties + fails) + " columns";
  }
};

Outcome Evaluate(const Row& eps, const Reading& r, size_t c, bool* informative) {
  const Amount* e = FigureOf(&eps, c);
  const Amount* n = FigureOf(r.ni, c);
  const Amount* s = FigureOf(r.shares, c);
  if (!e || !n || !s || !(s->value > Decimal()) || !PerShareFigure(*e)) return Outcome::kNone;
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
  Decimal expected = Quotient(*n, SharesAt(*s, r.unit), e->precision);
  if ((expected - e->value.Abs()).Abs() == Decimal(1, e->precision)) return Outcome::kOneUnit;
  if (b && n->value > Decimal() &&
      s->value * Decimal(100, 0) > b->value * Decimal(100 + kConvertibleDilution, 0)) {
    Decimal low = Quotient(*n, SharesAt(*s, r.unit), e->precision);
    Decimal high = Quotient(*n, SharesAt(*b, r.unit), e->precision);
    if (e->value.Abs() >= low && e->value.Abs() <= high) return Outcome::kAdjusted;
  }
  return Outcome::kFail;
}

// `counted`: the columns that may hold EPS (not a change or percent column).
void Score(const Row& eps, const std::vector<bool>& counted, Reading* r) {
  r->outcomes.assign(counted.size(), Outcome::kNone);
  r->ties = r->fails = 0;
  r->informative = false;
  for (size_t c = 0; c < counted.size(); ++c) {
    if (!counted[c]) continue;
    r->outcomes[c] = Evaluate(eps, *r, c, &r->informative);
    switch (r->outcomes[c]) {
      case Outcome::kFail:
        ++r->fails;
        break;
      case Outcome::kTie:
      case Outcome::kAntiDilutive:
      case Outcome::kOneUnit:
        ++r->ties;
        break;
      case Outcome::kNone:
      case Outcome::kAdjusted:
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

// The best reading of an EPS row: the most ties, then the fewest failures, then the first.
Reading BestReading(const Table& table, const std::vector<bool>& counted, const Row& eps, Says says,
                    const std::vector<const Row*>& nis,
                    const std::vector<std::pair<const Row*, Says>>& shares) {
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
        r.unit = u;
        r.diluted = says.only_diluted();
        Score(eps, counted, &r);
        r.informative |=
            r.ties > 0 && nis.size() == 1 && ordered.size() == 1 && (u == 0 || u == table.scale);
        if (!have || r.ties > best.ties || (r.ties == best.ties && r.fails < best.fails)) {
          best = std::move(r);
          have = true;
        }
      }
    }
  }
  return best;
}

}  // namespace

EpsRule::EpsRule(RuleSpec spec, std::vector<std::string> net_income, std::string shares,
                 std::string eps, std::string dilution_message, std::optional<Severity> one_unit,
                 std::string one_unit_message, std::string parts_message)
    : Rule(std::move(spec)),
      net_income_(std::move(net_income)),
      shares_(std::move(shares)),
      eps_(std::move(eps)),
      dilution_(this->spec()),
      parts_(this->spec()) {
  dilution_.message = std::move(dilution_message);
  parts_.message = std::move(parts_message);
  if (one_unit) {
    RuleSpec r = this->spec();
    r.severity = *one_unit;
    r.message = std::move(one_unit_message);
    one_unit_ = std::move(r);
  }
}

void EpsRule::CheckParts(const Table& table, const Row& eps, Results* results) const {
  // The per-share rows right above, back to a heading or another kind of row.
  std::vector<const Row*> parts;
  for (size_t i = static_cast<size_t>(&eps - table.rows.data()); i-- > 0;) {
    const Row& row = table.rows[i];
    if (row.is_heading || row.kind != ValueKind::kPerShare || !row.has_values()) break;
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

void EpsRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  int evaluated = 0;
  bool any_eps = false;
  for (const Table& table : doc.tables) {
    std::vector<const Row*> eps_rows;
    for (const Row* row : context.concepts.FindRows(table, eps_)) {
      if (row->kind != ValueKind::kPerShare) continue;
      bool decimals = false;
      for (const Cell& cell : row->cells) decimals |= cell.amount && cell.amount->precision < 0;
      if (decimals) eps_rows.push_back(row);
    }
    if (eps_rows.empty()) continue;
    any_eps = true;
    for (const Row* eps : eps_rows) CheckParts(table, *eps, results);
    auto is_eps = [&](const Row* r) {
      return std::find(eps_rows.begin(), eps_rows.end(), r) != eps_rows.end();
    };
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
    std::vector<const Row*> share_rows;
    for (const Row* row : context.concepts.FindRows(table, shares_)) {
      if (!is_eps(row)) share_rows.push_back(row);
    }
    std::vector<std::pair<const Row*, Says>> shares = ShareRowsInContext(share_rows, vocabulary);
    if (nis.empty() || shares.empty()) continue;
    // Columns of changes or percentages hold no EPS.
    std::vector<bool> counted;
    for (const Column& column : table.columns) {
      counted.push_back(
          !vocabulary.Matches(vocabulary.change_columns, NormalizeLabel(column.header)));
    }

    struct Established {
      const Row* eps;
      Says says;
      Reading reading;
    };
    std::vector<Established> established;
    for (const Row* eps : eps_rows) {
      Says says = WhatItSays(*eps, vocabulary);
      std::vector<const Row*> numerators;
      for (const Row* ni : nis) {
        if (ServesEps(says, WhatItSays(ni->label, vocabulary))) numerators.push_back(ni);
      }
      Reading r = BestReading(table, counted, *eps, says, numerators, shares);
      if (r.ties + r.fails == 0) continue;
      evaluated += r.ties + r.fails;
      if (!r.Established()) {
        results->Skip(spec(), eps->label_span,
                      eps->label + ": net income over weighted shares ties in " + r.Evidence() +
                          ", not established");
        continue;
      }
      established.push_back({eps, says, r});
      for (size_t c = 0; c < table.columns.size(); ++c) {
        Outcome o = r.outcomes[c];
        if (o == Outcome::kNone) continue;
        const Amount& e = *FigureOf(eps, c);
        const Amount& n = *FigureOf(r.ni, c);
        const Row* sh = o == Outcome::kAntiDilutive ? r.basic_shares : r.shares;
        const Amount& s = *FigureOf(sh, c);
        std::string column = ColumnName(table, c);
        std::string unit = UnitText(r.unit);
        if (o == Outcome::kAdjusted) {
          results->Skip(spec(), eps->cells[c].span,
                        eps->label + " (" + column + "): diluted " + e.value.ToDisplay() +
                            " lies between net income over the diluted and over the basic "
                            "shares: the diluted numerator may be adjusted (if-converted), "
                            "which the table does not show");
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
        if (e.value.is_negative()) expected = -expected;
        Results::Failure f;
        f.expected = expected.ToDisplay();
        f.actual = e.value.ToDisplay();
        f.difference = (e.value - expected).ToDisplay();
        f.values = {{"row", eps->label},
                    {"column", column},
                    {"expected", f.expected},
                    {"actual", f.actual},
                    {"difference", f.difference},
                    {"net_income", n.value.ToDisplay()},
                    {"shares", s.value.ToDisplay() + unit},
                    {"evidence", r.Evidence()}};
        f.related.emplace_back(r.ni->cells[c].span, r.ni->label + " " + n.value.ToDisplay());
        f.related.emplace_back(sh->cells[c].span, sh->label + " " + s.value.ToDisplay());
        std::string detail = eps->label + " (" + column + "): " + n.value.ToDisplay() + " / " +
                             s.value.ToDisplay() + unit + " = " + f.expected + ", shown " +
                             f.actual;
        if (o == Outcome::kOneUnit) {
          // Consistent with the reading: a pass, with a finding at the rule's one_unit severity.
          results->Pass(spec(), eps->cells[c].span, detail + ", one unit off");
          if (one_unit_) results->AddFinding(*one_unit_, eps->cells[c].span, f);
          continue;
        }
        results->Fail(spec(), eps->cells[c].span, detail + "; ties in " + r.Evidence(), f);
      }
    }
    // For a net income, diluted EPS is not above basic.
    const Established* basic = nullptr;
    const Established* diluted = nullptr;
    for (const Established& e : established) {
      if (!basic && e.says.only_basic()) basic = &e;
      if (!diluted && e.says.only_diluted()) diluted = &e;
    }
    if (!basic || !diluted || basic->reading.ni != diluted->reading.ni) continue;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const Amount* b = FigureOf(basic->eps, c);
      const Amount* d = FigureOf(diluted->eps, c);
      const Amount* n = FigureOf(basic->reading.ni, c);
      if (!b || !d || !n || !(n->value > Decimal()) ||
          basic->reading.outcomes[c] == Outcome::kNone ||
          diluted->reading.outcomes[c] == Outcome::kNone) {
        continue;
      }
      std::string column = ColumnName(table, c);
      std::string detail = diluted->eps->label + " (" + column + "): diluted " +
                           d->value.ToDisplay() + ", basic " + b->value.ToDisplay();
      if (!(d->value > b->value)) {
        results->Pass(dilution_, diluted->eps->cells[c].span, detail + ", not above");
        continue;
      }
      Results::Failure f;
      f.expected = "<= " + b->value.ToDisplay();
      f.actual = d->value.ToDisplay();
      f.difference = (d->value - b->value).ToDisplay();
      f.values = {{"row", diluted->eps->label},    {"column", column},
                  {"expected", f.expected},        {"actual", f.actual},
                  {"difference", f.difference},    {"net_income", n->value.ToDisplay()},
                  {"basic", b->value.ToDisplay()}, {"diluted", d->value.ToDisplay()}};
      f.related.emplace_back(basic->eps->cells[c].span,
                             basic->eps->label + " " + b->value.ToDisplay());
      results->Fail(dilution_, diluted->eps->cells[c].span, detail + ", above it", f);
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
      options.GetString("parts_message", kDefaultPartsMessage));
}

void EpsRule::StoreOptions(OptionValues* options) const {
  options->Set("net_income", net_income_);
  options->Set("shares", shares_);
  options->Set("eps", eps_);
  options->Set("dilution_message", dilution_.message);
  options->Set("one_unit", one_unit_ ? std::string(SeverityName(one_unit_->severity)) : "none");
  options->Set("one_unit_message", one_unit_ ? one_unit_->message : kDefaultOneUnitMessage);
  options->Set("parts_message", parts_.message);
}

}  // namespace tieout
