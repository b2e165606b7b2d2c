#include "checker/rules/book_value_rule.h"

#include <map>
#include <optional>
#include <regex>

#include "checker/rules/rule_options.h"
#include "checker/rules/year_figures.h"
#include "checker/vocabulary/pattern.h"

namespace tieout {

namespace {
constexpr size_t kLongestLabel = 400;
constexpr size_t kNearestRows = 4;

// Significant digits of a figure as shown.
int SignificantDigits(const Amount& a) {
  Decimal v = a.value.Abs();
  int digits = 0;
  for (Int128 u = v.units(); u != 0; u /= 10) ++digits;
  return digits;
}
// n / d rounded half away from zero to `exponent`, where that fits in 128 bits.
std::optional<Decimal> Quotient(const Decimal& n, const Decimal& d, int exponent) {
  int power = n.exponent() - d.exponent() - exponent;
  Int128 limit = static_cast<Int128>(1000000000000000000LL);
  Int128 nu = n.units() < 0 ? -n.units() : n.units();
  Int128 du = d.units() < 0 ? -d.units() : d.units();
  if (du == 0 || power < 0 || power > 18 || nu >= limit) return std::nullopt;
  for (int i = 0; i < power; ++i) nu *= 10;
  Int128 q = (2 * nu + du) / (2 * du);
  bool negative = (n.units() < 0) != (d.units() < 0);
  return Decimal(negative ? -q : q, exponent);
}

// The same date: the same day, or a year alone against the calendar year's end (a balance
// sheet "December 31, 1995" beside a summary's "1995").
bool SameDate(const Period& a, const Period& b) {
  if (a.year != b.year) return false;
  if (a.month != 0 && b.month != 0) return a.month == b.month && a.day == b.day;
  return a.month == 12 || b.month == 12 || (a.month == 0 && b.month == 0);
}
}  // namespace

std::vector<Decimal> OutstandingCounts(const std::string& label) {
  static const Regex kCounts(
      R"(\b(\d{1,3}(?:,\d{3})+|\d+) and (\d{1,3}(?:,\d{3})+|\d+) shares,? (?:issued and )?outstanding\b)",
      std::regex::icase);
  std::vector<Decimal> out;
  std::smatch m;
  if (label.size() > kLongestLabel || !std::regex_search(label, m, kCounts)) return out;
  for (int g : {1, 2}) {
    std::optional<Decimal> d = Decimal::Parse(m[g].str());
    if (!d) return {};
    out.push_back(*d);
  }
  return out;
}

void BookValueRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  // The share counts of each year: rows of the concept, and counts balance sheet labels state.
  struct Count {
    size_t table_index;
    Period period;
    Amount count;
    SourceSpan span;
    std::string label;
  };
  std::vector<Count> counts;
  for (size_t t = 0; t < doc.tables.size(); ++t) {
    const Table& table = doc.tables[t];
    for (const Row& row : table.rows) {
      if (row.is_heading || row.label.find("outstanding") == std::string::npos) continue;
      std::vector<Decimal> stated = OutstandingCounts(row.label);
      if (stated.empty() || table.columns.size() < stated.size()) continue;
      for (size_t c = 0; c < stated.size(); ++c) {
        const Period& p = table.columns[c].period;
        if (p.year == 0) continue;
        counts.push_back(
            {t, p, Amount{stated[c], stated[c].exponent(), false}, row.label_span, row.label});
      }
    }
    for (const Row* row : context.concepts.FindRows(table, shares_)) {
      for (size_t c = 0; c < table.columns.size(); ++c) {
        const Period& p = table.columns[c].period;
        if (p.year == 0 || p.kind == Period::Kind::kDuration || c >= row->cells.size() ||
            !row->cells[c].amount) {
          continue;
        }
        Amount a = *row->cells[c].amount;
        counts.push_back({t, p, a, row->cells[c].span, row->label});
      }
    }
  }
  if (counts.empty()) return;
  for (size_t t = 0; t < doc.tables.size(); ++t) {
    const Table& table = doc.tables[t];
    const Row* equity = nullptr;
    for (const std::string& e : equity_) {
      if ((equity = context.concepts.FindRow(table, e))) break;
    }
    if (!equity) continue;
    for (const Row* bv : context.concepts.FindRows(table, per_share_)) {
      if (bv->kind != ValueKind::kPerShare) continue;
      // Per column: the book value, the equity and the counts of its year in the nearest tables.
      struct Column {
        size_t c;
        Amount bv, equity;
        const Count* count;
      };
      std::vector<Column> columns;
      for (size_t c = 0; c < table.columns.size(); ++c) {
        const Period& period = table.columns[c].period;
        if (period.year == 0 || c >= bv->cells.size() || !bv->cells[c].amount ||
            c >= equity->cells.size() || !equity->cells[c].amount) {
          continue;
        }
        const Count* best = nullptr;
        for (const Count& k : counts) {
          if (!SameDate(k.period, period)) continue;
          size_t d = k.table_index > t ? k.table_index - t : t - k.table_index;
          size_t b =
              best ? (best->table_index > t ? best->table_index - t : t - best->table_index) : 0;
          if (d <= kNearestRows * 4 && (!best || d < b)) best = &k;
        }
        if (best) columns.push_back({c, *bv->cells[c].amount, *equity->cells[c].amount, best});
      }
      if (columns.empty()) continue;
      // bv x shares x 10^k against equity, each within its half units.
      auto ties = [](const Column& col, int k) {
        Decimal shares = col.count->count.value.Shifted(k);
        Decimal half_shares = col.count->count.HalfUnit().Shifted(k);
        Decimal product = col.bv.value * shares;
        Decimal half = col.bv.HalfUnit() * shares + col.bv.value.Abs() * half_shares;
        return WithinTolerance(product, half, col.equity.value, col.equity.HalfUnit());
      };
      int unit = 0, best_ties = -1;
      for (int k : {0, 3, 6, -3, -6}) {
        int n = 0;
        for (const Column& col : columns) n += ties(col, k) ? 1 : 0;
        if (n > best_ties) best_ties = n, unit = k;
      }
      int fails = static_cast<int>(columns.size()) - best_ties;
      bool strong = false;
      for (const Column& col : columns) strong |= ties(col, unit) && SignificantDigits(col.bv) >= 2;
      bool established = best_ties >= 1 && strong && fails <= 1;
      std::string evidence =
          std::to_string(best_ties) + " of " + std::to_string(columns.size()) + " years";
      for (const Column& col : columns) {
        std::string column = ColumnName(table, col.c);
        std::string shares = col.count->count.value.ToDisplay();
        std::string detail = bv->label + " (" + column + "): " + equity->label + " " +
                             col.equity.value.ToDisplay() + " over " + shares + " shares (\"" +
                             col.count->label + "\"), shown " + col.bv.value.ToDisplay();
        const SourceSpan& where = bv->cells[col.c].span;
        if (ties(col, unit)) {
          results->Pass(spec(), where, detail);
          continue;
        }
        if (!established) {
          results->Skip(spec(), where, detail + ": ties in " + evidence + ", not established");
          continue;
        }
        Results::Failure f;
        std::optional<Decimal> quotient = Quotient(
            col.equity.value, col.count->count.value.Shifted(unit), col.bv.value.exponent());
        if (!quotient) {
          results->Skip(spec(), where, detail + ": the quotient is out of range");
          continue;
        }
        f.expected = quotient->ToDisplay();
        f.actual = col.bv.value.ToDisplay();
        f.difference = (col.bv.value - *quotient).ToDisplay();
        f.related.emplace_back(equity->cells[col.c].span,
                               equity->label + " " + col.equity.value.ToDisplay());
        f.related.emplace_back(col.count->span, col.count->label);
        f.values = {{"row", bv->label},           {"column", column},
                    {"expected", f.expected},     {"actual", f.actual},
                    {"difference", f.difference}, {"equity", col.equity.value.ToDisplay()},
                    {"shares", shares},           {"evidence", evidence}};
        results->Fail(spec(), where, detail + "; ties in " + evidence, f);
      }
    }
  }
}

std::unique_ptr<Rule> BookValueRule::Create(RuleSpec spec, RuleOptions& options) {
  for (const char* key : {"per_share", "equity", "shares"}) {
    if (!options.Require(key) || !options.CheckConcepts(key)) return nullptr;
  }
  return std::make_unique<BookValueRule>(std::move(spec), options.GetString("per_share"),
                                         options.GetStrings("equity"), options.GetString("shares"));
}

void BookValueRule::StoreOptions(OptionValues* options) const {
  options->Set("per_share", per_share_);
  options->Set("equity", equity_);
  options->Set("shares", shares_);
}

}  // namespace tieout
