#include "checker/ingest/grid_table.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

GridCell C(int column, std::string text, int colspan = 1) {
  GridCell c;
  c.column = column;
  c.colspan = colspan;
  c.text = std::move(text);
  c.span = SourceSpan{static_cast<uint64_t>(column * 10), static_cast<uint64_t>(column * 10 + 5)};
  return c;
}

GridCell Bottom(GridCell c, RuleMark m = RuleMark::kSingle) {
  c.bottom = m;
  return c;
}

GridRow R(std::vector<GridCell> cells) {
  GridRow r;
  r.cells = std::move(cells);
  return r;
}

std::optional<Table> Build(std::vector<GridRow> rows, std::vector<std::string> above = {}) {
  Grid g;
  g.rows = std::move(rows);
  return BuildGridTable(g, above, testing::DefaultRules()->vocabulary);
}

std::string Value(const Table& t, size_t row, size_t col) {
  const Cell& c = t.rows.at(row).cells.at(col);
  return c.amount ? c.amount->value.ToString() : "-";
}

// The two-period layout filing agents use: label, then per period a spacer, '$', figure, ')'.
GridRow Money(const std::string& label, const std::string& a, const std::string& b,
              bool dollars = false) {
  std::vector<GridCell> cells = {C(0, label)};
  int col = 1;
  for (const std::string& v : {a, b}) {
    cells.push_back(C(col, ""));
    cells.push_back(C(col + 1, dollars ? "$" : ""));
    bool negative = !v.empty() && v[0] == '(';
    cells.push_back(C(col + 2, negative ? v.substr(0, v.size() - 1) : v));
    cells.push_back(C(col + 3, negative ? ")" : ""));
    col += 4;
  }
  return R(cells);
}

GridRow Years() { return R({C(0, ""), C(1, ""), C(2, "2020", 3), C(5, ""), C(6, "2019", 3)}); }

TEST(GridTableTest, MergesDollarsAndClosersAndDropsSpacerColumns) {
  auto t = Build({Years(), Money("Revenue", "1,234", "(56)", true), Money("Costs", "—", "7")});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->columns.size(), 2u);
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0].label, "Revenue");
  EXPECT_EQ(t->rows[0].cells[0].text, "$ 1,234");
  EXPECT_EQ(Value(*t, 0, 0), "1234");
  EXPECT_EQ(t->rows[0].cells[1].text, "$ (56)");
  EXPECT_EQ(Value(*t, 0, 1), "-56");
  // An em dash is an exact zero.
  EXPECT_EQ(Value(*t, 1, 0), "0");
  EXPECT_TRUE(t->rows[1].cells[0].amount->exact);
  // The cell's span runs from the '$' to the figure.
  EXPECT_EQ(t->rows[0].cells[0].span.begin, 20u);
  EXPECT_EQ(t->rows[0].cells[0].span.end, 35u);
}

TEST(GridTableTest, SpreadsColspanHeadersAndReadsPeriods) {
  auto t =
      Build({R({C(0, ""), C(1, ""), C(2, "Three Months Ended", 7)}),
             R({C(0, ""), C(1, ""), C(2, "March 31,", 7)}), Years(), Money("Revenue", "10", "20")});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->columns.size(), 2u);
  EXPECT_EQ(t->columns[0].header, "Three Months Ended March 31, 2020");
  EXPECT_EQ(t->columns[0].period.ToString(), "3 months ended 2020-03-31");
  EXPECT_EQ(t->columns[1].period.ToString(), "3 months ended 2019-03-31");
}

TEST(GridTableTest, APeriodOverTheLabelsCompletesYearHeaders) {
  auto t = Build({R({C(0, "THREE MONTHS ENDED MARCH 31,"), C(1, ""), C(2, "2020", 3), C(5, ""),
                     C(6, "2019", 3)}),
                  Money("Revenue", "10", "20")});
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->columns[1].period.ToString(), "3 months ended 2019-03-31");
}

