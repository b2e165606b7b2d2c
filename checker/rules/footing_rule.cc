#include "checker/rules/footing_rule.h"

#include <algorithm>
#include <regex>

#include "checker/rules/rule_options.h"

namespace tieout {
namespace {

// The longest window a total is read against.
constexpr size_t kMaxWindow = 60;
// The most rows since the previous total or heading whose last rows alone are tried as a total's
// window.
constexpr size_t kMaxSuffixRows = 12;

struct Item {
  size_t row;
  bool total;                  // a closed total: it stands for the rows it closed
  bool subtracted;             // the vocabulary calls the row a deduction
  bool lead = false;           // a total over a double rule, kept as the start of what follows
  std::vector<size_t> closed;  // of a total: the table rows it closed
  bool established = false;    // a total whose structure tied (not only closed by its layout)
  bool result = false;         // a row the vocabulary names a result ("Net earnings before ...")
  bool stands = false;         // a ruled "Total" under one row read: it stands for rows not read
  // A ruled row that names no total and did not tie ("Other liabilities" under a stray line):
  // it closed its rows by its layout alone, and a total right below it reopens them.
  std::vector<Item> reopened;
};

// The table rows of level[first, end), which a total closes.
std::vector<size_t> RowsOf(const std::vector<Item>& level, size_t first) {
  std::vector<size_t> rows;
  for (size_t i = first; i < level.size(); ++i) rows.push_back(level[i].row);
  return rows;
}

enum class Sign { kPlus, kDeductions, kFirstLessRest };

struct Candidate {
  size_t first = 0;  // the window is level[first, end)
  Sign sign = Sign::kPlus;
  bool own = false;      // the window the layout closes (see Candidates)
  bool negated = false;  // a loss shown as a positive figure: the reading with its sign reversed
};

enum class Tie { kExact, kRounding, kWrong };

struct ColumnResult {
  size_t column = 0;
  Tie tie = Tie::kWrong;
  Decimal sum, half;
  Decimal half_squares;  // the sum of the squared half-units of the parts
  int nonzero_parts = 0;
};

struct Evaluation {
  std::vector<ColumnResult> columns;
  int exact = 0, rounding = 0, wrong = 0;
  // Exact ties that say something: a total of three digits or more as shown (570, 20.0), made of
  // two non-zero figures or more (0 = 0 + 0 and x = x + 0 tie under any reading).
  int informative = 0;
  int solid = 0;    // exact ties of two non-zero figures or more, whatever their digits
  int trivial = 0;  // exact ties of one non-zero figure or none: no evidence either way
  int agree() const { return exact + rounding; }
  int n() const { return exact + rounding + wrong; }
  // The columns that can speak for or against a structure.
  int telling() const { return n() - trivial; }
};

bool Minus(const std::vector<Item>& level, const Candidate& k, size_t i) {
  return (k.sign == Sign::kFirstLessRest && i > k.first) ||
         (k.sign == Sign::kDeductions && level[i].subtracted);
}

const Amount* AmountAt(const Table& table, size_t row, size_t c) {
  const Row& r = table.rows[row];
  return c < r.cells.size() && r.cells[c].amount ? &*r.cells[c].amount : nullptr;
}

// The candidate's sum in column c; false when the column cannot be read (a part shows a mark
// that is not a figure, or no part shows a figure). A blank part counts as zero.
bool Sum(const Table& table, const std::vector<Item>& level, const Candidate& k, size_t c,
         Decimal* sum, Decimal* half, Decimal* half_squares, int* nonzero) {
  int figures = 0;
  for (size_t i = k.first; i < level.size(); ++i) {
    const Row& r = table.rows[level[i].row];
    const Amount* a = AmountAt(table, level[i].row, c);
    if (!a) {
      if (c < r.cells.size() && !r.cells[c].text.empty()) return false;
      continue;
    }
    ++figures;
    if (!a->value.is_zero()) ++*nonzero;
    *sum = Minus(level, k, i) ? *sum - a->value : *sum + a->value;
    *half = *half + a->HalfUnit();
    *half_squares = *half_squares + a->HalfUnit() * a->HalfUnit();
  }
  if (k.negated) *sum = -*sum;
  return figures > 0;
}

// The number of digits of a figure as shown, trailing zeros too: 20 and 52 have 2, 1 has 1.
int Digits(const Amount& a) {
  std::string d = a.value.Abs().Shifted(-a.precision).ToDisplay();
  return static_cast<int>(
      std::count_if(d.begin(), d.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
}

Evaluation Evaluate(const Table& table, const std::vector<Item>& level, const Candidate& k,
                    size_t total_row, const std::vector<size_t>& columns) {
  Evaluation e;
  for (size_t c : columns) {
    const Amount* total = AmountAt(table, total_row, c);
    if (!total) continue;
    ColumnResult r;
    r.column = c;
    if (!Sum(table, level, k, c, &r.sum, &r.half, &r.half_squares, &r.nonzero_parts)) continue;
    Decimal diff = (r.sum - total->value).Abs();
    // Rounding: within the summed half-units, and, beyond two units of the total's last
    // digit, within three standard deviations of the sum of the rounding errors (each even
    // within its half-unit h, of variance h^2 / 3): six figures in millions all rounded the
    // same way by 3 million is a changed figure, not rounding.
    Decimal squares = r.half_squares + total->HalfUnit() * total->HalfUnit();
    bool likely = !(Decimal::FromInt(4) * total->HalfUnit() < diff) ||
                  !(Decimal::FromInt(3) * squares < diff * diff);
    if (diff.is_zero()) {
      r.tie = Tie::kExact;
      ++e.exact;
      if (r.nonzero_parts >= 2) ++e.solid;
      if (r.nonzero_parts < 2) ++e.trivial;
      if (r.nonzero_parts >= 2 && Digits(*total) >= 3) ++e.informative;
    } else if (diff <= r.half + total->HalfUnit() && likely) {
      r.tie = Tie::kRounding;
      ++e.rounding;
    } else {
      ++e.wrong;
    }
    e.columns.push_back(r);
  }
  return e;
}

// "161,000 + 135,000", as the candidate reads column c (blank parts left out).
std::string Formula(const Table& table, const std::vector<Item>& level, const Candidate& k,
                    size_t c) {
  std::string s;
  for (size_t i = k.first; i < level.size(); ++i) {
    const Amount* a = AmountAt(table, level[i].row, c);
    if (!a) continue;
    bool minus = Minus(level, k, i);
    if (!s.empty()) {
      s += minus ? " - " : " + ";
    } else if (minus) {
      s += "-";
    }
    s += a->value.ToDisplay();
  }
  return k.negated ? "-(" + s + ")" : s;
}

// Whether a row shows percentages and no amounts: every figure it shows that is not a dash
// ends with '%'.
bool PercentagesOnly(const Row& row) {
  if (row.kind == ValueKind::kPercent) return true;
  bool any = false;
  for (const Cell& cell : row.cells) {
    if (!cell.amount || cell.amount->exact) continue;
    if (cell.text.empty() || cell.text.back() != '%') return false;
    any = true;
  }
  return any;
}

// The first row from which column c holds ratios, not amounts: the first row that shows a
// percentage in it (table.rows.size() for none). A percentage above the amounts ("Net revenues
// 100.0%") makes the whole column a column of ratios; a rate reconciliation below the amounts
// leaves the amounts above it alone; a row the vocabulary calls non-additive ("percent change
// from prior year 18%") is a row apart and says nothing of its column.
// A row of percentages only under amounts of the column ("Interest rate paid 5.92% 6.14%"
// under the notional amounts) is a row apart too.
size_t PercentFrom(const Table& table, size_t c, const Vocabulary& vocabulary) {
  bool amounts_above = false;
  for (size_t ri = 0; ri < table.rows.size(); ++ri) {
    const Row& row = table.rows[ri];
    if (c >= row.cells.size() || row.cells[c].text.empty()) continue;
    if (row.cells[c].text.back() != '%') {
      amounts_above |= row.cells[c].amount.has_value() && !row.cells[c].amount->exact;
      continue;
    }
    if (!(amounts_above && PercentagesOnly(row)) &&
        !vocabulary.Matches(vocabulary.non_additive_rows, NormalizeLabel(row.label))) {
      return ri;
    }
  }
  return table.rows.size();
}

// Whether column c holds percentages of a whole: its first figure is a percentage, and its
// header says so (`named`), or the whole, 100, stands first ("Revenue 100.0%") or on a row
// named a total (a column of percent changes or of margins shows 100 nowhere, or on a row of
// its own: "Gain on sale 100%").
bool PercentsOfAWhole(const Table& table, size_t c, const Vocabulary& vocabulary, bool named) {
  bool first = true, whole = named;
  for (const Row& row : table.rows) {
    if (c >= row.cells.size() || !row.cells[c].amount || row.cells[c].amount->exact) continue;
    if (first && (row.cells[c].text.empty() || row.cells[c].text.back() != '%')) return false;
    if (row.cells[c].amount->value == Decimal::FromInt(100) &&
        (first || vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(row.label)))) {
      whole = true;
    }
    first = false;
  }
  return whole;
}

// Whether column c, whose first figure is a percentage, stands beside the columns of
// percentages of a whole `wholes` as one of them whose whole was misprinted: on a row named a
// total where one of them shows 100, it shows a figure at least as large as each of its figures
// above, and none of its figures is negative (a column of growth rates or of margins shows an
// average there, between its parts, or a negative figure somewhere).
bool BesideAWhole(const Table& table, size_t c, const std::vector<size_t>& wholes,
                  const Vocabulary& vocabulary) {
  bool first = true, total = false;
  std::optional<Decimal> largest;
  for (const Row& row : table.rows) {
    if (c >= row.cells.size() || !row.cells[c].amount || row.cells[c].amount->exact) continue;
    const Amount& a = *row.cells[c].amount;
    if (first && (row.cells[c].text.empty() || row.cells[c].text.back() != '%')) return false;
    first = false;
    if (a.value.is_negative()) return false;
    bool whole = std::any_of(wholes.begin(), wholes.end(), [&](size_t w) {
      return w < row.cells.size() && row.cells[w].amount &&
             row.cells[w].amount->value == Decimal::FromInt(100);
    });
    if (whole && vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(row.label))) {
      if (largest && a.value < *largest) return false;
      total = true;
    }
    if (!largest || *largest < a.value) largest = a.value;
  }
  return total;
}

// The header of a column as it speaks of the column's figures: a scale note's "except" clause
// ("(millions, except percentages)", "except per share data") names the figures of other rows,
// not of the column, and is left out.
std::string ColumnWords(const std::string& header, const Vocabulary& vocabulary) {
  std::string h = NormalizeLabel(header);
  for (size_t at = vocabulary.ExceptionAt(h); at != std::string::npos;
       at = vocabulary.ExceptionAt(h, at)) {
    size_t close = h.find(')', at);
    h.erase(at, close == std::string::npos ? std::string::npos : close - at);
  }
  return h;
}

// Whether the label `part` names a part of the total `whole`: it has every word of it and more
// ("total current liabilities" of "total liabilities").
bool NamesAPartOf(const std::string& part, const std::string& whole) {
  auto words = [](const std::string& s) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < s.size()) {
      size_t end = s.find(' ', at);
      if (end == std::string::npos) end = s.size();
      if (end > at) out.push_back(s.substr(at, end - at));
      at = end + 1;
    }
    return out;
  };
  std::vector<std::string> p = words(part), w = words(whole);
  if (w.size() < 2 || p.size() <= w.size()) return false;
  for (const std::string& word : w) {
    if (std::find(p.begin(), p.end(), word) == p.end()) return false;
  }
  return true;
}

