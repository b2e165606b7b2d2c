#include "checker/ingest/edgar.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::DefaultRules;
using testing::ReadText;

constexpr char kSubmission[] = R"(<SEC-DOCUMENT>0000000000-03-000001.txt : 20031110
<SEC-HEADER>0000000000-03-000001.hdr.sgml : 20031110
CONFORMED SUBMISSION TYPE:	8-K
CONFORMED PERIOD OF REPORT:	20031110
FILED AS OF DATE:		20031110
FILER:
	COMPANY DATA:
		COMPANY CONFORMED NAME:			EXAMPLE WIDGETS INC
		CENTRAL INDEX KEY:			0000000001
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>form8k.txt
<TEXT>
Item 12. Results of Operations.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex99.txt
<DESCRIPTION>PRESS RELEASE
<TEXT>
Revenue was up.
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
)";

TEST(EdgarTest, SplitsASubmissionIntoDocumentsWithHeaderFields) {
  auto docs = ReadText(kSubmission, "sub.txt");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].name, "sub.txt#1");
  EXPECT_EQ(docs[1].name, "sub.txt#2");
  const DocumentInfo& info = docs[1].info;
  EXPECT_EQ(info.company, "EXAMPLE WIDGETS INC");
  EXPECT_EQ(info.cik, "0000000001");
  EXPECT_EQ(info.form_type, "8-K");
  EXPECT_EQ(info.period_of_report, "20031110");
  EXPECT_EQ(info.filing_date, "20031110");
  EXPECT_EQ(info.document_type, "EX-99.1");
  EXPECT_EQ(info.filename, "ex99.txt");
  EXPECT_EQ(info.description, "PRESS RELEASE");
  ASSERT_EQ(docs[1].paragraphs.size(), 1u);
  EXPECT_EQ(docs[1].paragraphs[0].Text(), "Revenue was up.");
  EXPECT_EQ(docs[1].Locate(docs[1].paragraphs[0].span.begin).line, 25);
}

TEST(EdgarTest, UnterminatedTableIsAnErrorWhereItStarts) {
  auto file = std::make_shared<const SourceFile>("bad.txt", "Intro.\n\n<TABLE>\nCash   10\n");
  auto docs = ReadDocuments(file, DefaultRules()->vocabulary);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().message(), "bad.txt:3: <TABLE> is not closed by </TABLE>");
}

TEST(EdgarTest, UnterminatedDocumentIsAnError) {
  auto file = std::make_shared<const SourceFile>("bad.txt", "x\n<DOCUMENT>\n<TYPE>EX-99\n");
  auto docs = ReadDocuments(file, DefaultRules()->vocabulary);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().message(), "bad.txt:2: <DOCUMENT> is not closed by </DOCUMENT>");
}

TEST(EdgarTest, PageFurnitureDoesNotSplitAParagraph) {
  auto docs = ReadText(
      "<PAGE>\nThe principal focus of the business is the repair of\n\n"
      "                                - more -\n\n<PAGE>\n"
      "                                                   Results, Page 2\n\n"
      "tissue for large markets.\n\nNext paragraph.\n");
  ASSERT_EQ(docs[0].paragraphs.size(), 2u);
  EXPECT_EQ(docs[0].paragraphs[0].Text(),
            "The principal focus of the business is the repair of tissue for large markets.");
  // The text maps back to the source: "tissue" starts on line 9.
  const Paragraph& p = docs[0].paragraphs[0];
  size_t at = p.Text().find("tissue");
  EXPECT_EQ(docs[0].Locate(p.SpanOf(at, at + 6).begin).line, 9);
  EXPECT_EQ(docs[0].Locate(p.SpanOf(at, at + 6).begin).column, 1);
}

// A paragraph of EDGAR text is its source lines, trimmed, joined with one space: it keeps the
// pieces, not a second copy of the prose, and its text is read from the source when asked.
TEST(EdgarTest, AParagraphKeepsNoCopyOfItsSourceText) {
  auto docs = ReadText(
      "<PAGE>\n   Net sales rose 12%\r\n\tto $5.2 million in the\n"
      "                                - more -\n\n<PAGE>\n"
      "second quarter.  \n\nNext.\n");
  ASSERT_EQ(docs[0].paragraphs.size(), 2u);
  const Paragraph& p = docs[0].paragraphs[0];
  EXPECT_TRUE(p.composed.empty());
  EXPECT_EQ(p.source, docs[0].source->text().data());
  const std::string text = "Net sales rose 12% to $5.2 million in the second quarter.";
  EXPECT_EQ(p.Text(), text);
  EXPECT_EQ(p.size(), text.size());
  EXPECT_FALSE(p.empty());
  EXPECT_EQ(p.Text(9), "Net sales");
  EXPECT_EQ(p.Text(19), "Net sales rose 12% ");
  EXPECT_EQ(p.Text(1000), text);
  ASSERT_EQ(p.pieces.size(), 3u);
  EXPECT_EQ(p.pieces[1].text_offset, 19u);
  EXPECT_EQ(p.pieces[1].length, 22u);
  // The text maps back to the source: "$5.2" starts on line 3, after the tab.
  size_t at = text.find("$5.2");
  EXPECT_EQ(docs[0].Locate(p.SpanOf(at, at + 4).begin).line, 3);
  EXPECT_EQ(docs[0].Locate(p.SpanOf(at, at + 4).begin).column, 5);
  EXPECT_EQ(docs[0].paragraphs[1].Text(), "Next.");
}

