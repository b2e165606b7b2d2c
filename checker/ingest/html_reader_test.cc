#include "checker/ingest/html_reader.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ReadText;

// The 1-based line and column of a span's first byte, as "line:column".
std::string Where(const Document& doc, SourceSpan span) {
  Location l = doc.Locate(span.begin);
  return std::to_string(l.line) + ":" + std::to_string(l.column);
}

const char kStatement[] =
    "<html><body>\n"
    "<p>CONDENSED STATEMENT (in thousands)</p>\n"
    "<table>\n"
    "<tr><td></td><td colspan=\"3\">Three Months Ended March&nbsp;31,</td></tr>\n"
    "<tr><td></td><td>2020</td><td></td><td>2019</td></tr>\n"
    "<tr><td>Revenue</td><td>$&nbsp;1,000</td><td></td><td>$&nbsp;900</td></tr>\n"
    "<tr><td>Other<br>income</td><td>(20</td><td>)</td><td>&#8212;</td></tr>\n"
    "<tr><td>Total</td><td style=\"border-top:1px solid #000\">980</td><td></td>"
    "<td style=\"border-top:1px solid\">900</td></tr>\n"
    "</table>\n"
    "</body></html>\n";

TEST(HtmlReaderTest, ReadsATableWithPeriodsScaleAndMarks) {
  auto docs = ReadText(kStatement, "r.htm");
  ASSERT_EQ(docs.size(), 1u);
  const Document& doc = docs[0];
  EXPECT_EQ(doc.format, "html");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.title, "CONDENSED STATEMENT (in thousands)");
  EXPECT_EQ(t.scale, 3);
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_EQ(t.columns[0].period.ToString(), "3 months ended 2020-03-31");
  EXPECT_EQ(t.columns[1].period.ToString(), "3 months ended 2019-03-31");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].label, "Other income");
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "-20000");
  EXPECT_TRUE(t.rows[1].cells[1].amount->exact);
  EXPECT_EQ(t.rows[2].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(t.rows[2].rule_above[1], RuleMark::kSingle);
  // Every row and cell points at its line and column in the file.
  EXPECT_EQ(Where(doc, t.rows[0].span), "6:1");
  EXPECT_EQ(Where(doc, t.rows[0].cells[0].span), "6:25");  // the '$'
  EXPECT_EQ(Where(doc, t.rows[2].cells[1].span), "8:107");
  EXPECT_EQ(Where(doc, t.rows[1].label_span), "7:9");
}

TEST(HtmlReaderTest, ColumnsAreExactInAReleaseOnOneLine) {
  std::string html = kStatement;
  for (char& c : html) {
    if (c == '\n') c = ' ';
  }
  auto docs = ReadText(html, "r.htm");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  size_t at = html.find("980");
  EXPECT_EQ(t.rows[2].cells[0].span.begin, at);
  EXPECT_EQ(Where(docs[0], t.rows[2].cells[0].span), "1:" + std::to_string(at + 1));
}

TEST(HtmlReaderTest, ParagraphsAreLeafBlocksWithExactSpans) {
  std::string html =
      "<div>Revenue rose <b>10%</b> to $5.2&nbsp;million.<div>Nested block.</div>Tail text"
      "</div><ul><li>First item</li><li>Second</li></ul>"
      "<p>Line one<br>line two.<br>Next paragraph.</p><p>Rev<i>enue</i></p><p>&#8226;</p>";
  auto docs = ReadText(html, "p.html");
  ASSERT_EQ(docs.size(), 1u);
  std::vector<std::string> texts;
  for (const Paragraph& p : docs[0].paragraphs) texts.push_back(p.Text());
  EXPECT_EQ(texts, (std::vector<std::string>{"Revenue rose 10% to $5.2 million.", "Nested block.",
                                             "Tail text", "First item", "Second",
                                             "Line one line two.", "Next paragraph.", "Revenue"}));
  const Paragraph& first = docs[0].paragraphs[0];
  size_t figure = first.Text().find("$5.2");
  EXPECT_EQ(first.SpanOf(figure, figure + 4).begin, html.find("$5.2"));
  size_t million = first.Text().find("million");
  EXPECT_EQ(first.SpanOf(million, million + 7).begin, html.find("million"));
}