// The candidate structures of a total closing `level`, simplest first. `own_first` is where the
// rows since the previous total or heading begin, `heading_first` where the rows since the last
// heading begin.
std::vector<Candidate> Candidates(const std::vector<Item>& level, size_t own_first,
                                  size_t heading_first, size_t ruled_first, bool loss,
                                  bool first_everywhere, bool part_of_previous) {
  std::vector<size_t> firsts;
  auto add = [&](size_t first, size_t size) {
    if (size < 2 || level.size() - first > kMaxWindow) return;
    if (std::find(firsts.begin(), firsts.end(), first) == firsts.end()) firsts.push_back(first);
  };
  size_t n = level.size();
  // A total kept over a double rule is read only as the first of all the rows below it, a plain
  // sum (a reconciliation that starts from it); the other windows start below it.
  size_t start = !level.empty() && level[0].lead ? 1 : 0;
  heading_first = std::max(heading_first, start);
  add(own_first, n - own_first);
  // The rows below the first: costs and expenses totalled under the revenue they are set against
  // (a first row that shows a figure in every column of the total, and is no deduction itself).
  if (n - own_first >= 3 && first_everywhere && !level[own_first].subtracted) {
    add(own_first + 1, n - own_first - 1);
  }
  if (own_first >= start + 1) add(own_first - 1, n - own_first + 1);
  if (own_first >= start + 2) add(own_first - 2, n - own_first + 2);
  add(std::min(heading_first, n), n - std::min(heading_first, n));
  // The rows since a line drawn over a heading, across the headings below it (a grand total of
  // several headed groups).
  if (ruled_first > start && ruled_first < std::min(heading_first, n)) {
    add(ruled_first, n - ruled_first);
  }
  add(start, n - start);
  // A result that stood for the rows above it without tying (no rule line, no total's name),
  // and the adjustments below it: "Net earnings before the cumulative effect" + "Cumulative
  // effect" = "Net earnings".
  for (size_t i = n; i-- > start;) {
    if (level[i].total) break;
    if (!level[i].result) continue;
    if (i > own_first) add(i, n - i);
    break;
  }
  // The rows the layout closes: those since the previous total or heading; when that is a
  // single row, or when the previous total names a part of this one ("Total current
  // liabilities" of "Total liabilities"), the previous total and those rows ("Total United
  // States", "Europe", "Total").
  size_t natural = own_first;
  if ((n - own_first == 1 || part_of_previous) && own_first >= start + 1 &&
      (level[own_first - 1].established || level[own_first - 1].stands)) {
    --natural;
  }
  std::vector<Candidate> out;
  for (size_t first : firsts) {
    if (first == own_first + 1 && first != heading_first) {
      out.push_back(Candidate{first, Sign::kPlus, false});
      continue;
    }
    bool any_deduction = false;
    for (size_t i = first + 1; i < n; ++i) any_deduction |= level[i].subtracted;
    out.push_back(Candidate{first, Sign::kPlus, first == natural});
    // A statement starts from a figure it adds: a window led by a deduction is not read this way.
    if (any_deduction && !level[first].subtracted) {
      out.push_back(Candidate{first, Sign::kDeductions, first == natural});
    }
    bool same_as_deductions = true;
    for (size_t i = first + 1; i < n; ++i) same_as_deductions &= level[i].subtracted;
    if (!(any_deduction && !level[first].subtracted && same_as_deductions)) {
      out.push_back(Candidate{first, Sign::kFirstLessRest, first == natural});
    }
  }
  if (start == 1 && n >= 3) out.push_back(Candidate{0, Sign::kPlus, false});
  if (loss) {
    size_t plain = out.size();
    for (size_t i = 0; i < plain; ++i) {
      if (out[i].sign == Sign::kPlus) continue;
      Candidate k = out[i];
      k.negated = true;
      out.push_back(k);
    }
  }
  return out;
}

