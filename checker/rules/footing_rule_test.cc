#include "checker/rules/footing_rule.h"

#include <gtest/gtest.h>

#include <algorithm>

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
                "pass: Total revenues (quarter ended Mar 31, 2003): 161,000 + 135,000 = 296,000",
                "pass: Total revenues (quarter ended Mar 31, 2002): 168,000 + 221,000 = 389,000",
                "pass: Total costs and expenses (quarter ended Mar 31, 2003): 100,000 + 50,000 = "
                "150,000",
                "pass: Total costs and expenses (quarter ended Mar 31, 2002): 200,000 + 60,000 = "
                "260,000",
                "pass: NET INCOME (quarter ended Mar 31, 2003): 296,000 - 150,000 = 146,000",
                "pass: NET INCOME (quarter ended Mar 31, 2002): 389,000 - 260,000 = 129,000"}));
  EXPECT_TRUE(r.findings.empty());
}

TEST(FootingRuleTest, FiresWithTheEvidenceOfTheOtherColumn) {
  Report r = CheckText(Statement("136,000"));
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.rule, "table-footing");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.line, 10);
  EXPECT_EQ(f.column, 41);
  EXPECT_EQ(f.message,
            "Total revenues does not foot in quarter ended Mar 31, 2003: 161,000 + 136,000 is "
            "297,000, the total shows 296,000 (difference -1,000); the same rows tie in 1 of 2 "
            "columns");
  EXPECT_EQ(f.expected, "297,000");
  EXPECT_EQ(f.actual, "296,000");
  ASSERT_EQ(f.related.size(), 2u);
  EXPECT_EQ(f.related[1].line, 8);
  EXPECT_EQ(f.related[1].message, "Grants 136,000");
}

// Columns are bytes; the column in code points (what SARIF counts) is kept beside it.
TEST(FootingRuleTest, FindingsKnowTheirColumnInCodePoints) {
  std::string text = Statement("136,000");
  text.replace(text.find("Total revenues "), 15, "Total r\xc3\xa9venues");  // same bytes
  Report r = CheckText(text);
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.line, 10);
  EXPECT_EQ(f.column, 41);
  EXPECT_EQ(f.code_point_column, 40);  // the two bytes of "\xc3\xa9" are one code point
  ASSERT_EQ(f.related.size(), 2u);
  EXPECT_EQ(f.related[1].line, 8);
  EXPECT_EQ(f.related[1].code_point_column, f.related[1].column);  // a line of ASCII
}

// A three-column table: the parts of each total, then the totals.
std::string ThreeColumns(const std::string& rows) {
  return "<TABLE>\n<CAPTION>\n"
         "                                2003        2002        2001\n"
         "<S>                          <C>         <C>         <C>\n" +
         rows + "</TABLE>\n";
}

// The rows with the placeholder `mark` replaced by `value`.
std::string Put(std::string rows, const std::string& mark, const std::string& value) {
  return rows.replace(rows.find(mark), mark.size(), value);
}

TEST(FootingRuleTest, EarlierSubtotalsStandForTheirParts) {
  std::string rows =
      "Cash                           1,210       1,130       1,040\n"
      "Receivables                      820         710         650\n"
      "                             -------     -------     -------\n"
      "Total current assets           2,030       1,840       1,690\n"
      "Property                       3,080       2,960       2,810\n"
      "Goodwill                         510         510         510\n"
      "                             -------     -------     -------\n"
      "Total assets                   5,620       5,310       ASSETS\n";
  std::string good = rows;
  good.replace(good.find("ASSETS"), 6, " 5,010");
  Report r = CheckText(ThreeColumns(good));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "table-footing")[3],
            "pass: Total assets (2003): 2,030 + 3,080 + 510 = 5,620");
  std::string bad = rows;
  bad.replace(bad.find("ASSETS"), 6, " 5,060");
  Report b = CheckText(ThreeColumns(bad));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total assets does not foot in 2001: 1,690 + 2,810 + 510 is 5,010, the total shows "
            "5,060 (difference 50); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, AFirstRowLessTheRestWithoutARuleLine) {
  // Gross profit has no rule line and no "Total": the vocabulary calls it a result.
  std::string rows =
      "Net sales                      9,120       8,450       7,930\n"
      "Cost of sales                  5,470       5,110       4,880\n"
      "Gross profit                   3,650       3,340       GROSS\n";
  std::string good = rows;
  good.replace(good.find("GROSS"), 5, "3,050");
  EXPECT_EQ(ChecksOf(CheckText(ThreeColumns(good)), "table-footing")[0],
            "pass: Gross profit (2003): 9,120 - 5,470 = 3,650");
  std::string bad = rows;
  bad.replace(bad.find("GROSS"), 5, "3,350");
  Report b = CheckText(ThreeColumns(bad));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Gross profit does not foot in 2001: 7,930 - 4,880 is 3,050, the total shows 3,350 "
            "(difference 300); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, DeductionsAreSubtractedWhereTheVocabularySaysSo) {
  std::string rows =
      "Operating income               2,400       2,200       2,000\n"
      "Interest expense                 300         280         260\n"
      "Other income                     150         130         110\n"
      "                             -------     -------     -------\n"
      "Income before income taxes     2,250       2,050       PRETAX\n";
  std::string good = rows;
  good.replace(good.find("PRETAX"), 6, " 1,850");
  EXPECT_EQ(ChecksOf(CheckText(ThreeColumns(good)), "table-footing")[0],
            "pass: Income before income taxes (2003): 2,400 - 300 + 150 = 2,250");
  std::string bad = rows;
  bad.replace(bad.find("PRETAX"), 6, " 1,870");
  Report b = CheckText(ThreeColumns(bad));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Income before income taxes does not foot in 2001: 2,000 - 260 + 110 is 1,850, the "
            "total shows 1,870 (difference 20); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, ALossShownPositiveIsReadWithItsSignReversed) {
  std::string rows =
      "Revenues                       1,000       1,200       1,400\n"
      "Research                       2,500       2,300       2,100\n"
      "Marketing                        700         600         500\n"
      "                             -------     -------     -------\n"
      "Loss from operations           2,200       1,700       1,200\n";
  Report r = CheckText(ThreeColumns(rows));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "table-footing")[0],
            "pass: Loss from operations (2003): -(1,000 - 2,500 - 700) = 2,200");
}

TEST(FootingRuleTest, RoundingPassesMarkedWithANote) {
  std::string rows =
      "Product                         85.3        80.1        70.2\n"
      "Service                         44.7        40.2        30.4\n"
      "Other                           30.2        20.0        10.1\n"
      "                             -------     -------     -------\n"
      "Total                          160.0       140.3       110.7\n";
  Report r = CheckText(ThreeColumns(rows));
  EXPECT_EQ(ChecksOf(r, "table-footing")[0],
            "pass: Total (2003): 85.3 + 44.7 + 30.2 = 160.2, shown 160.0: within rounding (sum "
            "160.2, shown 160.0)");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].severity, Severity::kNote);
  EXPECT_EQ(r.findings[0].message,
            "Total foots only within rounding in 2003: 85.3 + 44.7 + 30.2 is 160.2, the total "
            "shows 160.0");
}

