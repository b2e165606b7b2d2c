#include "checker/ingest/table_rows.h"

#include <gtest/gtest.h>

#include "checker/document/quarter_calendar.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

const Vocabulary& Words() { return testing::DefaultRules()->vocabulary; }

Table TwoColumns() {
  Table t;
  t.columns.resize(2);
  return t;
}

TEST(RowBuilderTest, ALabelEndingInAJoiningWordRunsOnIntoTheRow) {
  Table t = TwoColumns();
  RowBuilder rows(&t, Words());
  rows.HoldLabel("Cost of product sales and", SourceSpan{10, 35}, SourceSpan{12, 35}, 2);
  Row r = rows.StartRow("rentals", SourceSpan{40, 90}, SourceSpan{42, 49}, 4);
  EXPECT_EQ(r.label, "Cost of product sales and rentals");
  EXPECT_EQ(r.span.begin, 10u);
  EXPECT_EQ(r.span.end, 90u);
  EXPECT_EQ(r.label_span.begin, 12u);
  EXPECT_EQ(r.label_span.end, 49u);
  EXPECT_EQ(r.indent, 2);
  EXPECT_EQ(r.cells.size(), 2u);
  EXPECT_TRUE(t.rows.empty());  // no heading
}

TEST(RowBuilderTest, AHeldLabelThatDoesNotRunOnIsAHeadingNamingTheSection) {
  Table t = TwoColumns();
  int headings = 0;
  RowBuilder rows(&t, Words(), [&] { ++headings; });
  rows.pending_rules() = {RuleMark::kSingle, RuleMark::kDouble};
  rows.HoldLabel("REVENUES:", SourceSpan{0, 9}, SourceSpan{0, 9}, 0);
  Row r = rows.StartRow("Product sales", SourceSpan{10, 60}, SourceSpan{10, 23}, 0);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_TRUE(t.rows[0].is_heading);
  EXPECT_EQ(t.rows[0].label, "REVENUES:");
  EXPECT_EQ(t.rows[0].cells.size(), 2u);
  EXPECT_EQ(headings, 1);
  EXPECT_EQ(r.label, "Product sales");
  EXPECT_EQ(r.section, "revenues");
  // The heading cancels the single line waiting above; the double line still ends the group.
  EXPECT_EQ(r.rule_above, (std::vector<RuleMark>{RuleMark::kNone, RuleMark::kDouble}));
  EXPECT_EQ(rows.pending_rules(), (std::vector<RuleMark>{RuleMark::kNone, RuleMark::kNone}));
}

TEST(RowBuilderTest, LabelsWithoutFiguresJoinOrStandApart) {
  Table t = TwoColumns();
  RowBuilder rows(&t, Words());
  rows.HoldLabel("Selling, general and", SourceSpan{0, 20}, SourceSpan{0, 20}, 0);
  rows.HoldLabel("administrative:", SourceSpan{21, 36}, SourceSpan{21, 36}, 0);
  rows.HoldLabel("Operating", SourceSpan{37, 46}, SourceSpan{37, 46}, 0);
  rows.FlushHeading();
  rows.FlushHeading();  // nothing held: nothing added
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].label, "Selling, general and administrative:");
  EXPECT_EQ(t.rows[0].span.end, 36u);
  EXPECT_EQ(t.rows[1].label, "Operating");
  EXPECT_EQ(t.rows[1].section, "selling, general and administrative");
}

// Adds a heading (a label held, then flushed) and a row with figures, as the table builders do.
void Heading(RowBuilder* rows, const std::string& label, int indent) {
  rows->HoldLabel(label, SourceSpan{}, SourceSpan{}, indent);
  rows->FlushHeading();
}
Row Figures(RowBuilder* rows, Table* t, const std::string& label, int indent) {
  t->rows.push_back(rows->StartRow(label, SourceSpan{}, SourceSpan{}, indent));
  return t->rows.back();
}

