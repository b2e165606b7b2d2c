#include "checker/ingest/text_table.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ReadText;

TEST(SplitFiguresTest, PeelsFiguresOffTheRight) {
  SplitLine s =
      SplitFigures("NET LOSS                                     $ (2,287,000)     $ (2,403,000)");
  EXPECT_EQ(s.label, "NET LOSS");
  ASSERT_EQ(s.figures.size(), 2u);
  EXPECT_EQ(s.figures[0].text, "$ (2,287,000)");
  EXPECT_EQ(s.figures[0].value->ToString(), "-2287000");
  EXPECT_TRUE(s.figures[0].dollar);
  // The anchor is the last digit, not the closing parenthesis.
  EXPECT_EQ(s.figures[0].anchor, 56);
}

TEST(SplitFiguresTest, ReadsDashesPerShareAndPercent) {
  SplitLine s = SplitFigures("Cost of sales        --       (.05)     12.5%    N/A");
  ASSERT_EQ(s.figures.size(), 4u);
  EXPECT_TRUE(s.figures[0].dash);
  EXPECT_TRUE(s.figures[0].value->is_zero());
  EXPECT_EQ(s.figures[1].value->ToString(), "-0.05");
  EXPECT_EQ(s.figures[1].value->exponent(), -2);
  EXPECT_TRUE(s.figures[2].percent);
  EXPECT_FALSE(s.figures[3].value.has_value());
}

TEST(SplitFiguresTest, KeepsNumbersThatBelongToTheLabel) {
  // One space before "2005": part of the label, not a figure.
  SplitLine s = SplitFigures("Notes due 2005                 1,234      1,456");
  EXPECT_EQ(s.label, "Notes due 2005");
  EXPECT_EQ(s.figures.size(), 2u);
  SplitLine t = SplitFigures(
      "  shares outstanding: 1997, 5,874,300; 1996, 5,716,900      381,245     12,608");
  EXPECT_EQ(t.figures.size(), 2u);
  EXPECT_EQ(t.label, "shares outstanding: 1997, 5,874,300; 1996, 5,716,900");
}

TEST(SplitFiguresTest, AYearFirstOnALineIsItsLabel) {
  SplitLine s = SplitFigures("  1991                           10           0      0.046");
  EXPECT_EQ(s.label, "1991");
  EXPECT_EQ(s.figures.size(), 3u);
  SplitLine t = SplitFigures("Issued at December 31, 1990     438          35");
  EXPECT_EQ(t.label, "Issued at December 31, 1990");
  EXPECT_EQ(t.figures.size(), 2u);
}

TEST(SplitFiguresTest, StripsDotLeadersAndFootnoteMarks) {
  SplitLine s = SplitFigures("OTHER INCOME ....................     41,000      184*");
  EXPECT_EQ(s.label, "OTHER INCOME");
  ASSERT_EQ(s.figures.size(), 2u);
  EXPECT_EQ(s.figures[1].value->ToString(), "184");
  SplitLine t = SplitFigures("Total revenues.......... 93,000");
  EXPECT_EQ(t.label, "Total revenues");
  ASSERT_EQ(t.figures.size(), 1u);
}

constexpr char kStatement[] = R"(<TABLE>
<CAPTION>
                                  (in thousands, except per share data)
                                 Quarter ended March 31,    Year ended
                                 -----------------------    December 31,
                                    2003         2002          2002
                                    ----         ----          ----
<S>                             <C>          <C>           <C>
REVENUES:
Product sales                    $  1,200     $  1,000      $  4,100
Service and other
  revenue                             300          250         1,000
                                 --------     --------      --------
Total revenues                      1,500        1,250         5,100
                                 ========     ========      ========
Net income per share             $   (.05)    $    .04      $    .21
Weighted average shares            10,000       10,000        10,000
</TABLE>
)";

TEST(BuildTextTableTest, ResolvesColumnsPeriodsAndScale) {
  auto docs = ReadText(kStatement);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  EXPECT_EQ(t.scale, 3);
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].period.ToString(), "3 months ended 2003-03-31");
  EXPECT_EQ(t.columns[1].period.ToString(), "3 months ended 2002-03-31");
  EXPECT_EQ(t.columns[2].period.ToString(), "12 months ended 2002-12-31");
}