TEST(GridTableTest, ATableWithoutFiguresIsLayout) {
  EXPECT_FALSE(Build({R({C(0, "Contacts:"), C(1, "Jane Doe (212) 555-1212")})}).has_value());
  EXPECT_FALSE(Build({R({C(0, "Page"), C(1, "2")})}).has_value());
  EXPECT_FALSE(Build({}).has_value());
}

TEST(GridTableTest, TopLinesMarkTheirRowAndBottomLinesTheNext) {
  GridRow total = Money("Total", "30", "40");
  for (GridCell& c : total.cells) {
    if (c.column > 0) c.top = RuleMark::kSingle;
  }
  GridRow net = Money("Net", "30", "40");
  for (GridCell& c : net.cells) {
    if (c.column > 0) c.bottom = RuleMark::kDouble;
  }
  auto t = Build({Years(), Money("A", "10", "15"), Money("B", "20", "25"), total, net,
                  Money("After", "1", "2")});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->rows.size(), 5u);
  EXPECT_EQ(t->rows[2].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(t->rows[2].rule_above[1], RuleMark::kSingle);
  EXPECT_EQ(t->rows[3].rule_above[0], RuleMark::kNone);
  EXPECT_EQ(t->rows[4].rule_above[0], RuleMark::kDouble);
}

TEST(GridTableTest, RowsOfLinesMarkTheNextRow) {
  // Lines drawn in rows of their own: <hr> cells, typed dashes, bordered blank cells.
  GridCell hr = C(3, "");
  hr.line = RuleMark::kSingle;
  auto t = Build({Years(), Money("A", "10", "15"), Money("B", "20", "25"),
                  R({C(0, ""), hr, C(7, "-------")}), Money("Total", "30", "40"),
                  R({C(0, ""), Bottom(C(3, ""), RuleMark::kDouble), C(7, "=====")}),
                  Money("Next", "1", "2")});
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->rows[2].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(t->rows[2].rule_above[1], RuleMark::kSingle);
  EXPECT_EQ(t->rows[3].rule_above[0], RuleMark::kDouble);
  EXPECT_EQ(t->rows[3].rule_above[1], RuleMark::kDouble);
}

TEST(GridTableTest, ALineAcrossTheLabelsIsASeparator) {
  GridRow divided = Money("Other", "5", "6");
  for (GridCell& c : divided.cells) c.top = RuleMark::kSingle;
  auto t = Build({Years(), Money("A", "10", "15"), divided});
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->rows[1].rule_above[0], RuleMark::kSeparator);
}

TEST(GridTableTest, TheUnderlineOfABoxedSubtotalDoesNotMakeTheNextRowATotal) {
  GridRow boxed = Money("Total deposits", "10", "15");
  GridRow next = Money("Savings", "7", "8");
  for (GridCell& c : boxed.cells) {
    if (c.column > 0) c.top = c.bottom = RuleMark::kSingle;
  }
  for (GridCell& c : next.cells) {
    if (c.column > 0) c.top = RuleMark::kSingle;  // the same line, drawn again
  }
  auto t = Build({Years(), Money("Demand", "10", "15"), boxed, next});
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->rows[1].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(t->rows[2].rule_above[0], RuleMark::kNone);
}

TEST(GridTableTest, ALineUnderAHeadingIsNotATotal) {
  GridRow first = Money("Cash", "10", "15");
  for (GridCell& c : first.cells) {
    if (c.column > 0) c.top = RuleMark::kSingle;
  }
  auto t = Build({Years(), R({C(0, "Current assets:")}), first});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_TRUE(t->rows[0].is_heading);
  EXPECT_EQ(t->rows[1].rule_above[0], RuleMark::kNone);
  EXPECT_EQ(t->rows[1].section, "current assets");
}

TEST(GridTableTest, LabelsRunOnAcrossRows) {
  auto t = Build({Years(), R({C(0, "Cost of product sales and")}),
                  Money("rentals - provision", "1", "2"), R({C(0, "EXPENSES:")}),
                  Money("Research", "3", "4")});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->rows.size(), 3u);
  EXPECT_EQ(t->rows[0].label, "Cost of product sales and rentals - provision");
  EXPECT_TRUE(t->rows[1].is_heading);
  EXPECT_EQ(t->rows[2].section, "expenses");
}

