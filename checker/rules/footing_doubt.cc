#include "checker/rules/footing_doubt.h"

#include <optional>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace footing {

namespace {

// Which window rows show a figure (or a dash) in column c.
std::vector<bool> Presence(const Table& table, const std::vector<Item>& level, size_t first,
                           size_t c) {
  std::vector<bool> out;
  for (size_t i = first; i < level.size(); ++i) out.push_back(AmountAt(table, level[i].row, c));
  return out;
}

}  // namespace

bool Between(const Table& table, const std::vector<Item>& level, size_t first, size_t total_row,
             size_t c) {
  const Amount* total = AmountAt(table, total_row, c);
  std::optional<Decimal> lo, hi;
  for (size_t i = first; i < level.size(); ++i) {
    const Amount* a = AmountAt(table, level[i].row, c);
    if (!a || a->value.is_zero() || a->value.is_negative()) continue;
    if (!lo || a->value < *lo) lo = a->value;
    if (!hi || a->value > *hi) hi = a->value;
  }
  return total && lo && !(total->value < *lo) && !(total->value > *hi);
}

bool PositiveOthers(const Table& table, const std::vector<Item>& level, size_t first,
                    const Amount& total, size_t c) {
  for (size_t i = first; i < level.size(); ++i) {
    const Amount* a = AmountAt(table, level[i].row, c);
    if (a && (a->value.is_negative() || a->value == total.value)) return false;
  }
  return true;
}

namespace {

// Whether the total level[i] only repeats one of the rows it closed in column c (the others
// blank or zero).
bool RepeatsOneRow(const Table& table, const Item& item, size_t c) {
  const Amount* total = AmountAt(table, item.row, c);
  if (!total) return false;
  int nonzero = 0;
  bool equal = false;
  for (size_t row : item.closed) {
    const Amount* a = AmountAt(table, row, c);
    if (!a || a->value.is_zero()) continue;
    ++nonzero;
    equal = a->value == total->value;
  }
  return nonzero == 1 && equal;
}

// The label of an earlier total in the window that only repeats a row it closed in every column
// that ties, but not in the column `wrong`: there the rows it repeats could stand in its place,
// and the ties say nothing of which reading is right. "" when there is none.
// A plain sum whose column `wrong` fails with the rows they repeat in those totals' places too
// is wrong either way: those totals are no doubt.
std::string Repeats(const Table& table, const std::vector<Item>& level, const Candidate& k,
                    size_t wrong, const Evaluation& e, size_t total_row) {
  const ColumnResult* failing = nullptr;
  for (const ColumnResult& r : e.columns) {
    if (r.column == wrong && r.tie == Tie::kWrong) failing = &r;
  }
  const Amount* shown = AmountAt(table, total_row, wrong);
  std::string first;
  bool replaceable = failing && shown && k.sign == Sign::kPlus && !k.negated;
  Decimal alternative = failing ? failing->sum : Decimal();
  Decimal half = failing && shown ? failing->half + shown->HalfUnit() : Decimal();
  for (size_t i = k.first; i < level.size(); ++i) {
    if (!level[i].total || RepeatsOneRow(table, level[i], wrong)) continue;
    bool everywhere = true;
    size_t repeated = level[i].row;  // the row it repeats where the columns tie
    for (const ColumnResult& r : e.columns) {
      if (r.tie != Tie::kExact) continue;
      everywhere &= RepeatsOneRow(table, level[i], r.column);
      for (size_t row : level[i].closed) {
        const Amount* a = AmountAt(table, row, r.column);
        if (a && !a->value.is_zero()) repeated = row;
      }
    }
    if (!everywhere) continue;
    if (first.empty()) first = table.rows[level[i].row].label;
    // The row it repeats in its place.
    const Amount* subtotal = AmountAt(table, level[i].row, wrong);
    const Amount* in_place = AmountAt(table, repeated, wrong);
    replaceable = replaceable && subtotal && repeated != level[i].row;
    if (!replaceable) continue;
    alternative = alternative - subtotal->value + (in_place ? in_place->value : Decimal());
    half = half + subtotal->HalfUnit() + (in_place ? in_place->HalfUnit() : Decimal());
  }
  if (!first.empty() && replaceable && half < (alternative - shown->value).Abs()) return "";
  return first;
}

}  // namespace

