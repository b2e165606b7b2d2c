#include "checker/ingest/docx_reader.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <map>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

// A zip archive holding the given files, written in memory.
std::string MakeZip(const std::map<std::string, std::string>& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(source);
  zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : files) {
    zip_source_t* s = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_file_add(archive, name.c_str(), s, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  std::string out;
  if (zip_source_open(source) == 0) {
    char buf[4096];
    zip_int64_t n;
    while ((n = zip_source_read(source, buf, sizeof buf)) > 0) out.append(buf, n);
    zip_source_close(source);
  }
  zip_source_free(source);
  zip_error_fini(&error);
  return out;
}

std::string Docx(const std::string& body) {
  return MakeZip({{"[Content_Types].xml", "<Types/>"},
                  {"word/document.xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                   "2006/main\"><w:body>" +
                       body + "</w:body></w:document>"}});
}

std::string P(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

std::string Tc(const std::string& text, const std::string& props = "") {
  return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + P(text) + "</w:tc>";
}

const char kTopLine[] = "<w:tcBorders><w:top w:val=\"single\" w:sz=\"4\"/></w:tcBorders>";
const char kDoubleUnder[] = "<w:tcBorders><w:bottom w:val=\"double\" w:sz=\"4\"/></w:tcBorders>";

Expected<Document> Read(const std::string& bytes, const std::string& name = "draft.docx") {
  SourceFile file(name, bytes);
  return ReadDocx(file, testing::DefaultRules()->vocabulary);
}

TEST(DocxReaderTest, ReadsParagraphsAndTablesOneLinePerParagraphOrRow) {
  std::string body = P("Example Corp reports results") +
                     "<w:p><w:r><w:t>(in thousands)</w:t></w:r></w:p>" +
                     "<w:tbl>"
                     "<w:tr>" +
                     Tc("") + Tc("Three Months Ended March 31,", "<w:gridSpan w:val=\"2\"/>") +
                     "</w:tr>"
                     "<w:tr>" +
                     Tc("") + Tc("2020") + Tc("2019") +
                     "</w:tr>"
                     "<w:tr>" +
                     Tc("Revenue") + Tc("$ 1,000") + Tc("$ 900") +
                     "</w:tr>"
                     "<w:tr>" +
                     Tc("Costs") + Tc("(400)") + Tc("\xE2\x80\x94") +
                     "</w:tr>"
                     "<w:tr>" +
                     Tc("Net income") + Tc("600", kTopLine) + Tc("900", kTopLine) +
                     "</w:tr>"
                     "<w:tr>" +
                     Tc("Other") + Tc("1", kDoubleUnder) + Tc("2", kDoubleUnder) +
                     "</w:tr>"
                     "<w:tr>" +
                     Tc("After") + Tc("3") + Tc("4") +
                     "</w:tr>"
                     "</w:tbl>" +
                     P("After the table.");
  auto doc = Read(Docx(body));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->format, "docx");
  EXPECT_EQ(doc->source->path(), "draft.docx");
  EXPECT_EQ(doc->source->Line(1), "Example Corp reports results");
  EXPECT_EQ(doc->source->Line(5), "Revenue | $ 1,000 | $ 900");
  ASSERT_EQ(doc->paragraphs.size(), 3u);
  EXPECT_EQ(doc->Locate(doc->paragraphs[2].span.begin).line, 10);
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  EXPECT_EQ(t.scale, 3);
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_EQ(t.columns[1].period.ToString(), "3 months ended 2019-03-31");
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[1].cells[0].amount->value.ToString(), "-400000");
  EXPECT_TRUE(t.rows[1].cells[1].amount->exact);
  EXPECT_EQ(t.rows[2].rule_above[0], RuleMark::kSingle);
  EXPECT_EQ(t.rows[4].rule_above[1], RuleMark::kDouble);
  Location at = doc->Locate(t.rows[0].cells[1].span.begin);
  EXPECT_EQ(at.line, 5);
  EXPECT_EQ(at.column, 21);  // "$ 900" in "Revenue | $ 1,000 | $ 900"
}

TEST(DocxReaderTest, SkipsDeletedTextFieldCodesAndFootnoteMarks) {
  std::string body =
      "<w:p><w:r><w:t xml:space=\"preserve\">Net </w:t></w:r>"
      "<w:del><w:r><w:delText>gross </w:delText></w:r></w:del>"
      "<w:r><w:instrText>PAGE</w:instrText></w:r>"
      "<w:r><w:t>income</w:t></w:r>"
      "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>(1)</w:t></w:r>"
      "<w:r><w:tab/><w:t>rose \xE2\x80\x9C"
      "10%\xE2\x80\x9D</w:t></w:r></w:p>";
  auto doc = Read(Docx(body));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_EQ(doc->paragraphs.size(), 1u);
  EXPECT_EQ(doc->paragraphs[0].Text(), "Net income rose \"10%\"");
}

TEST(DocxReaderTest, ADraftWithoutTablesHasOnlyParagraphs) {
  auto doc = Read(Docx(P("Revenue rose.") + "<w:p/>" + P("Costs fell.")));
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->tables.empty());
  EXPECT_EQ(doc->paragraphs.size(), 2u);
  // A table of words is text, not a table.
  auto words = Read(Docx("<w:tbl><w:tr>" + Tc("Contacts:") + Tc("Jane Doe") + "</w:tr></w:tbl>"));
  ASSERT_TRUE(words.ok());
  EXPECT_TRUE(words->tables.empty());
  EXPECT_EQ(words->paragraphs.size(), 2u);
}

TEST(DocxReaderTest, AZipThatIsNotADocxIsAnErrorNamingTheFile) {
  auto doc = Read(MakeZip({{"readme.txt", "hello"}}), "archive.zip");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message(),
            "archive.zip: a zip archive without word/document.xml, not a DOCX draft");
}

TEST(DocxReaderTest, ABrokenArchiveIsAnErrorNamingTheFile) {
  std::string bytes = Docx(P("x"));
  bytes.resize(bytes.size() / 2);
  auto doc = Read(bytes);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message().rfind(
                "draft.docx: not a DOCX draft: the zip archive cannot be read (", 0),
            0u)
      << doc.status().message();
}

TEST(DocxReaderTest, MalformedXmlIsAnErrorNamingTheFileAndLine) {
  auto doc = Read(MakeZip({{"word/document.xml", "<w:document><w:body><w:p>"}}));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message().rfind(
                "draft.docx: word/document.xml is not well-formed XML (line 1: ", 0),
            0u)
      << doc.status().message();
  auto other = Read(MakeZip({{"word/document.xml", "<html/>"}}));
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().message(),
            "draft.docx: word/document.xml has no w:document/w:body, not a DOCX draft");
}

TEST(DocxReaderTest, ReadDocumentsDispatchesZipsToTheDocxReader) {
  auto file = std::make_shared<const SourceFile>("d.docx", Docx(P("Hello.")));
  auto docs = ReadDocuments(file, testing::DefaultRules()->vocabulary);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].paragraphs[0].Text(), "Hello.");
  auto zip = std::make_shared<const SourceFile>("a.zip", MakeZip({{"a.txt", "x"}}));
  auto bad = ReadDocuments(zip, testing::DefaultRules()->vocabulary);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "a.zip: a zip archive without word/document.xml, not a DOCX draft");
}

}  // namespace
}  // namespace tieout
