#include "checker/rules/across_tables_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;
using testing::FindingMessages;

// An income statement's EPS rows, then the note that computes EPS (shares in thousands there).
std::string Release(const std::string& statement_basic_1997, const std::string& note_title = "") {
  return "<TABLE>\n<CAPTION>\n"
         "(In millions, except per share)              Year Ended December 31,\n"
         "                                           1998        1997        1996\n"
         "<S>                                     <C>         <C>         <C>\n"
         "Net income                              $  961      $  978      $1,238\n"
         "Net income per share:\n"
         "  Basic                                 $ 1.28      $ 1.34      $ 1.71\n"
         "Weighted average shares:\n"
         "  Basic                                  748.6       " +
         statement_basic_1997 +
         "       723.4\n"
         "</TABLE>\n\n" +
         note_title +
         "\n<TABLE>\n<CAPTION>\n"
         "(In thousands)                              Year Ended December 31,\n"
         "                                           1998        1997        1996\n"
         "<S>                                     <C>         <C>         <C>\n"
         "Basic earnings per share computation:\n"
         "  Net income                            $961,000    $978,000  $1,238,000\n"
         "  Weighted average shares outstanding    748,600     732,100     723,400\n"
         "</TABLE>\n";
}

TEST(AcrossTablesRuleTest, ACountShownInTwoTablesAgreesAtEachTablesUnit) {
  Report r = CheckText(Release("732.1"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "eps-agrees-across-tables")[1],
            "pass: Basic (year ended Dec 31, 1997): 732.1, and 732,100 in \"Weighted average "
            "shares outstanding\" at line 21");
}

TEST(AcrossTablesRuleTest, ACountThatDisagreesWhereTheOtherPeriodsAgreeFires) {
  EXPECT_EQ(FindingMessages(CheckText(Release("732.4"))),
            (std::vector<std::string>{
                "error eps-agrees-across-tables: Basic shows 732.4 in year ended Dec 31, 1997, "
                "but \"Weighted average shares outstanding\" at line 21 shows 732.1 for the same "
                "period (difference 0.3); the rows agree in 2 of 3 periods"}));
}

TEST(AcrossTablesRuleTest, TwoPeriodsThatDisagreeAreNotEstablished) {
  std::string release = Release("732.4");
  release.replace(release.find("748.6"), 5, "749.0");
  Report r = CheckText(release);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "eps-agrees-across-tables")[0],
            "skip: Basic (year ended Dec 31, 1998): 749.0, and 748,600 in \"Weighted average "
            "shares outstanding\" at line 21: the rows agree in 1 of 3 periods, not established");
}

TEST(AcrossTablesRuleTest, FiguresOnAnotherBasisAreNotCompared) {
  Report r = CheckText(Release("732.4", "Pro forma amounts would have been:"));
  EXPECT_TRUE(r.findings.empty());
}

TEST(AcrossTablesRuleTest, ACountUnderADilutedHeadingIsNotPaired) {
  // The diluted computation starts from the basic count: its row names no qualifier itself.
  std::string release = Release("732.4");
  release.replace(release.find("Basic earnings per share computation"), 5, "Diluted");
  Report r = CheckText(release);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_TRUE(ChecksOf(r, "eps-agrees-across-tables").empty());
}

// The odd one out of three tables is the one reported, wherever it stands.
TEST(AcrossTablesRuleTest, TheFigureTheOtherTablesDoNotSupportIsTheOneReported) {
  std::string summary =
      "\n<TABLE>\n<CAPTION>\n"
      "                                           1998        1997        1996\n"
      "<S>                                     <C>         <C>         <C>\n"
      "Basic weighted average shares            748.6       732.1       723.4\n"
      "</TABLE>\n";
  std::string release = Release("732.1") + summary;
  release.replace(release.find("732,100"), 7, "732,700");
  std::vector<std::string> m = FindingMessages(CheckText(release));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0],
            "error eps-agrees-across-tables: Weighted average shares outstanding shows 732,700 in "
            "year ended Dec 31, 1997, but \"Basic\" at line 10 shows 732,100 for the same period "
            "(difference 600); the rows agree in 2 of 3 periods");
}

