// Periods named in prose, and the fiscal calendar that turns them into table columns.
//
// "for the quarter and six months ended December 31, 2003" names two periods; "for the
// six-month periods ended December 31, 2003 and 2002" names one length at two dates; "the same
// period in fiscal year 2003" names a period relative to one named before; "the second quarter
// of fiscal 2004" needs the fiscal year end to find its end date. FindPeriodMentions reads the
// phrases; ParagraphReader::Resolve (reader_periods.cc) turns them into Periods; ColumnMatches
// ties a Period to a table column, allowing the few days by which 52/53-week years move a period
// end.
#ifndef TIEOUT_NARRATIVE_PERIODS_H_
#define TIEOUT_NARRATIVE_PERIODS_H_

#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/document/period.h"
#include "checker/narrative/tokens.h"

namespace tieout {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;  // 0 when only the month is known: the end of the month
};

struct PeriodMention {
  enum class Kind {
    kExplicit,    // lengths and end dates: "the quarter ended December 31, 2003"
    kInstant,     // "at December 31, 2003", "as of June 30, 2003"
    kOrdinal,     // "the second quarter of fiscal 2004", "the 2004 second quarter"
    kYear,        // "in 2002", "in fiscal 2004", "fiscal year 2003"
    kComparable,  // "the same period in 2002", "the comparable quarter", "a year ago"
    kSequential,  // "the previous quarter", "the preceding quarter"
    kCurrent,     // "for the quarter", "this quarter", "the six months"
  };
  Kind kind = Kind::kCurrent;
  size_t first = 0;  // tokens [first, last], the leading preposition included
  size_t last = 0;
  std::vector<int> lengths;  // months of each period named, in order: {3, 6}
  std::vector<Date> dates;   // end dates named, in order
  int ordinal = 0;           // the quarter's number, 1..4
  int year = 0;              // the year named: "in 2002", "of fiscal year 2003"
  bool fiscal = false;       // the year is a fiscal year
  bool plural = false;       // "the same periods"
  bool at_end = false;       // "at quarter end", "at year-end": the date that ends the period
};
const char* PeriodMentionKindName(PeriodMention::Kind kind);

// Every period phrase in tokens [begin, end), in order, not overlapping.
std::vector<PeriodMention> FindPeriodMentions(const std::vector<Token>& tokens, size_t begin,
                                              size_t end);

// When a company's fiscal year ends, read from its tables and its text.
struct FiscalCalendar {
  int end_month = 0;     // 1..12; 0 when unknown
  int label_offset = 0;  // fiscal year label = calendar year in which it ends + offset (0 or -1)
  std::string basis;     // what it was read from, for details

  bool known() const { return end_month > 0; }
  // The fiscal year a period ending on `end` belongs to; 0 when the calendar is unknown.
  int FiscalYearOf(const Date& end) const;
  // The end date of fiscal year `label` (day 0: the end of the month).
  Date FiscalYearEnd(int label) const;
};

// The fiscal year end a document shows: from "the second quarter of fiscal 2004 ended December
// 31, 2003" or "fiscal year ended June 30" in its prose (mentions), else from its columns: a
// 12-month period, a year-to-date period (six months ended December 31 starts in July), or a
// balance sheet that sets the quarter end beside an earlier year end.
FiscalCalendar DeriveFiscalCalendar(const Document& doc,
                                    const std::vector<PeriodMention>& mentions);

// Date helpers. A day of 0 means the last day of the month.
long DayNumber(const Date& d);
Date DateOf(const Period& p);
Period DurationEnding(int months, const Date& end);  // `months` long, ending at `end`
Period ShiftPeriod(const Period& p, int months);  // moves the end date by `months` (negative: back)

// Whether a period named in prose is the period of a table column: the same kind and length,
// and end dates at most 7 days apart (52/53-week years end on different days each year).
bool ColumnMatches(const Period& narrative, const Period& column);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_PERIODS_H_
