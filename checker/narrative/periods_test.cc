#include "checker/narrative/periods.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "checker/document/period.h"

namespace tieout {
namespace {

// "kind lengths dates ordinal year fiscal" for each period phrase in `text`.
std::vector<std::string> Mentions(const std::string& text) {
  std::vector<Token> tokens = Tokenize(text, {});
  std::vector<std::string> out;
  for (const PeriodMention& m : FindPeriodMentions(tokens, 0, tokens.size())) {
    std::string s = text.substr(tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin);
    s += std::string(" => ") + PeriodMentionKindName(m.kind);
    for (int l : m.lengths) s += " " + std::to_string(l) + "m";
    for (const Date& d : m.dates) {
      char buf[32];
      std::snprintf(buf, sizeof buf, " %04d-%02d-%02d", d.year, d.month, d.day);
      s += buf;
    }
    if (m.ordinal) s += " Q" + std::to_string(m.ordinal);
    if (m.year) s += " " + std::string(m.fiscal ? "FY" : "") + std::to_string(m.year);
    if (m.plural) s += " plural";
    if (m.at_end) s += " at end";
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(PeriodsTest, ExplicitPeriodsAndLists) {
  EXPECT_EQ(Mentions("for the quarter and six months ended December 31, 2003 increased"),
            Strings{"for the quarter and six months ended December 31, 2003 => explicit 3m 6m "
                    "2003-12-31"});
  EXPECT_EQ(Mentions("for the three and six month periods ended December 31, 2002."),
            Strings{"for the three and six month periods ended December 31, 2002 => explicit 3m "
                    "6m 2002-12-31"});
  EXPECT_EQ(Mentions("was $0.3 for the six-month periods ended December 31, 2003 and 2002."),
            Strings{"for the six-month periods ended December 31, 2003 and 2002 => explicit 6m "
                    "2003-12-31 2002-12-31"});
  EXPECT_EQ(Mentions("for the 13 weeks ended July 3, 2004"),
            Strings{"for the 13 weeks ended July 3, 2004 => explicit 3m 2004-07-03"});
  EXPECT_EQ(Mentions("the first fiscal quarter ended September 30, 2003"),
            Strings{"the first fiscal quarter ended September 30, 2003 => explicit 3m "
                    "2003-09-30 Q1"});
  EXPECT_EQ(Mentions("the second quarter of fiscal year 2004 ended December 31, 2003"),
            Strings{"the second quarter of fiscal year 2004 ended December 31, 2003 => explicit "
                    "3m 2003-12-31 Q2 FY2004"});
  EXPECT_EQ(Mentions("at December 31, 2003 and as of June 30, 2003"),
            (Strings{"at December 31, 2003 => instant 2003-12-31",
                     "as of June 30, 2003 => instant 2003-06-30"}));
}

TEST(PeriodsTest, RelativeAndCurrentPeriods) {
  EXPECT_EQ(Mentions("for the same periods in 2002"),
            Strings{"for the same periods in 2002 => comparable 2002 plural"});
  EXPECT_EQ(Mentions("for the same period in fiscal year 2003"),
            Strings{"for the same period in fiscal year 2003 => comparable FY2003"});
  EXPECT_EQ(Mentions("in the comparable quarter of fiscal year 2003"),
            Strings{"in the comparable quarter of fiscal year 2003 => comparable 3m FY2003"});
  EXPECT_EQ(Mentions("compared with $2 million a year ago and the prior year period"),
            (Strings{"a year ago => comparable", "the prior year period => comparable"}));
  EXPECT_EQ(Mentions("up from the previous quarter"),
            Strings{"the previous quarter => sequential 3m"});
  EXPECT_EQ(Mentions("a net loss for the quarter, or"), Strings{"for the quarter => current 3m"});
  EXPECT_EQ(Mentions("in fiscal 2004 and in 2002"),
            (Strings{"in fiscal 2004 => year FY2004", "in 2002 => year 2002"}));
  EXPECT_EQ(Mentions("in the second quarter of 2003 and the 2004 second quarter"),
            (Strings{"in the second quarter of 2003 => ordinal 3m Q2 2003",
                     "the 2004 second quarter => ordinal 3m Q2 2004"}));
}

TEST(PeriodsTest, AnOrdinalThatOpensTheSentenceSaysWhen) {
  // "Third quarter sales were": an ordinal period that opens its sentence needs no "for the".
  EXPECT_EQ(Mentions("Third quarter sales were $9 million."),
            Strings{"Third quarter => current 3m Q3"});
  EXPECT_EQ(Mentions("Net sales rose. First nine months sales were $9 million."),
            Strings{"First nine months => current 9m Q1"});
  // Quiet: inside a sentence, or a length without an ordinal, it is no period phrase.
  EXPECT_EQ(Mentions("Sales rose and third quarter orders were $9 million."), Strings{});
  EXPECT_EQ(Mentions("Quarter sales were $9 million."), Strings{});
}

TEST(PeriodsTest, TheEndOfAPeriodIsItsDate) {
  // "at quarter end", "Year-end cash was": the date that ends the current period.
  EXPECT_EQ(Mentions("At quarter end, long-term debt was $8.7 billion."),
            Strings{"At quarter end => current 3m at end"});
  EXPECT_EQ(Mentions("Year-end cash was $9 million."), Strings{"Year-end => current 12m at end"});
  EXPECT_EQ(Mentions("Year-end 2015 cash was $9 million."),
            Strings{"Year-end 2015 => current 12m 2015 at end"});
  // Quiet: "ended" with its date is the period itself; "end" inside a sentence without a
  // preposition names none.
  EXPECT_EQ(Mentions("for the quarter ended March 31, 2020"),
            Strings{"for the quarter ended March 31, 2020 => explicit 3m 2020-03-31"});
  EXPECT_EQ(Mentions("Debt rose and quarter end balances were $9 million."), Strings{});
}

TEST(PeriodsTest, WordsThatAreNotPeriods) {
  EXPECT_EQ(Mentions("the same as before, three centers, 12 patients, May we"), Strings{});
  EXPECT_EQ(Mentions("during the year, we signed"), Strings{});
}

Document DocWithColumns(std::vector<std::string> headers) {
  Document doc;
  Table t;
  for (const std::string& h : headers) t.columns.push_back(Column{h, ParsePeriodHeader(h)});
  doc.tables.push_back(t);
  return doc;
}

TEST(PeriodsTest, FiscalYearEndFromTextThenColumns) {
  std::string text = "the second quarter of fiscal year 2004 ended December 31, 2003";
  std::vector<Token> tokens = Tokenize(text, {});
  FiscalCalendar from_text =
      DeriveFiscalCalendar(Document(), FindPeriodMentions(tokens, 0, tokens.size()));
  EXPECT_EQ(from_text.end_month, 6);
  EXPECT_EQ(from_text.FiscalYearOf(Date{2003, 12, 31}), 2004);
  EXPECT_EQ(from_text.FiscalYearOf(Date{2003, 6, 30}), 2003);

  FiscalCalendar ytd = DeriveFiscalCalendar(
      DocWithColumns({"Quarter ended December 31, 2003", "Six months ended December 31, 2003"}),
      {});
  EXPECT_EQ(ytd.end_month, 6);
  FiscalCalendar balance =
      DeriveFiscalCalendar(DocWithColumns({"June 30, 2003", "September 30, 2003"}), {});
  EXPECT_EQ(balance.end_month, 6);
  FiscalCalendar year = DeriveFiscalCalendar(DocWithColumns({"12 Months Ended December 2004"}), {});
  EXPECT_EQ(year.end_month, 12);
  // A 52/53-week year ending January 3 is the year of December.
  FiscalCalendar retail =
      DeriveFiscalCalendar(DocWithColumns({"26 Weeks Ended July 3, 2004", "January 3, 2004"}), {});
  EXPECT_EQ(retail.end_month, 12);
}

TEST(PeriodsTest, ColumnsMatchWithinAWeek) {
  Period q = ParsePeriodHeader("Quarter ended June 28, 2003");
  Period narrative = q;
  narrative.day = 30;
  EXPECT_TRUE(ColumnMatches(narrative, q));
  narrative.months = 6;
  EXPECT_FALSE(ColumnMatches(narrative, q));
  Period month_only = ParsePeriodHeader("3 Months Ended December 2004");
  Period dec31 = ParsePeriodHeader("Three months ended December 31, 2004");
  EXPECT_TRUE(ColumnMatches(dec31, month_only));
  EXPECT_FALSE(ColumnMatches(ShiftPeriod(dec31, -12), month_only));
  EXPECT_EQ(DescribePeriod(ShiftPeriod(dec31, -12)), "quarter ended Dec 31, 2003");
  EXPECT_EQ(DescribePeriod(ParsePeriodHeader("June 30, 2003")), "at Jun 30, 2003");
}

TEST(PeriodsTest, AQuarterOfThePriorYearAndACountOfQuarters) {
  EXPECT_EQ(Mentions("compared to the third quarter of the prior year"),
            Strings{"the third quarter of the prior year => comparable 3m Q3"});
  EXPECT_EQ(Mentions("in the fourth quarter of last year"),
            Strings{"in the fourth quarter of last year => comparable 3m Q4"});
  EXPECT_EQ(Mentions("in the third quarter of the prior fiscal year"),
            Strings{"in the third quarter of the prior fiscal year => comparable 3m Q3"});
  EXPECT_EQ(Mentions("for the first three quarters of fiscal 2001"),
            Strings{"for the first three quarters of fiscal 2001 => ordinal 9m Q1 FY2001"});
  // Not a length: "three quarters of the increase".
  EXPECT_EQ(Mentions("three quarters of the increase"), Strings{});
}

}  // namespace
}  // namespace tieout