TEST(RowBuilderTest, HeadingsRightUnderHeadingsNestAndRowsIndentedLessLeaveThem) {
  Table t = TwoColumns();
  RowBuilder rows(&t, Words());
  Heading(&rows, "Per-Share Data", 0);
  Heading(&rows, "Earnings (loss) from continuing operations", 0);
  Row primary = Figures(&rows, &t, "Primary", 4);
  Row diluted = Figures(&rows, &t, "Fully diluted", 4);
  Row dividends = Figures(&rows, &t, "Dividends declared", 0);
  Heading(&rows, "Operations", 0);
  Row revenues = Figures(&rows, &t, "Revenues", 0);
  EXPECT_EQ(
      primary.section_path,
      (std::vector<std::string>{"per-share data", "earnings (loss) from continuing operations"}));
  EXPECT_EQ(primary.section, "earnings (loss) from continuing operations");
  // A qualifier under a heading that says nothing of its kind is what the outer heading says.
  EXPECT_EQ(primary.kind, ValueKind::kPerShare);
  EXPECT_EQ(diluted.kind, ValueKind::kPerShare);
  // Indented less than the earnings rows: back under "Per-Share Data" only.
  EXPECT_EQ(dividends.section_path, (std::vector<std::string>{"per-share data"}));
  EXPECT_EQ(dividends.kind, ValueKind::kPerShare);
  // A heading after rows at its indent closes the one open there.
  EXPECT_EQ(revenues.section_path, (std::vector<std::string>{"operations"}));
  EXPECT_EQ(revenues.kind, ValueKind::kMoney);
}

TEST(RowBuilderTest, ATotalIndentedLessThanItsPartsClosesTheirHeading) {
  Table t = TwoColumns();
  RowBuilder rows(&t, Words());
  Heading(&rows, "Revenues:", 0);
  Row product = Figures(&rows, &t, "Product", 2);
  Row total = Figures(&rows, &t, "Total revenues", 0);
  Row cost = Figures(&rows, &t, "Cost of revenues", 0);
  EXPECT_EQ(product.section_path, (std::vector<std::string>{"revenues"}));
  EXPECT_EQ(total.section_path, (std::vector<std::string>{"revenues"}));
  EXPECT_TRUE(cost.section_path.empty());
  // The section stays the last heading, as before (what other readers of the row expect).
  EXPECT_EQ(cost.section, "revenues");
  // A qualifier that is not basic or diluted takes no kind from an outer heading.
  Heading(&rows, "Per share:", 0);
  Heading(&rows, "Income from operations", 0);
  EXPECT_EQ(Figures(&rows, &t, "Total", 2).kind, ValueKind::kMoney);
  EXPECT_EQ(Figures(&rows, &t, "Fully diluted", 2).kind, ValueKind::kPerShare);
}

TEST(FigureAmountTest, ScaledWithThePrecisionOfItsLastDigit) {
  FigureToken f;
  ASSERT_TRUE(ParseFigureToken("(1,234.5)", &f));
  Amount a = FigureAmount(f, 3);
  EXPECT_EQ(a.value.ToString(), "-1234500");
  EXPECT_EQ(a.precision, 2);
  EXPECT_FALSE(a.exact);
  FigureToken dash;
  ASSERT_TRUE(ParseFigureToken("--", &dash));
  EXPECT_TRUE(FigureAmount(dash, 3).exact);
}