TEST(FootingRuleTest, ThreeUnitsOffAcrossSixFiguresIsNoRounding) {
  // Six parts may be off by 3.5 units at the most, but the rounding errors of seven figures
  // add to more than 2.3 units (three standard deviations) almost never: 3 units off is a
  // changed figure. Two units off stays within rounding, whatever the number of figures.
  std::string rows =
      "Common stock                       2           2           2\n"
      "Paid-in capital                2,054       2,046       2,027\n"
      "Retained earnings              1,384       1,381       1,333\n"
      "Other comprehensive income     OTHER           -           2\n"
      "Deferred compensation            (46)        (55)        (60)\n"
      "Treasury stock                  (230)       (238)       (240)\n"
      "                             -------     -------     -------\n"
      "Total equity                   3,165       3,136       3,064\n";
  Report g = CheckText(ThreeColumns(Put(rows, "OTHER", "    1")));
  EXPECT_TRUE(g.findings.empty());
  Report two = CheckText(ThreeColumns(Put(rows, "OTHER", "    3")));
  ASSERT_EQ(two.findings.size(), 1u);
  EXPECT_EQ(two.findings[0].severity, Severity::kNote);
  Report b = CheckText(ThreeColumns(Put(rows, "OTHER", "    4")));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].severity, Severity::kError);
  EXPECT_EQ(b.findings[0].message,
            "Total equity does not foot in 2003: 2 + 2,054 + 1,384 + 4 + -46 + -230 is 3,168, the "
            "total shows 3,165 (difference -3); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, NotEstablishedWhenNoReadingTies) {
  // Neither column ties: no evidence of the structure, so no finding.
  Report r =
      CheckText(Statement("136,000").replace(Statement("136,000").find("168,000"), 7, "169,000"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "table-footing")[0],
            "skip: Total revenues: not established: no reading of the rows above it ties in the "
            "other columns");
}

TEST(FootingRuleTest, OneColumnOfFewDigitsIsNoEvidenceOfItself) {
  // Alone, a column has only its layout for evidence, and a total of one digit says too little.
  Report r = CheckText(
      "(in thousands)\n<TABLE>\n<S>              <C>\nA                 1\nB                 1\n"
      "C                 1\n                ---\nTotal             6\n</TABLE>\n");
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "table-footing"),
            (std::vector<std::string>{"skip: Total: not established: no reading of the rows "
                                      "above it ties in the other columns"}));
}

TEST(FootingRuleTest, TrivialTiesAreNoEvidence) {
  // 0 = 0 + 0 ties under any reading: it does not establish the structure for the other column.
  Report r = CheckText(
      "<TABLE>\n<S>                          <C>         <C>\n"
      "A                                 --       1,200\n"
      "B                                 --         800\n"
      "                             -------     -------\n"
      "Total                             --       2,100\n</TABLE>\n");
  // The other column is alone then: only the layout of its "Total" speaks for the sum.
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message,
            "Total does not foot in column 2: 1,200 + 800 is 2,000, the total shows 2,100 "
            "(difference 100); the same rows tie in no other column, but a rule line and the "
            "label Total close these rows");
  // Without the label, nothing does.
  Report u = CheckText(
      "<TABLE>\n<S>                          <C>         <C>\n"
      "A                                 --       1,200\n"
      "B                                 --         800\n"
      "                             -------     -------\n"
      "All                               --       2,100\n</TABLE>\n");
  EXPECT_TRUE(u.findings.empty());
}

// Two blocks whose 2002 totals lie between their parts: a column of averages.
constexpr char kAveragePools[] =
    "Pool A                         6,430         3.5       1,215\n"
    "Pool B                         7,600         2.6       1,790\n"
    "                             -------     -------     -------\n"
    "Total                         14,030         3.0       3,005\n"
    "Pool C                         2,110         4.1         412\n"
    "Pool D                         1,250         3.7         373\n"
    "                             -------     -------     -------\n"
    "Total                          3,360         3.9         785\n";

TEST(FootingRuleTest, AColumnOfAveragesIsNotASum) {
  Report r = CheckText(ThreeColumns(kAveragePools));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "table-footing")[0],
            "skip: Total: not established: 2002 holds averages: its totals lie between their "
            "parts");
}

TEST(FootingRuleTest, AnAverageLiesBetweenItsParts) {
  // 2002 holds averages, but a total outside its parts is no average: the column is wrong.
  std::string rows = std::string(kAveragePools) +
                     "Pool E                         1,000         2.0         500\n"
                     "Pool F                         2,000         3.0         600\n"
                     "                             -------     -------     -------\n"
                     "Total                          3,000         AVG       1,100\n";
  EXPECT_TRUE(CheckText(ThreeColumns(Put(rows, "AVG", "2.5"))).findings.empty());
  Report r = CheckText(ThreeColumns(Put(rows, "AVG", "7.0")));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message,
            "Total does not foot in 2002: 2.0 + 3.0 is 5.0, the total shows 7.0 (difference 2.0); "
            "the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, ATotalOverADoubleRuleLeadsTheReconciliationBelowIt) {
  // The double rule ends the costs; the reconciliation below starts from their total.
  std::string rows =
      "Costs incurred                   562         465         410\n"
      "Facilities                       142          30          25\n"
      "                             -------     -------     -------\n"
      "Total costs incurred             704         495         435\n"
      "                             =======     =======     =======\n"
      "Reconciliation:\n"
      "Obligations incurred             (15)         (1)         (4)\n"
      "Obligations settled               13          15          11\n"
      "Noncontrolling interest          (31)        (57)        (40)\n"
      "                             -------     -------     -------\n"
      "Total capital investment         671         INV         402\n";
  Report g = CheckText(ThreeColumns(Put(rows, "INV", "452")));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing")[3],
            "pass: Total capital investment (2003): 704 + -15 + 13 + -31 = 671");
  Report b = CheckText(ThreeColumns(Put(rows, "INV", "482")));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total capital investment does not foot in 2002: 495 + -1 + 15 + -57 is 452, the total "
            "shows 482 (difference 30); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, ARowOfPercentagesAmongAmountsIsARowApart) {
  // The margin row neither makes its columns columns of ratios nor breaks the run of amounts;
  // the rates under the first block leave the second block footed.
  std::string rows =
      "Operating income               2,734         652       7,512\n"
      "Margin                          14.0%        1.5%       10.0%\n"
      "Depreciation                   6,415         808       1,946\n"
      "Other                            161          20          80\n"
      "                             -------     -------     -------\n"
      "Adjusted EBITDA                9,310       VALUE6      9,538\n"
      "                             =======     =======     =======\n"
      "Rate paid                       5.92%       6.14%       6.87%\n"
      "Pay fixed                      1,226       1,430         200\n"
      "Pay variable                     150         175         274\n"
      "                             -------     -------     -------\n"
      "Total                          1,376       1,605         474\n";
  Report g = CheckText(ThreeColumns(Put(rows, "VALUE6", " 1,480")));
  EXPECT_TRUE(g.findings.empty());
  std::vector<std::string> checks = ChecksOf(g, "table-footing");
  EXPECT_EQ(std::count(checks.begin(), checks.end(),
                       "pass: Adjusted EBITDA (2002): 652 + 808 + 20 = 1,480"),
            1);
  EXPECT_EQ(std::count(checks.begin(), checks.end(), "pass: Total (2001): 200 + 274 = 474"), 1);
  Report b = CheckText(ThreeColumns(Put(rows, "VALUE6", " 1,780")));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Adjusted EBITDA does not foot in 2002: 652 + 808 + 20 is 1,480, the total shows 1,780 "
            "(difference 300); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, ASubtotalThatRepeatsItsRowIsNoEvidence) {
  // In 2019 the subtotals only repeat the rows above them, so 2019 ties under two readings
  // (as reported, or at constant currency) and cannot tell 2020 which one is right.
  Report r = CheckText(
      "<TABLE>\n<CAPTION>\n                                    2019          2020\n"
      "<S>                              <C>           <C>\n"
      "Revenue as reported              547,260       492,815\n"
      "Conversion impact                     --         7,936\n"
      "                                 -------       -------\n"
      "Revenue at constant currency     547,260       500,751\n"
      "TAC as reported                 (316,084)     (289,507)\n"
      "Conversion impact                     --        (4,418)\n"
      "                                 -------       -------\n"
      "TAC at constant currency        (316,084)     (293,925)\n"
      "                                 -------       -------\n"
      "Revenue ex-TAC as reported       231,176       203,308\n</TABLE>\n");
  EXPECT_TRUE(r.findings.empty());
  std::vector<std::string> checks = ChecksOf(r, "table-footing");
  EXPECT_EQ(std::count(checks.begin(), checks.end(),
                       "skip: Revenue ex-TAC as reported: not established: Revenue at constant "
                       "currency repeats the one row it closes in the columns that tie, not in "
                       "2020"),
            1);
}

