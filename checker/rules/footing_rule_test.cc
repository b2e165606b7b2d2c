#include "checker/rules/footing_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;

std::string Statement(const std::string& grants) {
  return "<TABLE>\n"
         "<CAPTION>\n"
         "                                      Quarter ended March 31,\n"
         "                                        2003           2002\n"
         "<S>                                  <C>            <C>\n"
         "REVENUES:\n"
         "Product sales                        $  161,000     $  168,000\n"
         "Grants                                  " +
         grants +
         "        221,000\n"
         "                                     ----------     ----------\n"
         "Total revenues                          296,000        389,000\n"
         "                                     ----------     ----------\n"
         "COSTS AND EXPENSES:\n"
         "Research                                100,000        200,000\n"
         "Administration                           50,000         60,000\n"
         "                                     ----------     ----------\n"
         "Total costs and expenses                150,000        260,000\n"
         "                                     ----------     ----------\n"
         "NET INCOME                           $  146,000     $  129,000\n"
         "                                     ==========     ==========\n"
         "</TABLE>\n";
}

TEST(FootingRuleTest, QuietWhenColumnsFoot) {
  Report r = CheckText(Statement("135,000"));
  EXPECT_EQ(ChecksOf(r, "table-footing"),
            (std::vector<std::string>{
                "pass: Total revenues (3 months ended 2003-03-31): 161,000 + 135,000 = 296,000",
                "pass: Total costs and expenses (3 months ended 2003-03-31): 100,000 + 50,000 = "
                "150,000",
                "pass: NET INCOME (3 months ended 2003-03-31): 296,000 - 150,000 = 146,000",
                "pass: Total revenues (3 months ended 2002-03-31): 168,000 + 221,000 = 389,000",
                "pass: Total costs and expenses (3 months ended 2002-03-31): 200,000 + 60,000 = "
                "260,000",
                "pass: NET INCOME (3 months ended 2002-03-31): 389,000 - 260,000 = 129,000"}));
  EXPECT_TRUE(r.findings.empty());
}

TEST(FootingRuleTest, FiresWithTheNumbersAndTheLine) {
  Report r = CheckText(Statement("136,000"));
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.rule, "table-footing");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.line, 10);
  EXPECT_EQ(f.column, 41);
  EXPECT_EQ(f.message,
            "Total revenues does not foot in 3 months ended 2003-03-31: the 2 figures above it "
            "sum to 297,000, the total shows 296,000 (difference -1,000)");
  EXPECT_EQ(f.expected, "297,000");
  EXPECT_EQ(f.actual, "296,000");
  ASSERT_EQ(f.related.size(), 2u);
  EXPECT_EQ(f.related[1].line, 8);
  EXPECT_EQ(f.related[1].message, "Grants 136,000");
}

TEST(FootingRuleTest, ToleratesRoundingOfFiguresShownInThousands) {
  // 1 + 1 + 1 shown in thousands may be 2.5 + ... : a total of 2 is within the rounding.
  Report r = CheckText(
      "(in thousands)\n<TABLE>\n<S>              <C>\nA                 1\nB                 1\n"
      "C                 1\n                ---\nTotal             2\n</TABLE>\n");
  EXPECT_EQ(ChecksOf(r, "table-footing"),
            (std::vector<std::string>{"pass: Total (column 1): 1,000 + 1,000 + 1,000 = 2,000"}));
  Report bad = CheckText(
      "(in thousands)\n<TABLE>\n<S>              <C>\nA                 1\nB                 1\n"
      "C                 1\n                ---\nTotal             6\n</TABLE>\n");
  EXPECT_EQ(bad.findings.size(), 1u);
}

TEST(FootingRuleTest, SkipsWhenNoTableHasTotals) {
  Report r = CheckText("Only prose here.\n");
  EXPECT_EQ(ChecksOf(r, "table-footing"),
            (std::vector<std::string>{"skip: no table with a total under a rule line"}));
}

TEST(FootingRuleTest, LeavesPriceAndShareColumnsAlone) {
  Report r = CheckText(
      "<TABLE>\n<CAPTION>\n                   Shares      Price\n<S>                <C>         "
      "<C>\n"
      "Granted              100       1.50\nExercised             20       2.00\n"
      "                    ----       ----\nOutstanding          500       9.99\n</TABLE>\n");
  EXPECT_TRUE(r.findings.empty());
}

}  // namespace
}  // namespace tieout