TEST(HtmlReaderTest, LayoutTablesReadAsParagraphs) {
  std::string html =
      "<table><tr><td>Contacts:</td><td>Jane Doe<br>(212) 555-1212</td></tr></table>"
      "<table><tr><td>"
      "<table><tr><td></td><td>2020</td><td>2019</td></tr>"
      "<tr><td>Revenue</td><td>10</td><td>9</td></tr>"
      "<tr><td>Costs</td><td>4</td><td>3</td></tr></table>"
      "</td></tr></table>";
  auto docs = ReadText(html, "l.htm");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].paragraphs.size(), 2u);
  EXPECT_EQ(docs[0].paragraphs[0].Text(), "Contacts:");
  EXPECT_EQ(docs[0].paragraphs[1].Text(), "Jane Doe (212) 555-1212");
  // The table nested in a layout table is a table of its own.
  ASSERT_EQ(docs[0].tables.size(), 1u);
  EXPECT_EQ(docs[0].tables[0].rows.size(), 2u);
}

TEST(HtmlReaderTest, SkipsHiddenTextScriptsAndFootnoteMarks) {
  std::string html =
      "<style>p{}</style><script>var x = '<p>no</p>';</script>"
      "<p style=\"display:none\">hidden</p>"
      "<table><tr><td></td><td>2020</td><td>2019</td></tr>"
      "<tr><td>Net income<sup>(1)</sup></td><td>10</td>"
      "<td>9<span style=\"position:relative;top:-3pt\">2</span></td></tr>"
      "<tr><td style=\"display:none\">x</td><td>Costs</td><td>4</td><td>3</td></tr></table>";
  auto docs = ReadText(html, "h.htm");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].paragraphs.empty());
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].label, "Net income");
  EXPECT_EQ(t.rows[0].cells[1].amount->value.ToString(), "9");
  EXPECT_EQ(t.rows[1].label, "Costs");
}

TEST(HtmlReaderTest, BoldLabelsMarkTotals) {
  std::string html =
      "<table><tr><td></td><td>2020</td><td>2019</td></tr>"
      "<tr><td>Product</td><td>10</td><td>9</td></tr>"
      "<tr><td>Service</td><td>4</td><td>3</td></tr>"
      "<tr><td><b>Total</b></td><td>14</td><td>12</td></tr>"
      "<tr><td><span style=\"font-weight:700\">Net</span></td><td>14</td><td>12</td></tr>"
      "<tr><td><b>Half</b> bold</td><td>1</td><td>2</td></tr></table>";
  auto docs = ReadText(html, "b.htm");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[2].rule_above[0], RuleMark::kSeparator);
  EXPECT_EQ(t.rows[3].rule_above[0], RuleMark::kSeparator);
  EXPECT_EQ(t.rows[4].rule_above[0], RuleMark::kNone);
  Report report;
  Engine engine(testing::DefaultRules());
  engine.CheckDocument(docs[0], &report);
  EXPECT_EQ(testing::ChecksOf(report, "table-footing").at(0), "pass: Total (2020): 10 + 4 = 14");
}

TEST(HtmlReaderTest, MalformedMarkupIsReadNotFatal) {
  const char* const kCases[] = {
      "<html><body><table><tr><td>Revenue<td>1,234<td>567<tr><td>Costs<td>3<td>4",
      "<p>unclosed <b>bold <i>italic</p></div></span>",
      "<<<>>> </td></tr></table> &bogus; &#99999999; <p",
      "<table><tr><td colspan=\"999999\">x</td><td rowspan=\"-3\">1</td></tr></table>",
      "\xEF\xBB\xBF<p>after a byte order mark</p>",
  };
  for (const char* html : kCases) {
    auto file = std::make_shared<const SourceFile>("bad.htm", html);
    auto docs = ReadDocuments(file, testing::DefaultRules()->vocabulary);
    EXPECT_TRUE(docs.ok()) << html << ": " << docs.status().message();
  }
  auto docs = ReadText(kCases[0], "bad.htm");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  EXPECT_EQ(docs[0].tables[0].rows.size(), 2u);
}

TEST(HtmlReaderTest, DeepNestingIsAnErrorNotAStackOverflowOrLostText) {
  // libxml2 stops at 256 levels and drops the rest: an error, not a release read in part.
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "deep";
  auto file = std::make_shared<const SourceFile>("deep.htm", html);
  auto docs = ReadDocuments(file, testing::DefaultRules()->vocabulary);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().message(),
            "deep.htm:1: HTML elements nested too deep to read (more than 256 levels)");
  std::string shallow;
  for (int i = 0; i < 200; ++i) shallow += "<div>";
  shallow += "Revenue was $1.2 million.";
  EXPECT_TRUE(ReadDocuments(std::make_shared<const SourceFile>("ok.htm", shallow),
                            testing::DefaultRules()->vocabulary)
                  .ok());
}