TEST(FootingRuleTest, AColumnWrongUnderBothReadingsOfRepeatingSubtotalsFires) {
  // 2019 ties under two readings (the subtotals repeat their rows), but 2020 ties under
  // neither: wrong either way.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                    2019          2020\n"
      "<S>                              <C>           <C>\n"
      "Sales as reported                412,700       388,240\n"
      "Currency effect                       --         6,150\n"
      "                                 -------       -------\n"
      "Sales at constant currency       412,700       394,390\n"
      "Freight as reported             (101,350)      (97,210)\n"
      "Currency effect                       --        (1,480)\n"
      "                                 -------       -------\n"
      "Freight at constant currency    (101,350)      (98,690)\n"
      "                                 -------       -------\n"
      "Net sales after freight          311,350       TOTAL\n</TABLE>\n";
  Report b = CheckText(Put(table, "TOTAL", "311,030"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Net sales after freight does not foot in 2020: 394,390 + -98,690 is 295,700, the "
            "total shows 311,030 (difference 15,330); the same rows tie in 1 of 2 columns");
  // Quiet: as reported (388,240 - 97,210) it ties: the subtotals are no evidence.
  EXPECT_TRUE(CheckText(Put(table, "TOTAL", "291,030")).findings.empty());
}

TEST(FootingRuleTest, AShorterReadingThatFailsInTheOtherColumnIsNoDoubt) {
  // 2023 ties without its first row (5 + 2,410 + 1,620 + 5 - 312 is 3,728 against 3,723,
  // the 5 of other income equal to the common stock), but that reading fails in 2022 where the
  // rows the layout closes tie: the 2023 total is wrong.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                    2023          2022\n"
      "<S>                              <C>           <C>\n"
      "STOCKHOLDERS' EQUITY\n"
      "Common stock                          5     COMMON\n"
      "Additional paid-in capital        2,410         2,395\n"
      "Retained earnings                 1,620         1,540\n"
      "Accumulated other income              5            --\n"
      "Treasury stock                     (312)         (298)\n"
      "                                 -------       -------\n"
      "Total stockholders' equity        3,723         TOTAL\n</TABLE>\n";
  Report b = CheckText(Put(Put(table, "COMMON", "    5"), "TOTAL", "3,642"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total stockholders' equity does not foot in 2023: 5 + 2,410 + 1,620 + 5 + -312 is "
            "3,728, the total shows 3,723 (difference -5); the same rows tie in 1 of 2 columns");
  // Quiet: where the shorter reading ties in 2022 too (no common stock there), either may be
  // the structure.
  Report q = CheckText(Put(Put(table, "COMMON", "    0"), "TOTAL", "3,637"));
  EXPECT_TRUE(q.findings.empty());
}

TEST(FootingRuleTest, ALoneTotalOfShareCountsBetweenItsPartsIsAWrongSum) {
  // Share counts under a "Total" are a sum, even where the total lies between its parts.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                       In millions\n"
      "<S>                                   <C>\n"
      "Weighted average shares outstanding         182.4\n"
      "Shares issued in the acquisition              6.3\n"
      "                                          -------\n"
      "Total weighted average shares outstanding   TOTAL\n"
      "</TABLE>\n";
  EXPECT_TRUE(CheckText(Put(table, "TOTAL", "188.7")).findings.empty());
  Report b = CheckText(Put(table, "TOTAL", "168.7"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total weighted average shares outstanding does not foot in In millions: 182.4 + 6.3 "
            "is 188.7, the total shows 168.7 (difference -20.0); the same rows tie in no other "
            "column, but a rule line and the label Total close these rows");
}

TEST(FootingRuleTest, AColumnWithFiguresInOtherRowsIsNotCalledWrong) {
  // The 2001 column shows a figure where the others are blank: a misread row, not a wrong total.
  std::string rows =
      "Lease                                                   12\n"
      "Notes                          1,210       1,130       1,040\n"
      "Bonds                            820         710         650\n"
      "                             -------     -------     -------\n"
      "Total debt                     2,030       1,840       1,690\n";
  Report r = CheckText(ThreeColumns(rows));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "table-footing")[0],
            "skip: Total debt: not established: the figures of 2001 stand in other rows than "
            "where it ties");
}

TEST(FootingRuleTest, TrivialTiesAreNoEvidenceEitherWay) {
  // The middle column ties only as 806 = 0 + 806: no evidence. The last column ties with
  // two figures, so the structure is established and the first column is wrong.
  std::string rows =
      "Bonds                            163           -         171\n"
      "Notes                          1,042         806       1,853\n"
      "                             -------     -------     -------\n"
      "Total charges                  TOTAL         806       2,024\n";
  std::string good = rows;
  good.replace(good.find("TOTAL"), 5, "1,205");
  Report g = CheckText(ThreeColumns(good));
  EXPECT_TRUE(g.findings.empty());
  std::string bad = rows;
  bad.replace(bad.find("TOTAL"), 5, "1,505");
  Report b = CheckText(ThreeColumns(bad));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total charges does not foot in 2003: 163 + 1,042 is 1,205, the total shows 1,505 "
            "(difference 300); the same rows tie in 1 of 2 columns");
  // With only trivial ties beside it and no "Total" label, the wrong column has no evidence
  // against it.
  std::string alone =
      "Bonds                            163           -           -\n"
      "Notes                          1,042         806           -\n"
      "                             -------     -------     -------\n"
      "Charges                        1,505         806           -\n";
  Report a = CheckText(ThreeColumns(alone));
  EXPECT_TRUE(a.findings.empty());
  EXPECT_EQ(ChecksOf(a, "table-footing")[0],
            "skip: Charges: not established: no reading of the rows above it ties in the other "
            "columns");
}

