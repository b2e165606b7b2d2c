#include "checker/rules/change_column_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;

std::vector<std::string> Messages(const Report& r, const std::string& rule) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    if (f.rule == rule) {
      out.push_back(std::string(SeverityName(f.severity)) + " " + f.rule + ": " + f.message);
    }
  }
  return out;
}

// A quarter against the year before, with a column of percent changes and one of amounts.
std::string Highlights(const std::string& revenue_change, const std::string& header = "% Change",
                       const std::string& costs_change = "28") {
  return "<TABLE>\n<CAPTION>\n"
         "                              (in millions)\n"
         "                             Quarter ended June 30,\n"
         "                              2024        2023       $ Change    " +
         header +
         "\n"
         "<S>                        <C>         <C>         <C>         <C>\n"
         "Product revenue              7,248       4,586       2,662          58\n"
         "Service revenue                195         202          (7)          (3)\n"
         "Total revenue                7,443       4,788       2,655          " +
         revenue_change +
         "\n"
         "Total costs                  4,132       3,231         901          " +
         costs_change +
         "\n"
         "Operating income             3,311       1,557       1,754         113\n"
         "Operating margin               44%         33%          11          11\n"
         "</TABLE>\n";
}

TEST(ChangeColumnRuleTest, QuietWhenEveryChangeAgrees) {
  Report r = CheckText(Highlights("55"));
  EXPECT_TRUE(Messages(r, "change-columns-agree").empty());
  std::vector<std::string> checks = ChecksOf(r, "change-columns-agree");
  ASSERT_EQ(checks.size(), 10u);
  EXPECT_EQ(checks[0],
            "pass: Product revenue ($ Change, quarter ended Jun 30, 2024 against quarter ended "
            "Jun 30, 2023): 7,248,000,000 - 4,586,000,000 is 2,662,000,000, shown 2,662,000,000");
  EXPECT_EQ(checks[7],
            "pass: Total revenue (% Change, quarter ended Jun 30, 2024 against quarter ended Jun "
            "30, 2023): (7,443,000,000 - 4,788,000,000) / 4,788,000,000 is 55, shown 55");
}

TEST(ChangeColumnRuleTest, FiresWhereOneRowDisagreesWithTheOthers) {
  Report r = CheckText(Highlights("85"));
  EXPECT_EQ(Messages(r, "change-columns-agree"),
            (std::vector<std::string>{
                "error change-columns-agree: Total revenue shows 85 in % Change, but "
                "(7,443,000,000 - 4,788,000,000) / 4,788,000,000 is 55 (difference 30); the "
                "column agrees in 4 of 5 rows"}));
}

TEST(ChangeColumnRuleTest, NotEstablishedOrAnotherBasisIsQuiet) {
  // Two rows that do not agree in five: not established, a skipped check.
  Report two = CheckText(Highlights("85", "% Change", "38"));
  EXPECT_TRUE(Messages(two, "change-columns-agree").empty());
  std::vector<std::string> checks = ChecksOf(two, "change-columns-agree");
  EXPECT_NE(std::find(checks.begin(), checks.end(),
                      "skip: % Change (quarter ended Jun 30, 2024 against quarter ended Jun 30, "
                      "2023): agrees in 3 of 5 rows, not established"),
            checks.end());
  // A change in constant currency is another basis than the figures shown: never checked.
  Report other = CheckText(Highlights("85", "% Change in constant currency"));
  EXPECT_TRUE(Messages(other, "change-columns-agree").empty());
  // The change with the other sign (a favorable / unfavorable column) is no failure.
  Report sign = CheckText(Highlights("(55)"));
  EXPECT_TRUE(Messages(sign, "change-columns-agree").empty());
}

// A quarter against the quarter before and the same quarter a year before: the change columns
// name the periods they compare, which are not the two nearest columns.
std::string Sequential(const std::string& revenue_change) {
  return "<TABLE>\n<CAPTION>\n"
         "                              (in millions)\n"
         "                                     Quarter ended\n"
         "                             ------------------------------\n"
         "                             June 30,   March 31,   June 30,  % Change    % Change\n"
         "                              2016        2016        2015    2Q16 to     2Q16 to\n"
         "                                                               1Q16        2Q15\n"
         "<S>                        <C>         <C>         <C>         <C>         <C>\n"
         "Oil revenues                   800         700         900          14         (11)\n"
         "Gas revenues                   200         250         160         (20)         25\n"
         "Total revenues               1,000         950       1,060           " +
         revenue_change +
         "          (6)\n"
         "Operating costs                600         570         700           5         (14)\n"
         "Other revenues                  50          45          40          11          25\n"
         "Depreciation                   100          90         120          11         (17)\n"
         "</TABLE>\n";
}

TEST(ChangeColumnRuleTest, AChangeColumnComparesThePeriodsItNames) {
  Report r = CheckText(Sequential("5"));
  EXPECT_TRUE(Messages(r, "change-columns-agree").empty());
  std::vector<std::string> checks = ChecksOf(r, "change-columns-agree");
  ASSERT_EQ(checks.size(), 12u);
  EXPECT_EQ(checks[0],
            "pass: Oil revenues (% Change 2Q16 to 1Q16, quarter ended Jun 30, 2016 against "
            "quarter ended Mar 31, 2016): (800,000,000 - 700,000,000) / 700,000,000 is 14, shown "
            "14");
  EXPECT_EQ(Messages(CheckText(Sequential("15")), "change-columns-agree"),
            (std::vector<std::string>{
                "error change-columns-agree: Total revenues shows 15 in % Change 2Q16 to 1Q16, "
                "but (1,000,000,000 - 950,000,000) / 950,000,000 is 5 (difference 10); the "
                "column agrees in 5 of 6 rows"}));
}

}  // namespace
}  // namespace tieout