TEST(BuildTextTableTest, AScaleNoteWrappedOverTwoLinesAboveIsRead) {
  std::string table = kStatement;
  table.replace(table.find("(in thousands, except per share data)"), 37, "");
  // The note wraps after "(in"; where no line above names a scale, there is none.
  EXPECT_EQ(
      ReadText("The components were as follows (in\nmillions):\n\n" + table)[0].tables[0].scale, 6);
  EXPECT_EQ(ReadText("The components were as follows:\n\n" + table)[0].tables[0].scale, 0);
}

TEST(BuildTextTableTest, AHeadingRightUnderTheHeaderStartsTheBody) {
  // No <S> line: "Revenues:" under the years' rule is the first heading, not header text.
  auto table = [](const std::string& heading) {
    return ReadText(
               "<TABLE>\n"
               "                                    Year ended December 31,\n"
               "                                    2003         2002\n"
               "                                    ----         ----\n" +
               heading +
               "  Product sales                  $  1,200     $  1,000\n"
               "  Service                             300          250\n"
               "</TABLE>\n")[0]
        .tables[0];
  };
  Table t = table("Revenues:\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_TRUE(t.rows[0].is_heading);
  EXPECT_EQ(t.rows[1].section, "revenues");
  EXPECT_EQ(t.columns[0].header, "Year ended December 31, 2003");
  // Quiet: words that reach over the columns are the header's.
  t = table("                                    (Unaudited)\n");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].section, "");
}

TEST(BuildTextTableTest, SideHeadingsInAColumnOfTheirOwnHeadTheRowsBesideThem) {
  auto docs = ReadText(
      "<TABLE>\n<CAPTION>\n"
      "Years ended December 31                          1993        1992\n"
      "<S>            <C>                              <C>         <C>\n"
      "OPERATING      Net sales                        $17,482     $14,127\n"
      "RESULTS        Costs                             15,917      13,296\n"
      "               Taxes                                524         361\n"
      "               Net earnings                       1,041         470\n"
      "- ------------------------------------------------------------------\n"
      "SHARE DATA(1,2)Fully diluted earnings per share\n"
      "                 Net earnings                   $  3.60     $  1.65\n"
      "               Dividends declared per share     $ 0.460     $ 0.415\n"
      "- ------------------------------------------------------------------\n"
      "BALANCE        Total assets                     $14,215     $11,386\n"
      "               Long-term debt                     1,412       1,305\n"
      "</TABLE>\n");
  const Table& t = docs[0].tables[0];
  std::vector<std::string> labels;
  for (const Row& r : t.rows) labels.push_back((r.is_heading ? "# " : "") + r.label);
  // The side heading glued to the label beside it ("SHARE DATA(1,2)Fully") is cut at the
  // column; a side heading's lines join ("OPERATING RESULTS").
  EXPECT_EQ(labels,
            (std::vector<std::string>{
                "# OPERATING RESULTS", "Net sales", "Costs", "Taxes", "Net earnings",
                "# SHARE DATA(1,2)", "# Fully diluted earnings per share", "Net earnings",
                "Dividends declared per share", "# BALANCE", "Total assets", "Long-term debt"}));
  EXPECT_EQ(t.rows[7].kind, ValueKind::kPerShare);
  // The balance sheet's rows are no longer under the per-share heading above them.
  EXPECT_EQ(t.rows[10].section, "balance");
  EXPECT_EQ(t.rows[10].kind, ValueKind::kMoney);
}

TEST(BuildTextTableTest, TwoPeriodHeadingsOneSpaceApartAreTwo) {
  auto table = [](const std::string& heading) {
    return ReadText("<TABLE>\n<CAPTION>\n" + heading +
                    "\n"
                    "                                    ------------------------------------\n"
                    "                                    Oct. 2, Sept. 26,  Oct. 2,  Sept. 26,\n"
                    "                                      1999     1998      1999      1998\n"
                    "<S>                                <C>      <C>       <C>       <C>\n"
                    "Net sales                          $ 7,913  $ 7,406   $23,180   $21,742\n"
                    "</TABLE>\n")[0]
        .tables[0];
  };
  Table t = table("                                    Three Months Ended Nine Months Ended");
  ASSERT_EQ(t.columns.size(), 4u);
  EXPECT_EQ(t.columns[1].period.ToString(), "3 months ended 1998-09-26");
  EXPECT_EQ(t.columns[2].period.ToString(), "9 months ended 1999-10-02");
  // Quiet: one heading over every column stays one ("Twelve Months Ended" alone).
  t = table("                                           Twelve Months Ended");
  for (const Column& c : t.columns) EXPECT_EQ(c.period.months, 12) << c.header;
}

