#include "checker/rules/period_sanity_rule.h"

#include <cstdlib>

namespace tieout {
namespace {

// Period ends within a week of each other are the same end (52/53-week years).
constexpr long kSameEndDays = 7;

// A 52/53-week period ending in the first days of a month (July 3) belongs to the month before.
Date MonthEnd(const Date& d) {
  if (d.day > 0 && d.day <= 7) {
    return d.month == 1 ? Date{d.year - 1, 12, 0} : Date{d.year, d.month - 1, 0};
  }
  return Date{d.year, d.month, 0};
}

bool SameEnd(const Date& a, const Date& b) {
  return std::labs(DayNumber(a) - DayNumber(b)) <= kSameEndDays;
}

std::string MonthName(int month) {
  static const char* const kNames[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "?";
}

std::string Ordinal(int n) {
  static const char* const kNames[] = {"first", "second", "third", "fourth"};
  return n >= 1 && n <= 4 ? kNames[n - 1] : std::to_string(n);
}

Period QuarterEnding(const Date& end) {
  Period p;
  p.kind = Period::Kind::kDuration;
  p.months = 3;
  p.year = end.year;
  p.month = end.month;
  p.day = end.day;
  return p;
}

// The quarter of the fiscal year (1..4) a quarter ending on `end` is, and the year it belongs to
// named for the calendar year it ends in; 0 when `end` is not a quarter end of that calendar.
int QuarterOf(const Date& end, int end_month, int* fiscal_year) {
  Date m = MonthEnd(end);
  int after = ((m.month - end_month) % 12 + 12) % 12;  // months after the year end: 0..11
  if (after % 3 != 0) return 0;
  *fiscal_year = m.month > end_month ? m.year + 1 : m.year;
  return after == 0 ? 4 : after / 3;
}

// Where the tables show `p`: the first cell of a flow row with that period.
SetLocation CellOf(const DocumentRecord& doc, const Period& p) {
  for (const RecordRow& row : doc.rows) {
    if (!IsFlow(row.statement)) continue;
    for (const RecordCell& c : row.cells) {
      if (c.period == p) return SetLocation{&doc, c.line, c.column};
    }
  }
  return SetLocation{&doc, 0, 0};
}

// The fiscal year labels a calendar allows: named for the year it ends in, or, for a year that
// ends in January to March, for the year before.
std::vector<int> LabelOffsets(const FiscalCalendar& fiscal) {
  if (fiscal.end_month <= 3) return {0, -1};
  return {0};
}

}  // namespace

Date FiscalQuarterEnd(int end_month, int label_offset, int year, int ordinal) {
  // The fiscal year named `year` ends in month end_month of calendar year year - label_offset;
  // its quarter `ordinal` ends 3 * (4 - ordinal) months before.
  int total = (year - label_offset) * 12 + (end_month - 1) - 3 * (4 - ordinal);
  return Date{total / 12, total % 12 + 1, 0};
}

void PeriodSanityRule::RunSet(const DocumentSet& set, const SetContext&,
                              SetResults* results) const {
  for (const DocumentRecord* doc : set.documents) CheckDocument(*doc, results);
}

void PeriodSanityRule::CheckDocument(const DocumentRecord& doc, SetResults* results) const {
  if (!doc.HasStatements()) return;
  const FiscalCalendar& fiscal = doc.fiscal;
  std::string calendar = fiscal.known() ? "a fiscal year ending in " + MonthName(fiscal.end_month) +
                                              " (from " + fiscal.basis + ")"
                                        : "";
  auto fail = [&](SetLocation where, const std::string& claim, const std::string& problem,
                  std::vector<std::pair<SetLocation, std::string>> related) {
    SetResults::Failure f;
    f.values = {{"claim", claim}, {"problem", problem}};
    f.related = std::move(related);
    results->Fail(spec(), where, claim + ": " + problem, f);
  };

  // A quarter named by number and date is that quarter under the tables' fiscal year.
  for (const PeriodClaim& c : doc.claims) {
    if (c.ordinal == 0 || c.end.year == 0) continue;
    SetLocation where{&doc, c.line, c.column};
    if (!fiscal.known()) {
      results->Skip(spec(), where,
                    "\"" + c.text + "\": the tables do not show when the fiscal year ends");
      continue;
    }
    int fy = 0;
    int quarter = QuarterOf(c.end, fiscal.end_month, &fy);
    bool year_agrees = c.year == 0;
    for (int offset : LabelOffsets(fiscal)) year_agrees |= c.year == fy + offset;
    // "The second quarter of 2004" without "fiscal" may also mean the calendar year's.
    int calendar_year = 0;
    bool calendar_reading = !c.fiscal && QuarterOf(c.end, 12, &calendar_year) == c.ordinal &&
                            (c.year == 0 || c.year == calendar_year);
    if ((quarter == c.ordinal && year_agrees) || calendar_reading) {
      results->Pass(spec(), where,
                    "\"" + c.text + "\": the " + Ordinal(c.ordinal) + " quarter under " + calendar);
      continue;
    }
    std::string is = quarter == 0 ? "is not a quarter end"
                                  : "ends the " + Ordinal(quarter) + " quarter of fiscal year " +
                                        std::to_string(fy);
    fail(where, c.text, DescribePeriod(QuarterEnding(c.end)) + " " + is + " under " + calendar, {});
  }

  // The headline: the first period the prose names that is over by the release date.
  const PeriodClaim* headline = nullptr;
  for (const PeriodClaim& c : doc.claims) {
    if (c.months <= 0) continue;
    if (c.end.year > 0 && doc.release_date.year > 0 &&
        DayNumber(c.end) >= DayNumber(doc.release_date)) {
      continue;  // a period still to come: an outlook, not what the release reports
    }
    if (c.end.year == 0 && c.ordinal == 0) continue;
    headline = &c;
    break;
  }
  if (headline) {
    const PeriodClaim& c = *headline;
    SetLocation where{&doc, c.line, c.column};
    Period latest = doc.LatestFlowPeriod(c.months);
    std::vector<Date> ends;  // what the claim can mean
    std::string reading;
    if (c.end.year > 0) {
      ends.push_back(c.end);
    } else if (fiscal.known()) {
      int year = c.year;
      if (year == 0 && latest.year > 0) QuarterOf(DateOf(latest), fiscal.end_month, &year);
      for (int offset : LabelOffsets(fiscal)) {
        ends.push_back(FiscalQuarterEnd(fiscal.end_month, offset, year, c.ordinal));
      }
      if (!c.fiscal && c.year > 0) ends.push_back(FiscalQuarterEnd(12, 0, c.year, c.ordinal));
      reading = " (under " + calendar + ", " + DescribePeriod(QuarterEnding(ends.front())) + ")";
    }
    Period last = doc.CurrentPeriod();
    if (latest.year > 0 && !SameEnd(DateOf(latest), DateOf(last))) {
      // The statements read end later than their latest column of this length: the column of
      // the current period of this length was not read, and the latest one read is not it.
      results->Skip(spec(), where,
                    "\"" + c.text + "\": the statements' latest column of its length, the " +
                        DescribePeriod(latest) + ", does not end with their latest period, the " +
                        DescribePeriod(last));
    } else if (latest.year == 0) {
      results->Skip(spec(), where,
                    "\"" + c.text + "\": the statements show no column of " +
                        std::to_string(c.months) + " months");
    } else if (ends.empty()) {
      results->Skip(spec(), where,
                    "\"" + c.text + "\": the tables do not show when the fiscal year ends");
    } else {
      const Date* agreed = nullptr;
      for (const Date& e : ends) {
        // A day of 0 (the end of a month) against a 52/53-week end in the next month's first
        // days.
        if (SameEnd(e, DateOf(latest)) || (e.day == 0 && SameEnd(e, MonthEnd(DateOf(latest))))) {
          agreed = &e;
          break;
        }
      }
      if (agreed && c.end.year == 0) {
        reading = " (" +
                  (agreed == &ends.back() && !c.fiscal && c.year > 0 && ends.size() > 1
                       ? std::string("the calendar year's")
                       : "under " + calendar) +
                  ", " + DescribePeriod(QuarterEnding(*agreed)) + ")";
      }
      if (agreed) {
        results->Pass(spec(), where,
                      "\"" + c.text + "\"" + reading + " is the statements' current column, " +
                          DescribePeriod(latest));
      } else {
        fail(where, c.text,
             "the statements' current column of its length is the " + DescribePeriod(latest) +
                 reading,
             {{CellOf(doc, latest), "the current column: " + DescribePeriod(latest)}});
      }
    }
  }

  // The release is dated after the period it reports.
  Period current = doc.CurrentPeriod();
  SetLocation at_date{&doc, doc.release_line, doc.release_column};
  if (current.year == 0) {
    results->Skip(spec(), at_date,
                  "the statements show no period: the release date is not compared with one");
  } else if (doc.release_date.year == 0) {
    results->Skip(spec(), CellOf(doc, current),
                  "the release date is not found: its " + DescribePeriod(current) +
                      " is not compared with it");
  } else if (DayNumber(doc.release_date) > DayNumber(DateOf(current))) {
    results->Pass(spec(), at_date,
                  "released " + DateString(doc.release_date) + ", after the end of the " +
                      DescribePeriod(current));
  } else {
    fail(at_date, "released " + doc.release_text,
         "the release is dated before the end of the " + DescribePeriod(current) +
             " its statements report",
         {{CellOf(doc, current), "the current column: " + DescribePeriod(current)}});
  }
}

}  // namespace tieout