// HTML composes its text (entities decoded): the paragraph keeps it.
TEST(EdgarTest, AComposedParagraphKeepsItsText) {
  auto docs = ReadText("<html><body><p>Sales &amp; costs rose.</p></body></html>", "a.htm");
  ASSERT_EQ(docs[0].paragraphs.size(), 1u);
  const Paragraph& p = docs[0].paragraphs[0];
  EXPECT_EQ(p.source, nullptr);
  EXPECT_EQ(p.composed, "Sales & costs rose.");
  EXPECT_EQ(p.Text(), "Sales & costs rose.");
  EXPECT_EQ(p.Text(5), "Sales");
  EXPECT_EQ(p.size(), 19u);
}

TEST(EdgarTest, ParagraphsEndAtBlankLinesAndBullets) {
  // <PAGE> makes it an EDGAR text exhibit (plain text drafts have their own reader).
  auto docs =
      ReadText("<PAGE>\nHIGHLIGHTS\n\n-     First point\n      continues.\n-     Second point.\n");
  ASSERT_EQ(docs[0].paragraphs.size(), 3u);
  EXPECT_EQ(docs[0].paragraphs[1].Text(), "-     First point continues.");
  EXPECT_EQ(docs[0].paragraphs[2].Text(), "-     Second point.");
}

// A tagged statement, then a note whose table is printed without tags, then prose.
constexpr char kUntagged[] =
    "<TABLE>\n<CAPTION>\n"
    "                                 1999      1998\n"
    "<S>                            <C>       <C>\n"
    "Revenues                       $ 100     $  90\n"
    "</TABLE>\n\n"
    "The following table presents the computation of earnings per share:\n\n\n"
    "Years ended December 31          1999      1998      1997\n"
    "- --------------------------------------------------------\n"
    "Net earnings                   $  961    $  978    $1,238\n"
    "Weighted average shares         748.6     732.1     723.4\n"
    "                                ------    ------    ------\n"
    "Per share amount               $ 1.28    $ 1.34    $ 1.71\n"
    "- --------------------------------------------------------\n\n"
    "Sales rose to $1,234 in 1999 from $1,100 in 1998.\n";

TEST(EdgarTest, AnAlignedTableWithoutTagsInATaggedDocumentIsATable) {
  auto docs = ReadText(kUntagged);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].tables.size(), 2u);
  const Table& t = docs[0].tables[1];
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[2].period.ToString(), "1997");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].label, "Net earnings");
  EXPECT_EQ(t.rows[2].label, "Per share amount");
  EXPECT_EQ(docs[0].Locate(t.span.begin).line, 11);
  // The lines around it stay prose.
  ASSERT_EQ(docs[0].paragraphs.size(), 2u);
  EXPECT_EQ(docs[0].paragraphs[1].Text(), "Sales rose to $1,234 in 1999 from $1,100 in 1998.");
}

TEST(EdgarTest, AlignedFiguresWithoutAHeaderOfYearsStayText) {
  // No header of years over the figures; and a header over only two lines of figures.
  std::string no_years = kUntagged;
  no_years.replace(no_years.find("Years ended December 31          1999      1998      1997"), 58,
                   "Years ended December 31");
  EXPECT_EQ(ReadText(no_years)[0].tables.size(), 1u);
  std::string two_lines = kUntagged;
  two_lines.replace(two_lines.find("Weighted average shares         748.6     732.1     723.4"), 58,
                    "Weighted average shares (see Note 5)");
  EXPECT_EQ(ReadText(two_lines)[0].tables.size(), 1u);
}

TEST(EdgarTest, AnAlignedTableInADocumentWithoutTagsIsATable) {
  std::string untagged = kUntagged;
  untagged.replace(0, untagged.find("The following"), "<PAGE>\n");
  auto docs = ReadText(untagged);
  ASSERT_EQ(docs[0].tables.size(), 1u);
  ASSERT_EQ(docs[0].tables[0].rows.size(), 3u);
  EXPECT_EQ(docs[0].tables[0].rows[2].label, "Per share amount");
  ASSERT_EQ(docs[0].paragraphs.size(), 2u);
  EXPECT_EQ(docs[0].paragraphs[1].Text(), "Sales rose to $1,234 in 1999 from $1,100 in 1998.");
  // Quiet: aligned figures without a header of years stay text there too.
  untagged.replace(untagged.find("Years ended December 31          1999      1998      1997"), 58,
                   "Years ended December 31");
  EXPECT_EQ(ReadText(untagged)[0].tables.size(), 0u);
}

}  // namespace
}  // namespace tieout