TEST(BuildTextTableTest, TheNumeratorUnderAPerShareHeadingIsMoney) {
  auto docs = ReadText(
      "<TABLE>\n<CAPTION>\n(In millions)                           2000      1999\n"
      "<S>                                   <C>       <C>\n"
      "Diluted earnings per common share:\n"
      "  Net earnings                        $  531    $  114\n"
      "  Continuing operations               $  .24    $  .05\n"
      "  Net earnings                        $  .24    $  .05\n"
      "</TABLE>\n");
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 4u);
  // Whole numbers of ten or more: the numerator, money in millions.
  EXPECT_EQ(t.rows[1].kind, ValueKind::kMoney);
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToDisplay(), "531,000,000");
  // Figures with cents are per share, whatever the label.
  EXPECT_EQ(t.rows[2].kind, ValueKind::kPerShare);
  EXPECT_EQ(t.rows[3].kind, ValueKind::kPerShare);
  EXPECT_EQ(t.rows[3].cells[0].amount->value.ToDisplay(), "0.24");
}

TEST(BuildTextTableTest, JoinsLabelsMarksRulesAndScalesMoneyOnly) {
  auto docs = ReadText(kStatement);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_TRUE(t.rows[0].is_heading);
  EXPECT_EQ(t.rows[0].label, "REVENUES:");
  EXPECT_EQ(t.rows[2].label, "Service and other revenue");
  EXPECT_EQ(t.rows[2].section, "revenues");
  EXPECT_EQ(docs[0].Locate(t.rows[2].span.begin).line, 11);
  const Row& total = t.rows[3];
  EXPECT_EQ(total.label, "Total revenues");
  EXPECT_EQ(total.rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(total.cells[0].amount->value.ToString(), "1500000");
  EXPECT_EQ(total.cells[0].amount->precision, 3);
  EXPECT_EQ(total.cells[0].amount->HalfUnit().ToString(), "500");
  const Row& eps = t.rows[4];
  EXPECT_EQ(eps.kind, ValueKind::kPerShare);
  EXPECT_EQ(eps.rule_above[1], RuleMark::kDouble);
  EXPECT_EQ(eps.cells[0].amount->value.ToString(), "-0.05");
  const Row& shares = t.rows[5];
  EXPECT_EQ(shares.kind, ValueKind::kShares);
  EXPECT_EQ(shares.cells[2].amount->value.ToString(), "10000");
}

TEST(BuildTextTableTest, PageBreaksDoNotSplitATable) {
  auto docs = ReadText(
      "<TABLE>\n<S>                 <C>       <C>\nCash                  10        20\n<PAGE>\n"
      "Receivables           5         6\n                    ----      ----\n"
      "Total                 15        26\n</TABLE>\n");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[2].rule_above[1], RuleMark::kSingle);
}

}  // namespace
TEST(BuildTextTableTest, ARuleUnderTheWholeHeaderLineSpreadsNoHeading) {
  std::vector<Document> docs = ReadText(
      "<TABLE>\n<CAPTION>\n"
      "December 31                        1993      1992\n"
      "- -----------------------------------------------\n"
      "<S>                              <C>       <C>\n"
      "Inventory                          196       164\n"
      "Other                               97        72\n"
      "</TABLE>\n");
  ASSERT_EQ(docs.size(), 1u);
  const Document& doc = docs[0];
  ASSERT_EQ(doc.tables.size(), 1u);
  ASSERT_EQ(doc.tables[0].columns.size(), 2u);
  EXPECT_EQ(doc.tables[0].columns[0].header, "1993");
  EXPECT_EQ(doc.tables[0].columns[1].header, "1992");
}