std::string Doubt(const Table& table, const std::vector<Item>& level,
                  const std::vector<Candidate>& candidates, const std::vector<Evaluation>& evals,
                  size_t chosen, size_t total_row, bool only_ruled,
                  const std::vector<bool>& averages) {
  const Candidate& k = candidates[chosen];
  const Evaluation& e = evals[chosen];
  size_t wrong = 0;
  for (const ColumnResult& r : e.columns) {
    if (r.tie == Tie::kWrong) wrong = r.column;
  }
  std::string column = ColumnName(table, wrong);
  bool same_blanks = false;
  std::vector<bool> here = Presence(table, level, k.first, wrong);
  for (const ColumnResult& r : e.columns) {
    if (r.tie == Tie::kExact && Presence(table, level, k.first, r.column) == here) {
      same_blanks = true;
    }
  }
  if (!same_blanks) return "the figures of " + column + " stand in other rows than where it ties";
  // Another reading that ties there is doubt, unless the chosen one is the plain sum the
  // layout closes and the other fails where it ties: the other then fits no column but this one
  // (had it been the structure, the layout's reading could not tie where it does).
  const bool laid_out = k.own && k.sign == Sign::kPlus && !k.negated;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (i == chosen) continue;
    bool ties_here = false, fails_elsewhere = false;
    for (const ColumnResult& r : evals[i].columns) {
      ties_here |= r.column == wrong && r.tie == Tie::kExact && r.nonzero_parts >= 2;
      fails_elsewhere |= r.column != wrong && r.tie == Tie::kWrong;
    }
    if (ties_here && !(laid_out && fails_elsewhere)) {
      return column + " ties under another reading of the rows above";
    }
  }
  if (!Repeats(table, level, k, wrong, e, total_row).empty()) {
    return Repeats(table, level, k, wrong, e, total_row) +
           " repeats the one row it closes in the columns that tie, not in " + column;
  }
  if (averages[wrong] && Between(table, level, k.first, total_row, wrong)) {
    return column + " holds averages: its totals lie between their parts";
  }
  const Row& row = table.rows[total_row];
  if (only_ruled && (wrong >= row.rule_above.size() || row.rule_above[wrong] == RuleMark::kNone)) {
    return column + " has no rule line over the total";
  }
  return "";
}

std::vector<bool> AverageColumns(const Table& table, const Vocabulary& vocabulary,
                                 std::vector<bool>* sums_out) {
  std::vector<bool> out(table.columns.size(), false);
  sums_out->assign(table.columns.size(), false);
  for (size_t c = 0; c < table.columns.size(); ++c) {
    int between = 0, sums = 0;
    std::vector<const Amount*> parts;
    for (size_t ri = 0; ri < table.rows.size(); ++ri) {
      const Row& row = table.rows[ri];
      if (row.is_heading) {
        parts.clear();
        continue;
      }
      const Amount* a = AmountAt(table, ri, c);
      if (!a) continue;
      bool ruled = c < row.rule_above.size() && row.rule_above[c] != RuleMark::kNone;
      if (!ruled && !vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(row.label))) {
        parts.push_back(a);
        continue;
      }
      Decimal sum;
      std::optional<Decimal> lo, hi;
      int positive = 0;
      bool negative = false;
      for (const Amount* p : parts) {
        sum = sum + p->value;
        negative |= p->value.is_negative();
        if (p->value.is_zero() || p->value.is_negative()) continue;
        ++positive;
        if (!lo || p->value < *lo) lo = p->value;
        if (!hi || p->value > *hi) hi = p->value;
      }
      // A first row less the rest (gross profit between sales and cost of sales) is arithmetic
      // too, not an average.
      Decimal first_less_rest = parts.empty() ? Decimal() : parts[0]->value + parts[0]->value - sum;
      if (sum == a->value || (parts.size() >= 2 && first_less_rest == a->value)) {
        ++sums;
      } else if (!negative && positive >= 2 && !(a->value < *lo) && !(a->value > *hi)) {
        ++between;
      }
      parts.clear();
    }
    out[c] = between >= 2 && sums == 0;
    (*sums_out)[c] = sums > 0;
  }
  return out;
}

std::string Misprint(const Table& table, const std::vector<Item>& level, const Candidate& k,
                     size_t c, const Decimal& sum, const Amount& total) {
  Decimal fixed = sum;
  std::string shown, read_as;
  int count = 0;
  for (size_t i = k.first; i < level.size(); ++i) {
    const Amount* a = AmountAt(table, level[i].row, c);
    if (!a || a->exact || a->precision >= total.precision) continue;
    Decimal read = a->value.Shifted(total.precision - a->precision);
    bool minus = Minus(level, k, i) != k.negated;
    fixed = minus ? fixed + a->value - read : fixed - a->value + read;
    ++count;
    shown += (shown.empty() ? "" : ", ") + table.rows[level[i].row].cells[c].text;
    read_as += (read_as.empty() ? "" : ", ") + read.ToDisplay();
  }
  if (shown.empty() || fixed != total.value) return "";
  return "read as " + read_as + (count == 1 ? ", the figure shown " : ", the figures shown ") +
         shown + (count == 1 ? " makes" : " make") + " the rows tie";
}

std::string RepeatedRow(const Table& table, const std::vector<Item>& level, const Candidate& k,
                        size_t total_row, const Evaluation& e, size_t wrong, int* count) {
  std::optional<size_t> repeated;
  *count = 0;
  for (const ColumnResult& r : e.columns) {
    if (r.tie != Tie::kExact || r.nonzero_parts != 1) continue;
    size_t at = k.first;
    for (size_t i = k.first; i < level.size(); ++i) {
      const Amount* a = AmountAt(table, level[i].row, r.column);
      if (a && !a->value.is_zero()) at = i;
    }
    if (repeated && *repeated != at) return "";
    repeated = at;
    ++*count;
  }
  if (*count < 2) return "";
  const Amount* total = AmountAt(table, total_row, wrong);
  const Amount* part = AmountAt(table, level[*repeated].row, wrong);
  if (!total || (part && part->value.Abs() == total->value.Abs())) return "";
  const std::string& label = table.rows[level[*repeated].row].label;
  return label.empty() ? "its one row" : label;
}

std::string Evidence(const Evaluation& e) {
  return std::to_string(e.agree() - e.trivial) + " of " + std::to_string(e.telling()) + " columns";
}

}  // namespace footing
}  // namespace tieout
