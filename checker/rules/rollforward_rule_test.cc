#include "checker/rules/rollforward_rule.h"

#include <gtest/gtest.h>

#include "checker/sets/testing.h"
#include "checker/testing/set_rules.h"

namespace tieout {
namespace {

using settest::AddRow;
using settest::Months;
using settest::Record;

RuleSpec Spec(const std::string& message) {
  RuleSpec s;
  s.id = "rollforward";
  s.kind = "rollforward";
  s.message = message;
  return s;
}

const char kMessage[] =
    "{row}, {period}, shows {actual}, but {parts} add up to {expected} (difference {difference})";

struct Releases {
  DocumentRecord q1 = Record("f/q1.txt");
  DocumentRecord q2 = Record("f/q2.txt");
};

// Q1 (quarter ended September 30) and Q2 (quarter and six months ended December 31).
Releases Make(long long q1_revenue, long long q2_revenue, long long six_month_revenue) {
  Releases r;
  AddRow(&r.q1, StatementKind::kIncome, "Total revenues", {{Months(3, 2003, 9, 30), q1_revenue}},
         20);
  AddRow(&r.q2, StatementKind::kIncome, "Total revenues",
         {{Months(3, 2003, 12, 31), q2_revenue}, {Months(6, 2003, 12, 31), six_month_revenue}}, 30);
  return r;
}

Report Check(const RollforwardRule& rule, const std::vector<const DocumentRecord*>& docs) {
  return testing::RunSetRule(rule, docs);
}

TEST(RollforwardRuleTest, QuartersThatAddUpPass) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  Releases r = Make(300000, 376000, 676000);
  Report report = Check(rule, {&r.q1, &r.q2});
  ASSERT_EQ(report.checks.size(), 1u);
  EXPECT_EQ(report.checks[0].status, CheckResult::Status::kPass);
  EXPECT_EQ(report.checks[0].file, "f/q2.txt");
  EXPECT_EQ(report.checks[0].detail,
            "Total revenues, six months ended Dec 31, 2003: 300,000 (quarter ended Sep 30, 2003, "
            "q1.txt) and 376,000 (quarter ended Dec 31, 2003, q2.txt) add up to 676,000; q2.txt "
            "shows 676,000");
  EXPECT_TRUE(report.findings.empty());
}

TEST(RollforwardRuleTest, AChangedFirstQuarterFailsNamingBothReleases) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  Releases r = Make(301000, 376000, 676000);
  Report report = Check(rule, {&r.q1, &r.q2});
  ASSERT_EQ(report.findings.size(), 1u);
  const Finding& f = report.findings[0];
  EXPECT_EQ(f.message,
            "Total revenues, six months ended Dec 31, 2003, shows 676,000, but 301,000 (quarter "
            "ended Sep 30, 2003, q1.txt) and 376,000 (quarter ended Dec 31, 2003, q2.txt) add up "
            "to 677,000 (difference -1,000)");
  EXPECT_EQ(f.file, "f/q2.txt");
  EXPECT_EQ(f.line, 30);
  EXPECT_EQ(f.column, 50);
  ASSERT_EQ(f.related.size(), 2u);
  EXPECT_EQ(f.related[0].file, "f/q1.txt");
  EXPECT_EQ(f.related[0].path, "f/q1.txt");
  EXPECT_EQ(f.related[0].line, 20);
  EXPECT_EQ(f.related[0].message, "Total revenues, quarter ended Sep 30, 2003: 301,000");
  EXPECT_EQ(f.related[1].file, "f/q2.txt");
}

TEST(RollforwardRuleTest, RoundingWithinTheHalfUnitsPasses) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  Releases r = Make(300, 376, 677);  // in thousands each: 676 +/- 1.5 covers 677
  for (DocumentRecord* d : {&r.q1, &r.q2}) {
    for (RecordCell& c : d->rows[0].cells) c.amount.precision = 3;
  }
  Report report = Check(rule, {&r.q1, &r.q2});
  ASSERT_EQ(report.checks.size(), 1u);
  EXPECT_EQ(report.checks[0].status, CheckResult::Status::kPass);
}