TEST(BuildTextTableTest, APeriodPrintedOnceOverTheYearsIsEveryYearsPeriod) {
  // "YEAR ENDED DECEMBER 31" stands over the middle years only; the long rule under the years
  // runs from the labels across every column: it spreads none of them.
  std::vector<Document> docs = ReadText(
      "<TABLE>\n<CAPTION>\n"
      "                                                       YEAR ENDED DECEMBER 31\n"
      "(IN THOUSANDS)                                 2024            2023             2022\n"
      "- -------------------------------------------------------------------------------------\n"
      "<S>                                         <C>              <C>              <C>\n"
      "Sales                                       $ 658,217        $ 521,843        $ 417,062\n"
      "Cost of sales                                 247,395          200,416          165,931\n"
      "</TABLE>\n");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].period.ToString(), "12 months ended 2024-12-31");
  EXPECT_EQ(t.columns[1].period.ToString(), "12 months ended 2023-12-31");
  EXPECT_EQ(t.columns[2].period.ToString(), "12 months ended 2022-12-31");
  EXPECT_EQ(t.columns[2].header, "YEAR ENDED DECEMBER 31 2022");
  // Quiet: a length over a column of its own ("Life (Years)") is no period of the years.
  std::vector<Document> life = ReadText(
      "<TABLE>\n<CAPTION>\n"
      "                                     Average\n"
      "                                   Life(Years)       2024          2023\n"
      "<S>                                   <C>          <C>           <C>\n"
      "Buildings                                30         9,874         9,853\n"
      "Machinery                                14        37,962        37,581\n"
      "</TABLE>\n");
  ASSERT_EQ(life[0].tables.size(), 1u);
  EXPECT_EQ(life[0].tables[0].columns[1].header, "2024");
}

TEST(BuildTextTableTest, AColumnWhoseFirstFigureShowsPercentHoldsPercentages) {
  // Percentages of revenue in a section "in thousands": only the first row prints '%'.
  std::vector<Document> docs = ReadText(
      "<TABLE>\n<CAPTION>\n"
      "(in thousands)                              2024         2023\n"
      "<S>                                       <C>          <C>\n"
      "Product revenue                             96.4%        81.2%\n"
      "Development revenue                          3.6         18.8\n"
      "Total revenue                              100.0        100.0\n"
      "</TABLE>\n"
      "<TABLE>\n<CAPTION>\n"
      "(in thousands)                              2024         2023\n"
      "<S>                                       <C>          <C>\n"
      "Revenue                                    1,200        1,100\n"
      "Gross margin                                45%          44%\n"
      "</TABLE>\n");
  ASSERT_EQ(docs[0].tables.size(), 2u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].kind, ValueKind::kPercent);
  EXPECT_EQ(t.rows[1].cells[1].amount->value.ToString(), "18.8");
  // Quiet: a percentage under amounts marks only its own row; the amounts stay scaled.
  const Table& u = docs[0].tables[1];
  EXPECT_EQ(u.rows[0].kind, ValueKind::kMoney);
  EXPECT_EQ(u.rows[0].cells[0].amount->value.ToString(), "1200000");
  EXPECT_EQ(u.rows[1].kind, ValueKind::kPercent);
}

TEST(SplitFiguresTest, AHorizontalBarIsAZero) {
  SplitLine s = SplitFigures("Restricted cash      \xE2\x80\x95        31,372");
  ASSERT_EQ(s.figures.size(), 2u);
  EXPECT_TRUE(s.figures[0].dash);
  EXPECT_TRUE(s.figures[0].value->is_zero());
}

TEST(BuildTextTableTest, SideHeadingsInAColumnOfTheirOwnAreNotLabels) {
  // "Per Share" / "Data" stand in the first <S>/<C> column beside the labels of the second.
  auto docs = ReadText(
      "<TABLE>\n"
      "<S>            <C>                                       <C>        <C>\n"
      "Results        Revenues                                  $2,000     $1,800\n"
      "               Cost of sales                              1,200      1,100\n"
      "               Operating expenses                           400        350\n"
      "               Income taxes                                 160        140\n"
      "               Net income                                   240        210\n"
      "Per Share      Diluted earnings per share                $ 1.20     $ 1.05\n"
      "Data           Diluted weighted average shares\n"
      "                 outstanding                              200.0      200.0\n"
      "</TABLE>\n");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].tables.size(), 1u);
  std::vector<std::string> labels;
  for (const Row& row : docs[0].tables[0].rows) labels.push_back(row.label);
  // "Results" heads the rows beside and below it; "Per Share Data" names a kind of figure and
  // heads nothing (the share count beside it is no per-share figure).
  EXPECT_EQ(labels,
            (std::vector<std::string>{"Results", "Revenues", "Cost of sales", "Operating expenses",
                                      "Income taxes", "Net income", "Diluted earnings per share",
                                      "Diluted weighted average shares outstanding"}));
}