// A release in thousands: the income statement, the cash flow statement, the balance sheet and
// a reconciliation in millions.
const char kMoneyRelease[] =
    "CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "<TABLE>\n<CAPTION>\n"
    "(In thousands)                          Year Ended December 31,\n"
    "                                         2023          2022\n"
    "<S>                                   <C>           <C>\n"
    "Total revenues                        $ 52,340      $ 48,115\n"
    "Costs and expenses                      40,210        37,905\n"
    "Net income                            $ 12,130      $ 10,210\n"
    "</TABLE>\n\n"
    "CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
    "<TABLE>\n<CAPTION>\n"
    "(In thousands)                          Year Ended December 31,\n"
    "                                         2023          2022\n"
    "<S>                                   <C>           <C>\n"
    "Net income                            $ 12,130      $ 10,210\n"
    "Depreciation                             3,115         2,940\n"
    "Net increase in cash                    15,245        13,150\n"
    "Cash and cash equivalents at beginning of year  20,410  7,260\n"
    "Cash and cash equivalents at end of year  $ 35,655  $ 20,410\n"
    "</TABLE>\n\n"
    "CONSOLIDATED BALANCE SHEETS\n"
    "<TABLE>\n<CAPTION>\n"
    "(In thousands)                        December 31,  December 31,\n"
    "                                         2023          2022\n"
    "<S>                                   <C>           <C>\n"
    "Cash and cash equivalents             $ 35,655      $ 20,410\n"
    "Other assets                            64,345        59,590\n"
    "Total assets                          $100,000      $ 80,000\n"
    "</TABLE>\n\n"
    "Reconciliation of GAAP net income to adjusted net income\n"
    "<TABLE>\n<CAPTION>\n"
    "(In millions)                           Year Ended December 31,\n"
    "                                         2023          2022\n"
    "<S>                                   <C>           <C>\n"
    "Net income (GAAP)                     $   12.1      $   10.2\n"
    "Restructuring charges                      1.4           0.9\n"
    "Adjusted net income                   $   13.5      $   11.1\n"
    "</TABLE>\n";

using Changes = std::vector<std::pair<std::string, std::string>>;

// `text` with each `from` replaced by its `to`.
std::string Edited(std::string text, const Changes& changes) {
  for (const auto& [from, to] : changes) {
    size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
  }
  return text;
}

std::string MoneyRelease(const Changes& changes = {}) { return Edited(kMoneyRelease, changes); }

TEST(AcrossTablesRuleTest, MoneyAgreesAtEachTablesScale) {
  Report r = CheckText(MoneyRelease());
  EXPECT_TRUE(r.findings.empty());
  std::vector<std::string> checks = ChecksOf(r, "money-agrees-across-tables");
  ASSERT_EQ(checks.size(), 8u);
  EXPECT_EQ(checks[2],
            "pass: Net income (year ended Dec 31, 2023): 12,130, and 12.1 in \"Net income "
            "(GAAP)\" at line 42");
  // The cash flow statement's cash at the end of the year is the balance sheet's at that date.
  EXPECT_EQ(checks[6],
            "pass: Cash and cash equivalents at end of year (year ended Dec 31, 2023): 35,655, "
            "and 35,655 in \"Cash and cash equivalents\" at line 31");
}

TEST(AcrossTablesRuleTest, NetIncomeThatDisagreesWhereTheOtherPeriodAgreesFires) {
  // The cash flow statement foots with its own net income; the income statement and the
  // reconciliation show another.
  Report r = CheckText(
      MoneyRelease({{"$ 12,130      $ 10,210\nDepreciation                             3,115",
                     "$ 12,310      $ 10,210\nDepreciation                             2,935"}}));
  EXPECT_EQ(FindingMessages(r),
            (std::vector<std::string>{
                "error money-agrees-across-tables: Net income shows 12,310 in year ended Dec 31, "
                "2023, but \"Net income\" at line 9 shows 12,130 for the same period (difference "
                "180); the rows agree in 1 of 2 periods"}));
}