TEST(FootingRuleTest, CostsTotalledBelowTheRevenueTheyAreSetAgainst) {
  // "Total costs and expenses" closes the rows below "Revenue", not Revenue with them.
  std::string rows =
      "Revenue                        1,846       1,702       3,418\n"
      "Cost of sales                  1,392       1,507       2,651\n"
      "Marketing                        135         129         266\n"
      "                             -------     -------     -------\n"
      "Total costs and expenses       COSTS       1,636       2,917\n"
      "                             -------     -------     -------\n"
      "Income from operations           319          66         501\n";
  std::string good = rows;
  good.replace(good.find("COSTS"), 5, "1,527");
  Report g = CheckText(ThreeColumns(good));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing")[0],
            "pass: Total costs and expenses (2003): 1,392 + 135 = 1,527");
  EXPECT_EQ(ChecksOf(g, "table-footing")[3],
            "pass: Income from operations (2003): 1,846 - 1,527 = 319");
  std::string bad = rows;
  bad.replace(bad.find("COSTS"), 5, "1,557");
  Report b = CheckText(ThreeColumns(bad));
  ASSERT_GE(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total costs and expenses does not foot in 2003: 1,392 + 135 is 1,527, the total "
            "shows 1,557 (difference 30); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, ARowOfPercentChangeLeavesItsColumnFooted) {
  // "percent change" is a row apart: the 2003 column still holds amounts.
  std::string rows =
      "Net sales                      9,718       8,247       7,120\n"
      "percent change                    18%\n"
      "Costs and expenses:\n"
      "Cost of sales                  5,784       4,915       4,200\n"
      "Selling expenses               1,206       1,238       1,010\n"
      "                             -------     -------     -------\n"
      "Total costs and expenses       7,290       6,153       5,210\n";
  Report r = CheckText(ThreeColumns(rows));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message,
            "Total costs and expenses does not foot in 2003: 5,784 + 1,206 is 6,990, the total "
            "shows 7,290 (difference 300); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, PercentagesAboveTheAmountsMakeAColumnOfRatios) {
  // 100.0% on the first row: the column is a column of ratios from there on, never footed
  // with amounts (as percentages of a whole it foots among its kind: here 2 of 3 columns tie
  // on totals of three digits shown, "20.0" as much as "17.2", and the third is wrong);
  // a rate table below the amounts leaves the amounts above it footed.
  std::string ratios =
      "Net revenues                  100.0%      100.0%      100.0%\n"
      "Cost of sales                   9.8        10.2        12.0\n"
      "Research                        6.6         7.0         8.0\n"
      "                             -------     -------     -------\n"
      "Total costs                    26.4        17.2        20.0\n";
  Report r = CheckText(ThreeColumns(ratios));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message,
            "Total costs does not foot in 2003: 9.8 + 6.6 is 16.4, the total shows 26.4 "
            "(difference 10.0); the same rows tie in 2 of 3 columns");
  // Totals of two digits in the columns that tie say too little.
  Report few = CheckText(ThreeColumns(
      Put(Put(Put(Put(ratios, "17.2", "17  "), "20.0", "20  "), "10.2", "10  "), "12.0", "12  ")));
  EXPECT_TRUE(few.findings.empty());
  EXPECT_EQ(ChecksOf(few, "table-footing"),
            (std::vector<std::string>{"skip: Total costs: not established: no reading of the "
                                      "rows above it ties in the other columns"}));
  std::string below =
      "Federal                        1,262       2,742       2,171\n"
      "State                            318         319         284\n"
      "                             -------     -------     -------\n"
      "Total deferred                 1,580       3,361       2,455\n"
      "Statutory rate                  34.0%       34.0%       35.0%\n"
      "State taxes                      4.0         4.0         4.9\n";
  Report b = CheckText(ThreeColumns(below));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total deferred does not foot in 2002: 2,742 + 319 is 3,061, the total shows 3,361 "
            "(difference 300); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, AFigurePrintedWithAPeriodForACommaIsNamed) {
  std::string rows =
      "Loans                        672,814     650,100     640,200\n"
      "Leases                       142.618     130,200     120,300\n"
      "                             -------     -------     -------\n"
      "Total loans                  815,432     780,300     760,500\n";
  Report r = CheckText(ThreeColumns(rows));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message,
            "Total loans does not foot in 2003: 672,814 + 142.618 is 672,956.618, the total shows "
            "815,432 (difference 142,475.382; read as 142,618, the figure shown 142.618 makes "
            "the rows tie); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, OneColumnIsCheckedByItsLayout) {
  // No other column can speak: the rule line over a "Total" closing the rows is the evidence.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                   Amount\n"
      "<S>                               <C>\n"
      "Short-term investments            654,127\n"
      "Cash equivalents                  315,946\n"
      "                                 --------\n"
      "Total                             TOTAL\n"
      "</TABLE>\n";
  std::string good = table;
  good.replace(good.find("TOTAL"), 5, "970,073");
  Report g = CheckText(good);
  EXPECT_TRUE(g.findings.empty());
  std::string bad = table;
  bad.replace(bad.find("TOTAL"), 5, "900,073");
  Report b = CheckText(bad);
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total does not foot in Amount: 654,127 + 315,946 is 970,073, the total shows 900,073 "
            "(difference -70,000); the same rows tie in no other column, but a rule line and the "
            "label Total close these rows");
  // Parts at another precision than the total (per-unit figures): no evidence.
  std::string units =
      "<TABLE>\n<CAPTION>\n                                   Amount\n"
      "<S>                               <C>\n"
      "Exercise price                      (4.01)\n"
      "Expense per unit                    26.74\n"
      "                                 --------\n"
      "Total expense                       103\n"
      "</TABLE>\n";
  EXPECT_TRUE(CheckText(units).findings.empty());
  // A total between its parts (an average revenue per unit) is no wrong sum.
  Report a = CheckText(Put(table, "TOTAL", "500,000"));
  EXPECT_TRUE(a.findings.empty());
  EXPECT_EQ(ChecksOf(a, "table-footing"),
            (std::vector<std::string>{"skip: Total: not established: no reading of the rows "
                                      "above it ties in the other columns"}));
}