TEST(BuildTextTableTest, HeadingsLeftOfIndentedLabelsAreKept) {
  // The labels stand in the second <S>/<C> column, but "Revenues:" stands alone: a heading,
  // not a side heading, and "Total revenues" keeps its words.
  auto docs = ReadText(
      "<TABLE>\n"
      "<S>       <C>                                  <C>        <C>\n"
      "Revenues:\n"
      "          Product                              $2,000     $1,800\n"
      "          Service                               1,200      1,100\n"
      "Total     revenues                              3,200      2,900\n"
      "</TABLE>\n");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0].label, "Revenues:");
  EXPECT_NE(t.rows[3].label.find("Total"), std::string::npos);
}

TEST(SplitFiguresTest, CellsOfWordsTheRulesNameStandAmongTheFigures) {
  SplitContext context;
  context.vocabulary = &testing::DefaultRules()->vocabulary;
  SplitLine s = SplitFigures("Goodwill..........      $ 45      4 years     $ 11.2", context);
  EXPECT_EQ(s.label, "Goodwill");
  ASSERT_EQ(s.figures.size(), 3u);
  EXPECT_EQ(s.figures[0].value->ToString(), "45");
  EXPECT_TRUE(s.figures[1].words);
  EXPECT_EQ(s.figures[1].text, "4 years");
  EXPECT_FALSE(s.figures[1].value.has_value());
  SplitLine range = SplitFigures("Equipment          120      3 to 5 years       40", context);
  ASSERT_EQ(range.figures.size(), 3u);
  EXPECT_EQ(range.figures[1].text, "3 to 5 years");
  // Quiet: without the vocabulary the figures end at the words; words that start the line are
  // the label; words the rules do not name end the figures; one space is no cell edge.
  EXPECT_EQ(SplitFigures("Goodwill..........      $ 45      4 years     $ 11.2").figures.size(),
            1u);
  SplitLine label = SplitFigures("  2-5 years             1,317        1,356", context);
  EXPECT_EQ(label.label, "2-5 years");
  EXPECT_EQ(label.figures.size(), 2u);
  EXPECT_EQ(SplitFigures("Goodwill      45      4 apples     11.2", context).figures.size(), 1u);
  EXPECT_EQ(SplitFigures("Term loan due in 4 years     11.2", context).label,
            "Term loan due in 4 years");
}

TEST(SplitFiguresTest, ADollarSignOverAnEmptyCellIsSkipped) {
  SplitLine s =
      SplitFigures("Revenue.......     $ 7,315      $ 215      $             $     $7,100");
  EXPECT_EQ(s.label, "Revenue");
  ASSERT_EQ(s.figures.size(), 3u);
  EXPECT_EQ(s.figures[0].text, "$ 7,315");
  EXPECT_EQ(s.figures[2].text, "$7,100");
  // Quiet: a dollar sign before a figure without one is that figure's.
  SplitLine t = SplitFigures("Revenue           $       7,315");
  ASSERT_EQ(t.figures.size(), 1u);
  EXPECT_TRUE(t.figures[0].dollar);
}

TEST(BuildTextTableTest, ACellOfWordsMakesAColumnOfItsOwn) {
  auto docs = ReadText(
      "<TABLE>\n<CAPTION>\n"
      "                                                        Useful     Annual\n"
      "                                          Amount         Life    Expense\n"
      "<S>                                       <C>          <C>       <C>\n"
      "Customer lists                            $   80      5 years    $   16\n"
      "Patents                                      120     10 years        12\n"
      "Goodwill                                     300\n"
      "                                          ------               ------\n"
      "Total                                     $  500               $   28\n"
      "</TABLE>\n");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].header, "Amount");
  EXPECT_EQ(t.columns[1].header, "Useful Life");
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[1].label, "Patents");
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "120");
  EXPECT_EQ(t.rows[1].cells[1].text, "10 years");
  EXPECT_FALSE(t.rows[1].cells[1].amount.has_value());
  EXPECT_EQ(t.rows[1].cells[2].amount->value.ToString(), "12");
}

