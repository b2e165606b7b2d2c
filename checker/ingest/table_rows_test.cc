#include "checker/ingest/table_rows.h"

#include <gtest/gtest.h>

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

// A statement of years ending on `year_end` and a table of quarters named by number
// (`first` over "Quarter", and `second`, over the year).
std::string YearsAndQuarters(const std::string& year_end, const std::string& first = "First",
                             const std::string& second = "Q2") {
  return "<TABLE>\n"
         "                                  Year Ended " +
         year_end +
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

TEST(DateQuarterColumnsTest, QuartersNamedByNumberAreDatedThroughADecemberFiscalYear) {
  std::vector<Document> docs = testing::ReadText(YearsAndQuarters("December 31"));
  ASSERT_EQ(docs[0].tables.size(), 2u);
  const Table& q = docs[0].tables[1];
  EXPECT_EQ(q.columns[0].period.ToString(), "3 months ended 2023-03-31");
  EXPECT_EQ(q.columns[1].period.ToString(), "3 months ended 2023-06-30");
}

TEST(DateQuarterColumnsTest, WithoutADecemberFiscalYearTheQuartersStayUndated) {
  // A fiscal year ending in June, a 52-week year ending on December 30, a header naming two
  // quarters: not established.
  for (const std::string& text : {YearsAndQuarters("June 30"), YearsAndQuarters("December 30"),
                                  YearsAndQuarters("December 31", "Q1-Q2")}) {
    std::vector<Document> docs = testing::ReadText(text);
    ASSERT_EQ(docs[0].tables.size(), 2u);
    EXPECT_EQ(docs[0].tables[1].columns[0].period.month, 0) << text;
  }
}

}  // namespace
}  // namespace tieout