TEST(FootingRuleTest, ATotalBetweenItsPartsIsAWrongSumWhereTheColumnSums) {
  // The column's first total is the sum of its rows: its totals are sums, not averages, and a
  // later total between its parts is a wrong sum.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                   Amount\n"
      "<S>                               <C>\n"
      "Money market funds                  1,306\n"
      "Time deposits                         482\n"
      "                                 --------\n"
      "Total                               1,788\n"
      "                                 ========\n"
      "Held as cash equivalents            1,779\n"
      "Held as other assets                    9\n"
      "                                 --------\n"
      "Total                               TOTAL\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "1,788"));
  EXPECT_TRUE(g.findings.empty());
  Report b = CheckText(Put(table, "TOTAL", "1,088"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total does not foot in Amount: 1,779 + 9 is 1,788, the total shows 1,088 (difference "
            "-700); the same rows tie in no other column, but a rule line and the label Total "
            "close these rows");
  // A total that shows one of its parts closes that part alone.
  EXPECT_TRUE(CheckText(Put(table, "TOTAL", "9")).findings.empty());
  // Without a sum above, a total between its parts may be an average: not established.
  std::string alone = Put(table, "TOTAL", "1,088");
  alone.erase(alone.find("Money market"), alone.find("Held as cash") - alone.find("Money market"));
  Report a = CheckText(alone);
  EXPECT_TRUE(a.findings.empty());
}

TEST(FootingRuleTest, ALoneSubtotalOfTwoDigitsIsCheckedByItsLayout) {
  // Two digits shown ("20", trailing zero and all) are enough for the layout evidence of a
  // lone column; a "Subtotal" is named a total like a "Total".
  std::string table =
      "<TABLE>\n<CAPTION>\n                                   In millions\n"
      "<S>                               <C>\n"
      "Customer lists                         $ 3\n"
      "Patents                                  2\n"
      "Goodwill                                15\n"
      "                                       ---\n"
      "Subtotal                             TOTAL\n"
      "</TABLE>\n";
  EXPECT_TRUE(CheckText(Put(table, "TOTAL", "20")).findings.empty());
  Report b = CheckText(Put(table, "TOTAL", "50"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Subtotal does not foot in In millions: 3,000,000 + 2,000,000 + 15,000,000 is "
            "20,000,000, the total shows 50,000,000 (difference 30,000,000); the same rows tie in "
            "no other column, but a rule line and the label Total close these rows");
  // One digit is too few to tell a sum from a count.
  std::string small = Put(Put(table, "15", " 4"), "TOTAL", "6");
  EXPECT_TRUE(CheckText(small).findings.empty());
}

TEST(FootingRuleTest, AResultAboveItsAdjustmentsStandsForTheRowsAboveIt) {
  // "Net earnings before the cumulative effect" was not established (no rule line, nothing to
  // tie in its rows), yet the result below is it plus the effect.
  std::string table =
      "<TABLE>\n<CAPTION>\n"
      "                                        2004      2003      2002      2001\n"
      "<S>                                    <C>       <C>       <C>       <C>\n"
      "Net sales                             $3,100    $3,250    $3,400    $3,900\n"
      "Gross profit                           1,200     1,300     1,350     1,500\n"
      "Net earnings before cumulative\n"
      "  effect of accounting change            150       165       170       210\n"
      "Cumulative effect of\n"
      "  accounting change                     (100)       --        --        --\n"
      "Net earnings                              50       165       170     TOTAL\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "  210"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(
      ChecksOf(g, "table-footing"),
      (std::vector<std::string>{
          "pass: Net earnings (2004): 150 + -100 = 50", "pass: Net earnings (2003): 165 + 0 = 165",
          "pass: Net earnings (2002): 170 + 0 = 170", "pass: Net earnings (2001): 210 + 0 = 210"}));
  Report b = CheckText(Put(table, "TOTAL", "  240"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Net earnings does not foot in 2001: 210 + 0 is 210, the total shows 240 (difference "
            "30); the same rows tie in 2 other columns, where the total repeats Net earnings "
            "before cumulative effect of accounting change");
}

TEST(FootingRuleTest, ATotalOfTheLastRowsOnlyIsEstablishedByThreeColumns) {
  // The loans past due and still accruing are not part of the non-performing total below them:
  // only the last three rows are, exactly in the other three columns.
  std::string table =
      "<TABLE>\n<CAPTION>\n"
      "                                2004        2003        2002        2001\n"
      "<S>                          <C>         <C>         <C>         <C>\n"
      "Asset quality:\n"
      "Loans 30 to 89 days past due      4,512       3,877       4,105       3,960\n"
      "Loans 90 days past due, accruing    212         187         305         244\n"
      "Restructured loans, accruing      1,318       1,402       1,176       1,093\n"
      "Restructured loans, nonaccrual      874         912         655         701\n"
      "Nonaccrual loans                  6,205       5,731       5,448       5,102\n"
      "                             -------     -------     -------     -------\n"
      "Total non-performing loans        TOTAL       8,045       7,279       6,896\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "8,397"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing")[0],
            "pass: Total non-performing loans (2004): 1,318 + 874 + 6,205 = 8,397");
  Report b = CheckText(Put(table, "TOTAL", "8,697"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total non-performing loans does not foot in 2004: 1,318 + 874 + 6,205 is 8,397, the "
            "total shows 8,697 (difference 300); the same rows tie in 3 of 4 columns");
  // Ties in two columns are too few for a window the layout does not close.
  Report t = CheckText(Put(Put(table, "TOTAL", "8,697"), "6,896", "6,996"));
  EXPECT_TRUE(t.findings.empty());
  EXPECT_EQ(ChecksOf(t, "table-footing"),
            (std::vector<std::string>{"skip: Total non-performing loans: not established: no "
                                      "reading of the rows above it ties in the other columns"}));
}

TEST(FootingRuleTest, ADashOverTheFirstRowDoesNotMakeTheRowsBelowItAReading) {
  // The rows below a first row foot to the total under any reading where that row shows a
  // dash: there they are no evidence that the first row is left out.
  std::string table =
      "<TABLE>\n<CAPTION>\n"
      "                                    Quarter      Year\n"
      "<S>                               <C>         <C>\n"
      "Pricing                                 -        0.09\n"
      "Weather                              0.03       (0.02)\n"
      "Fuel costs                          (0.01)       0.05\n"
      "Share dilution                          -       (0.03)\n"
      "                                  ------      ------\n"
      "Total change                        $0.02      TOTAL\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "$0.09"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing"),
            (std::vector<std::string>{"pass: Total change (Quarter): 0 + 0.03 + -0.01 + 0 = 0.02",
                                      "pass: Total change (Year): 0.09 + -0.02 + 0.05 + -0.03 = "
                                      "0.09"}));
  Report b = CheckText(Put(table, "TOTAL", "$0.00"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total change does not foot in Year: 0.09 + -0.02 + 0.05 + -0.03 is 0.09, the total "
            "shows 0.00 (difference -0.09); the same rows tie in 1 of 2 columns");
}

TEST(FootingRuleTest, AColumnOfPercentagesBesideWholesIsOneWhoseWholeIsMisprinted) {
  // The 2003 column shows no 100 any more, but beside the wholes of 2002 and 2001 its total is
  // at least each of its parts: it is footed with them. A column of growth rates beside them
  // shows an average on the total row (between its parts) and stays out.
  std::string table =
      "<TABLE>\n<CAPTION>\n"
      "                                2003        2002        2001      Growth\n"
      "<S>                          <C>         <C>         <C>         <C>\n"
      "Equity securities               62%         58%         55%          7%\n"
      "Debt securities                 38%         42%         45%          3%\n"
      "                             -------     -------     -------     -------\n"
      "Total                         TOTAL         100%        100%          5%\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "100%"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing"),
            (std::vector<std::string>{"pass: Total (2003): 62 + 38 = 100",
                                      "pass: Total (2002): 58 + 42 = 100",
                                      "pass: Total (2001): 55 + 45 = 100"}));
  Report b = CheckText(Put(table, "TOTAL", "130%"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total does not foot in 2003: 62 + 38 is 100, the total shows 130 (difference 30); "
            "the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, ARuledTotalUnderOneRowStandsForTheRowsNotRead) {
  // Only the last of the borrowings above the first total shows its figures (the others were
  // not read); the total still stands for them in the total below it.
  std::string rows =
      "Equipment note, 7.5%                  --      14,250      16,400\n"
      "                             -------     -------     -------\n"
      "Total                          1,482,310   1,614,250   1,702,400\n"
      "Less current portion            (212,500)   (240,000)   (255,000)\n"
      "                             -------     -------     -------\n"
      "Total long-term debt           TOTAL       1,374,250   1,447,400\n";
  Report g = CheckText(ThreeColumns(Put(rows, "TOTAL", "1,269,810")));
  EXPECT_TRUE(g.findings.empty());
  Report b = CheckText(ThreeColumns(Put(rows, "TOTAL", "1,299,810")));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total long-term debt does not foot in 2003: 1,482,310 + -212,500 is 1,269,810, the "
            "total shows 1,299,810 (difference 30,000); the same rows tie in 2 of 3 columns");
  // In a column alone, the total below closes that total and the one row after it.
  std::string lone =
      "<TABLE>\n<CAPTION>\n                                   Amount\n"
      "<S>                               <C>\n"
      "Escrow deposit                     12,500\n"
      "                                 --------\n"
      "Total                             418,300\n"
      "Less: transaction fees            (18,300)\n"
      "                                 --------\n"
      "Total price                         TOTAL\n"
      "</TABLE>\n";
  EXPECT_TRUE(CheckText(Put(lone, "TOTAL", "400,000")).findings.empty());
  Report l = CheckText(Put(lone, "TOTAL", "430,000"));
  ASSERT_EQ(l.findings.size(), 1u);
  EXPECT_EQ(l.findings[0].message,
            "Total price does not foot in Amount: 418,300 + -18,300 is 400,000, the total shows "
            "430,000 (difference 30,000); the same rows tie in no other column, but a rule line "
            "and the label Total close these rows");
}

TEST(FootingRuleTest, ATotalRightUnderARuledPartReopensItsRows) {
  // A stray line over the last liability closes the rows above it by its layout alone; the total
  // right under it reopens them: the line stood over one of its parts.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                   Amount\n"
      "<S>                               <C>\n"
      "Cash                               21,300\n"
      "Receivables                         7,400\n"
      "                                 --------\n"
      "Total assets acquired              28,700\n"
      "                                 ========\n"
      "Accounts payable                    2,300\n"
      "Accrued liabilities                 2,380\n"
      "Debt                               34,030\n"
      "                                 --------\n"
      "Other liabilities                   9,500\n"
      "                                 --------\n"
      "Total liabilities assumed           TOTAL\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "48,210"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing").back(),
            "pass: Total liabilities assumed (Amount): 2,300 + 2,380 + 34,030 + 9,500 = 48,210");
  Report b = CheckText(Put(table, "TOTAL", "51,210"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total liabilities assumed does not foot in Amount: 2,300 + 2,380 + 34,030 + 9,500 is "
            "48,210, the total shows 51,210 (difference 3,000); the same rows tie in no other "
            "column, but a rule line and the label Total close these rows");
}

TEST(FootingRuleTest, AGrandTotalUnderALineOverAHeadingSumsTheGroupsBelowTheLine) {
  // The line drawn over "Employee costs" closes the revenue row; the unlabelled total adds the
  // headed groups below it. The rows of the last heading alone tie in 2023 only.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                   2023      2022\n"
      "<S>                               <C>       <C>\n"
      "Revenues\n"
      "  Regulatory items                  ---      28.0\n"
      "                                  -----     -----\n"
      "Employee costs\n"
      "  Severance                         ---       7.0\n"
      "  Other employee costs              ---       1.0\n"
      "Other expenses\n"
      "  Transition costs                  5.0       ---\n"
      "  Real estate                       2.0       3.0\n"
      "  Allocated costs                  14.0      14.0\n"
      "                                  -----     -----\n"
      "                                  21.0     TOTAL\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "25.0"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing").back(),
            "pass: total (2022): 7.0 + 1.0 + 0 + 3.0 + 14.0 = 25.0");
  Report b = CheckText(Put(table, "TOTAL", "26.0"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "total does not foot in 2022: 0 + 3.0 + 14.0 is 17.0, the total shows 26.0 "
            "(difference 9.0); the same rows tie in 1 of 2 columns");
}

