#include "checker/rules/period_sanity_rule.h"

#include <gtest/gtest.h>

#include "checker/sets/testing.h"
#include "checker/testing/set_rules.h"

namespace tieout {
namespace {

using settest::AddRow;
using settest::At;
using settest::Months;
using settest::Record;

Report Check(const DocumentRecord& doc) {
  RuleSpec s;
  s.id = "period-sanity";
  s.message = "{claim}: {problem}";
  return testing::RunSetRule(PeriodSanityRule(s), {&doc});
}

std::vector<std::string> Checks(const Report& report) {
  std::vector<std::string> out;
  for (const CheckResult& c : report.checks) {
    out.push_back(std::string(CheckStatusName(c.status)) + " " + std::to_string(c.line) + ": " +
                  c.detail);
  }
  return out;
}

PeriodClaim Claim(const std::string& text, int line, int ordinal, int year, bool fiscal,
                  Date end = {}) {
  PeriodClaim c;
  c.text = text;
  c.line = line;
  c.column = 1;
  c.months = 3;
  c.ordinal = ordinal;
  c.year = year;
  c.fiscal = fiscal;
  c.end = end;
  return c;
}

// A second-quarter release of a company whose fiscal year ends on June 30: the quarter and six
// months ended December 31, 2003, released on `released`.
DocumentRecord Release(Date released) {
  DocumentRecord r = Record("f/q2.txt");
  AddRow(
      &r, StatementKind::kIncome, "Revenues",
      {{Months(3, 2003, 12, 31), 10}, {Months(3, 2002, 12, 31), 9}, {Months(6, 2003, 12, 31), 19}},
      30);
  r.fiscal.end_month = 6;
  r.fiscal.basis = "a year-to-date column";
  r.release_date = released;
  r.release_text = "February 4, 2004";
  r.release_line = 3;
  r.release_column = 1;
  return r;
}

TEST(PeriodSanityRuleTest, HeadlineQuarterAndDateAgreeWithTheTables) {
  DocumentRecord r = Release(Date{2004, 2, 4});
  r.claims.push_back(Claim("SECOND QUARTER FISCAL YEAR 2004", 1, 2, 2004, true));
  r.claims.push_back(Claim("second quarter of fiscal year 2004 ended December 31, 2003", 3, 2, 2004,
                           true, Date{2003, 12, 31}));
  Report report = Check(r);
  EXPECT_TRUE(report.findings.empty());
  EXPECT_EQ(Checks(report),
            (std::vector<std::string>{
                "pass 3: \"second quarter of fiscal year 2004 ended December 31, 2003\": the "
                "second quarter under a fiscal year ending in June (from a year-to-date column)",
                "pass 1: \"SECOND QUARTER FISCAL YEAR 2004\" (under a fiscal year ending in June "
                "(from a year-to-date column), quarter ended Dec 2003) is the statements' "
                "current column, quarter ended Dec 31, 2003",
                "pass 3: released 2004-02-04, after the end of the quarter ended Dec 31, 2003"}));
}

TEST(PeriodSanityRuleTest, AHeadlineOfAnotherQuarterFails) {
  DocumentRecord r = Release(Date{2004, 2, 4});
  r.claims.push_back(Claim("THIRD QUARTER FISCAL YEAR 2004", 1, 3, 2004, true));
  Report report = Check(r);
  ASSERT_EQ(report.findings.size(), 1u);
  const Finding& f = report.findings[0];
  EXPECT_EQ(f.message,
            "THIRD QUARTER FISCAL YEAR 2004: the statements' current column of its length is the "
            "quarter ended Dec 31, 2003 (under a fiscal year ending in June (from a year-to-date "
            "column), quarter ended Mar 2004)");
  EXPECT_EQ(f.line, 1);
  ASSERT_EQ(f.related.size(), 1u);
  EXPECT_EQ(f.related[0].line, 30);
  EXPECT_EQ(f.related[0].message, "the current column: quarter ended Dec 31, 2003");
}

TEST(PeriodSanityRuleTest, AQuarterNumberThatDisagreesWithItsDateFails) {
  DocumentRecord r = Release(Date{2004, 2, 4});
  r.claims.push_back(Claim("third quarter of fiscal year 2004 ended December 31, 2003", 3, 3, 2004,
                           true, Date{2003, 12, 31}));
  Report report = Check(r);
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].message,
            "third quarter of fiscal year 2004 ended December 31, 2003: quarter ended Dec 31, "
            "2003 ends the second quarter of fiscal year 2004 under a fiscal year ending in June "
            "(from a year-to-date column)");
}

