#include "checker/rules/eps_rule.h"

#include "checker/rules/rule_options.h"

#include <algorithm>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace {

bool HasWord(const std::string& normalized, const std::string& word) {
  return normalized.find(word) != std::string::npos;
}

// The share row for an EPS row: the one that says the same of basic or diluted.
const Row* PairShares(const Row& eps, const std::vector<const Row*>& shares) {
  std::string e = NormalizeLabel(eps.section + " " + eps.label);
  bool basic = HasWord(e, "basic"), diluted = HasWord(e, "dilut");
  if (shares.size() == 1) {
    // One share count: it serves both, unless it says it is the other one.
    std::string l = NormalizeLabel(shares[0]->section + " " + shares[0]->label);
    bool sb = HasWord(l, "basic"), sd = HasWord(l, "dilut");
    if ((diluted && !basic && sb && !sd) || (basic && !diluted && sd && !sb)) return nullptr;
    return shares[0];
  }
  if (basic == diluted) return nullptr;
  const Row* found = nullptr;
  for (const Row* s : shares) {
    std::string l = NormalizeLabel(s->section + " " + s->label);
    bool sb = HasWord(l, "basic"), sd = HasWord(l, "dilut");
    if ((basic && sb && !sd) || (diluted && sd && !sb)) {
      if (found) return nullptr;
      found = s;
    }
  }
  return found;
}

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

void EpsRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  int evaluated = 0;
  bool any_eps = false;
  for (const Table& table : doc.tables) {
    std::vector<const Row*> eps_rows = context.concepts.FindRows(table, eps_);
    if (eps_rows.empty()) continue;
    any_eps = true;
    const Row* ni = nullptr;
    for (const std::string& concept_name : net_income_) {
      ni = context.concepts.FindRow(table, concept_name);
      if (ni) break;
    }
    std::vector<const Row*> shares = context.concepts.FindRows(table, shares_);
    if (!ni || shares.empty()) continue;
    for (const Row* eps : eps_rows) {
      if (eps->kind != ValueKind::kPerShare) continue;
      const Row* sh = PairShares(*eps, shares);
      if (!sh) continue;
      for (size_t c = 0; c < table.columns.size(); ++c) {
        const auto& e = eps->cells[c].amount;
        const auto& n = ni->cells[c].amount;
        const auto& s = sh->cells[c].amount;
        if (!e || !n || !s || s->value.is_zero()) continue;
        ++evaluated;
        std::vector<int> units = {0, 3, 6, table.scale};
        std::sort(units.begin(), units.end());
        units.erase(std::unique(units.begin(), units.end()), units.end());
        int tied_unit = -1;
        for (int u : units) {
          Decimal shares_value = s->value.Abs().Shifted(u);
          Decimal shares_half = Amount{shares_value, s->precision + u, s->exact}.HalfUnit();
          if (Ties(*n, shares_value, shares_half, *e)) {
            tied_unit = u;
            break;
          }
        }
        std::string column = ColumnName(table, c);
        if (tied_unit >= 0) {
          std::string unit = tied_unit == 0 ? "" : " x 10^" + std::to_string(tied_unit);
          results->Pass(spec(), eps->cells[c].span,
                        eps->label + " (" + column + "): " + n->value.ToDisplay() + " / " +
                            s->value.ToDisplay() + unit + " shares ~ " + e->value.ToDisplay());
          continue;
        }
        // Report against the unit that comes closest: the one that makes the quotient nearest.
        int best_unit = 0;
        Decimal best_gap;
        bool have_best = false;
        Decimal expected_best;
        for (int u : units) {
          Decimal shares_value = s->value.Abs().Shifted(u);
          // Quotient rounded to the EPS precision, exactly: round(|n| * 10^-p / shares).
          Decimal num = n->value.Abs();
          int p = e->precision;
          // q = num / shares at precision p: find integer k with k*10^p*shares ~ num.
          Decimal unit_shares = shares_value.Shifted(p);
          // Binary search is unnecessary: compute with integer division on aligned units.
          int exp = std::min(num.exponent(), unit_shares.exponent());
          Int128 a = num.WithExponent(exp).units(), b = unit_shares.WithExponent(exp).units();
          if (b == 0) continue;
          Int128 k = (2 * a + b) / (2 * b);
          Decimal q(k, p);
          Decimal gap = (q - e->value.Abs()).Abs();
          if (!have_best || gap < best_gap) {
            have_best = true;
            best_gap = gap;
            best_unit = u;
            expected_best = q;
          }
        }
        if (e->value.is_negative()) expected_best = -expected_best;
        Results::Failure f;
        f.expected = expected_best.ToDisplay();
        f.actual = e->value.ToDisplay();
        f.difference = (e->value - expected_best).ToDisplay();
        std::string unit = best_unit == 0 ? "" : " x 10^" + std::to_string(best_unit);
        f.values = {{"row", eps->label},
                    {"column", column},
                    {"expected", f.expected},
                    {"actual", f.actual},
                    {"difference", f.difference},
                    {"net_income", n->value.ToDisplay()},
                    {"shares", s->value.ToDisplay() + unit}};
        f.related.emplace_back(ni->cells[c].span, ni->label + " " + n->value.ToDisplay());
        f.related.emplace_back(sh->cells[c].span, sh->label + " " + s->value.ToDisplay());
        results->Fail(spec(), eps->cells[c].span,
                      eps->label + " (" + column + "): " + n->value.ToDisplay() + " / " +
                          s->value.ToDisplay() + unit + " = " + f.expected + ", shown " + f.actual,
                      f);
      }
    }
  }
  if (evaluated == 0) {
    results->Skip(spec(), any_eps ? "no table shows net income, shares and EPS together"
                                  : "no earnings per share row");
  }
}

std::unique_ptr<Rule> EpsRule::Create(RuleSpec spec, RuleOptions& options) {
  bool has_net_income = options.Require("net_income");
  bool has_shares = options.Require("shares");
  bool has_eps = options.Require("eps");
  if (!has_net_income || !has_shares || !has_eps) return nullptr;
  bool ok = options.CheckConcepts("net_income");
  ok &= options.CheckConcepts("shares");
  ok &= options.CheckConcepts("eps");
  if (!ok) return nullptr;
  return std::make_unique<EpsRule>(std::move(spec), options.GetStrings("net_income"),
                                   options.GetString("shares"), options.GetString("eps"));
}

void EpsRule::StoreOptions(OptionValues* options) const {
  options->Set("net_income", net_income_);
  options->Set("shares", shares_);
  options->Set("eps", eps_);
}

}  // namespace tieout