TEST(FootingRuleTest, ARatioOfPercentagesBetweenTheRowsIsARowApart) {
  // "ACL/Total loans" is a ratio named by its parts: in percentages between amounts it is a row
  // apart, and the run of amounts goes on over it; in amounts it is no part of a total.
  auto table = [](const std::string& ratio, const std::string& total) {
    return "<table><tr><td></td><td>2024</td><td>2023</td></tr>"
           "<tr><td>Allowance for credit losses</td><td>18,342</td><td>16,517</td></tr>"
           "<tr><td>ACL/Total loans</td><td>" +
           ratio +
           "</td><td>1.10%</td></tr>"
           "<tr><td>Acquired loan discount</td><td>21,096</td><td>18,205</td></tr>"
           "<tr><td>Total reserves</td><td>" +
           total + "</td><td>34,722</td></tr></table>";
  };
  Report g = CheckText(table("0.49%", "39,438"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing")[0],
            "pass: Total reserves (2024): 18,342 + 21,096 = 39,438");
  Report b = CheckText(table("0.49%", "39,528"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total reserves does not foot in 2024: 18,342 + 21,096 is 39,438, the total shows "
            "39,528 (difference 90); the same rows tie in 1 of 2 columns");
  // Printed without '%' beside a figure with '%', the ratio still shows decimals that no money row
  // of the table shows: read as percentages (ingest RatiosInContext), a row apart.
  Report m = CheckText(table("0.49", "39,438"));
  EXPECT_TRUE(m.findings.empty());
  EXPECT_EQ(ChecksOf(m, "table-footing")[0],
            "pass: Total reserves (2024): 18,342 + 21,096 = 39,438");
}

TEST(FootingRuleTest, ABoldRowIsNotSeveralTotalsLessTheOthers) {
  // "Noncontrolling interests" in bold ties as total assets - total liabilities - the company's
  // share of equity: the identity of the balance sheet, not the row's structure. It is a part
  // of total equity, which is checked.
  auto sheet = [](const std::string& total_equity) {
    return "<table><tr><td></td><td>2024</td><td>2023</td></tr>"
           "<tr><td>Cash</td><td>300</td><td>280</td></tr>"
           "<tr><td>Property</td><td>700</td><td>690</td></tr>"
           "<tr><td><b>Total assets</b></td><td>1,000</td><td>970</td></tr>"
           "<tr><td>Payables</td><td>150</td><td>140</td></tr>"
           "<tr><td>Debt</td><td>250</td><td>260</td></tr>"
           "<tr><td><b>Total liabilities</b></td><td>400</td><td>400</td></tr>"
           "<tr><td>Common stock</td><td>100</td><td>100</td></tr>"
           "<tr><td>Retained earnings</td><td>440</td><td>420</td></tr>"
           "<tr><td><b>Company share of equity</b></td><td>540</td><td>520</td></tr>"
           "<tr><td><b>Noncontrolling interests</b></td><td>60</td><td>50</td></tr>"
           "<tr><td><b>Total equity</b></td><td>" +
           total_equity +
           "</td><td>570</td></tr>"
           "<tr><td><b>Total liabilities and equity</b></td><td>1,000</td><td>970</td></tr>"
           "</table>";
  };
  Report good;
  Engine engine(testing::DefaultRules());
  for (const Document& doc : testing::ReadText(sheet("600"), "b.htm")) {
    engine.CheckDocument(doc, &good);
  }
  std::vector<std::string> checks = ChecksOf(good, "table-footing");
  EXPECT_NE(std::find(checks.begin(), checks.end(), "pass: Total equity (2024): 540 + 60 = 600"),
            checks.end());
  EXPECT_EQ(std::find(checks.begin(), checks.end(),
                      "pass: Noncontrolling interests (2024): 1,000 - 400 - 540 = 60"),
            checks.end());
  Report bad;
  for (const Document& doc : testing::ReadText(sheet("630"), "b.htm")) {
    engine.CheckDocument(doc, &bad);
  }
  std::vector<std::string> messages;
  for (const Finding& f : bad.findings) {
    if (f.rule == "table-footing") messages.push_back(f.message);
  }
  // The misprinted total, and the total it is a part of.
  EXPECT_EQ(messages,
            (std::vector<std::string>{
                "Total equity does not foot in 2024: 540 + 60 is 600, the total shows 630 "
                "(difference 30); the same rows tie in 1 of 2 columns",
                "Total liabilities and equity does not foot in 2024: 400 + 630 is 1,030, the total "
                "shows 1,000 (difference -30); the same rows tie in 1 of 2 columns"}));
}

TEST(FootingRuleTest, ALineAcrossTheLabelsTooIsTheRuleLineOfALoneTotal) {
  // A separator drawn under the labels as well as the figures closes the rows of a "Total" in
  // a table of one column just as a rule line under the figures does.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                       Amount\n"
      "<S>                                   <C>\n"
      "Current liabilities                     231.4\n"
      "Non-current liabilities                 968.7\n"
      "---------------------------------------------\n"
      "Total liabilities                     TOTAL\n"
      "</TABLE>\n";
  EXPECT_TRUE(CheckText(Put(table, "TOTAL", "1,200.1")).findings.empty());
  Report b = CheckText(Put(table, "TOTAL", "1,500.1"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total liabilities does not foot in Amount: 231.4 + 968.7 is 1,200.1, the total shows "
            "1,500.1 (difference 300.0); the same rows tie in no other column, but a rule line "
            "and the label Total close these rows");
  // Without the label Total, the line alone is no evidence.
  Report u =
      CheckText(Put(Put(table, "TOTAL", "1,500.1"), "Total liabilities", "Liabilities      "));
  EXPECT_TRUE(u.findings.empty());
}

TEST(FootingRuleTest, ATotalThatNamesTheTotalAboveAsItsPartClosesIt) {
  // "Total current liabilities" names a part of "Total liabilities": the layout closes it and
  // the rows below it. The other column ties only trivially (the notes are new this year), so
  // the layout is the evidence.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                2003        2002\n"
      "<S>                          <C>         <C>\n"
      "Accounts payable             121,382      57,914\n"
      "Accrued liabilities           54,716           -\n"
      "                             -------     -------\n"
      "Total current liabilities    176,098      57,914\n"
      "Notes payable                 58,600           -\n"
      "Convertible notes            230,000           -\n"
      "                             -------     -------\n"
      "Total liabilities            TOTAL        57,914\n"
      "</TABLE>\n";
  EXPECT_TRUE(CheckText(Put(table, "TOTAL", "464,698")).findings.empty());
  Report b = CheckText(Put(table, "TOTAL", "494,698"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total liabilities does not foot in 2003: 176,098 + 58,600 + 230,000 is 464,698, the "
            "total shows 494,698 (difference 30,000); the same rows tie in no other column, but a "
            "rule line and the label Total close these rows");
  // A total whose label the one above does not name a part of closes only the rows below it.
  Report q =
      CheckText(Put(Put(table, "TOTAL", "494,698"), "Total liabilities", "Total borrowings "));
  EXPECT_TRUE(q.findings.empty());
}

TEST(FootingRuleTest, ATotalOfOneRowStandsForIt) {
  // "Total liabilities" repeats its one row: the last total adds it once, not twice.
  std::string rows =
      "Cash                             400         330         300\n"
      "Goodwill                         342         280         280\n"
      "                             -------     -------     -------\n"
      "Total assets                     742         610         580\n"
      "Accounts payable                 (68)        (50)        (40)\n"
      "                             -------     -------     -------\n"
      "Total liabilities                (68)        (50)        (40)\n"
      "                             -------     -------     -------\n"
      "Total                            674         560         540\n";
  Report r = CheckText(ThreeColumns(rows));
  EXPECT_TRUE(r.findings.empty());
  std::vector<std::string> checks = ChecksOf(r, "table-footing");
  EXPECT_NE(std::find(checks.begin(), checks.end(), "pass: Total (2001): 580 + -40 = 540"),
            checks.end());
}

TEST(FootingRuleTest, AScaleNotesExceptionDoesNotNameTheColumn) {
  // "(thousands, except percentages)" in the header says what other rows show: the column is
  // one of amounts, footed like any other.
  std::string table =
      "<TABLE>\n<CAPTION>\n"
      "                               2003 (thousands,     2002 (thousands,\n"
      "                            except percentages)  except percentages)\n"
      "<S>                          <C>                  <C>\n"
      "Product sales                        161,000            168,000\n"
      "Services                             135,000            221,000\n"
      "                                     -------            -------\n"
      "Total revenues                       TOTAL              389,000\n"
      "Margin                                  14.0%              12.0%\n"
      "</TABLE>\n";
  EXPECT_TRUE(CheckText(Put(table, "TOTAL", "296,000")).findings.empty());
  Report r = CheckText(Put(table, "TOTAL", "396,000"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message,
            "Total revenues does not foot in 2003 (thousands, except percentages): 161,000,000 + "
            "135,000,000 is 296,000,000, the total shows 396,000,000 (difference 100,000,000); the "
            "same rows tie in 1 of 2 columns");
  // A header that names percentages itself still leaves its column alone.
  std::string percent =
      "<TABLE>\n<CAPTION>\n"
      "                               2003 percent         2002 percent\n"
      "<S>                          <C>                  <C>\n"
      "Product sales                           40.0               30.0\n"
      "Services                                50.0               70.0\n"
      "                                     -------            -------\n"
      "Total revenues                          95.0              100.0\n"
      "</TABLE>\n";
  Report p = CheckText(percent);
  EXPECT_TRUE(p.findings.empty());
  EXPECT_EQ(ChecksOf(p, "table-footing"),
            (std::vector<std::string>{"skip: no table with a total"}));
}

TEST(FootingRuleTest, ATotalAfterOneRowClosesThePreviousTotalAndIt) {
  // "Total" under "Total United States" and one row: the layout closes both, so a tie of few
  // digits in the other column is evidence.
  std::string rows =
      "Onshore                          68          81\n"
      "Offshore                          9          10\n"
      "Total United States              77          91\n"
      "Europe                            1           1\n"
      "Total                         TOTAL          92\n";
  std::string table =
      "<TABLE>\n<CAPTION>\n                                2003        2002\n"
      "<S>                          <C>         <C>\n" +
      rows + "</TABLE>\n";
  Report g = CheckText(Put(table, "TOTAL", "   78"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing")[2], "pass: Total (2003): 77 + 1 = 78");
  Report b = CheckText(Put(table, "TOTAL", "   88"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total does not foot in 2003: 77 + 1 is 78, the total shows 88 (difference 10); the "
            "same rows tie in 1 of 2 columns");
  // Without the label, a tie of two digits is no evidence.
  std::string unnamed = Put(Put(table, "TOTAL", "   88"), "Total    ", "All areas");
  Report u = CheckText(unnamed);
  EXPECT_TRUE(u.findings.empty());
}

// Per-share figures above share counts, each under its heading.
constexpr char kPerShareAndShares[] =
    "Net income per share:\n"
    "Income before cumulative effect           $ 2.14      $ 1.37      $ 0.92\n"
    "Cumulative effect of accounting change     (0.31)         --          --\n"
    "                                         -------     -------     -------\n"
    "Net income                                $ NET       $ 1.37      $ 0.92\n"
    "Weighted average shares outstanding:\n"
    "Basic                                     10,250      10,100       9,870\n"
    "Effect of dilutive options                   310         280         190\n"
    "                                         -------     -------     -------\n"
    "Diluted                                   10,560      10,380      DILUTED\n";

// The messages of the footing findings (the EPS rule may speak of the same per-share rows; a
// footing finding on a figure the EPS rule reports too is a note of that finding).
std::vector<std::string> FootingMessages(const Report& report) {
  const std::string also = "also table-footing: ";
  std::vector<std::string> out;
  for (const Finding& f : report.findings) {
    if (f.rule == "table-footing") out.push_back(f.message);
    for (const RelatedLocation& r : f.related) {
      if (r.message.starts_with(also)) out.push_back(r.message.substr(also.size()));
    }
  }
  return out;
}

std::string WideColumns(const std::string& rows) {
  return "<TABLE>\n<CAPTION>\n                                            2003        2002        "
         "2001\n<S>                                      <C>         <C>         <C>\n" +
         rows + "</TABLE>\n";
}

TEST(FootingRuleTest, PerShareFiguresAndShareCountsFootAmongThemselves) {
  std::string good = Put(Put(kPerShareAndShares, "NET", "1.83"), "DILUTED", "10,060");
  Report g = CheckText(WideColumns(good));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing"),
            (std::vector<std::string>{"pass: Net income (2003): 2.14 + -0.31 = 1.83",
                                      "pass: Net income (2002): 1.37 + 0 = 1.37",
                                      "pass: Net income (2001): 0.92 + 0 = 0.92",
                                      "pass: Diluted (2003): 10,250 + 310 = 10,560",
                                      "pass: Diluted (2002): 10,100 + 280 = 10,380",
                                      "pass: Diluted (2001): 9,870 + 190 = 10,060"}));
  Report b =
      CheckText(WideColumns(Put(Put(kPerShareAndShares, "NET", "1.83"), "DILUTED", "10,360")));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Diluted does not foot in 2001: 9,870 + 190 is 10,060, the total shows 10,360 "
            "(difference 300); the same rows tie in 2 of 3 columns");
}

TEST(FootingRuleTest, TiesThatRepeatOneRowShowWhatTheTotalStandsFor) {
  // 2002 and 2001 tie only as x = x + 0, both repeating the same row: the total stands for it
  // and the rows blank there. 2003 is neither their sum nor that row: wrong.
  std::string shares = Put(kPerShareAndShares, "DILUTED", "10,060");
  Report b = CheckText(WideColumns(Put(shares, "NET", "4.83")));
  EXPECT_EQ(FootingMessages(b),
            (std::vector<std::string>{
                "Net income does not foot in 2003: 2.14 + -0.31 is 1.83, the total shows 4.83 "
                "(difference 3.00); the same rows tie in 2 other columns, where the total "
                "repeats Income before cumulative effect"}));
  // A total that repeats that row in 2003 too leaves the cumulative effect outside it: no
  // evidence either way.
  Report r = CheckText(WideColumns(Put(shares, "NET", "2.14")));
  EXPECT_TRUE(FootingMessages(r).empty());
  EXPECT_EQ(ChecksOf(r, "table-footing")[0],
            "skip: Net income: not established: no reading of the rows above it ties in the "
            "other columns");
  // One column that repeats a row is not enough.
  Report one = CheckText(
      "<TABLE>\n<CAPTION>\n                                            2003        2002\n"
      "<S>                                      <C>         <C>\n"
      "Net income per share:\n"
      "Income before cumulative effect           $ 2.14      $ 1.37\n"
      "Cumulative effect of accounting change     (0.31)         --\n"
      "                                         -------     -------\n"
      "Net income                                $ 4.83      $ 1.37\n"
      "</TABLE>\n");
  EXPECT_TRUE(FootingMessages(one).empty());
}

TEST(FootingRuleTest, PercentagesOfAWholeFootAmongThemselves) {
  // Market shares: each column a whole of 100.0%. They foot like amounts; a column of
  // changes beside them (no 100 on its first or total row) is left alone.
  std::string table =
      "<TABLE>\n<CAPTION>\n                                 2003        2002      Change\n"
      "<S>                           <C>         <C>         <C>\n"
      "Region A                        41.5%       40.1%       3.5%\n"
      "Region B                        32.2        31.8        1.3\n"
      "                              ------      ------      ------\n"
      "Total domestic                  73.7        71.9        2.5\n"
      "Region C                        26.3        SHARE       100.0\n"
      "                              ------      ------      ------\n"
      "Total                          100.0%      100.0%       6.9%\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "SHARE", " 28.1"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing"),
            (std::vector<std::string>{"pass: Total domestic (2003): 41.5 + 32.2 = 73.7",
                                      "pass: Total domestic (2002): 40.1 + 31.8 = 71.9",
                                      "pass: Total (2003): 73.7 + 26.3 = 100.0",
                                      "pass: Total (2002): 71.9 + 28.1 = 100.0"}));
  Report b = CheckText(Put(table, "SHARE", " 58.1"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total does not foot in 2002: 71.9 + 58.1 is 130.0, the total shows 100.0 "
            "(difference -30.0); the same rows tie in 1 of 2 columns");
  // One column that shows 100 first is no whole by itself: growth of a line new this year.
  Report growth = CheckText(
      "<TABLE>\n<CAPTION>\n                                 2003        2002      Growth\n"
      "<S>                           <C>         <C>         <C>\n"
      "New programs                      104           0      100.0%\n"
      "Graduate                          278         339      (18.0)%\n"
      "                              ------      ------      ------\n"
      "Total                             382         339       12.7%\n"
      "</TABLE>\n");
  EXPECT_TRUE(growth.findings.empty());
  // Shares that foot only within rounding pass without a note: each was rounded on its own.
  Report r = CheckText(Put(table, "SHARE", " 28.2"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "table-footing")[3],
            "pass: Total (2002): 71.9 + 28.2 = 100.1, shown 100.0: within rounding (sum 100.1, "
            "shown 100.0)");
}

TEST(FootingRuleTest, AHeaderNamesAColumnOfPercentagesOfAWhole) {
  // "% of total" (rules.yaml whole_columns) makes a column of percentages one of a whole even
  // where its total does not show 100; a column of changes beside it is left alone.
  std::string table =
      "<TABLE>\n<CAPTION>\n                               2003        2002\n"
      "                            % of total  % of total   % change\n"
      "<S>                           <C>         <C>         <C>\n"
      "Americas                         48.1%       47.0%       12.0%\n"
      "Europe                           33.2        31.5        20.1\n"
      "Asia                             18.7        21.5        35.2\n"
      "                              ------      ------      ------\n"
      "Total                           WHOLE       100.0%       19.3%\n"
      "</TABLE>\n";
  Report g = CheckText(Put(table, "WHOLE", "100.0%"));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(
      ChecksOf(g, "table-footing"),
      (std::vector<std::string>{"pass: Total (2003 % of total): 48.1 + 33.2 + 18.7 = 100.0",
                                "pass: Total (2002 % of total): 47.0 + 31.5 + 21.5 = 100.0"}));
  Report b = CheckText(Put(table, "WHOLE", "400.0%"));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total does not foot in 2003 % of total: 48.1 + 33.2 + 18.7 is 100.0, the total shows "
            "400.0 (difference 300.0); the same rows tie in 1 of 2 columns");
}

TEST(FootingRuleTest, ARowThatSumsTheRowsAboveInEveryColumnIsASubtotal) {
  // "Adjusted interest paid" has no rule line and no total's name, but it is the sum of the two
  // rows above it in every column: it stands for them, and the total adds it to the row below.
  std::string rows =
      "Interest paid                 (1,718)    (31,206)       (915)\n"
      "Accrual adjustment           (15,082)     15,082     (15,082)\n"
      "Adjusted interest paid       (16,800)    (16,124)    (15,997)\n"
      "Interest income                  149         138         165\n"
      "                             -------     -------     -------\n"
      "Total interest, net           TOTAL      (15,986)    (15,832)\n";
  Report g = CheckText(ThreeColumns(Put(rows, "TOTAL", "(16,651)")));
  EXPECT_TRUE(g.findings.empty());
  EXPECT_EQ(ChecksOf(g, "table-footing")[0],
            "pass: Adjusted interest paid (2003): -1,718 + -15,082 = -16,800");
  EXPECT_EQ(ChecksOf(g, "table-footing")[3],
            "pass: Total interest, net (2003): -16,800 + 149 = -16,651");
  Report b = CheckText(ThreeColumns(Put(rows, "TOTAL", "(19,651)")));
  ASSERT_EQ(b.findings.size(), 1u);
  EXPECT_EQ(b.findings[0].message,
            "Total interest, net does not foot in 2003: -16,800 + 149 is -16,651, the total shows "
            "-19,651 (difference -3,000); the same rows tie in 2 of 3 columns");
  // A row that sums the rows above in one column only is a part like any other.
  std::string part = Put(Put(rows, "TOTAL", "(16,651)"), "(16,124)", "(16,133)");
  Report p = CheckText(ThreeColumns(part));
  EXPECT_EQ(ChecksOf(p, "table-footing")[0].rfind("skip: Total interest, net", 0), 0u);
}

TEST(FootingRuleTest, SkipsWhenNoTableHasTotals) {
  Report r = CheckText("Only prose here.\n");
  EXPECT_EQ(ChecksOf(r, "table-footing"),
            (std::vector<std::string>{"skip: no table with a total"}));
}

TEST(FootingRuleTest, LeavesPriceAndShareColumnsAlone) {
  Report r = CheckText(
      "<TABLE>\n<CAPTION>\n                   Shares      Price\n<S>                <C>         "
      "<C>\n"
      "Granted              100       1.50\nExercised             20       2.00\n"
      "                    ----       ----\nOutstanding          500       9.99\n</TABLE>\n");
  EXPECT_TRUE(r.findings.empty());
}

// The rows a share count leads down to the total that closes them are share counts too, read
// out of the money scale, though their labels name no share count ("Effect of dilutive stock
// options" under "Weighted average shares outstanding").
std::string Denominator(const std::string& options) {
  return "<TABLE>\n<CAPTION>\n"
         "(In millions)                             2005      2004\n"
         "<S>                                     <C>       <C>\n"
         "Numerator:\n"
         "Net income                              $88.0     $70.0\n"
         "Denominator:\n"
         "Weighted average shares outstanding      120.4     118.2\n"
         "Effect of dilutive stock options           " +
         options +
         "       2.1\n"
         "                                         -----     -----\n"
         "Total                                    123.7     120.3\n"
         "</TABLE>\n";
}

TEST(FootingRuleTest, RowsBetweenAShareCountAndItsTotalAreShareCounts) {
  Report r = CheckText(Denominator("3.3"));
  EXPECT_EQ(ChecksOf(r, "table-footing"),
            (std::vector<std::string>{"pass: Total (2005): 120.4 + 3.3 = 123.7",
                                      "pass: Total (2004): 118.2 + 2.1 = 120.3"}));
  EXPECT_TRUE(r.findings.empty());
  Report f = CheckText(Denominator("3.6"));
  ASSERT_EQ(f.findings.size(), 1u);
  EXPECT_EQ(f.findings[0].message,
            "Total does not foot in 2005: 120.4 + 3.6 is 124.0, the total shows 123.7 (difference "
            "-0.3); the same rows tie in 1 of 2 columns");
  // Figures at another precision than the share count are money, and stay apart.
  std::string money = Denominator("3.3");
  money.replace(money.find("120.4"), 5, "  120");
  Report m = CheckText(money);
  EXPECT_TRUE(m.findings.empty());
  EXPECT_EQ(ChecksOf(m, "table-footing"),
            (std::vector<std::string>{
                "skip: Total: not established: fewer than two rows above it to read it against"}));
}

}  // namespace
}  // namespace tieout
