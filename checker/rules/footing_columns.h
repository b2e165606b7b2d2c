// Which columns of a table the footing rule (footing_rule.h) foots, and from which row: amounts
// until their percentages begin, and columns of percentages of a whole. Internal to the footing
// rule's files.
#ifndef TIEOUT_RULES_FOOTING_COLUMNS_H_
#define TIEOUT_RULES_FOOTING_COLUMNS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {
namespace footing {

// Whether a row shows percentages and no amounts: every figure it shows that is not a dash
// ends with '%'.
bool PercentagesOnly(const Row& row);

// The first row from which column c holds ratios, not amounts: the first row that shows a
// percentage in it (table.rows.size() for none). A percentage above the amounts ("Net revenues
// 100.0%") makes the whole column a column of ratios; a rate reconciliation below the amounts
// leaves the amounts above it alone; a row the vocabulary calls non-additive ("percent change
// from prior year 18%") is a row apart and says nothing of its column.
// A row of percentages only under amounts of the column ("Interest rate paid 5.92% 6.14%"
// under the notional amounts) is a row apart too.
size_t PercentFrom(const Table& table, size_t c, const Vocabulary& vocabulary);

// Whether column c holds percentages of a whole: its first figure is a percentage, and its
// header says so (`named`), or the whole, 100, stands first ("Revenue 100.0%") or on a row
// named a total (a column of percent changes or of margins shows 100 nowhere, or on a row of
// its own: "Gain on sale 100%").
bool PercentsOfAWhole(const Table& table, size_t c, const Vocabulary& vocabulary, bool named);

// Whether column c, whose first figure is a percentage, stands beside the columns of
// percentages of a whole `wholes` as one of them whose whole was misprinted: on a row named a
// total where one of them shows 100, it shows a figure at least as large as each of its figures
// above, and none of its figures is negative (a column of growth rates or of margins shows an
// average there, between its parts, or a negative figure somewhere).
bool BesideAWhole(const Table& table, size_t c, const std::vector<size_t>& wholes,
                  const Vocabulary& vocabulary);

// The header of a column as it speaks of the column's figures: a scale note's "except" clause
// ("(millions, except percentages)", "except per share data") names the figures of other rows,
// not of the column, and is left out.
std::string ColumnWords(const std::string& header, const Vocabulary& vocabulary);

}  // namespace footing
}  // namespace tieout

#endif  // TIEOUT_RULES_FOOTING_COLUMNS_H_
