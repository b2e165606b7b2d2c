// The structures a total of a table is read against (footing_rule.h): the rows since the
// previous total or heading and the other windows of the rows above it, each with a sign
// pattern, and their evaluation in each column (exact, within rounding, or wrong). Internal to
// the footing rule's files.
#ifndef TIEOUT_RULES_FOOTING_STRUCTURE_H_
#define TIEOUT_RULES_FOOTING_STRUCTURE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {
namespace footing {

// A row of the run of rows a total may close (a "level"): a part, or an earlier total.
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
std::vector<size_t> RowsOf(const std::vector<Item>& level, size_t first);

// How a candidate signs its rows: all added, the vocabulary's deductions subtracted, or the
// first row less the rest.
enum class Sign { kPlus, kDeductions, kFirstLessRest };

// One candidate structure of a total: a window of the level with a sign pattern.
struct Candidate {
  size_t first = 0;  // the window is level[first, end)
  Sign sign = Sign::kPlus;
  bool own = false;      // the window the layout closes (see Candidates)
  bool negated = false;  // a loss shown as a positive figure: the reading with its sign reversed
};

// How a column's sum compares with the total shown.
enum class Tie { kExact, kRounding, kWrong };

// A candidate's sum in one column.
struct ColumnResult {
  size_t column = 0;
  Tie tie = Tie::kWrong;
  Decimal sum, half;
  Decimal half_squares;  // the sum of the squared half-units of the parts
  int nonzero_parts = 0;
};

// A candidate across the columns of the total.
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

// Whether the candidate subtracts the row level[i].
bool Minus(const std::vector<Item>& level, const Candidate& k, size_t i);

// The figure of table row `row` in column c, or nullptr.
const Amount* AmountAt(const Table& table, size_t row, size_t c);

// The number of digits of a figure as shown, trailing zeros too: 20 and 52 have 2, 1 has 1.
int Digits(const Amount& a);

// The candidate `k` for the total at `total_row`, column by column.
Evaluation Evaluate(const Table& table, const std::vector<Item>& level, const Candidate& k,
                    size_t total_row, const std::vector<size_t>& columns);

// "161,000 + 135,000", as the candidate reads column c (blank parts left out).
std::string Formula(const Table& table, const std::vector<Item>& level, const Candidate& k,
                    size_t c);

// Whether the label `part` names a part of the total `whole`: it has every word of it and more
// ("total current liabilities" of "total liabilities").
bool NamesAPartOf(const std::string& part, const std::string& whole);

// The candidate structures of a total closing `level`, simplest first. `own_first` is where the
// rows since the previous total or heading begin, `heading_first` where the rows since the last
// heading begin.
std::vector<Candidate> Candidates(const std::vector<Item>& level, size_t own_first,
                                  size_t heading_first, size_t ruled_first, bool loss,
                                  bool first_everywhere, bool part_of_previous);

}  // namespace footing
}  // namespace tieout

#endif  // TIEOUT_RULES_FOOTING_STRUCTURE_H_