TEST(AcrossTablesRuleTest, CashAtTheEndOfTheYearThatDisagreesWithTheBalanceSheetFires) {
  Report r = CheckText(
      MoneyRelease({{"$ 35,655      $ 20,410\nOther assets                            64,345",
                     "$ 35,565      $ 20,410\nOther assets                            64,435"}}));
  EXPECT_EQ(FindingMessages(r),
            (std::vector<std::string>{
                "error money-agrees-across-tables: Cash and cash equivalents at end of year shows "
                "35,655 in year ended Dec 31, 2023, but \"Cash and cash equivalents\" at line 31 "
                "shows 35,565 for the same period (difference 90); the rows agree in 1 of 2 "
                "periods"}));
}

TEST(AcrossTablesRuleTest, AReconciliationsGaapFigureIsComparedAndDisagreementsFire) {
  Report r = CheckText(
      MoneyRelease({{"$   12.1      $   10.2\nRestructuring charges                      1.4",
                     "$   12.4      $   10.2\nRestructuring charges                      1.1"}}));
  EXPECT_EQ(FindingMessages(r),
            (std::vector<std::string>{
                "error money-agrees-across-tables: Net income (GAAP) shows 12.4 in year ended "
                "Dec 31, 2023, but \"Net income\" at line 9 shows 12.130 for the same period "
                "(difference 0.270); the rows agree in 1 of 2 periods"}));
}

TEST(AcrossTablesRuleTest, FiguresAThousandTimesApartAreAScaleNote) {
  Report r = CheckText(MoneyRelease({{"(In millions)  ", "(In thousands) "}}));
  EXPECT_EQ(FindingMessages(r),
            (std::vector<std::string>{
                "note money-agrees-across-tables: Net income (GAAP) shows 12.1 in year ended Dec "
                "31, 2023 and \"Net income\" at line 9 shows 12,130 for the same period: at their "
                "tables' scales the figures are 1,000 times apart (the scale of one table is read "
                "or printed wrongly)"}));
}

TEST(AcrossTablesRuleTest, MoneyOnAnotherBasisIsNotCompared) {
  // A non-GAAP statement's net income, in a table that is no reconciliation.
  Report r = CheckText(MoneyRelease(
      {{"Reconciliation of GAAP net income to adjusted net income", "Non-GAAP results"},
       {"$   12.1      $   10.2\nRestructuring charges                      1.4",
        "$   13.5      $   10.2\nRestructuring charges                      0.0"}}));
  EXPECT_TRUE(r.findings.empty());
}

TEST(AcrossTablesRuleTest, OnePeriodThatDisagreesAloneIsNotEstablished) {
  // Another quantity under the same label: it agrees in neither period.
  Report r = CheckText(MoneyRelease(
      {{"$ 12,130      $ 10,210\nDepreciation                             3,115         2,940",
        "$ 12,310      $ 10,390\nDepreciation                             2,935         2,760"}}));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "money-agrees-across-tables")[0],
            "skip: Net income (year ended Dec 31, 2023): 12,130, and 12,310 in \"Net income\" at "
            "line 18: the rows agree in 0 of 2 periods, not established");
}

