// Reading periods from column headers and prose: "Quarter ended December 31, 2002",
// "Six months ended December 31,", "June 30, 2003", "Fiscal 2004".
#ifndef TIEOUT_DOCUMENT_PERIOD_H_
#define TIEOUT_DOCUMENT_PERIOD_H_

#include <string>
#include <string_view>

#include "checker/document/document.h"

namespace tieout {

// Reads the period a column header names. A header with a length ("three months", "quarter",
// "year") is a duration; a date alone is an instant; a year alone is a period of kind unknown
// with only the year set. Unrecognised text gives a default Period.
Period ParsePeriodHeader(std::string_view header);

// How a period is shown to users, in tables and prose alike: "quarter ended Dec 31, 2002",
// "six months ended Dec 31, 2003", "year ended Dec 2003" (a day of 0: the end of the month),
// "at Jun 30, 2003", "2003" (a year alone), "" when nothing is known. The one printer of
// periods in messages and text output; Period::ToString is the machine form for data outputs.
std::string DescribePeriod(const Period& p);

// 1..12 for a month name or its abbreviation ("Dec", "Sept."), 0 otherwise.
int MonthFromName(std::string_view word);

}  // namespace tieout

#endif  // TIEOUT_DOCUMENT_PERIOD_H_