TEST(FindScaleTest, TheFirstSourceThatNamesAScale) {
  Table t;
  FindScale({"Three months ended", "  (in thousands, except per share data) ", "in millions"},
            Words(), &t);
  EXPECT_EQ(t.scale, 3);
  EXPECT_EQ(t.scale_note, "(in thousands, except per share data)");
  Table none;
  FindScale({"Three months ended"}, Words(), &none);
  EXPECT_EQ(none.scale, 0);
  EXPECT_EQ(none.scale_note, "");
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

// A statement of years (`years`: "Year Ended December 31") and a table of quarters named by
// number (`first` over "Quarter", and `second`, over the year).
std::string YearsAndQuarters(const std::string& years, const std::string& first = "First",
                             const std::string& second = "Q2") {
  return "<TABLE>\n"
         "                                  " +
         years +
         ",\n"
         "                                    2023         2022\n"
         "<S>                               <C>          <C>\n"
         "Net income                        $ 1,240      $ 1,100\n"
         "</TABLE>\n\n"
         "<TABLE>\n"
         "                                  " +
         first +
         "\n"
         "                                 Quarter           " +
         second +
         "\n"
         "                                    2023         2023\n"
         "<S>                               <C>          <C>\n"
         "Net income                        $   310      $   300\n"
         "</TABLE>\n";
}

std::vector<std::string> QuarterPeriods(const std::string& text) {
  std::vector<Document> docs = testing::ReadText(text);
  std::vector<std::string> out;
  if (docs.size() != 1 || docs[0].tables.size() != 2) return {"not two tables"};
  for (const Column& c : docs[0].tables[1].columns) out.push_back(c.period.ToString());
  return out;
}

TEST(DateQuarterColumnsTest, QuartersNamedByNumberAreDatedThroughTheFiscalYear) {
  using V = std::vector<std::string>;
  EXPECT_EQ(QuarterPeriods(YearsAndQuarters("Year Ended December 31")),
            (V{"3 months ended 2023-03-31", "3 months ended 2023-06-30"}));
  // A fiscal year ending in June, named for the year it ends in: its first quarter ends in
  // September of the year before.
  EXPECT_EQ(QuarterPeriods(YearsAndQuarters("Year Ended June 30")),
            (V{"3 months ended 2022-09-30", "3 months ended 2022-12-31"}));
  // A year to date states the calendar too: six months ended August 31 start a year in March,
  // which ends in February (named either way: not established) ...
  EXPECT_EQ(QuarterPeriods(YearsAndQuarters("Six Months Ended August 31")),
            (V{"3 months ended 2023", "2023"}));
  // ... six months ended November 30 end a year in May; its third quarter ends in February.
  EXPECT_EQ(QuarterPeriods(YearsAndQuarters("Six Months Ended November 30", "Third", "Q4")),
            (V{"3 months ended 2023-02-28", "3 months ended 2023-05-31"}));
}

TEST(DateQuarterColumnsTest, OfA52Or53WeekYearOnlyTheFourthQuarterIsDated) {
  // Years ending December 30: the fourth quarter ends with its year; the first quarter's end
  // depends on how the weeks are divided.
  EXPECT_EQ(QuarterPeriods(YearsAndQuarters("Year Ended December 30", "First", "Q4")),
            (std::vector<std::string>{"3 months ended 2023", "3 months ended 2023-12-30"}));
  std::vector<Document> docs = testing::ReadText(YearsAndQuarters("Year Ended December 30"));
  QuarterCalendar calendar = FiscalQuarterCalendar(docs[0]);
  std::string why;
  EXPECT_EQ(calendar.QuarterOf(1, 2023, &why).month, 0);
  EXPECT_EQ(why,
            "52/53-week fiscal years ending near the end of December: the quarters' ends depend on "
            "how the year's weeks are divided");
  EXPECT_EQ(calendar.QuarterOf(4, 2021, &why).month, 0);
  EXPECT_EQ(why,
            "52/53-week fiscal years ending near the end of December: no dated twelve-month "
            "column shows when fiscal 2021 ends");
}

TEST(DateQuarterColumnsTest, WithoutAnEstablishedFiscalYearTheQuartersStayUndated) {
  // A year ending in January (named for the year it ends in, or the year before), a year ending
  // in mid-month, no dated year at all, a header naming two quarters: not established.
  for (const std::string& text :
       {YearsAndQuarters("Year Ended January 31"), YearsAndQuarters("Year Ended December 15"),
        YearsAndQuarters("Year Ended"), YearsAndQuarters("Year Ended December 31", "Q1-Q2")}) {
    std::vector<Document> docs = testing::ReadText(text);
    ASSERT_EQ(docs[0].tables.size(), 2u);
    EXPECT_EQ(docs[0].tables[1].columns[0].period.month, 0) << text;
  }
  auto why = [](const std::string& years) {
    return FiscalQuarterCalendar(testing::ReadText(YearsAndQuarters(years))[0]).not_established;
  };
  EXPECT_EQ(why("Year Ended January 31"),
            "fiscal years ending in January are named for the year they end in or for the year "
            "before");
  EXPECT_EQ(why("Year Ended December 15"),
            "the column of the 12 months ended 2023-12-15 ends in mid-month");
  EXPECT_EQ(why("Year Ended"),
            "no dated column of a year or a year to date shows when the fiscal year ends");
  std::vector<Document> two = testing::ReadText(YearsAndQuarters("Year Ended December 31") +
                                                YearsAndQuarters("Six Months Ended June 30"));
  EXPECT_EQ(FiscalQuarterCalendar(two[0]).end_month, 12);
  two = testing::ReadText(YearsAndQuarters("Year Ended December 31") +
                          YearsAndQuarters("Twelve Months Ended March 31"));
  EXPECT_EQ(FiscalQuarterCalendar(two[0]).not_established,
            "the dated columns of a year or a year to date end fiscal years in 2 months (March, "
            "December)");
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

// The kind and first figure of each row of the first table of `text`.
std::vector<std::string> Kinds(const std::string& text) {
  std::vector<Document> docs = testing::ReadText(text);
  std::vector<std::string> out;
  if (docs.empty() || docs[0].tables.empty()) return {"no table"};
  for (const Row& row : docs[0].tables[0].rows) {
    if (!row.has_values()) continue;
    const Cell& first = row.cells[0];
    out.push_back(row.label + ": " + ValueKindName(row.kind) + " " +
                  (first.amount ? first.amount->value.ToDisplay() : "-"));
  }
  return out;
}

TEST(RatiosInContextTest, RatioRowsThatCannotBeMoneyAreReadAsPercentages) {
  using V = std::vector<std::string>;
  // Decimals in a table "in thousands" whose money rows show none: no money.
  EXPECT_EQ(Kinds("<TABLE>\n"
                  "(Dollars in thousands)              2023         2022\n"
                  "<S>                               <C>          <C>\n"
                  "Total loans                       $ 812,400    $ 760,300\n"
                  "Allowance for loan losses             8,530        7,910\n"
                  "Allowance/total loans                  1.05         1.04\n"
                  "</TABLE>\n"),
            (V{"Total loans: money 812,400,000", "Allowance for loan losses: money 8,530,000",
               "Allowance/total loans: percent 1.05"}));
  // A run of percentages of which only the first row prints the sign.
  EXPECT_EQ(Kinds("<TABLE>\n"
                  "                                   2023         2022\n"
                  "<S>                               <C>          <C>\n"
                  "Capital ratios:\n"
                  "Total capital to risk-weighted\n"
                  "  assets                             14.2%        13.8%\n"
                  "Tier 1 capital to average assets      9.6          9.1\n"
                  "Leverage to total assets              8.4          8.0\n"
                  "</TABLE>\n"),
            (V{"Total capital to risk-weighted assets: percent 14.2",
               "Tier 1 capital to average assets: percent 9.6",
               "Leverage to total assets: percent 8.4"}));
}

TEST(RatiosInContextTest, MoneyRowsWithRatioShapedLabelsStayMoney) {
  using V = std::vector<std::string>;
  // A currency sign, whole figures, or decimals like the table's other money rows: money.
  EXPECT_EQ(
      Kinds("<TABLE>\n"
            "(In millions)                      2023         2022\n"
            "<S>                               <C>          <C>\n"
            "Revenue                           $ 1,204.6    $ 1,108.2\n"
            "Net income attributable to\n"
            "  common stockholders                 96.4         88.1\n"
            "Transfers to affiliates           $     2.25   $     1.10\n"
            "Gains/losses on sales                    12           10\n"
            "</TABLE>\n"),
      (V{"Revenue: money 1,204,600,000",
         "Net income attributable to common stockholders: money 96,400,000",
         "Transfers to affiliates: money 2,250,000", "Gains/losses on sales: money 12,000,000"}));
}

TEST(ChangeColumnsHaveNoPeriodTest, AChangeSinceADateIsNoFigureOfThatDate) {
  std::vector<Document> docs = testing::ReadText(
      "<TABLE>\n"
      "                                                            Change\n"
      "                                  March 31,  December 31,  Compared To\n"
      "                                    2023         2022      December 31, 2022\n"
      "<S>                               <C>          <C>          <C>\n"
      "Total deposits                    $ 9,120      $ 8,870      $   250\n"
      "</TABLE>\n");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].period.ToString(), "at 2023-03-31");
  EXPECT_EQ(t.columns[1].period.ToString(), "at 2022-12-31");
  EXPECT_EQ(t.columns[2].period.ToString(), "") << t.columns[2].header;
  // Quiet: a column of shares of revenue keeps the period over it.
  docs = testing::ReadText(
      "<TABLE>\n"
      "                                  Three Months Ended March 31,\n"
      "                                    2023       % of Revenue\n"
      "<S>                               <C>          <C>\n"
      "Revenue                           $ 9,120        100.0%\n"
      "</TABLE>\n");
  EXPECT_EQ(docs[0].tables[0].columns[1].period.kind, Period::Kind::kDuration)
      << docs[0].tables[0].columns[1].header;
}

}  // namespace
}  // namespace tieout
