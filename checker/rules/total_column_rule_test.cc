#include "checker/rules/total_column_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;
using testing::FindingMessages;

constexpr const char* kRule = "columns-add-to-total-column";

// A segment table laid out with the segments as columns, in thousands.
std::string Segments(const std::string& assets_total, const std::string& eliminations = "(40)",
                     const std::string& eliminations_header = "and Elims.") {
  return "<TABLE>\n<CAPTION>\n"
         "(In thousands)                                      Corporate\n"
         "                         Widgets     Gadgets     " +
         eliminations_header +
         "    Consolidated\n"
         "<S>                      <C>         <C>         <C>           <C>\n"
         "Revenue                  $ 1,200     $   860     $   " +
         eliminations +
         "       $ 2,020\n"
         "Operating income             310         145        (52)            403\n"
         "Identifiable assets        4,415       2,210        390          " +
         assets_total +
         "\n"
         "Capital expenditures         221          96         14            331\n"
         "</TABLE>\n";
}

TEST(TotalColumnRuleTest, SegmentColumnsAddToTheConsolidatedColumn) {
  Report r = CheckText(Segments("7,015"));
  EXPECT_TRUE(FindingMessages(r).empty());
  std::vector<std::string> checks = ChecksOf(r, kRule);
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[0], "pass: Revenue (Consolidated): 1,200,000 + 860,000 + -40,000 = 2,020,000");
  EXPECT_EQ(checks[2],
            "pass: Identifiable assets (Consolidated): 4,415,000 + 2,210,000 + 390,000 = "
            "7,015,000");
}

TEST(TotalColumnRuleTest, ARowThatDoesNotAddAcrossFires) {
  Report r = CheckText(Segments("7,051"));
  ASSERT_EQ(FindingMessages(r).size(), 1u);
  EXPECT_EQ(FindingMessages(r)[0],
            "error columns-add-to-total-column: Identifiable assets does not add across in "
            "Consolidated: 4,415,000 + 2,210,000 + 390,000 is 7,015,000, the total column shows "
            "7,051,000 (difference 36,000); the columns add to it in 3 of 4 rows");
}

std::string Eliminations(const std::string& capex_total) {
  return "<TABLE>\n"
         "                         Widgets     Gadgets    Eliminations   Consolidated\n"
         "<S>                      <C>         <C>         <C>           <C>\n"
         "Revenue                  $ 1,200     $   860     $    40       $ 2,020\n"
         "Operating income             310         145         52            403\n"
         "Identifiable assets        4,415       2,210        390          6,235\n"
         "Capital expenditures         221          96         14            " +
         capex_total + "\n</TABLE>\n";
}

TEST(TotalColumnRuleTest, EliminationsShownPositiveAreSubtracted) {
  // Quiet: the eliminations column of positive figures ties subtracted.
  Report r = CheckText(Eliminations("303"));
  EXPECT_TRUE(FindingMessages(r).empty());
  std::vector<std::string> checks = ChecksOf(r, kRule);
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[1], "pass: Operating income (Consolidated): 310 + 145 - 52 = 403");
  // Firing: a total that adds the eliminations.
  r = CheckText(Eliminations("331"));
  ASSERT_EQ(FindingMessages(r).size(), 1u);
  EXPECT_EQ(FindingMessages(r)[0],
            "error columns-add-to-total-column: Capital expenditures does not add across in "
            "Consolidated: 221 + 96 - 14 is 303, the total column shows 331 (difference 28); the "
            "columns add to it in 3 of 4 rows");
}

TEST(TotalColumnRuleTest, ARowThatTiesOnlyWithinRoundingPassesMarkedSo) {
  // 85.3 + 44.7 + 30.1 is 160.1, shown 160.0: within the rounding of four figures, a pass with
  // a finding at the rule's rounding severity (a note).
  std::string text =
      "<TABLE>\n"
      "                         North       South       West        Total\n"
      "<S>                      <C>         <C>         <C>         <C>\n"
      "Revenue                  $  85.3     $  44.7     $  30.1     $ 160.0\n"
      "Operating income            12.0         6.5         4.5        23.0\n"
      "Capital expenditures         3.1         2.2         1.4         6.7\n"
      "</TABLE>\n";
  Report r = CheckText(text);
  EXPECT_EQ(FindingMessages(r),
            std::vector<std::string>{
                "note columns-add-to-total-column: Revenue adds across only within rounding in "
                "Total: 85.3 + 44.7 + 30.1 is 160.1, the total column shows 160.0"});
  std::vector<std::string> checks = ChecksOf(r, kRule);
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_EQ(checks[0],
            "pass: Revenue (Total): 85.3 + 44.7 + 30.1 within rounding (sum 160.1, shown 160.0)");
}

TEST(TotalColumnRuleTest, NotEstablishedIsASkipNeverAFinding) {
  // Quiet: two rows of four do not add across (the columns are not parts of the total).
  std::string text =
      "<TABLE>\n"
      "                         North       South       Total\n"
      "<S>                      <C>         <C>         <C>\n"
      "Revenue                  $ 1,200     $   860     $ 2,060\n"
      "Operating income             310         145         455\n"
      "Backlog                      900         700       1,000\n"
      "Orders                       800         600       1,100\n"
      "</TABLE>\n";
  Report r = CheckText(text);
  EXPECT_TRUE(FindingMessages(r).empty());
  EXPECT_EQ(ChecksOf(r, kRule),
            std::vector<std::string>{"skip: the columns to the left of Total add to it in 2 of 4 "
                                     "rows, not established"});
}

