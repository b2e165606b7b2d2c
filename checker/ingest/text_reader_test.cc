#include "checker/ingest/text_reader.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ReadText;

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Paragraph& p : doc.paragraphs) out.push_back(p.Text());
  return out;
}

TEST(TextReaderTest, MarkdownBlocksAreParagraphsWithoutTheirMarks) {
  std::string md =
      "# Example Corp Reports\n"
      "Revenue rose **12%** to\n"
      "$5.2 million.\n"
      "\n"
      "- First point\n"
      "  continues.\n"
      "* Second point\n"
      "1. Numbered\n"
      "> Quoted\n"
      "\n"
      "---\n"
      "Last.\n";
  auto docs = ReadText(md, "d.md");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].format, "text");
  EXPECT_EQ(Texts(docs[0]),
            (std::vector<std::string>{"Example Corp Reports", "Revenue rose 12% to $5.2 million.",
                                      "First point continues.", "Second point", "Numbered",
                                      "Quoted", "Last."}));
  const Paragraph& p = docs[0].paragraphs[1];
  size_t at = p.Text().find("$5.2");
  EXPECT_EQ(p.SpanOf(at, at + 4).begin, md.find("$5.2"));
  at = p.Text().find("12%");
  EXPECT_EQ(p.SpanOf(at, at + 3).begin, md.find("12%"));
}

const char kPipeTable[] =
    "Results (in thousands)\n"
    "\n"
    "| | Three months ended March 31, 2020 | Three months ended March 31, 2019 |\n"
    "|---|---:|---:|\n"
    "| **Revenue:** | | |\n"
    "| Product | $ 1,000 | $ 900 |\n"
    "| Service | 200 | -- |\n"
    "| | --- | --- |\n"
    "| **Total revenue** | 1,200 | 900 |\n"
    "| | === | === |\n"
    "| Net income per share | 0.12 | 0.10 |\n";

TEST(TextReaderTest, ReadsPipeTables) {
  auto docs = ReadText(kPipeTable, "t.md");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  EXPECT_EQ(t.title, "Results (in thousands)");
  EXPECT_EQ(t.scale, 3);
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_EQ(t.columns[0].period.ToString(), "3 months ended 2020-03-31");
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_TRUE(t.rows[0].is_heading);
  EXPECT_EQ(t.rows[0].label, "Revenue:");
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "1000000");
  EXPECT_TRUE(t.rows[2].cells[1].amount->exact);  // "--" in a row of figures is a zero
  EXPECT_EQ(t.rows[3].label, "Total revenue");
  EXPECT_EQ(t.rows[3].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(t.rows[4].rule_above[1], RuleMark::kDouble);
  EXPECT_EQ(t.rows[4].kind, ValueKind::kPerShare);
  Location l = docs[0].Locate(t.rows[1].cells[1].span.begin);
  EXPECT_EQ(l.line, 6);
  EXPECT_EQ(l.column, 23);
  EXPECT_EQ(Texts(docs[0]), std::vector<std::string>{"Results (in thousands)"});
}

const char kAligned[] =
    "Revenue for the quarter was $1.2 million, compared to $0.9 million a year\n"
    "ago, and costs were 400 and 300 thousand.\n"
    "\n"
    "STATEMENT OF OPERATIONS (in thousands)\n"
    "\n"
    "                               Quarter ended March 31,\n"
    "                                 2020          2019\n"
    "                               ------        ------\n"
    "Revenue                        $1,200          $900\n"
    "Costs                             400           300\n"
    "                               ------        ------\n"
    "Net income                        800           600\n"
    "                               ======        ======\n"
    "\n"
    "The table above is unaudited.\n";

TEST(TextReaderTest, FindsAlignedTablesBetweenParagraphs) {
  auto docs = ReadText(kAligned, "draft.txt");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  EXPECT_EQ(docs[0].Locate(t.span.begin).line, 6);
  EXPECT_EQ(docs[0].Locate(t.span.end).line, 13);
  EXPECT_EQ(t.title, "STATEMENT OF OPERATIONS (in thousands)");
  EXPECT_EQ(t.scale, 3);
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_EQ(t.columns[0].period.ToString(), "3 months ended 2020-03-31");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[2].label, "Net income");
  EXPECT_EQ(t.rows[2].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(Texts(docs[0]),
            (std::vector<std::string>{"Revenue for the quarter was $1.2 million, compared to $0.9 "
                                      "million a year ago, and costs were 400 and 300 thousand.",
                                      "STATEMENT OF OPERATIONS (in thousands)",
                                      "The table above is unaudited."}));
  // The checks run on it.
  Report report = testing::CheckText(kAligned);
  EXPECT_EQ(testing::ChecksOf(report, "table-footing"),
            (std::vector<std::string>{"pass: Net income (quarter ended Mar 31, 2020): 1,200,000 - "
                                      "400,000 = 800,000",
                                      "pass: Net income (quarter ended Mar 31, 2019): 900,000 - "
                                      "300,000 = 600,000"}));
}

TEST(TextReaderTest, ProseWithFiguresIsNotATable) {
  auto docs = ReadText(
      "Net sales were $2.8 million and $6.0 million, respectively, compared to $2.6\n"
      "million and $ 5.2 million for the same periods in fiscal year 2003. Expenses\n"
      "reflect decreases in cost of sales and rentals to $5,000 and $17,000 for the\n"
      "quarter and six months ended December 31, 2003, from $111,000, for the 2002\n"
      "periods, and 2003 and 2002\n",
      "p.txt");
  EXPECT_TRUE(docs[0].tables.empty());
  EXPECT_EQ(docs[0].paragraphs.size(), 1u);
}

TEST(TextReaderTest, APipeTableOfWordsIsText) {
  auto docs = ReadText("| Contact | Phone |\n|---|---|\n| Jane Doe | (212) 555-1212 |\n", "c.md");
  EXPECT_TRUE(docs[0].tables.empty());
  EXPECT_FALSE(docs[0].paragraphs.empty());
}

}  // namespace
}  // namespace tieout