TEST(BuildTextTableTest, ADashRunInAColumnIsAZeroAndALeaderIsNot) {
  auto docs = ReadText(
      "<TABLE>\n"
      "<S>                                         <C>        <C>        <C>\n"
      "Issuance of debt                              484      -----      -----\n"
      "Dividends paid                               (291)      (288)      (286)\n"
      "Other, net                                  -----      -----        125\n"
      "Net sales ---------------------------         100         90         80\n"
      "</TABLE>\n");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0].label, "Issuance of debt");
  EXPECT_EQ(t.rows[0].cells[1].text, "-----");
  EXPECT_TRUE(t.rows[0].cells[1].amount->value.is_zero());
  EXPECT_TRUE(t.rows[0].cells[2].amount->value.is_zero());
  EXPECT_EQ(t.rows[2].label, "Other, net");
  EXPECT_TRUE(t.rows[2].cells[0].amount->value.is_zero());
  EXPECT_EQ(t.rows[2].cells[2].amount->value.ToString(), "125");
  // Quiet: the leader runs from the label across no column of its own.
  EXPECT_EQ(t.rows[3].label, "Net sales");
  EXPECT_EQ(t.rows[3].cells[0].amount->value.ToString(), "100");
}

TEST(LabelContinuesIntoTest, RunOnWordsComeFromTheRulesFile) {
  const Vocabulary& words = testing::DefaultRules()->vocabulary;
  // Runs on: a joining word of the grammar, and a word of rules.yaml's run_on_words.
  EXPECT_TRUE(LabelContinuesInto("Cost of", "Revenues", words));
  EXPECT_TRUE(LabelContinuesInto("Net income, excluding", "Special items", words));
  EXPECT_TRUE(LabelContinuesInto("Revenues, less", "Returns", words));
  // Stands apart: another last word, or no run_on_words in the vocabulary.
  EXPECT_FALSE(LabelContinuesInto("Revenues", "Cost of sales", words));
  EXPECT_FALSE(LabelContinuesInto("Revenues, less", "Returns", Vocabulary()));
}

namespace {

// A statement whose scale note names rows at a scale of their own.
Table ExceptionTable(const std::string& note) {
  return testing::ReadText("<TABLE>\n<CAPTION>\n" + note +
                           "\n"
                           "                                    2023         2022      Change\n"
                           "<S>                               <C>          <C>          <C>\n"
                           "Net sales                         $  4,100     $  3,900       5%\n"
                           "Net income                        $    612     $    540      (13%)\n"
                           "Weighted average shares             98,450       97,210\n"
                           "Basic earnings per share          $   6.22     $   5.56\n"
                           "</TABLE>\n")[0]
      .tables[0];
}

Table UnderHeading(const std::string& heading) {
  return testing::ReadText(
             "<TABLE>\n"
             "                                    2023         2022\n"
             "<S>                               <C>          <C>\n" +
             heading +
             "\n"
             "Net sales                         $2,538.7     $2,517.3\n"
             "Net earnings                      $  (52.6)    $  (70.8)\n"
             "</TABLE>\n")[0]
      .tables[0];
}

}  // namespace

TEST(BuildTextTableTest, RowsTheScaleNoteExceptsAreReadAtTheirOwnScale) {
  Table t = ExceptionTable("(In thousands, except net income in millions and per share amounts)");
  EXPECT_EQ(t.scale, 3);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0].cells[0].amount->value.ToString(), "4100000");
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "612000000");
  EXPECT_EQ(t.rows[1].cells[0].amount->precision, 6);
  // The change beside it is a percentage, not scaled; counts and per-share figures as shown.
  EXPECT_EQ(t.rows[1].cells[2].amount->value.ToString(), "-13");
  EXPECT_EQ(t.rows[2].cells[0].amount->value.ToString(), "98450");
  EXPECT_EQ(t.rows[3].cells[0].amount->value.ToString(), "6.22");
  // "which is reflected in ..." speaks of the clause before it.
  t = ExceptionTable("(In thousands, except net income, which is reflected in millions)");
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "612000000");
  // Quiet: an exception of per-share amounts only.
  t = ExceptionTable("(In thousands, except per share amounts)");
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "612000");
  EXPECT_EQ(t.rows[0].cells[0].amount->value.ToString(), "4100000");
}