TEST(TotalColumnRuleTest, ColumnsOfPeriodsAndRowsOfAveragesAreNotParts) {
  // Quiet: quarters with a year's total are left to the quarters rule.
  std::string quarters =
      "<TABLE>\n"
      "                    Three months ended     Three months ended     Total\n"
      "                    March 31, 2024         June 30, 2024\n"
      "<S>                 <C>                    <C>                    <C>\n"
      "Revenue             $ 1,200                $   860                $ 2,060\n"
      "Operating income        310                    145                    455\n"
      "Cash at end             900                    700                    700\n"
      "</TABLE>\n";
  EXPECT_TRUE(ChecksOf(CheckText(quarters), kRule).empty());
  // An average per unit and a row whose first figure ran into its label are not read.
  std::string rows =
      "<TABLE>\n"
      "                         North       South       Total\n"
      "<S>                      <C>         <C>         <C>\n"
      "Revenue                  $ 1,200     $   860     $ 2,060\n"
      "Operating income             310         145         455\n"
      "Average price per unit       12          14          13\n"
      "Capex(2) $1,048,275                     96         311\n"
      "</TABLE>\n";
  Report r = CheckText(rows);
  EXPECT_TRUE(FindingMessages(r).empty());
  EXPECT_EQ(ChecksOf(r, kRule).size(), 2u);
}

// Two groups of columns under spanning headers ("Historical" and "Pro Forma"), each ending in a
// "Total" column that is named only under the group header.
std::string Groups(const std::string& pro_forma_revenue) {
  return "<TABLE>\n"
         "                          Historical   Historical   Historical   Pro Forma\n"
         "                            Widgets      Gadgets       Total     Adjustments   Pro "
         "Forma\n"
         "                                                                               Total\n"
         "<S>                      <C>          <C>          <C>          <C>          <C>\n"
         "Revenue                  $ 1,200      $   860      $ 2,060      $   (75)     $ " +
         pro_forma_revenue +
         "\n"
         "Operating income             310          145          455          (18)          437\n"
         "Identifiable assets        4,415        2,210        6,625         (300)        6,325\n"
         "Capital expenditures         221           96          317          (10)          307\n"
         "</TABLE>\n";
}

TEST(TotalColumnRuleTest, ATotalColumnUnderAGroupHeaderIsATotalColumn) {
  // Quiet: "Historical Total" is the total of the historical columns; "Pro Forma Total" adds the
  // adjustments to it.
  Report r = CheckText(Groups("1,985"));
  EXPECT_TRUE(FindingMessages(r).empty());
  std::vector<std::string> checks = ChecksOf(r, kRule);
  ASSERT_EQ(checks.size(), 8u);
  EXPECT_EQ(checks[0], "pass: Revenue (Historical Total): 1,200 + 860 = 2,060");
  EXPECT_EQ(checks[4], "pass: Revenue (Pro Forma Total): 2,060 + -75 = 1,985");
  // Firing: a pro forma total that does not add, where the other rows establish the reading.
  r = CheckText(Groups("1,958"));
  ASSERT_EQ(FindingMessages(r).size(), 1u);
  EXPECT_EQ(FindingMessages(r)[0],
            "error columns-add-to-total-column: Revenue does not add across in Pro Forma Total: "
            "2,060 + -75 is 1,985, the total column shows 1,958 (difference -27); the columns add "
            "to it in 3 of 4 rows");
}

// Charges by segment, one of them carried by the total column only.
std::string Unallocated(const std::string& pension) {
  return "<TABLE>\n"
         "                         Widgets     Gadgets      Total\n"
         "<S>                      <C>         <C>          <C>\n"
         "Restructuring            $  (40)     $  (12)     $  (52)\n"
         "Impairment                  (20)         (8)        (28)\n"
         "Pension adjustment                                " +
         pension +
         "\n"
         "Other                        (5)         (3)         (8)\n"
         "Total charges            $  (65)     $  (23)     $ (103)\n"
         "</TABLE>\n";
}

TEST(TotalColumnRuleTest, ATotalRowBelowAnItemOfTheTotalColumnOnlyIsNotChecked) {
  // Quiet: the pension adjustment is in the total column only; the total row's parts need not
  // add to its total.
  Report r = CheckText(Unallocated("(15)"));
  EXPECT_TRUE(FindingMessages(r).empty());
  std::vector<std::string> checks = ChecksOf(r, kRule);
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[0],
            "skip: Total charges (Total): the total column includes 1 row(s) above without parts "
            "(\"Pension adjustment\")");
  // Firing: without that item, the total row is checked.
  r = CheckText(Unallocated(""));
  ASSERT_EQ(FindingMessages(r).size(), 1u);
  EXPECT_EQ(FindingMessages(r)[0],
            "error columns-add-to-total-column: Total charges does not add across in Total: "
            "-65 + -23 is -88, the total column shows -103 (difference -15); the columns add to it "
            "in 3 of 4 rows");
}

}  // namespace
}  // namespace tieout
