#include "checker/rules/footing_structure.h"

#include <algorithm>

#include "checker/base/words.h"

namespace tieout {
namespace footing {

namespace {

// The longest window a total is read against.
constexpr size_t kMaxWindow = 60;

}  // namespace

std::vector<size_t> RowsOf(const std::vector<Item>& level, size_t first) {
  std::vector<size_t> rows;
  for (size_t i = first; i < level.size(); ++i) rows.push_back(level[i].row);
  return rows;
}

bool Minus(const std::vector<Item>& level, const Candidate& k, size_t i) {
  return (k.sign == Sign::kFirstLessRest && i > k.first) ||
         (k.sign == Sign::kDeductions && level[i].subtracted);
}

const Amount* AmountAt(const Table& table, size_t row, size_t c) {
  const Row& r = table.rows[row];
  return c < r.cells.size() && r.cells[c].amount ? &*r.cells[c].amount : nullptr;
}

namespace {

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

}  // namespace

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

bool NamesAPartOf(const std::string& part, const std::string& whole) {
  std::vector<std::string> p = SpaceSeparatedWords(part), w = SpaceSeparatedWords(whole);
  if (w.size() < 2 || p.size() <= w.size()) return false;
  for (const std::string& word : w) {
    if (std::find(p.begin(), p.end(), word) == p.end()) return false;
  }
  return true;
}

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

}  // namespace footing
}  // namespace tieout