TEST(GridTableTest, ScaleNoteFromTheHeaderOrTheTextAbove) {
  auto t = Build({R({C(0, "(In thousands)"), C(1, ""), C(2, "2020", 3), C(5, ""), C(6, "2019", 3)}),
                  Money("Revenue", "1,234", "5"), Money("Basic EPS per share", "0.12", "0.05")});
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->scale, 3);
  EXPECT_EQ(t->scale_note, "(In thousands)");
  EXPECT_EQ(Value(*t, 0, 0), "1234000");
  EXPECT_EQ(t->rows[0].cells[0].amount->precision, 3);
  EXPECT_EQ(t->rows[1].kind, ValueKind::kPerShare);
  EXPECT_EQ(Value(*t, 1, 0), "0.12");
  auto u = Build({Years(), Money("Revenue", "2", "5")},
                 {"CONSOLIDATED STATEMENTS", "(dollars in millions)"});
  ASSERT_TRUE(u.has_value());
  EXPECT_EQ(u->scale, 6);
  EXPECT_EQ(u->title, "(dollars in millions)");
}

TEST(GridTableTest, PercentColumnsAreRatiosNotAmounts) {
  GridRow header = R({C(0, "(In thousands)"), C(1, "2020"), C(2, "2019"), C(3, "Change")});
  auto t = Build({header, R({C(0, "Revenue"), C(1, "1,000"), C(2, "800"), C(3, "25"), C(4, "%")}),
                  R({C(0, "Costs"), C(1, "500"), C(2, "400"), C(3, "25")}),
                  R({C(0, "Margin"), C(3, "(3.5"), C(4, ")%")})});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->columns.size(), 3u);
  // A row of amounts with a change in percent is still a row of amounts.
  EXPECT_EQ(t->rows[0].kind, ValueKind::kMoney);
  EXPECT_EQ(Value(*t, 0, 0), "1000000");
  EXPECT_EQ(t->rows[0].cells[2].text, "25%");
  EXPECT_EQ(Value(*t, 0, 2), "25");
  // A figure without '%' in a percent column is not scaled either.
  EXPECT_EQ(Value(*t, 1, 2), "25");
  EXPECT_EQ(t->rows[2].kind, ValueKind::kPercent);
  EXPECT_EQ(Value(*t, 2, 2), "-3.5");
}

TEST(GridTableTest, APercentageUnderTheAmountsMarksOnlyItsOwnFigure) {
  // "Operating margin 41%" under the amounts: the columns still hold amounts, scaled; the
  // margin row alone is a row of percentages, not scaled.
  GridRow header = R({C(0, "(In thousands)"), C(1, "2020"), C(2, "2019")});
  auto t = Build({header, R({C(0, "Revenue"), C(1, "1,000"), C(2, "800")}),
                  R({C(0, "Operating margin"), C(1, "41"), C(2, "%"), C(3, "37"), C(4, "%")}),
                  R({C(0, "Net income"), C(1, "300"), C(3, "250")})});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->columns.size(), 2u);
  EXPECT_EQ(t->rows[0].kind, ValueKind::kMoney);
  EXPECT_EQ(Value(*t, 0, 0), "1000000");
  EXPECT_EQ(t->rows[1].kind, ValueKind::kPercent);
  EXPECT_EQ(Value(*t, 1, 0), "41");
  EXPECT_EQ(t->rows[2].kind, ValueKind::kMoney);
  EXPECT_EQ(Value(*t, 2, 1), "250000");
}

TEST(GridTableTest, FootnoteMarksAndMissingParentheses) {
  auto t = Build({Years(), R({C(0, "Restructuring"), C(3, "(8"), C(4, ")(a)"), C(7, "1,234(1)")}),
                  R({C(0, "Inventory"), C(3, "(88.1"), C(4, ""), C(7, "12*")})});
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(Value(*t, 0, 0), "-8");
  EXPECT_EQ(Value(*t, 0, 1), "1234");
  // A ')' cell left empty: the figure reads as negative all the same.
  EXPECT_EQ(Value(*t, 1, 0), "-88.1");
  EXPECT_EQ(t->rows[1].cells[0].text, "(88.1");
  EXPECT_EQ(Value(*t, 1, 1), "12");
}

