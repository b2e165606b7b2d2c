#include "checker/ingest/reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

Status ReadError(const std::string& bytes) {
  auto file = std::make_shared<const SourceFile>("in.txt", bytes);
  auto docs = ReadDocuments(file, testing::DefaultRules()->vocabulary);
  return docs.ok() ? Status::Ok() : docs.status();
}

TEST(ReaderTest, DetectsFormatsByContent) {
  EXPECT_EQ(DetectFormat(""), "empty");
  EXPECT_EQ(DetectFormat(" \n\n"), "empty");
  EXPECT_EQ(DetectFormat(std::string("PK\x03\x04rest", 8)), "docx");
  EXPECT_EQ(DetectFormat("<html><body><p>x</p></body></html>"), "html");
  EXPECT_EQ(DetectFormat("text\n<TABLE>\n</TABLE>\n"), "edgar-text");
  EXPECT_EQ(DetectFormat("<SEC-HEADER>\n</SEC-HEADER>\n"), "edgar-text");
  EXPECT_EQ(DetectFormat("Just a paragraph.\n"), "text");
  EXPECT_EQ(DetectFormat(std::string("ab\0cd", 5)), "binary");
  // An empty zip archive is still a zip; Markdown and pipe tables are plain text; an HTML
  // exhibit wrapped in the lowercase envelope some tools write reads through the envelope.
  EXPECT_EQ(DetectFormat(std::string("PK\x05\x06\0\0", 6)), "docx");
  EXPECT_EQ(DetectFormat("# Results\n\n| Revenue | 1,234 |\n"), "text");
  EXPECT_EQ(DetectFormat("<html><body><document>\n<type>EX-99.1\n<text>\n<p>x</p>"), "edgar-text");
  // A draft that writes about EDGAR tags is still a draft.
  EXPECT_EQ(DetectFormat("Each `<DOCUMENT>` block has a `<TYPE>`; tables sit in <TABLE> tags.\n"),
            "text");
}

TEST(ReaderTest, ADraftThatMentionsTagsIsOneDocument) {
  auto docs = testing::ReadText("Notes on the `<DOCUMENT>` and `<TABLE>` tags.\n", "notes.md");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].format, "text");
}

TEST(ReaderTest, HtmlIsReadByContentWhateverTheExtension) {
  auto docs = testing::ReadText("<html><body><p>Revenue rose.</p></body></html>", "release.txt");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].format, "html");
  EXPECT_EQ(docs[0].paragraphs.at(0).Text(), "Revenue rose.");
}

TEST(ReaderTest, SubmissionDocumentsWithoutReleaseTextAreLeftOut) {
  auto docs = testing::ReadText(
      "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nRevenue rose.\n</TEXT>\n</DOCUMENT>\n"
      "<DOCUMENT>\n<TYPE>GRAPHIC\n<FILENAME>logo.jpg\n<TEXT>\nbegin 644 logo.jpg\nM_]C_X\n"
      "</TEXT>\n</DOCUMENT>\n",
      "sub.txt");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].info.document_type, "EX-99.1");
}

TEST(ReaderTest, EmptyFileIsAnInputError) {
  Status s = ReadError("");
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "in.txt: empty file, no release to check");
}

TEST(ReaderTest, BinaryJunkIsAnInputErrorNamingTheLine) {
  std::string junk = "line one\nline two\n";
  junk += std::string("\x01\x02\x00\xff\xfe", 5);
  Status s = ReadError(junk);
  EXPECT_EQ(s.message(), "in.txt:3: binary data (byte 18), not a text, HTML or DOCX release");
}

TEST(ReaderTest, PlainTextIsReadAsText) {
  auto docs = testing::ReadText("Revenue rose.\n\nCosts fell.\n");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].format, "text");
  EXPECT_EQ(docs[0].paragraphs.size(), 2u);
}

TEST(ReaderTest, EveryReaderHasItsOwnNameAndItsExtensionsAreScanned) {
  std::vector<std::string> all = ReaderExtensions();
  std::set<std::string> names;
  for (const Reader* r : Readers()) {
    EXPECT_TRUE(names.insert(r->name()).second) << r->name();
    for (const std::string& e : r->extensions()) {
      EXPECT_EQ(std::count(all.begin(), all.end(), e), 1) << e;
    }
  }
  EXPECT_EQ(names, (std::set<std::string>{"docx", "edgar-text", "html", "text"}));
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

// A long paragraph and a table, read by appending: what the document keeps is what it uses.
TEST(ReaderTest, ADocumentKeepsNoRoomItDoesNotUse) {
  std::string prose;
  for (int i = 0; i < 40; ++i) prose += "Revenue for the quarter rose on demand in every region\n";
  const std::string table =
      "<TABLE>\n"
      "                                 2025        2024\n"
      "<S>                            <C>         <C>\n"
      "Revenue                        $ 1,200     $ 1,000\n"
      "Cost of revenue                    700         600\n"
      "Gross profit                       500         400\n"
      "</TABLE>\n";
  for (const std::string& text :
       {prose + "\n" + table, "<html><body><p>" + prose + "</p></body></html>"}) {
    std::vector<Document> docs = testing::ReadText(text);
    ASSERT_EQ(docs.size(), 1u);
    const Document& doc = docs[0];
    ASSERT_FALSE(doc.paragraphs.empty());
    EXPECT_EQ(doc.paragraphs.capacity(), doc.paragraphs.size());
    for (const Paragraph& p : doc.paragraphs) {
      EXPECT_GT(p.size(), 1000u);
      if (p.source != nullptr) {
        EXPECT_TRUE(p.composed.empty());  // EDGAR text: no copy of the source's prose
      } else {
        EXPECT_EQ(p.composed.capacity(), p.composed.size());
      }
      EXPECT_EQ(p.pieces.capacity(), p.pieces.size());
    }
    for (const Table& t : doc.tables) EXPECT_EQ(t.rows.capacity(), t.rows.size());
  }
}

}  // namespace
}  // namespace tieout