// Which window rows show a figure (or a dash) in column c.
std::vector<bool> Presence(const Table& table, const std::vector<Item>& level, size_t first,
                           size_t c) {
  std::vector<bool> out;
  for (size_t i = first; i < level.size(); ++i) out.push_back(AmountAt(table, level[i].row, c));
  return out;
}

// Whether the total of column c lies between the smallest and the largest positive figure of
// the window: an average could, a sum of positive figures cannot.
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

// Whether every figure of the window level[first, end) in column c is positive or zero and
// none shows the figure of `total`.
bool PositiveOthers(const Table& table, const std::vector<Item>& level, size_t first,
                    const Amount& total, size_t c) {
  for (size_t i = first; i < level.size(); ++i) {
    const Amount* a = AmountAt(table, level[i].row, c);
    if (a && (a->value.is_negative() || a->value == total.value)) return false;
  }
  return true;
}

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

// Why the column where an established candidate fails is not wrong after all, or "" when it is:
// its blank cells differ from those of the columns that tie (a figure read into the wrong
// column); it ties exactly under another reading; its total lies between the smallest and the
// largest of its parts in the column's other totals too (averages, not sums); or it has no rule
// line of its own when only the rule lines made the row a total.
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

// Per column: whether its totals are averages of their rows rather than sums. Read from the rows
// since each ruled or named total: in two of them or more the total lies between the smallest and
// the largest of two positive figures or more, and in none is it their sum or the first less the
// rest. `sums` gets, per column, whether one of its totals at least is such a sum.
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