TEST(GridTableTest, ABoldRowIsATotalWhenItTies) {
  GridRow total = Money("Total", "30", "40");
  total.cells[0].bold = true;
  GridRow heading_bold = Money("Cash", "5", "6");
  heading_bold.cells[0].bold = true;
  auto t = Build({Years(), heading_bold, Money("A", "10", "15"), total});
  ASSERT_TRUE(t.has_value());
  // Not the first row under the header: that one is never a total.
  EXPECT_EQ(t->rows[0].rule_above[0], RuleMark::kNone);
  EXPECT_EQ(t->rows[2].rule_above[0], RuleMark::kSeparator);
  EXPECT_EQ(t->rows[2].rule_above[1], RuleMark::kSeparator);
}

TEST(GridTableTest, ATableRuledAllOverMarksNoTotals) {
  std::vector<GridRow> rows = {Years()};
  for (const char* label : {"A", "B", "C", "Total"}) {
    GridRow r = Money(label, "1", "2");
    for (GridCell& c : r.cells) c.top = c.bottom = RuleMark::kSingle;
    rows.push_back(r);
  }
  auto t = Build(rows);
  ASSERT_TRUE(t.has_value());
  for (const Row& r : t->rows) EXPECT_EQ(r.rule_above[0], RuleMark::kNone) << r.label;
}

GridRow YearsOver(const std::string& label, const std::string& a, const std::string& b) {
  return R({C(0, label), C(1, ""), C(2, a, 3), C(5, ""), C(6, b, 3)});
}

std::vector<Table> BuildAll(std::vector<GridRow> rows, std::vector<std::string> above = {}) {
  Grid g;
  g.rows = std::move(rows);
  return BuildGridTables(g, above, testing::DefaultRules()->vocabulary);
}

TEST(GridTableTest, ASecondHeaderWithOtherPeriodsStartsATableOfItsOwn) {
  std::vector<Table> tables = BuildAll(
      {YearsOver("Three Months Ended March 31,", "2020", "2019"), Money("Revenue", "100", "90"),
       Money("Costs", "60", "50"), R({C(0, "")}), R({C(0, "Segment results")}),
       YearsOver("Six Months Ended March 31,", "2020", "2019"), Money("Revenue", "210", "180"),
       Money("Costs", "130", "100")},
      {"(in millions)"});
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].rows.size(), 2u);
  EXPECT_EQ(tables[0].columns[0].period.ToString(), "3 months ended 2020-03-31");
  const Table& second = tables[1];
  EXPECT_EQ(second.title, "Segment results");
  EXPECT_EQ(second.scale, 6);
  ASSERT_EQ(second.columns.size(), 2u);
  EXPECT_EQ(second.columns[0].period.ToString(), "6 months ended 2020-03-31");
  EXPECT_EQ(second.columns[1].period.ToString(), "6 months ended 2019-03-31");
  ASSERT_EQ(second.rows.size(), 2u);
  EXPECT_EQ(Value(second, 0, 0), "210000000");
  // Other years under the same words start a table too.
  EXPECT_EQ(BuildAll({Years(), Money("Revenue", "1", "2"), YearsOver("", "2018", "2017"),
                      Money("Revenue", "3", "4")})
                .size(),
            2u);
}

