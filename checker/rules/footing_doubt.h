// Why a column where an established structure fails may not be wrong after all, and the evidence
// a finding cites (footing_rule.h): averages, rows read into the wrong column, totals that
// repeat one row, misprinted precision. Internal to the footing rule's files.
#ifndef TIEOUT_RULES_FOOTING_DOUBT_H_
#define TIEOUT_RULES_FOOTING_DOUBT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "checker/rules/footing_structure.h"
#include "checker/rules/rule.h"

namespace tieout {
namespace footing {

// Whether the total of column c lies between the smallest and the largest positive figure of
// the window: an average could, a sum of positive figures cannot.
bool Between(const Table& table, const std::vector<Item>& level, size_t first, size_t total_row,
             size_t c);

// Whether every figure of the window level[first, end) in column c is positive or zero and
// none shows the figure of `total`.
bool PositiveOthers(const Table& table, const std::vector<Item>& level, size_t first,
                    const Amount& total, size_t c);

// Why the column where an established candidate fails is not wrong after all, or "" when it is:
// its blank cells differ from those of the columns that tie (a figure read into the wrong
// column); it ties exactly under another reading; its total lies between the smallest and the
// largest of its parts in the column's other totals too (averages, not sums); or it has no rule
// line of its own when only the rule lines made the row a total.
std::string Doubt(const Table& table, const std::vector<Item>& level,
                  const std::vector<Candidate>& candidates, const std::vector<Evaluation>& evals,
                  size_t chosen, size_t total_row, bool only_ruled,
                  const std::vector<bool>& averages);

// Per column: whether its totals are averages of their rows rather than sums. Read from the rows
// since each ruled or named total: in two of them or more the total lies between the smallest and
// the largest of two positive figures or more, and in none is it their sum or the first less the
// rest. `sums` gets, per column, whether one of its totals at least is such a sum.
std::vector<bool> AverageColumns(const Table& table, const Vocabulary& vocabulary,
                                 std::vector<bool>* sums_out);

// Parts shown at a finer precision than their total whose digits, read at the total's
// precision, make the rows tie: "142.618" in a column of thousands printed for 142,618. Says
// so, or "".
std::string Misprint(const Table& table, const std::vector<Item>& level, const Candidate& k,
                     size_t c, const Decimal& sum, const Amount& total);

// The label of the row a total repeats where it is the only non-zero figure of the window
// (x = x + 0), when two columns or more repeat the same row: they tie under any reading, but
// they show the total stands for that row and the rows that are blank there. It is evidence
// against the column `wrong` only where the total there is neither the sum nor that row's
// figure. "" when there is none.
std::string RepeatedRow(const Table& table, const std::vector<Item>& level, const Candidate& k,
                        size_t total_row, const Evaluation& e, size_t wrong, int* count);

// The columns that tie of those that tell: trivial ties are left out of both counts.
std::string Evidence(const Evaluation& e);

}  // namespace footing
}  // namespace tieout

#endif  // TIEOUT_RULES_FOOTING_DOUBT_H_
