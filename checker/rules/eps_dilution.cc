#include "checker/rules/eps_dilution.h"

#include <algorithm>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace eps {
namespace {

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

}  // namespace

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

}  // namespace eps
}  // namespace tieout