TEST(HtmlReaderTest, ReadsWindows1252WithOffsetsIntoTheOriginalBytes) {
  std::string html = "<html><p>Caf\xE9 \x97 revenue of $12</p></html>";
  auto docs = ReadText(html, "w.htm");
  ASSERT_EQ(docs[0].paragraphs.size(), 1u);
  const Paragraph& p = docs[0].paragraphs[0];
  EXPECT_EQ(p.Text(), "Caf\xC3\xA9 \xE2\x80\x94 revenue of $12");
  size_t at = p.Text().find("$12");
  EXPECT_EQ(p.SpanOf(at, at + 3).begin, html.find("$12"));
}

TEST(HtmlReaderTest, ReadsSpansAndStylesAmongAttributesItDoesNotKeep) {
  // align, valign, class, nowrap and id are not kept in the tree; colspan, rowspan, style and an
  // hr's size still read.
  std::string html =
      "<html><body><p id=\"t\" align=\"center\">STATEMENT (in thousands)</p>\n"
      "<table class=\"x\"><tr valign=\"bottom\"><td nowrap></td>"
      "<td align=\"center\" colspan=\"2\" id=\"y\">Year Ended December 31,</td></tr>\n"
      "<tr><td></td><td valign=top>2020</td><td bgcolor=\"#fff\">2019</td></tr>\n"
      "<tr><td>Revenue</td><td align=right>10</td><td>9</td></tr>\n"
      "<tr><td>Costs</td><td>4</td><td>3</td></tr>\n"
      "<tr><td class=\"b\">Total</td><td align=\"right\" style=\"border-top:1px solid\" "
      "valign=\"bottom\">14</td><td rowspan=\"1\" style=\"border-top:1px solid\">12</td></tr>"
      "</table></body></html>\n";
  auto docs = ReadText(html, "a.htm");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].tables.size(), 1u);
  const Table& t = docs[0].tables[0];
  EXPECT_EQ(t.scale, 3);
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_EQ(t.columns[0].period.ToString(), "12 months ended 2020-12-31");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[2].label, "Total");
  EXPECT_EQ(t.rows[2].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(t.rows[2].rule_above[1], RuleMark::kSingle);
}

TEST(HtmlReaderTest, ACharsetDeclarationDoesNotMisreadUtf8) {
  std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=iso-8859-1\"></head><body><p>Shareholders\xE2\x80\x99 equity \xE2\x80\x94 $5"
      "</p></body></html>";
  auto docs = ReadText(html, "c.htm");
  ASSERT_EQ(docs[0].paragraphs.size(), 1u);
  EXPECT_EQ(docs[0].paragraphs[0].Text(), "Shareholders' equity \xE2\x80\x94 $5");
  size_t at = docs[0].paragraphs[0].Text().find("$5");
  EXPECT_EQ(docs[0].paragraphs[0].SpanOf(at, at + 2).begin, html.find("$5"));
}

TEST(HtmlReaderTest, ReadsHtmlDocumentsOfASubmission) {
  std::string sub =
      "<SEC-HEADER>\nCOMPANY CONFORMED NAME: EXAMPLE CORP\n</SEC-HEADER>\n"
      "<DOCUMENT>\n<TYPE>EX-99.1\n<FILENAME>ex991.htm\n<TEXT>\n"
      "<html><body><p>Results</p>\n"
      "<table><tr><td></td><td>2020</td><td>2019</td></tr>\n"
      "<tr><td>Revenue</td><td>10</td><td>9</td></tr>\n"
      "<tr><td>Costs</td><td>4</td><td>3</td></tr></table></body></html>\n"
      "</TEXT>\n</DOCUMENT>\n"
      "<DOCUMENT>\n<TYPE>EX-99.2\n<TEXT>\nPlain text exhibit.\n</TEXT>\n</DOCUMENT>\n";
  auto docs = ReadText(sub, "sub.txt");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].format, "html");
  EXPECT_EQ(docs[0].info.document_type, "EX-99.1");
  EXPECT_EQ(docs[0].info.company, "EXAMPLE CORP");
  ASSERT_EQ(docs[0].tables.size(), 1u);
  EXPECT_EQ(Where(docs[0], docs[0].tables[0].rows[1].cells[0].span), "11:23");
  EXPECT_EQ(docs[1].format, "edgar-text");
}

}  // namespace
}  // namespace tieout
