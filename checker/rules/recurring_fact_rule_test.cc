#include "checker/rules/recurring_fact_rule.h"

#include <gtest/gtest.h>

#include "checker/sets/testing.h"
#include "checker/testing/set_rules.h"

namespace tieout {
namespace {

using settest::Record;

Report Check(const std::vector<const DocumentRecord*>& docs) {
  RuleSpec s;
  s.id = "recurring-fact";
  s.severity = Severity::kWarning;
  s.message = "{fact}: {actual} here, but {expected} in {other}";
  return testing::RunSetRule(RecurringFactRule(s), docs);
}

std::vector<std::string> Lines(const Report& report) {
  std::vector<std::string> out;
  for (const CheckResult& c : report.checks) {
    out.push_back(std::string(CheckStatusName(c.status)) + " " + c.file + ":" +
                  std::to_string(c.line) + ": " + c.detail);
  }
  for (const Finding& f : report.findings) {
    out.push_back(f.file + ":" + std::to_string(f.line) + ": " + f.message + " [" +
                  f.related.at(0).file + ":" + std::to_string(f.related.at(0).line) + "]");
  }
  return out;
}

StatedTerm Term(const std::string& amount, long long value, int line) {
  StatedTerm t;
  t.key = "purchase up to an aggregate of newly issued shares";
  t.amount = amount;
  t.value = Decimal::FromInt(value);
  t.line = line;
  t.column = 7;
  return t;
}

TEST(RecurringFactRuleTest, TheSameTermsAndOfficersPass) {
  DocumentRecord a = Record("f/a.txt"), b = Record("f/b.txt");
  a.terms.push_back(Term("10 million", 10000000, 5));
  b.terms.push_back(Term("10,000,000", 10000000, 9));
  a.officers.push_back(Officer{"Alan M. Wright", "Chief Financial Officer", false, true, 20, 1});
  b.officers.push_back(Officer{"ALAN WRIGHT", "CFO", false, true, 30, 1});
  EXPECT_EQ(Lines(Check({&a, &b})),
            (std::vector<std::string>{
                "pass f/b.txt:9: \"purchase up to an aggregate of newly issued shares\": "
                "10,000,000 here, 10 million in a.txt",
                "pass f/b.txt:30: ALAN WRIGHT is named chief financial officer here and chief "
                "financial officer in a.txt"}));
}

TEST(RecurringFactRuleTest, AChangedAmountFailsPointingAtTheEarlierRelease) {
  DocumentRecord a = Record("f/a.txt"), b = Record("f/b.txt");
  a.terms.push_back(Term("10 million", 10000000, 5));
  b.terms.push_back(Term("12 million", 12000000, 9));
  Report report = Check({&a, &b});
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].severity, Severity::kWarning);
  EXPECT_EQ(Lines(report).back(),
            "f/b.txt:9: purchase up to an aggregate of newly issued shares: 12 million here, but "
            "10 million in a.txt [f/a.txt:5]");
}

TEST(RecurringFactRuleTest, AChangedRoleAndAMisspeltNameFail) {
  DocumentRecord a = Record("f/a.txt"), b = Record("f/b.txt");
  a.officers.push_back(Officer{"Alan M. Wright", "Chief Financial Officer", false, true, 20, 1});
  a.officers.push_back(Officer{"Jane Morrison", "Chief Executive Officer", true, false, 21, 1});
  b.officers.push_back(Officer{"Alan M. Wright", "Chief Executive Officer", true, false, 30, 1});
  b.officers.push_back(Officer{"Jane Morison", "Chief Executive Officer", true, false, 31, 1});
  // Another person in a role is no finding: officers change.
  b.officers.push_back(Officer{"Robert Roe", "Chief Financial Officer", false, true, 32, 1});
  Report report = Check({&a, &b});
  std::vector<std::string> lines = Lines(report);
  ASSERT_EQ(report.findings.size(), 2u);
  EXPECT_EQ(lines[lines.size() - 2],
            "f/b.txt:30: Alan M. Wright: chief executive officer here, but chief financial "
            "officer in a.txt [f/a.txt:20]");
  EXPECT_EQ(
      lines.back(),
      "f/b.txt:31: the chief executive officer's name: Jane Morison here, but Jane Morrison in "
      "a.txt [f/a.txt:21]");
}

}  // namespace
}  // namespace tieout
