#include "checker/document/period.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(PeriodTest, ReadsNumericDatesInPeriodHeaders) {
  EXPECT_EQ(ParsePeriodHeader("For the three months ended 6/30/2018").ToString(),
            "3 months ended 2018-06-30");
  EXPECT_EQ(ParsePeriodHeader("Three months ended 3/31/21").ToString(),
            "3 months ended 2021-03-31");
  EXPECT_EQ(ParsePeriodHeader("As of 12/31/2020").ToString(), "at 2020-12-31");
  // Quiet: a bare date over a column (prices, an index) names no period; two dates are a change.
  EXPECT_EQ(ParsePeriodHeader("12/27/08").ToString(), "");
  EXPECT_EQ(ParsePeriodHeader("Three months ended 3/31/2021 vs 3/31/2020").month, 0);
}

TEST(PeriodTest, ReadsDurationsAndInstants) {
  EXPECT_EQ(ParsePeriodHeader("Quarter ended December 31, 2002").ToString(),
            "3 months ended 2002-12-31");
  EXPECT_EQ(ParsePeriodHeader("Six months ended December 31, 2003").ToString(),
            "6 months ended 2003-12-31");
  EXPECT_EQ(ParsePeriodHeader("Three Months Ended Sept. 30, 2003").ToString(),
            "3 months ended 2003-09-30");
  EXPECT_EQ(ParsePeriodHeader("Year ended December 31, 2002").ToString(),
            "12 months ended 2002-12-31");
  EXPECT_EQ(ParsePeriodHeader("13 weeks ended May 3, 2004").ToString(),
            "3 months ended 2004-05-03");
  EXPECT_EQ(ParsePeriodHeader("June 30, 2003").ToString(), "at 2003-06-30");
  EXPECT_EQ(ParsePeriodHeader("2003").ToString(), "2003");
  EXPECT_EQ(ParsePeriodHeader("Change").ToString(), "");
}

TEST(PeriodTest, AFiscalYearsShortNameNamesItsYear) {
  EXPECT_EQ(ParsePeriodHeader("FY2031").year, 2031);
  EXPECT_EQ(ParsePeriodHeader("Q4 FY31").year, 2031);
  EXPECT_EQ(ParsePeriodHeader("FY 31").year, 2031);
  EXPECT_EQ(ParsePeriodHeader("FY'97").year, 1997);
  // Read like a year alone: no length (a quarter named "Q4" is dated by the fiscal calendar).
  EXPECT_EQ(ParsePeriodHeader("Q4 FY31").months, 0);
  EXPECT_EQ(ParsePeriodHeader("Q4 FY31").kind, Period::Kind::kUnknown);
  EXPECT_EQ(ParsePeriodHeader("Fourth Quarter FY31").ToString(), "3 months ended 2031");
  // Quiet: other words that begin with "fy", a number of another length, no number.
  EXPECT_EQ(ParsePeriodHeader("FYI 31").year, 0);
  EXPECT_EQ(ParsePeriodHeader("FY 310").year, 0);
  EXPECT_EQ(ParsePeriodHeader("FY").year, 0);
  EXPECT_EQ(ParsePeriodHeader("FY31 FY").year, 2031);
}

TEST(PeriodTest, MonthNames) {
  EXPECT_EQ(MonthFromName("December"), 12);
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("jan"), 1);
  EXPECT_EQ(MonthFromName("Ma"), 0);
  EXPECT_EQ(MonthFromName("Total"), 0);
}

TEST(PeriodTest, OnePrinterForTablesAndProse) {
  EXPECT_EQ(DescribePeriod(ParsePeriodHeader("Three Months Ended December 31, 2003")),
            "quarter ended Dec 31, 2003");
  EXPECT_EQ(DescribePeriod(ParsePeriodHeader("Six months ended December 31, 2003")),
            "six months ended Dec 31, 2003");
  EXPECT_EQ(DescribePeriod(ParsePeriodHeader("June 30, 2003")), "at Jun 30, 2003");
  Period year;
  year.kind = Period::Kind::kDuration;
  year.months = 12;
  year.year = 2004;
  year.month = 6;
  EXPECT_EQ(DescribePeriod(year), "year ended Jun 2004");
  // A year without its month, a year alone, and nothing known.
  year.month = 0;
  EXPECT_EQ(DescribePeriod(year), "year ended 2004");
  EXPECT_EQ(DescribePeriod(ParsePeriodHeader("2003")), "2003");
  EXPECT_EQ(DescribePeriod(ParsePeriodHeader("Change")), "");
}

}  // namespace
}  // namespace tieout
