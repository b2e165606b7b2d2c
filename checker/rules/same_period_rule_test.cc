#include "checker/rules/same_period_rule.h"

#include <gtest/gtest.h>

#include "checker/sets/testing.h"
#include "checker/testing/set_rules.h"

namespace tieout {
namespace {

using settest::AddRow;
using settest::At;
using settest::Record;

Report Check(const std::vector<const DocumentRecord*>& docs) {
  RuleSpec s;
  s.id = "same-period-same-value";
  s.message =
      "{row}, {period}, is {actual} here but {expected} in {other} (difference {difference})";
  return testing::RunSetRule(SamePeriodRule(s), docs);
}

struct Pair {
  DocumentRecord q1 = Record("f/q1.txt");
  DocumentRecord q2 = Record("f/q2.txt");
};

Pair Make(long long q1_cash, long long q2_cash) {
  Pair p;
  AddRow(&p.q1, StatementKind::kBalanceSheet, "Cash",
         {{At(2003, 6, 30), q1_cash}, {At(2003, 9, 30), 5}}, 12);
  AddRow(&p.q2, StatementKind::kBalanceSheet, "Cash",
         {{At(2003, 6, 30), q2_cash}, {At(2003, 12, 31), 7}}, 40);
  return p;
}

TEST(SamePeriodRuleTest, TheSameDateWithTheSameFigurePasses) {
  Pair p = Make(10512000, 10512000);
  Report report = Check({&p.q1, &p.q2});
  ASSERT_EQ(report.checks.size(), 1u);
  EXPECT_EQ(report.checks[0].status, CheckResult::Status::kPass);
  EXPECT_EQ(report.checks[0].file, "f/q2.txt");
  EXPECT_EQ(report.checks[0].detail,
            "Cash, at Jun 30, 2003: 10,512,000 in q2.txt, 10,512,000 in q1.txt");
}

TEST(SamePeriodRuleTest, AChangedFigureFailsPointingAtBothDocuments) {
  Pair p = Make(10512000, 10513000);
  Report report = Check({&p.q1, &p.q2});
  ASSERT_EQ(report.findings.size(), 1u);
  const Finding& f = report.findings[0];
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(
      f.message,
      "Cash, at Jun 30, 2003, is 10,513,000 here but 10,512,000 in q1.txt (difference 1,000)");
  EXPECT_EQ(f.file, "f/q2.txt");
  EXPECT_EQ(f.line, 40);
  ASSERT_EQ(f.related.size(), 1u);
  EXPECT_EQ(f.related[0].file, "f/q1.txt");
  EXPECT_EQ(f.related[0].line, 12);
  EXPECT_EQ(f.related[0].column, 40);
}

TEST(SamePeriodRuleTest, ARestatementLabelledAsSuchIsANote) {
  Pair p = Make(10512000, 10513000);
  p.q2.rows[0].cells[0].restated = true;
  Report report = Check({&p.q1, &p.q2});
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].severity, Severity::kNote);
}

TEST(SamePeriodRuleTest, TwoFiguresInOneDocumentAreSkipped) {
  Pair p = Make(10512000, 10512000);
  AddRow(&p.q2, StatementKind::kBalanceSheet, "Cash", {{At(2003, 6, 30), 99}}, 60);
  Report report = Check({&p.q1, &p.q2});
  ASSERT_EQ(report.checks.size(), 1u);
  EXPECT_EQ(report.checks[0].status, CheckResult::Status::kSkip);
  EXPECT_EQ(report.checks[0].detail,
            "Cash, at Jun 30, 2003: q2.txt shows two different figures for it; which one is "
            "compared is not established");
  EXPECT_TRUE(report.findings.empty());
}

TEST(SamePeriodRuleTest, OtherDatesAndLabelsAreNotCompared) {
  Pair p = Make(1, 2);
  p.q2.rows[0].key = "balance sheet||Cash and equivalents";
  EXPECT_TRUE(Check({&p.q1, &p.q2}).checks.empty());
}

}  // namespace
}  // namespace tieout
