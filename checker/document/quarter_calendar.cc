#include "checker/document/quarter_calendar.h"

#include <set>

namespace tieout {

namespace {

int DaysIn(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string MonthName(int month) {
  static const char* const kNames[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
  return kNames[month - 1];
}

// The month end a period ending on `p`'s date is near: that month's when the date is its last day
// (*exact) or in its last ten days, the month before's when the date is in a month's first week
// (a 52/53-week year ending on January 2 ends near December's end; *year is then the year
// before). 0 for a date in mid-month.
int NearMonthEnd(const Period& p, int* year, bool* exact) {
  *year = p.year;
  *exact = p.day == DaysIn(p.year, p.month) || (p.year == 0 && p.month == 2 && p.day == 28);
  if (*exact || p.day >= DaysIn(p.year, p.month) - 9) return p.month;
  if (p.day > 7) return 0;
  if (p.month == 1) --*year;
  return p.month == 1 ? 12 : p.month - 1;
}

}  // namespace

QuarterCalendar FiscalQuarterCalendar(const Document& doc) {
  QuarterCalendar cal;
  std::set<int> months;
  for (const Table& table : doc.tables) {
    for (const Column& column : table.columns) {
      const Period& p = column.period;
      if (p.kind != Period::Kind::kDuration || p.month == 0 || p.day == 0 ||
          (p.months != 12 && p.months != 6 && p.months != 9)) {
        continue;
      }
      int year = 0;
      bool exact = false;
      int month = NearMonthEnd(p, &year, &exact);
      if (month == 0) {
        cal.not_established = "the column of the " + p.ToString() + " ends in mid-month";
        return cal;
      }
      cal.weeks |= !exact;
      if (p.months == 12 && p.year != 0) cal.years.push_back(p);
      // A year to date starts with the fiscal year: six months ended June 30 end a year in
      // December.
      months.insert(p.months == 12 ? month : (month - p.months + 11) % 12 + 1);
    }
  }
  if (months.empty()) {
    cal.not_established =
        "no dated column of a year or a year to date shows when the fiscal "
        "year ends";
  } else if (months.size() > 1) {
    std::string names;
    for (int m : months) names += (names.empty() ? "" : ", ") + MonthName(m);
    cal.not_established = "the dated columns of a year or a year to date end fiscal years in " +
                          std::to_string(months.size()) + " months (" + names + ")";
  } else if (*months.begin() <= 3) {
    cal.not_established = "fiscal years ending in " + MonthName(*months.begin()) +
                          " are named for the year they end in or for the year before";
  } else {
    cal.end_month = *months.begin();
  }
  return cal;
}

Period QuarterCalendar::QuarterOf(int quarter, int year, std::string* why) const {
  Period p;
  if (end_month == 0) {
    *why = not_established;
    return p;
  }
  if (weeks) {
    if (quarter == 4) {
      for (const Period& y : years) {
        int named = 0;
        bool exact = false;
        if (NearMonthEnd(y, &named, &exact) == end_month && named == year) {
          p = y;
          p.months = 3;
          return p;
        }
      }
    }
    *why = "52/53-week fiscal years ending near the end of " + MonthName(end_month) + ": " +
           (quarter == 4
                ? "no dated twelve-month column shows when fiscal " + std::to_string(year) + " ends"
                : "the quarters' ends depend on how the year's weeks are divided");
    return p;
  }
  int total = year * 12 + (end_month - 1) - 3 * (4 - quarter);
  p.kind = Period::Kind::kDuration;
  p.months = 3;
  p.year = total / 12;
  p.month = total % 12 + 1;
  p.day = DaysIn(p.year, p.month);
  return p;
}

}  // namespace tieout
