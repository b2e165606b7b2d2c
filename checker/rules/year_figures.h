// What the per-share rules that compare a year's figure across tables share: which columns are
// whole years, a figure as shown, and the rows of the tables nearest a table (so that a release
// repeated many times stays linear).
#ifndef TIEOUT_RULES_YEAR_FIGURES_H_
#define TIEOUT_RULES_YEAR_FIGURES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "checker/document/document.h"

namespace tieout {

struct QuarterNameWords;

// 1..4 for a header that has one word of the ordinals of `names` ("2nd", "Second Quarter", "1993
// 3RD"), else 0 (none, or two: a range or another kind of header). Words are the header's runs of
// letters, digits and '_', compared lowercased.
int QuarterOf(const std::string& header, const QuarterNameWords& names);

// Whether a header has one of the words of `names.year` ("Year", "Total"), compared the same way.
bool NamesTheYear(const std::string& header, const QuarterNameWords& names);

// A column that is a whole year: a year alone or twelve months.
bool IsYear(const Period& p);

// A figure as shown: money is compared unscaled ("0.110" in a table in millions is 0.110), so
// that a per-share row read as money pairs with one read as per-share.
std::optional<Amount> FigureAt(const Table& table, const Row& row, size_t c);

// A row of a table, with the table's index in the document.
struct TableRow {
  size_t table_index = 0;
  const Table* table = nullptr;
  const Row* row = nullptr;
};

// The rows of `rows` (in the document's order) in the tables nearest the table `table_index`:
// `count` of them at most, the nearer first (after before before where equally near).
std::vector<const TableRow*> NearestRows(const std::vector<TableRow>& rows, size_t table_index,
                                         size_t count);

}  // namespace tieout

#endif  // TIEOUT_RULES_YEAR_FIGURES_H_