TEST(BuildTextTableTest, TheWordsOfScaleExceptionsComeFromTheVocabulary) {
  const std::string text =
      "<TABLE>\n<CAPTION>\n(In thousands, save net income in millions plus per share amounts)\n"
      "                                    2023         2022\n"
      "<S>                               <C>          <C>\n"
      "Net sales                         $  4,100     $  3,900\n"
      "Net income                        $    612     $    540\n"
      "Basic earnings per share          $   6.22     $   5.56\n"
      "</TABLE>\n";
  auto read = [&](const Vocabulary& words) {
    auto file = std::make_shared<const SourceFile>("t.txt", text);
    auto docs = ReadDocuments(file, words);
    EXPECT_TRUE(docs.ok());
    return docs.ok() ? (*docs)[0].tables[0] : Table();
  };
  // Firing: where the vocabulary says "save" opens the exceptions and "plus" joins them, net
  // income is in millions and the per-share clause is left to the row kinds.
  Vocabulary words = testing::DefaultRules()->vocabulary;
  words.scale_exceptions.opens = {"save"};
  words.scale_exceptions.joiners = {"plus"};
  Table t = read(words);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "612000000");
  EXPECT_EQ(t.rows[0].cells[0].amount->value.ToString(), "4100000");
  EXPECT_EQ(t.rows[2].cells[0].amount->value.ToString(), "6.22");
  // Quiet: with the default words ("except", "and") the note makes no exception.
  t = read(testing::DefaultRules()->vocabulary);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "612000");
}

TEST(BuildTextTableTest, AScaleNoteAsAHeadingDoesNotMakeItsRowsPerShare) {
  Table t =
      UnderHeading("As of and for the years ended December 31 in millions, except per share data");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].kind, ValueKind::kMoney);
  EXPECT_EQ(t.rows[2].kind, ValueKind::kMoney);
  // Firing: a heading naming per-share amounts makes its rows per share.
  t = UnderHeading("Per share data:");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].kind, ValueKind::kPerShare);
  // A heading naming share counts and their unit still makes its rows share counts.
  t = testing::ReadText(
          "<TABLE>\n"
          "(Dollars in millions except per share data)  2023         2022\n"
          "<S>                               <C>          <C>\n"
          "Profit                            $  1,648     $  1,612\n"
          "Weighted-average common shares outstanding (millions)\n"
          "  - Basic                            561.8        573.2\n"
          "  - Diluted                          566.4        578.9\n"
          "</TABLE>\n")[0]
          .tables[0];
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[2].kind, ValueKind::kShares);
  EXPECT_EQ(t.rows[3].kind, ValueKind::kShares);
}

TEST(BuildTextTableTest, FullyDilutedAverageSharesAreShareCounts) {
  // The count below the per-share heading names an average of shares: a share count, not a
  // per-share figure through the heading above it.
  Table t = testing::ReadText(
                "<TABLE>\n"
                "                                        2023         2022\n"
                "<S>                                   <C>          <C>\n"
                "Fully diluted earnings per common share\n"
                "  Net earnings                        $  2.41      $  1.87\n"
                "Fully diluted average common and common equivalent\n"
                "  shares outstanding                    184.6        181.2\n"
                "Dividends declared per share          $ 0.520      $ 0.480\n"
                "</TABLE>\n")[0]
                .tables[0];
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[1].kind, ValueKind::kPerShare);
  EXPECT_EQ(t.rows[2].label,
            "Fully diluted average common and common equivalent shares outstanding");
  EXPECT_EQ(t.rows[2].kind, ValueKind::kShares);
  EXPECT_EQ(t.rows[3].kind, ValueKind::kPerShare);
}

}  // namespace tieout

namespace tieout {
namespace {

TEST(BuildTextTableTest, ACountOfSharesUsedInComputingPerShareAmountsIsAShareCount) {
  Table t = testing::ReadText(
                "<TABLE>\n"
                "                                        2023         2022\n"
                "<S>                                   <C>          <C>\n"
                "Net income per share                  $  1.91      $  0.34\n"
                "Shares used in computing net income\n"
                "  per share                             47,813       45,129\n"
                "</TABLE>\n")[0]
                .tables[0];
  ASSERT_EQ(t.rows.size(), 2u);
  // Quiet: the per-share row stays per share.
  EXPECT_EQ(t.rows[0].kind, ValueKind::kPerShare);
  // Firing: the count names "per share" too, but is a count of shares.
  EXPECT_EQ(t.rows[1].kind, ValueKind::kShares);
}

}  // namespace
}  // namespace tieout