// The evidence of a total that no other column can speak for: its layout.
constexpr const char* kLayoutEvidence =
    "no other column, but a rule line and the label Total close these rows";

// The columns that tie of those that tell: trivial ties are left out of both counts.
// Parts shown at a finer precision than their total whose digits, read at the total's
// precision, make the rows tie: "142.618" in a column of thousands printed for 142,618. Says
// so, or "".
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

// The label of the row a total repeats where it is the only non-zero figure of the window
// (x = x + 0), when two columns or more repeat the same row: they tie under any reading, but
// they show the total stands for that row and the rows that are blank there. It is evidence
// against the column `wrong` only where the total there is neither the sum nor that row's
// figure. "" when there is none.
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

}  // namespace

FootingRule::FootingRule(RuleSpec spec, std::optional<RuleSpec> rounding,
                         std::vector<std::string> whole_columns)
    : Rule(std::move(spec)),
      rounding_(std::move(rounding)),
      whole_sources_(std::move(whole_columns)) {
  for (const std::string& source : whole_sources_) whole_columns_.emplace_back(source, true);
}

namespace {
constexpr const char* kDefaultRoundingMessage =
    "{row} foots only within rounding in {column}: {equation} is {expected}, the total shows "
    "{actual}";
}  // namespace

std::unique_ptr<Rule> FootingRule::Create(RuleSpec spec, RuleOptions& options) {
  std::optional<RuleSpec> rounding;
  if (!options.GetRounding(kDefaultRoundingMessage, &rounding)) return nullptr;
  std::vector<std::string> whole = options.GetStrings("whole_columns");
  for (const std::string& source : whole) {
    try {
      Pattern p(source, true);
    } catch (const std::regex_error&) {
      options.ProblemAt("whole_columns", "'" + source + "' is not a pattern");
      return nullptr;
    }
  }
  return std::make_unique<FootingRule>(std::move(spec), std::move(rounding), std::move(whole));
}

void FootingRule::StoreOptions(OptionValues* options) const {
  StoreRounding(rounding_, kDefaultRoundingMessage, options);
  options->Set("whole_columns", whole_sources_);
}