TEST(AcrossTablesRuleTest, TotalAssetsInASummaryAgreeWithTheBalanceSheet) {
  auto summary = [](const std::string& assets_2023) {
    return "\nSELECTED BALANCE SHEET DATA\n<TABLE>\n<CAPTION>\n"
           "(In thousands)                        December 31,  December 31,\n"
           "                                         2023          2022\n"
           "<S>                                   <C>           <C>\n"
           "Total assets                          $" +
           assets_2023 +
           "      $ 80,000\n"
           "</TABLE>\n";
  };
  Report r = CheckText(MoneyRelease() + summary("100,000"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(
      ChecksOf(r, "money-agrees-across-tables").back(),
      "pass: Total assets (at Dec 31, 2022): 80,000, and 80,000 in \"Total assets\" at line 53");
  EXPECT_EQ(FindingMessages(CheckText(MoneyRelease() + summary("101,000"))),
            (std::vector<std::string>{
                "error money-agrees-across-tables: Total assets shows 100,000 at Dec 31, 2023, "
                "but \"Total assets\" at line 53 shows 101,000 for the same period (difference "
                "-1,000); the rows agree in 1 of 2 periods"}));
}

// An income statement in thousands, then a segment table in millions: net sales by segment
// with their total, operating income by segment.
const char kSegmentRelease[] =
    "CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "<TABLE>\n<CAPTION>\n"
    "(In thousands)                          Year Ended December 31,\n"
    "                                         2023          2022\n"
    "<S>                                   <C>           <C>\n"
    "Net sales                             $ 52,340      $ 48,115\n"
    "Cost of sales                           40,210        37,905\n"
    "Net income                            $ 12,130      $ 10,210\n"
    "</TABLE>\n\n"
    "SEGMENT INFORMATION\n"
    "<TABLE>\n<CAPTION>\n"
    "(In millions)                           Year Ended December 31,\n"
    "                                         2023          2022\n"
    "<S>                                   <C>           <C>\n"
    "Net sales:\n"
    "  Industrial                           $ 30.10       $ 27.00\n"
    "  Consumer                               22.24         21.12\n"
    "  Total                                $ 52.34       $ 48.12\n"
    "Operating income:\n"
    "  Industrial                           $  8.00       $  7.00\n"
    "  Consumer                                6.00          5.00\n"
    "  Total                                $ 14.00       $ 12.00\n"
    "</TABLE>\n";

std::string SegmentRelease(const Changes& changes = {}) { return Edited(kSegmentRelease, changes); }

TEST(AcrossTablesRuleTest, ASegmentTablesTotalAgreesWithTheStatementsNetSales) {
  Report r = CheckText(SegmentRelease());
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "segments-agree-with-revenues"),
            (std::vector<std::string>{
                "skip: Total under Operating income: a segment total of another measure, not "
                "compared with the consolidated revenues",
                "pass: Net sales (year ended Dec 31, 2023): 52,340, and 52.34 in \"Total under "
                "Net sales\" at line 21",
                "pass: Net sales (year ended Dec 31, 2022): 48,115, and 48.12 in \"Total under "
                "Net sales\" at line 21"}));
}

TEST(AcrossTablesRuleTest, ASegmentTotalThatDisagreesWithTheStatementFires) {
  // The segments foot to their total, which is not the statement's net sales of 2023.
  Report r = CheckText(SegmentRelease({{"22.24", "22.42"}, {"52.34", "52.52"}}));
  EXPECT_EQ(FindingMessages(r),
            (std::vector<std::string>{
                "error segments-agree-with-revenues: Total under Net sales shows 52.52 in year "
                "ended Dec 31, 2023, but \"Net sales\" at line 7 shows 52.34 for the same period "
                "(difference 0.18); the rows agree in 1 of 2 periods"}));
}

TEST(AcrossTablesRuleTest, ASegmentTotalItsRowsDoNotFootToIsNotCompared) {
  Report r = CheckText(SegmentRelease({{"52.34", "52.52"}}));
  std::vector<std::string> checks = ChecksOf(r, "segments-agree-with-revenues");
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_EQ(checks[0],
            "skip: Total under Net sales: the rows above it do not foot to it, not established "
            "as the segments' total");
  for (const std::string& m : FindingMessages(r)) {
    EXPECT_EQ(m.find("segments-agree-with-revenues"), std::string::npos) << m;
  }
}

TEST(AcrossTablesRuleTest, ReconcilingRowsAfterTheSegmentsTotalAreNotCompared) {
  Report r = CheckText(
      SegmentRelease({{"  Total                                $ 52.34       $ 48.12\n",
                       "  Total segments                       $ 52.34       $ 48.12\n"
                       "  Eliminations                           (0.50)        (0.40)\n"}}));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "segments-agree-with-revenues")[0],
            "skip: Eliminations under Net sales: rows follow the segments' total (reconciling "
            "items), not compared with the consolidated revenues");
}

