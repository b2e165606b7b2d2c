#include "checker/ingest/reader.h"

#include <algorithm>
#include <optional>

#include "checker/base/registry.h"
#include "checker/base/text.h"
#include "checker/base/utf8.h"
#include "checker/ingest/docx_reader.h"
#include "checker/ingest/edgar.h"
#include "checker/ingest/html_reader.h"
#include "checker/ingest/table_rows.h"
#include "checker/ingest/text_lines.h"
#include "checker/ingest/text_reader.h"

namespace tieout {
namespace {

// A document is read by appending, and vectors and strings so grown keep up to twice the room
// they use; a long release holds it while every rule runs. Gives the room back.
void ShrinkToFit(Document* doc) {
  doc->paragraphs.shrink_to_fit();
  for (Paragraph& p : doc->paragraphs) {
    p.composed.shrink_to_fit();
    p.pieces.shrink_to_fit();
  }
  doc->tables.shrink_to_fit();
  for (Table& t : doc->tables) {
    t.rows.shrink_to_fit();
    for (Row& r : t.rows) r.label.shrink_to_fit();
  }
}

// The registration list: one line per input format, in detection order. Plain text, which
// takes anything, comes last.
std::vector<std::unique_ptr<const Reader>> MakeReaders() {
  std::vector<std::unique_ptr<const Reader>> all;
  all.push_back(std::make_unique<DocxReader>());
  all.push_back(std::make_unique<EdgarTextReader>());
  all.push_back(std::make_unique<HtmlReader>());
  all.push_back(std::make_unique<PlainTextReader>());
  return all;
}

// The offset of the first byte that no text file has (NUL, or control characters other
// than tab, newline, carriage return and form feed), or npos.
size_t FirstBinaryByte(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 1 << 16);
  size_t bad = 0, first = std::string_view::npos;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    if (c == 0 || control) {
      if (first == std::string_view::npos) first = i;
      if (c == 0) return first;
      ++bad;
    }
  }
  return bad * 100 > n ? first : std::string_view::npos;
}

// The reader of a file that is neither empty nor binary data, or nullptr.
const Reader* FindReader(std::string_view bytes, bool binary) {
  for (const Reader* r : Readers()) {
    if (r->binary() == binary && r->Detect(bytes)) return r;
  }
  return nullptr;
}

}  // namespace

const std::vector<const Reader*>& Readers() {
  static const std::vector<std::unique_ptr<const Reader>> owned = MakeReaders();
  static const std::vector<const Reader*> list = PointersOf(owned);
  return list;
}

std::vector<std::string> ReaderExtensions() {
  std::vector<std::string> out;
  for (const Reader* r : Readers()) {
    for (const std::string& e : r->extensions()) {
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
  }
  return out;
}

Expected<std::vector<Document>> ReadWholeFile(std::shared_ptr<const SourceFile> file,
                                              const Vocabulary& vocabulary, PartReader read) {
  EnvelopePart whole{{}, SourceSpan{0, file->text().size()}};
  std::string path = file->path();
  auto doc = read(std::move(file), whole, vocabulary);
  if (!doc.ok()) return doc.status();
  doc->name = path;
  std::vector<Document> docs;
  docs.push_back(std::move(*doc));
  return docs;
}

std::string DetectFormat(std::string_view bytes) {
  if (Trim(bytes).empty()) return "empty";
  if (const Reader* r = FindReader(bytes, true)) return r->name();
  if (FirstBinaryByte(bytes) != std::string_view::npos) return "binary";
  if (const Reader* r = FindReader(bytes, false)) return r->name();
  return "binary";
}

Expected<std::vector<Document>> ReadDocuments(std::shared_ptr<const SourceFile> file,
                                              const Vocabulary& vocabulary) {
  // A file saved as UTF-16 (Windows editors do) is read as its UTF-8 text: lines stay lines,
  // so locations still name the line a reader sees; columns count UTF-8 bytes.
  if (std::optional<std::string> utf8 = DecodeUtf16(file->text())) {
    file = std::make_shared<const SourceFile>(file->path(), std::move(*utf8));
  }
  std::string_view bytes = file->text();
  if (Trim(bytes).empty()) {
    return Status::InvalidInput(file->path() + ": empty file, no release to check");
  }
  const Reader* reader = FindReader(bytes, true);
  if (!reader) {
    if (size_t at = FirstBinaryByte(bytes); at != std::string_view::npos) {
      Location loc = file->Locate(at);
      return Status::InvalidInput(file->path() + ":" + std::to_string(loc.line) +
                                  ": binary data (byte " + std::to_string(at) +
                                  "), not a text, HTML or DOCX release");
    }
    reader = FindReader(bytes, false);
  }
  if (!reader) return Status::InvalidInput(file->path() + ": no reader knows this format");
  Expected<std::vector<Document>> docs = reader->Read(std::move(file), vocabulary);
  if (docs.ok()) {
    for (Document& doc : *docs) {
      DateQuarterColumns(vocabulary, &doc);
      ShrinkToFit(&doc);
    }
  }
  return docs;
}

Expected<std::vector<Document>> ReadDocuments(const std::string& path,
                                              const Vocabulary& vocabulary) {
  auto file = ReadSourceFile(path);
  if (!file.ok()) return file.status();
  return ReadDocuments(*file, vocabulary);
}

}  // namespace tieout