void FootingRule::Foot(const Table& table, const std::vector<size_t>& footed,
                       const std::vector<size_t>& until, bool percents,
                       const Vocabulary& vocabulary, Results* results, int* evaluated_out) const {
  int& evaluated = *evaluated_out;
  std::vector<size_t> columns;  // the columns of amounts at the current row
  std::vector<bool> sums;       // columns where a total is the sum of its rows
  const std::vector<bool> averages = AverageColumns(table, vocabulary, &sums);
  std::vector<Item> level;
  ValueKind run_kind = ValueKind::kMoney;  // what the rows of `level` show
  size_t heading_first = 0;                // where the rows since the last heading begin in `level`
  size_t ruled_first = 0;  // where the rows since a line drawn over a heading begin, or 0
  for (size_t ri = 0; ri < table.rows.size(); ++ri) {
    const Row& row = table.rows[ri];
    if (row.is_heading) {
      heading_first = level.size();
      bool ruled = std::any_of(row.rule_above.begin(), row.rule_above.end(), [](RuleMark m) {
        return m == RuleMark::kSingle || m == RuleMark::kDouble;
      });
      if (ruled) ruled_first = level.size();
      continue;
    }
    ruled_first = std::min(ruled_first, level.size());
    columns.clear();
    for (size_t i = 0; i < footed.size(); ++i) {
      if (ri < until[i]) columns.push_back(footed[i]);
    }
    bool any = false;
    RuleMark mark = RuleMark::kNone;
    for (size_t c : columns) {
      if (!AmountAt(table, ri, c)) continue;
      any = true;
      if (c < row.rule_above.size()) mark = std::max(mark, row.rule_above[c]);
    }
    if (!any) continue;
    std::string label = NormalizeLabel(row.label);
    // Among amounts, a row of percentages is a row apart; in columns of percentages every row
    // is one.
    bool percent = !percents && PercentagesOnly(row);
    ValueKind kind = percents && row.kind == ValueKind::kPercent ? ValueKind::kMoney : row.kind;
    if (vocabulary.Matches(vocabulary.non_additive_rows, label)) {
      // Ratio rows end a run of figures; a ratio in percentages between amounts is a row apart
      // like any row of percentages ("ACL/Total loans 0.49%" between its parts).
      if (percent) continue;
      level.clear();
      heading_first = 0;
      continue;
    }
    if (!percent && kind != run_kind) {
      // Per-share figures and share counts foot among themselves ("income before the
      // cumulative effect per share + the effect = net income per share"), never with money.
      level.clear();
      heading_first = 0;
      run_kind = kind;
    }
    Item here{ri,    false, vocabulary.Matches(vocabulary.subtracted_rows, label),
              false, {},    false,
              false, false, {}};
    here.result = vocabulary.Matches(vocabulary.result_rows, label);
    if (mark == RuleMark::kDouble) {
      // A double rule ends a statement; the total it underlines may lead the next one (a
      // reconciliation that starts from it).
      bool keep = !level.empty() && level.back().total;
      bool heading_after = heading_first >= level.size();
      if (keep) level.erase(level.begin(), level.end() - 1);
      if (!keep) level.clear();
      if (keep) level[0].lead = true;
      heading_first = heading_after ? level.size() : 0;
    }
    // A row of percentages ("margin 14.0%") between amounts is a row apart: the run goes on.
    if (percent) continue;
    bool named = vocabulary.Matches(vocabulary.total_rows, label);
    bool result = vocabulary.Matches(vocabulary.result_rows, label);
    bool ruled = mark == RuleMark::kSingle || mark == RuleMark::kSeparator;
    if (named && !level.empty() && !level.back().reopened.empty() && heading_first < level.size()) {
      // A total right under a ruled row that closed its rows by its layout alone: that row was
      // one of the total's parts under a stray line.
      Item part = std::move(level.back());
      level.pop_back();
      for (Item& item : part.reopened) level.push_back(std::move(item));
      part = Item{part.row, false, part.subtracted, false, {}, false, part.result, false, {}};
      level.push_back(std::move(part));
    }
    size_t own_first = level.size();
    while (own_first > 0 && !level[own_first - 1].total && own_first > heading_first) {
      --own_first;
    }
    if (!ruled && !named && !result) {
      // A row without a rule line or a total's name that is the plain sum of the rows since the
      // previous total or heading, exactly in every column and with figures of several digits
      // in two columns or more, is a subtotal all the same: it stands for those rows from here
      // on ("Adjusted cash interest paid" between its parts and the total below).
      Candidate plain{own_first, Sign::kPlus, true};
      Evaluation e;
      int shown = 0;
      if (level.size() - own_first >= 2) {
        e = Evaluate(table, level, plain, ri, columns);
        for (size_t c : columns) shown += AmountAt(table, ri, c) ? 1 : 0;
      }
      if (shown >= 2 && e.exact == shown && e.informative >= 2) {
        ++evaluated;
        for (const ColumnResult& r : e.columns) {
          results->Pass(spec(), row.cells[r.column].span,
                        (row.label.empty() ? std::string("total") : row.label) + " (" +
                            ColumnName(table, r.column) +
                            "): " + Formula(table, level, plain, r.column) + " = " +
                            AmountAt(table, ri, r.column)->value.ToDisplay());
        }
        here.closed = RowsOf(level, own_first);
        level.resize(own_first);
        here.total = true;
        here.established = true;
      }
      level.push_back(here);
      continue;
    }
    if (kind == ValueKind::kPerShare && vocabulary.Matches(vocabulary.per_share_rows, label)) {
      // A row that names itself a per-share figure ("Net earnings per share") is the EPS rule's
      // to check against its per-share parts; footing checks the rows a heading calls per share.
      level.clear();
      heading_first = 0;
      continue;
    }
    size_t own_parts = level.size() - own_first;
    bool first_everywhere = own_first < level.size();
    for (size_t c : columns) {
      // A dash over a total that is not zero is no figure here: the rows below it foot to the
      // total there under any reading.
      const Amount* first =
          own_first < level.size() ? AmountAt(table, level[own_first].row, c) : nullptr;
      const Amount* total = AmountAt(table, ri, c);
      if (total && own_first < level.size() &&
          (!first || (first->exact && !total->value.is_zero()))) {
        first_everywhere = false;
      }
    }
    bool part_of_previous =
        own_first > 0 && level[own_first - 1].total &&
        NamesAPartOf(NormalizeLabel(table.rows[level[own_first - 1].row].label), label);
    std::vector<Candidate> candidates = Candidates(level, own_first, heading_first, ruled_first,
                                                   vocabulary.Matches(vocabulary.loss_rows, label),
                                                   first_everywhere, part_of_previous);
    if (mark == RuleMark::kSeparator && !named && !result) {
      // A row set apart only by a bold label or a line across the labels is not the first of
      // three totals or more less the others: such a reading restates the identity of the statement
      // ("Noncontrolling interests" = total assets - total liabilities - the company's share of
      // equity), not the structure of the row.
      std::erase_if(candidates, [&](const Candidate& k) {
        if (k.sign != Sign::kFirstLessRest || level.size() - k.first < 3) return false;
        return std::all_of(level.begin() + static_cast<long>(k.first), level.end(),
                           [](const Item& item) { return item.total; });
      });
    }

    // The first candidate that agrees in every column; else the first established one.
    const Candidate* chosen = nullptr;
    Evaluation chosen_eval;
    std::vector<Evaluation> evals;
    evals.reserve(candidates.size());
    for (const Candidate& k : candidates) {
      evals.push_back(Evaluate(table, level, k, ri, columns));
      const Evaluation& e = evals.back();
      if (e.n() > 0 && e.wrong == 0 && (e.exact >= 1 || (k.own && k.sign == Sign::kPlus))) {
        chosen = &k;
        chosen_eval = e;
        break;
      }
    }
    std::string doubt;     // why an established structure does not make a finding
    std::string repeated;  // the evidence of trivial ties that repeat one row, if that is all
    if (!chosen) {
      for (size_t i = 0; i < candidates.size() && !chosen; ++i) {
        const Evaluation& e = evals[i];
        // The layout and the label agree on the plain sum of the rows since the previous
        // total: then ties of few digits are evidence too.
        bool layout = named && candidates[i].own && candidates[i].sign == Sign::kPlus &&
                      !candidates[i].negated;
        // Columns where the rows tie trivially (0 = 0 + 0, x = x + 0) are no evidence.
        int needed = std::max(1, std::min(2, e.telling() - 1));
        bool tied = e.informative >= needed || (layout && e.solid >= needed);
        repeated.clear();
        if (e.wrong == 1 && e.agree() == e.n() - 1 && !tied) {
          size_t wrong = 0;
          for (const ColumnResult& r : e.columns) {
            if (r.tie == Tie::kWrong) wrong = r.column;
          }
          int count = 0;
          std::string label = RepeatedRow(table, level, candidates[i], ri, e, wrong, &count);
          if (!label.empty()) {
            repeated = std::to_string(count) + " other columns, where the total repeats " + label;
          }
        }
        if (e.wrong == 1 && e.agree() == e.n() - 1 && (tied || !repeated.empty())) {
          doubt =
              Doubt(table, level, candidates, evals, i, ri, ruled && !named && !result, averages);
          if (!doubt.empty()) break;
          chosen = &candidates[i];
          chosen_eval = e;
        }
      }
    }
    if (!chosen) repeated.clear();
    // The last rows only of those since the previous total or heading ("Total non-performing
    // loans" under the delinquencies that are not part of it): tried when no other reading
    // ties, and taken only when one such window alone ties exactly in three columns or more,
    // and in every column but one at most. Only among a few rows (kMaxSuffixRows), so that the
    // windows tried stay a handful.
    if (!chosen && doubt.empty() && (named || ruled) && level.size() - own_first >= 3 &&
        level.size() - own_first <= kMaxSuffixRows) {
      std::optional<Candidate> found;
      Evaluation found_eval;
      int ties = 0;
      for (size_t first = level.size() - 2; first > own_first; --first) {
        Candidate k{first, Sign::kPlus, false};
        Evaluation e = Evaluate(table, level, k, ri, columns);
        if (e.wrong <= 1 && e.agree() == e.n() - e.wrong && e.informative >= 3 &&
            e.informative >= e.telling() - 1) {
          ++ties;
          found = k;
          found_eval = e;
        }
      }
      if (ties == 1) {
        candidates.push_back(*found);
        evals.push_back(found_eval);
        if (found_eval.wrong == 1) {
          doubt = Doubt(table, level, candidates, evals, candidates.size() - 1, ri,
                        ruled && !named && !result, averages);
        }
        if (doubt.empty()) {
          chosen = &candidates.back();
          chosen_eval = found_eval;
        }
      }
    }
    // No other column can speak (one column, or the others tie trivially): a rule line over a
    // "Total" that closes the rows since the previous total or heading is the evidence, when
    // no other reading of those rows ties in the column.
    bool by_layout = false;
    size_t laid = 0;  // the plain sum of the rows the layout closes, if it is a candidate
    while (laid < candidates.size() &&
           !(candidates[laid].own && candidates[laid].sign == Sign::kPlus &&
             !candidates[laid].negated)) {
      ++laid;
    }
    if (!chosen && doubt.empty() && named && laid < candidates.size()) {
      const Candidate& k = candidates[laid];
      const Evaluation& e = evals[laid];
      const ColumnResult* wrong = nullptr;
      for (const ColumnResult& r : e.columns) {
        if (r.tie == Tie::kWrong) wrong = &r;
      }
      int shown = 0;  // the columns where the total shows a figure: all of them read
      for (size_t c : columns) shown += AmountAt(table, ri, c) ? 1 : 0;
      const Amount* t = wrong ? AmountAt(table, ri, wrong->column) : nullptr;
      // The one column that can speak is the wrong one, every column read.
      const bool one_wrong_column =
          e.wrong == 1 && e.telling() == 1 && e.n() == shown && wrong != nullptr;
      // Two parts or more that are not zero, and a total of two digits or more as shown.
      const bool enough_figures = one_wrong_column && wrong->nonzero_parts >= 2 && Digits(*t) >= 2;
      // A total between its parts is an average as likely as a wrong sum, unless another total
      // of the column is the sum of its rows and these parts are positive figures, none of
      // them the total's own (a total that repeats a row closes that row alone).
      // Share counts under a row the vocabulary names a total ("Total weighted average shares
      // outstanding") are a sum: an average of counts says so.
      const bool said_sum = row.kind == ValueKind::kShares;
      const bool a_sum_not_an_average =
          enough_figures && !averages[wrong->column] &&
          (said_sum ||
           (sums[wrong->column] && PositiveOthers(table, level, k.first, *t, wrong->column)) ||
           !Between(table, level, k.first, ri, wrong->column));
      // The rule line over the total in that column.
      const bool ruled_there = enough_figures && wrong->column < row.rule_above.size() &&
                               (row.rule_above[wrong->column] == RuleMark::kSingle ||
                                row.rule_above[wrong->column] == RuleMark::kSeparator);
      bool alone = one_wrong_column && enough_figures && a_sum_not_an_average && ruled_there;
      // Parts shown at another precision than the total: per-unit figures or a misread. A
      // total that shows one of its parts' figures closes that part alone.
      for (size_t i = k.first; i < level.size() && alone; ++i) {
        const Amount* a = AmountAt(table, level[i].row, wrong->column);
        if (a && !a->exact && (a->precision != t->precision || a->value == t->value)) {
          alone = false;
        }
      }
      for (size_t i = 0; i < evals.size() && alone; ++i) {
        if (i == laid) continue;
        for (const ColumnResult& r : evals[i].columns) {
          if (r.column == wrong->column && r.tie != Tie::kWrong) alone = false;
        }
      }
      if (alone) {
        chosen = &candidates[laid];
        chosen_eval = e;
        by_layout = true;
      }
    }
    if (!chosen) {
      if (ruled || named) {
        ++evaluated;
        std::string why = !doubt.empty()       ? doubt
                          : candidates.empty() ? "fewer than two rows above it to read it against"
                                               : "no reading of the rows above it ties in the "
                                                 "other columns";
        results->Skip(
            spec(), row.span,
            (row.label.empty() ? std::string("total") : row.label) + ": not established: " + why);
      }
      // A total of one row that repeats it in every column stands for that row.
      bool repeats = own_parts == 1;
      for (size_t c : columns) {
        const Amount* t = AmountAt(table, ri, c);
        const Amount* p = repeats ? AmountAt(table, level.back().row, c) : nullptr;
        if (t && (!p || p->value != t->value)) repeats = false;
      }
      // A ruled "Total" under one row read closes it too: the rest of its rows were not read (a
      // row whose figures the reader lost), and it stands for them in what follows.
      bool lone = named && mark == RuleMark::kSingle && own_parts == 1;
      bool closes = (mark == RuleMark::kSingle || named) && (own_parts >= 2 || repeats || lone);
      if (closes) {
        here.closed = RowsOf(level, own_first);
        if (ruled && !named && !result && !row.label.empty() && !repeats && !lone &&
            own_parts >= 2) {
          here.reopened.assign(level.begin() + static_cast<long>(own_first), level.end());
        }
        level.resize(own_first);
        here.total = true;
        here.stands = lone && !repeats;
      }
      level.push_back(here);
      continue;
    }
    ++evaluated;
    const Candidate& k = *chosen;
    std::string name = row.label.empty() ? "total" : row.label;
    for (const ColumnResult& r : chosen_eval.columns) {
      const Amount& total = *AmountAt(table, ri, r.column);
      const Cell& cell = row.cells[r.column];
      std::string column = ColumnName(table, r.column);
      std::string formula = Formula(table, level, k, r.column);
      if (r.tie == Tie::kExact) {
        results->Pass(spec(), cell.span,
                      name + " (" + column + "): " + formula + " = " + total.value.ToDisplay());
        continue;
      }
      Results::Failure f;
      f.expected = r.sum.ToDisplay();
      f.actual = total.value.ToDisplay();
      f.difference = (total.value - r.sum).ToDisplay();
      f.values = {{"row", name},
                  {"column", column},
                  {"expected", f.expected},
                  {"actual", f.actual},
                  {"difference", f.difference},
                  {"equation", formula},
                  {"evidence", by_layout           ? kLayoutEvidence
                               : !repeated.empty() ? repeated
                                                   : Evidence(chosen_eval)},
                  {"parts", std::to_string(level.size() - k.first)}};
      for (size_t i = k.first; i < level.size(); ++i) {
        const Amount* a = AmountAt(table, level[i].row, r.column);
        if (!a) continue;
        const Row& part = table.rows[level[i].row];
        f.related.emplace_back(
            part.cells[r.column].span,
            (part.label.empty() ? "part" : part.label) + " " + a->value.ToDisplay());
      }
      std::string misprint = Misprint(table, level, k, r.column, r.sum, total);
      if (!misprint.empty()) f.values["difference"] = f.difference + "; " + misprint;
      std::string sums = formula + " = " + f.expected + ", shown " + f.actual;
      if (r.tie == Tie::kRounding) {
        std::string detail = name + " (" + column + "): " + sums + ": within rounding (sum " +
                             f.expected + ", shown " + f.actual + ")";
        results->Pass(spec(), cell.span, detail);
        // Percentages of a whole are each rounded from their amounts: that they foot only
        // within rounding is no news.
        if (rounding_ && !percents) results->AddFinding(*rounding_, cell.span, f);
        continue;
      }
      results->Fail(spec(), cell.span,
                    name + " (" + column + "): " + sums + "; ties in " + f.values["evidence"], f);
    }
    here.closed = RowsOf(level, k.first);
    level.resize(k.first);
    here.total = true;
    here.established = true;
    level.push_back(here);
  }
}

void FootingRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  int evaluated = 0;
  for (const Table& table : doc.tables) {
    std::vector<size_t> additive;      // columns whose header allows amounts
    std::vector<size_t> percent_from;  // per additive column, where its percentages begin
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (vocabulary.Matches(vocabulary.non_additive_columns,
                             ColumnWords(table.columns[c].header, vocabulary))) {
        continue;
      }
      size_t from = PercentFrom(table, c, vocabulary);
      if (from == 0) continue;
      additive.push_back(c);
      percent_from.push_back(from);
    }
    if (!additive.empty()) {
      Foot(table, additive, percent_from, false, vocabulary, results, &evaluated);
    }
    // Columns of percentages of a whole (market shares, "as a % of net revenues") foot
    // like amounts, among themselves.
    std::vector<size_t> wholes;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      std::string header = ColumnWords(table.columns[c].header, vocabulary);
      bool named = std::any_of(whole_columns_.begin(), whole_columns_.end(),
                               [&](const Pattern& p) { return p.Search(header); });
      if (PercentsOfAWhole(table, c, vocabulary, named)) wholes.push_back(c);
    }
    // A column of percentages beside them whose whole is not 100 (misprinted) is one too.
    if (!wholes.empty()) {
      std::vector<size_t> beside;
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (std::find(wholes.begin(), wholes.end(), c) != wholes.end()) continue;
        if (BesideAWhole(table, c, wholes, vocabulary)) beside.push_back(c);
      }
      wholes.insert(wholes.end(), beside.begin(), beside.end());
      std::sort(wholes.begin(), wholes.end());
    }
    // One such column alone has only its layout for evidence, and a column of growth rates can
    // show 100 first ("100.0%" for a line new this year): two or more, or none.
    if (wholes.size() >= 2) {
      Foot(table, wholes, std::vector<size_t>(wholes.size(), table.rows.size()), true, vocabulary,
           results, &evaluated);
    }
  }
  if (evaluated == 0) results->Skip(spec(), "no table with a total");
}

}  // namespace tieout