TEST(AcrossTablesRuleTest, ASubtotalWithoutTotalInItsLabelIsNotCountedTwice) {
  // "Industrial" sums the two lines above it: the total is its rows without it.
  const std::pair<std::string, std::string> lines = {
      "  Industrial                           $ 30.10       $ 27.00\n",
      "  Machines                             $ 18.00       $ 16.50\n"
      "  Parts                                  12.10         10.50\n"
      "  Industrial                             30.10         27.00\n"};
  Report r = CheckText(SegmentRelease({lines}));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "segments-agree-with-revenues")[1],
            "pass: Net sales (year ended Dec 31, 2023): 52,340, and 52.34 in \"Total under "
            "Net sales\" at line 23");
  // Firing: the segments foot to a total the statement does not show.
  Report b = CheckText(SegmentRelease({lines, {"22.24", "22.42"}, {"52.34", "52.52"}}));
  EXPECT_EQ(FindingMessages(b),
            (std::vector<std::string>{
                "error segments-agree-with-revenues: Total under Net sales shows 52.52 in year "
                "ended Dec 31, 2023, but \"Net sales\" at line 7 shows 52.34 for the same period "
                "(difference 0.18); the rows agree in 1 of 2 periods"}));
}

TEST(AcrossTablesRuleTest, ATotalNamingTheSegmentsIsNotTheConsolidatedFigure) {
  // "Total segment net sales" may be followed by eliminations in a group of their own: one
  // period agreeing where there were none is no evidence of the consolidated figure.
  Report r =
      CheckText(SegmentRelease({{"  Total                                $ 52.34       $ 48.12\n",
                                 "  Total segment net sales              $ 52.34       $ 48.12\n"},
                                {"22.24", "22.42"},
                                {"52.34", "52.52"}}));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "segments-agree-with-revenues")[0],
            "skip: Total segment net sales under Net sales: a total of the segments before "
            "reconciling items, not compared with the consolidated revenues");
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

// A quarter's statement, a table of quarters named by number, and a year ending December 31
// (the release's fiscal calendar).
std::string QuarterNamedColumns(const std::string& named_2022) {
  return "<TABLE>\n"
         "                                  Three Months Ended March 31,\n"
         "                                    2023         2022\n"
         "<S>                               <C>          <C>\n"
         "Net income                        $ 1,240      $ 1,106\n"
         "</TABLE>\n\n"
         "<TABLE>\n"
         "                                   First        First\n"
         "                                 Quarter      Quarter\n"
         "                                    2023         2022\n"
         "<S>                               <C>          <C>\n"
         "Net income                        $ 1,240      $ " +
         named_2022 +
         "\n"
         "</TABLE>\n\n"
         "<TABLE>\n"
         "                                  Year Ended December 31,\n"
         "                                    2022         2021\n"
         "<S>                               <C>          <C>\n"
         "Net income                        $ 4,410      $ 4,020\n"
         "</TABLE>\n";
}

TEST(AcrossTablesRuleTest, QuarterNamedColumnsPairWithThreeMonthsEndedColumns) {
  Report r = CheckText(QuarterNamedColumns("1,106"));
  EXPECT_TRUE(testing::FindingMessages(r).empty());
  std::vector<std::string> checks = ChecksOf(r, "money-agrees-across-tables");
  ASSERT_FALSE(checks.empty());
  EXPECT_EQ(checks[0],
            "pass: Net income (quarter ended Mar 31, 2023): 1,240, and 1,240 in \"Net income\" at "
            "line 13");
  // Firing: the first quarter of 2022 disagrees with the three months ended March 31, 2022.
  r = CheckText(QuarterNamedColumns("1,160"));
  EXPECT_EQ(testing::FindingMessages(r),
            std::vector<std::string>{
                "error money-agrees-across-tables: Net income shows 1,106 in quarter ended Mar 31, "
                "2022, but \"Net income\" at line 13 shows 1,160 for the same period (difference "
                "-54); the rows agree in 1 of 2 periods"});
  // Quiet: without a dated year (or year to date) the calendar is not established, the quarters
  // stay undated and pair with nothing: a skipped check with the reason.
  std::string text = QuarterNamedColumns("1,160");
  text = text.substr(0, text.rfind("<TABLE>"));
  r = CheckText(text);
  EXPECT_TRUE(testing::FindingMessages(r).empty());
  checks = ChecksOf(r, "money-agrees-across-tables");
  ASSERT_FALSE(checks.empty());
  EXPECT_EQ(checks[0],
            "skip: Net income (quarter ended 2023): 1,240: the column names a quarter but not its "
            "end: no dated column of a year or a year to date shows when the fiscal year ends");
}

}  // namespace
}  // namespace tieout