TEST(PeriodSanityRuleTest, AReleaseDatedBeforeThePeriodEndFails) {
  DocumentRecord r = Release(Date{2003, 12, 15});
  r.release_text = "December 15, 2003";
  Report report = Check(r);
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].message,
            "released December 15, 2003: the release is dated before the end of the quarter "
            "ended Dec 31, 2003 its statements report");
  EXPECT_EQ(report.findings[0].line, 3);
}

TEST(PeriodSanityRuleTest, WithoutAFiscalYearEndTheQuarterNumberIsNotChecked) {
  DocumentRecord r = Release(Date{2004, 2, 4});
  r.fiscal = FiscalCalendar{};
  r.claims.push_back(Claim("SECOND QUARTER FISCAL YEAR 2004", 1, 2, 2004, true));
  Report report = Check(r);
  EXPECT_TRUE(report.findings.empty());
  EXPECT_EQ(Checks(report)[0],
            "skip 1: \"SECOND QUARTER FISCAL YEAR 2004\": the tables do not show when the fiscal "
            "year ends");
}

TEST(PeriodSanityRuleTest, AnOutlookPeriodIsNotTheHeadline) {
  DocumentRecord r = Release(Date{2004, 2, 4});
  r.claims.push_back(Claim("quarter ending March 31, 2004", 1, 0, 0, false, Date{2004, 3, 31}));
  r.claims.push_back(Claim("quarter ended December 31, 2003", 2, 0, 0, false, Date{2003, 12, 31}));
  Report report = Check(r);
  EXPECT_TRUE(report.findings.empty());
  EXPECT_EQ(Checks(report)[0],
            "pass 2: \"quarter ended December 31, 2003\" is the statements' current column, "
            "quarter ended Dec 31, 2003");
}

TEST(PeriodSanityRuleTest, ARetailersFiscalYearMayBeNamedForTheYearItStarts) {
  // A year ending in January: "fiscal 2003" ends January 31, 2004.
  DocumentRecord r = Record("f/q3.txt");
  AddRow(&r, StatementKind::kIncome, "Net sales",
         {{Months(3, 2003, 11, 1), 10}, {Months(9, 2003, 11, 1), 30}}, 30);
  r.fiscal.end_month = 1;
  r.fiscal.basis = "a year-to-date column";
  r.claims.push_back(Claim("third quarter of fiscal 2003", 1, 3, 2003, true));
  Report report = Check(r);
  EXPECT_TRUE(report.findings.empty());
  EXPECT_EQ(report.checks[0].status, CheckResult::Status::kPass);
}

TEST(PeriodSanityRuleTest, WithoutAStatementPeriodTheReleaseDateIsNotChecked) {
  // Firing: the statements are balance sheets only: no period of figures ends before the date.
  DocumentRecord r = Record("f/balance.txt");
  AddRow(&r, StatementKind::kBalanceSheet, "Total assets", {{At(2020, 3, 31), 100}}, 20);
  r.release_date = Date{2020, 4, 29};
  r.release_text = "April 29, 2020";
  r.release_line = 2;
  r.release_column = 1;
  Report report = Check(r);
  EXPECT_TRUE(report.findings.empty());
  EXPECT_EQ(Checks(report), (std::vector<std::string>{
                                "skip 2: the statements show no period: the release date is not "
                                "compared with one"}));
  // Quiet: with a statement, the date is compared (as in the tests above).
  EXPECT_EQ(Checks(Check(Release(Date{2004, 2, 4}))).back(),
            "pass 3: released 2004-02-04, after the end of the quarter ended Dec 31, 2003");
}

TEST(PeriodSanityRuleTest, FiscalQuarterEnds) {
  EXPECT_EQ(DayNumber(FiscalQuarterEnd(6, 0, 2004, 2)), DayNumber(Date{2003, 12, 31}));
  EXPECT_EQ(DayNumber(FiscalQuarterEnd(12, 0, 2004, 1)), DayNumber(Date{2004, 3, 31}));
  EXPECT_EQ(DayNumber(FiscalQuarterEnd(1, -1, 2003, 3)), DayNumber(Date{2003, 10, 31}));
}

}  // namespace
}  // namespace tieout
