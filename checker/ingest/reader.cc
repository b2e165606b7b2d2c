#include "checker/ingest/reader.h"

#include <cctype>

#include "checker/ingest/docx_reader.h"
#include "checker/ingest/edgar.h"
#include "checker/ingest/html_reader.h"
#include "checker/ingest/text_lines.h"
#include "checker/ingest/text_reader.h"

namespace tieout {
namespace {

bool ContainsCI(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + k])) ==
                                    std::tolower(static_cast<unsigned char>(needle[k]))) {
      ++k;
    }
    if (k == needle.size()) return true;
  }
  return false;
}

bool LooksLikeHtml(std::string_view head) {
  return ContainsCI(head, "<html") || ContainsCI(head, "<body") || ContainsCI(head, "<td") ||
         ContainsCI(head, "<div") || ContainsCI(head, "<p>") || ContainsCI(head, "<p ") ||
         ContainsCI(head, "<!doctype html") || ContainsCI(head, "<font");
}

// Whether `tag` (any case) stands at the start of a line, after spaces or tabs at most.
bool TagStartsALine(std::string_view text, std::string_view tag) {
  for (size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    size_t k = i;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    if (k > 0 && text[k - 1] != '\n' && text[k - 1] != '\r') continue;
    if (ContainsCI(text.substr(i, tag.size()), tag)) return true;
  }
  return false;
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

// Documents of a submission that hold no release text: images, archives, spreadsheets, XBRL.
bool HoldsNoRelease(const DocumentInfo& info) {
  static const char* const kTypes[] = {"GRAPHIC", "ZIP", "EXCEL", "PDF", "XML", "JSON"};
  for (const char* t : kTypes) {
    if (info.document_type == t) return true;
  }
  std::string name = info.filename;
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kExtensions[] = {".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip",
                                            ".xls", ".xlsx", ".xml", ".xsd", ".json"};
  for (const char* e : kExtensions) {
    std::string_view ext(e);
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

const char* FormatName(Format format) {
  switch (format) {
    case Format::kEdgarText:
      return "edgar-text";
    case Format::kHtml:
      return "html";
    case Format::kDocx:
      return "docx";
    case Format::kPlainText:
      return "text";
    case Format::kBinary:
      return "binary";
    case Format::kEmpty:
      return "empty";
  }
  return "text";
}

Format DetectFormat(std::string_view bytes) {
  if (Trim(bytes).empty()) return Format::kEmpty;
  // A zip archive (a local file header, or the end record of an empty archive): a DOCX, or a
  // zip the DOCX reader will name as not one.
  if (bytes.size() >= 4 && (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
                            bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4))) {
    return Format::kDocx;
  }
  if (FirstBinaryByte(bytes) != std::string_view::npos) return Format::kBinary;
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 1 << 15));
  // An envelope (a header, or a <DOCUMENT> with its <TYPE> line): each document is detected on
  // its own; the file reads as EDGAR. Tags count only at the start of a line, so a draft that
  // mentions "<DOCUMENT>" or "<TABLE>" in its prose stays a draft.
  if (TagStartsALine(head, "<SEC-HEADER>") || TagStartsALine(head, "<SEC-DOCUMENT>") ||
      (ContainsCI(head, "<DOCUMENT>") && TagStartsALine(head, "<TYPE>"))) {
    return Format::kEdgarText;
  }
  if (LooksLikeHtml(head)) return Format::kHtml;
  if (TagStartsALine(bytes, "<TABLE") || TagStartsALine(head, "<PAGE>")) return Format::kEdgarText;
  return Format::kPlainText;
}

Expected<std::vector<Document>> ReadDocuments(std::shared_ptr<const SourceFile> file,
                                              const Vocabulary& vocabulary) {
  std::string_view bytes = file->text();
  Format format = DetectFormat(bytes);
  switch (format) {
    case Format::kEmpty:
      return Status::InvalidInput(file->path() + ": empty file, no release to check");
    case Format::kBinary: {
      size_t at = FirstBinaryByte(bytes);
      Location loc = file->Locate(at);
      return Status::InvalidInput(file->path() + ":" + std::to_string(loc.line) +
                                  ": binary data (byte " + std::to_string(at) +
                                  "), not a text, HTML or DOCX release");
    }
    case Format::kDocx: {
      auto doc = ReadDocx(*file, vocabulary);
      if (!doc.ok()) return doc.status();
      std::vector<Document> docs;
      docs.push_back(std::move(*doc));
      return docs;
    }
    default:
      break;
  }
  // Only an EDGAR file has an envelope to split; any other file is one document.
  auto parts = format == Format::kEdgarText
                   ? SplitSubmission(*file)
                   : Expected<std::vector<EnvelopePart>>(
                         std::vector<EnvelopePart>{EnvelopePart{{}, SourceSpan{0, bytes.size()}}});
  if (!parts.ok()) return parts.status();
  std::vector<Document> docs;
  for (size_t i = 0; i < parts->size(); ++i) {
    const EnvelopePart& part = (*parts)[i];
    if (HoldsNoRelease(part.info)) continue;
    std::string_view body = bytes.substr(part.body.begin, part.body.end - part.body.begin);
    std::string_view head = body.substr(0, std::min<size_t>(body.size(), 1 << 15));
    Expected<Document> doc = LooksLikeHtml(head)            ? ReadHtml(file, part, vocabulary)
                             : format == Format::kPlainText ? ReadPlainText(file, part, vocabulary)
                                                            : ReadEdgarText(file, part, vocabulary);
    if (!doc.ok()) return doc.status();
    doc->name = parts->size() > 1 ? file->path() + "#" + std::to_string(i + 1) : file->path();
    docs.push_back(std::move(*doc));
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