TEST(RollforwardRuleTest, ARestatedTotalIsANote) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  Releases r = Make(300000, 376000, 690000);
  r.q2.prose_restates = true;
  Report report = Check(rule, {&r.q1, &r.q2});
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].severity, Severity::kNote);
}

TEST(RollforwardRuleTest, OneReleaseAloneIsNotChecked) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  DocumentRecord all = Record("f/all.txt");
  AddRow(&all, StatementKind::kIncome, "Total revenues",
         {{Months(3, 2003, 9, 30), 1}, {Months(3, 2003, 12, 31), 1}, {Months(6, 2003, 12, 31), 5}},
         10);
  EXPECT_TRUE(Check(rule, {&all}).checks.empty());
}

TEST(RollforwardRuleTest, BalanceSheetRowsAndDifferentLabelsAreNotMatched) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  Releases r = Make(300000, 376000, 676000);
  r.q1.rows[0].key = "income statement||Revenues";
  EXPECT_TRUE(Check(rule, {&r.q1, &r.q2}).checks.empty());
}

TEST(RollforwardRuleTest, ReleasesThatDisagreeOnAQuarterAreSkippedWithTheReason) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  Releases r = Make(300000, 376000, 676000);
  DocumentRecord again = Record("f/q1-again.txt");
  AddRow(&again, StatementKind::kIncome, "Total revenues", {{Months(3, 2003, 9, 30), 310000}}, 5);
  Report report = Check(rule, {&r.q1, &again, &r.q2});
  ASSERT_EQ(report.checks.size(), 1u);
  EXPECT_EQ(report.checks[0].status, CheckResult::Status::kSkip);
  EXPECT_EQ(
      report.checks[0].detail,
      "Total revenues, six months ended Dec 31, 2003: the releases show different figures for "
      "Total revenues, quarter ended Sep 30, 2003 (q1.txt: 300,000, q1-again.txt: 310,000)");
  EXPECT_TRUE(report.findings.empty());
}

TEST(RollforwardRuleTest, SignsThatDifferAreSkipped) {
  RollforwardRule rule(Spec(kMessage), RollforwardRule::Figures::kAmounts);
  Releases r = Make(-2838000, 2403000, 5241000);
  Report report = Check(rule, {&r.q1, &r.q2});
  ASSERT_EQ(report.checks.size(), 1u);
  EXPECT_EQ(report.checks[0].status, CheckResult::Status::kSkip);
  EXPECT_TRUE(report.findings.empty());
}

TEST(RollforwardRuleTest, WeightedSharesLieBetweenTheQuarters) {
  RollforwardRule rule(Spec("{row}, {period}, shows {actual}, which is not between {parts}"),
                       RollforwardRule::Figures::kWeightedShares);
  DocumentRecord q1 = Record("f/q1.txt"), q2 = Record("f/q2.txt");
  AddRow(&q1, StatementKind::kIncome, "Weighted average shares", {{Months(3, 2003, 9, 30), 700}},
         20, ValueKind::kShares);
  AddRow(&q2, StatementKind::kIncome, "Weighted average shares",
         {{Months(3, 2003, 12, 31), 712}, {Months(6, 2003, 12, 31), 709}}, 30, ValueKind::kShares);
  Report quiet = Check(rule, {&q1, &q2});
  ASSERT_EQ(quiet.checks.size(), 1u);
  EXPECT_EQ(quiet.checks[0].status, CheckResult::Status::kPass);
  q2.rows[0].cells[1].amount = settest::Units(720);
  Report firing = Check(rule, {&q1, &q2});
  ASSERT_EQ(firing.findings.size(), 1u);
  EXPECT_EQ(
      firing.findings[0].message,
      "Weighted average shares, six months ended Dec 31, 2003, shows 720, which is not between "
      "700 (quarter ended Sep 30, 2003, q1.txt) and 712 (quarter ended Dec 31, 2003, q2.txt)");
}

}  // namespace
}  // namespace tieout