TEST(GridTableTest, AHeaderRepeatedOrRestatedStartsNoTable) {
  // Repeated after a page break: one table, the repeated header a heading row as before.
  std::vector<Table> repeated = BuildAll({Years(), Money("Revenue", "1", "2"), Years(),
                                          Money("Costs", "3", "4"), Money("Total", "4", "6")});
  ASSERT_EQ(repeated.size(), 1u);
  EXPECT_EQ(repeated[0].rows.size(), 4u);
  // The same dates restated without the length of the period: one table.
  std::vector<Table> restated = BuildAll(
      {YearsOver("Three Months Ended March 31,", "2020", "2019"), Money("Revenue", "1", "2"),
       R({C(0, ""), C(1, ""), C(2, "March 31, 2020", 3), C(5, ""), C(6, "March 31, 2019", 3)}),
       Money("Net income", "3", "4")});
  ASSERT_EQ(restated.size(), 1u);
  EXPECT_EQ(restated[0].columns[0].period.ToString(), "3 months ended 2020-03-31");
  // Words over the columns that name no period ("Basic", "Diluted"): no header.
  EXPECT_EQ(BuildAll({Years(), Money("Revenue", "1", "2"),
                      R({C(0, ""), C(1, ""), C(2, "Basic", 3), C(5, ""), C(6, "Diluted", 3)}),
                      Money("Per share", "3", "4")})
                .size(),
            1u);
}

// Segments over the columns, the period over the labels: "Nine Months Ended ..." | "North" |
// "South" | "Total".
GridRow SegmentsUnder(const std::string& period) {
  return R({C(0, period), C(1, ""), C(2, "North", 3), C(5, ""), C(6, "South", 3), C(9, ""),
            C(10, "Total", 3)});
}

GridRow Segments(const std::string& label, const std::string& a, const std::string& b,
                 const std::string& c) {
  return R({C(0, label), C(1, ""), C(2, ""), C(3, a), C(4, ""), C(5, ""), C(6, ""), C(7, b),
            C(8, ""), C(9, ""), C(10, ""), C(11, c), C(12, "")});
}

TEST(GridTableTest, AHeaderRepeatedWithAnotherPeriodOverTheLabelsStartsATable) {
  std::vector<Table> tables = BuildAll({SegmentsUnder("Nine Months Ended September 30, 2031"),
                                        Segments("Operating income", "41", "27", "68"),
                                        SegmentsUnder("Nine Months Ended September 30, 2030"),
                                        Segments("Operating income", "35", "22", "57")},
                                       {"(in millions)"});
  ASSERT_EQ(tables.size(), 2u);
  ASSERT_EQ(tables[0].columns.size(), 3u);
  EXPECT_EQ(tables[0].columns[2].period.ToString(), "9 months ended 2031-09-30");
  ASSERT_EQ(tables[1].columns.size(), 3u);
  EXPECT_EQ(tables[1].columns[2].header, "Nine Months Ended September 30, 2030 Total");
  EXPECT_EQ(tables[1].columns[2].period.ToString(), "9 months ended 2030-09-30");
  ASSERT_EQ(tables[1].rows.size(), 1u);
  EXPECT_EQ(Value(tables[1], 0, 2), "57000000");
}

TEST(GridTableTest, APeriodOverTheLabelsOfOtherColumnWordsOrTheSamePeriodStartsNoTable) {
  // The same header again (a page break): one table.
  EXPECT_EQ(BuildAll({SegmentsUnder("Nine Months Ended September 30, 2031"),
                      Segments("Operating income", "41", "27", "68"),
                      SegmentsUnder("Nine Months Ended September 30, 2031"),
                      Segments("Interest expense", "5", "2", "7")})
                .size(),
            1u);
  // Other words over the columns than the first header's: not the header repeated.
  EXPECT_EQ(BuildAll({SegmentsUnder("Nine Months Ended September 30, 2031"),
                      Segments("Operating income", "41", "27", "68"),
                      R({C(0, "Nine Months Ended September 30, 2030"), C(1, ""), C(2, "East", 3),
                         C(5, ""), C(6, "West", 3), C(9, ""), C(10, "All", 3)}),
                      Segments("Operating income", "35", "22", "57")})
                .size(),
            1u);
}

TEST(GridTableTest, AYearAloneInTheBodyIsAHeading) {
  auto t = Build({Years(), Money("Revenue", "1", "2"), R({C(0, ""), C(3, "2018")}),
                  Money("Revenue", "3", "4")});
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->rows.size(), 3u);
  EXPECT_TRUE(t->rows[1].is_heading);
  EXPECT_EQ(t->rows[1].label, "2018");
}

}  // namespace
}  // namespace tieout
