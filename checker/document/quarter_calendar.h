// The fiscal calendar of a document, for columns that name a quarter by its number and not its
// end ("First Quarter 2020", "Fiscal 2014 Q1"): read from its dated columns.
#ifndef TIEOUT_DOCUMENT_QUARTER_CALENDAR_H_
#define TIEOUT_DOCUMENT_QUARTER_CALENDAR_H_

#include <string>
#include <vector>

#include "checker/document/document.h"

namespace tieout {

// The fiscal calendar a document's dated columns establish, for columns that name a quarter by
// its number and not its end ("First Quarter 2020", "Fiscal 2014 Q1"): the month its fiscal years
// end in, where every dated twelve-month column and every year to date (six or nine months) agrees
// on it; fiscal years are named for the calendar year they end in (not established for years
// ending in January to March, which are named either way). Where the years end near a month's
// end but not on it (52/53-week years), only a fourth quarter has an end the tables establish: the
// end of its year's own twelve-month column (the other quarters' ends depend on how the year's
// weeks are divided, 13-13-13-13 or 12-12-12-16).
struct QuarterCalendar {
  int end_month = 0;            // 1-12; 0 where not established
  bool weeks = false;           // 52/53-week years, ending near the month's end
  std::vector<Period> years;    // the dated twelve-month columns
  std::string not_established;  // why, where end_month is 0: "no dated twelve-month column ..."

  // Quarter `quarter` (1-4) of the fiscal year named `year`: three months ended on its end; a
  // period of kind kUnknown, and *why, where its end is not established.
  Period QuarterOf(int quarter, int year, std::string* why) const;
};
QuarterCalendar FiscalQuarterCalendar(const Document& doc);

}  // namespace tieout

#endif  // TIEOUT_DOCUMENT_QUARTER_CALENDAR_H_
