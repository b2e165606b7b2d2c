#include "checker/rules/relation.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;

TEST(RelationTest, ParsesSignedTerms) {
  Relation r;
  std::string error;
  ASSERT_TRUE(ParseRelation("a == b - c + d", &r, &error)) << error;
  ASSERT_EQ(r.left.size(), 1u);
  ASSERT_EQ(r.right.size(), 3u);
  EXPECT_EQ(r.right[1].sign, -1);
  EXPECT_EQ(r.right[1].concept_name, "c");
  EXPECT_EQ(r.right[2].sign, 1);
  EXPECT_FALSE(ParseRelation("a = b", &r, &error));
  EXPECT_EQ(error, "unexpected character '='");
  EXPECT_FALSE(ParseRelation("a == b == c", &r, &error));
  EXPECT_EQ(error, "more than one '=='");
  EXPECT_FALSE(ParseRelation("a b == c", &r, &error));
}

std::string BalanceSheet(const std::string& total_le) {
  return "<TABLE>\n<CAPTION>\n                                             June 30,\n"
         "                                              2003\n<S>                                  "
         "        <C>\n"
         "Cash                                         $ 100\n"
         "Total assets                                 $ 300\n"
         "Total liabilities                              120\n"
         "Total shareholders' equity                     180\n"
         "Total liabilities and shareholders' equity   " +
         total_le + "\n</TABLE>\n";
}

TEST(RelationTest, BalanceSheetBalancesQuietly) {
  Report r = CheckText(BalanceSheet("$ 300"));
  EXPECT_EQ(
      ChecksOf(r, "balance-sheet-balances"),
      (std::vector<std::string>{"pass: Total assets (at Jun 30, 2003): 300 = 300, shown 300"}));
  EXPECT_EQ(ChecksOf(r, "liabilities-plus-equity"),
            (std::vector<std::string>{"pass: Total liabilities and shareholders' equity (at "
                                      "Jun 30, 2003): 120 + 180 = 300, shown 300"}));
  EXPECT_TRUE(r.findings.empty());
}

TEST(RelationTest, BalanceSheetThatDoesNotBalanceFires) {
  Report r = CheckText(BalanceSheet("$ 310"));
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].rule, "balance-sheet-balances");
  EXPECT_EQ(r.findings[0].message,
            "total assets (300) differ from total liabilities and equity (310) at Jun 30, 2003 "
            "(difference -10)");
  EXPECT_EQ(r.findings[0].line, 7);
  EXPECT_EQ(r.findings[1].rule, "liabilities-plus-equity");
  EXPECT_EQ(r.findings[1].message,
            "Total liabilities and shareholders' equity shows 310 at Jun 30, 2003, but total "
            "liabilities plus total equity is 300 (difference 10)");
}

TEST(RelationTest, SkipsWhenConceptsAreAbsent) {
  Report r = CheckText("No tables.\n");
  EXPECT_EQ(ChecksOf(r, "balance-sheet-balances"),
            (std::vector<std::string>{
                "skip: not found in any table: total_assets total_liabilities_and_equity"}));
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

std::string Operations(const std::string& between) {
  return "<TABLE>\n<S>                                  <C>\n"
         "Total revenues                          500\n"
         "Research                                100\n"
         "Marketing                                50\n"
         "                                       ----\n"
         "Total costs and expenses                150\n"
         "Other income                             10\n" +
         between +
         "                                       ----\n"
         "Net income                              360\n</TABLE>\n";
}

TEST(RelationTest, ContiguousEquationChecksRowsThatStandTogether) {
  Report r = testing::CheckText(Operations(""));
  EXPECT_EQ(
      testing::ChecksOf(r, "net-income-from-components"),
      (std::vector<std::string>{"pass: Net income (column 1): 500 - 150 + 10 = 360, shown 360"}));
}

TEST(RelationTest, ContiguousEquationSkipsWhenOtherLinesStandBetween) {
  // Income taxes between other income and net income: the equation does not describe this
  // statement, so it is skipped rather than reported.
  Report r = testing::CheckText(Operations("Income taxes                            -10\n"));
  EXPECT_EQ(testing::ChecksOf(r, "net-income-from-components"),
            (std::vector<std::string>{
                "skip: Net income (column 1): other lines stand between the rows of net_income "
                "== total_revenues - total_costs_and_expenses + other_income"}));
}

}  // namespace
}  // namespace tieout
