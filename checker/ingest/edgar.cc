#include "checker/ingest/edgar.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "checker/base/text.h"
#include "checker/ingest/aligned_tables.h"
#include "checker/ingest/html_reader.h"
#include "checker/ingest/text_lines.h"
#include "checker/ingest/text_table.h"

namespace tieout {
namespace {

bool StartsWithCI(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

// Finds `tag` (ASCII, any case) in text[from, to).
size_t FindCI(std::string_view text, std::string_view tag, size_t from, size_t to) {
  if (tag.empty()) return std::string_view::npos;
  return FindNoCase(text.substr(0, to), tag, from);
}

size_t LineEnd(std::string_view text, size_t pos) {
  size_t e = text.find('\n', pos);
  return e == std::string_view::npos ? text.size() : e;
}

// The value after "<TAG>" on its line.
std::string TagValue(std::string_view text, size_t begin, size_t end, std::string_view tag) {
  size_t p = FindCI(text, tag, begin, end);
  if (p == std::string_view::npos) return "";
  p += tag.size();
  return std::string(Trim(text.substr(p, LineEnd(text, p) - p)));
}

// The value after "FIELD NAME:" in an SEC header.
std::string HeaderField(std::string_view text, size_t begin, size_t end, std::string_view field) {
  size_t p = FindCI(text, field, begin, end);
  if (p == std::string_view::npos) return "";
  p += field.size();
  return std::string(Trim(text.substr(p, LineEnd(text, p) - p)));
}

std::string Where(const SourceFile& file, uint64_t offset) {
  return file.path() + ":" + std::to_string(file.Locate(offset).line);
}

// The last line of a paragraph read from EDGAR text (its last piece): where its text ends.
std::string_view LastLine(const Paragraph& p) {
  const Paragraph::Piece& last = p.pieces.back();
  return std::string_view(p.source + last.source_offset, last.length);
}

bool EndsSentence(std::string_view text) {
  if (text.empty()) return true;
  char c = text.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ';' ||
         text.ends_with("\xE2\x80\x9D");
}

bool EndsWithLowercaseWord(std::string_view text) {
  size_t sp = text.find_last_of(' ');
  size_t b = sp == std::string::npos ? 0 : sp + 1;
  return b < text.size() && std::islower(static_cast<unsigned char>(text[b]));
}

// The printed column after leading white space, with tabs every eight columns.
size_t PrintedColumn(std::string_view lead) {
  size_t col = 0;
  for (char c : lead) col = c == '\t' ? (col / 8 + 1) * 8 : col + 1;
  return col;
}

bool IsBullet(std::string_view trimmed) {
  return trimmed.size() > 1 && (trimmed[0] == '-' || trimmed[0] == '*' || trimmed[0] == 'o') &&
         trimmed[1] == ' ';
}

}  // namespace

Expected<std::vector<EnvelopePart>> SplitSubmission(const SourceFile& file) {
  std::string_view text = file.text();
  std::vector<EnvelopePart> parts;
  DocumentInfo header;
  size_t hb = FindCI(text, "<SEC-HEADER>", 0, std::min<size_t>(text.size(), 1 << 16));
  if (hb == std::string_view::npos) {
    hb = FindCI(text, "<IMS-HEADER>", 0, std::min<size_t>(text.size(), 1 << 16));
  }
  if (hb != std::string_view::npos) {
    size_t he = FindCI(text, "-HEADER>", hb + 12, text.size());
    if (he == std::string_view::npos) he = std::min<size_t>(text.size(), hb + (1 << 16));
    header.company = HeaderField(text, hb, he, "COMPANY CONFORMED NAME:");
    header.cik = HeaderField(text, hb, he, "CENTRAL INDEX KEY:");
    header.form_type = HeaderField(text, hb, he, "CONFORMED SUBMISSION TYPE:");
    header.period_of_report = HeaderField(text, hb, he, "CONFORMED PERIOD OF REPORT:");
    header.filing_date = HeaderField(text, hb, he, "FILED AS OF DATE:");
  }
  size_t pos = 0;
  while (true) {
    size_t db = FindCI(text, "<DOCUMENT>", pos, text.size());
    if (db == std::string_view::npos) break;
    size_t de = FindCI(text, "</DOCUMENT>", db, text.size());
    if (de == std::string_view::npos) {
      return Status::InvalidInput(Where(file, db) + ": <DOCUMENT> is not closed by </DOCUMENT>");
    }
    EnvelopePart part;
    part.info = header;
    size_t tb = FindCI(text, "<TEXT>", db, de);
    size_t meta_end = tb == std::string_view::npos ? de : tb;
    part.info.document_type = TagValue(text, db, meta_end, "<TYPE>");
    part.info.filename = TagValue(text, db, meta_end, "<FILENAME>");
    part.info.description = TagValue(text, db, meta_end, "<DESCRIPTION>");
    if (tb == std::string_view::npos) {
      part.body = SourceSpan{meta_end, meta_end};
    } else {
      size_t body = LineEnd(text, tb) + 1;
      // Text right after <TEXT> on the same line belongs to the body.
      size_t after = tb + 6;
      if (!Trim(text.substr(after, LineEnd(text, tb) - after)).empty()) body = after;
      size_t te = FindCI(text, "</TEXT>", tb, de);
      if (te == std::string_view::npos) te = de;
      part.body = SourceSpan{std::min(body, te), te};
    }
    parts.push_back(std::move(part));
    pos = de + 11;
  }
  if (parts.empty()) {
    EnvelopePart whole;
    whole.info = header;
    whole.body = SourceSpan{0, text.size()};
    parts.push_back(std::move(whole));
  }
  return parts;
}

namespace {

// How many lines above a block of figures may be its header; how many lines without figures a
// table holds between two lines of figures; how many lines one block may hold at most.
constexpr size_t kHeaderLines = 12;
constexpr size_t kMaxGapLines = 4;
constexpr size_t kMaxWindow = 2000;

bool TagStartsALine(std::string_view text, std::string_view tag);

struct PendingLine {
  std::string_view raw;
  uint64_t offset = 0;
  LineKind kind;
};

// The kind of a line outside the tags; a line without a digit holds no figure and is read
// without splitting it into figures.
LineKind KindOf(std::string_view text, std::string_view raw, uint64_t offset) {
  bool digit = std::any_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digit || raw.find('\t') != std::string_view::npos) {
    std::vector<TextLine> line = SplitLines(text, SourceSpan{offset, offset + raw.size()});
    return line.empty() ? LineKind{} : Classify(line[0]);
  }
  LineKind k;
  std::string_view t = Trim(raw);
  k.blank = t.empty() || StartsWithCI(t, "<PAGE>");
  if (k.blank) return k;
  k.indent = static_cast<int>(t.data() - raw.data());
  k.rule = IsRuleLine(raw);
  if (k.rule) return k;
  int words = 0;
  bool in_word = false;
  for (char c : t) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  k.prose = words >= 12 || (t.size() > 70 && t.back() == '.');
  return k;
}

}  // namespace

Expected<Document> ReadEdgarText(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                                 const Vocabulary& vocabulary) {
  Document doc = NewDocument(file, part, "edgar-text");
  std::string_view text = file->text();
  // Lines are read one at a time; only a table's lines are kept together, so memory follows
  // the document model, not the number of lines.
  uint64_t pos = part.body.begin;
  auto next_line = [&](std::string_view* line, uint64_t* offset) {
    if (pos >= part.body.end) return false;
    uint64_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > part.body.end) eol = part.body.end;
    *offset = pos;
    *line = text.substr(pos, eol - pos);
    pos = eol + 1;
    return true;
  };
  std::vector<std::string> recent;  // last text lines, for a table's title and scale
  Paragraph current;
  bool crossed_page = false;    // a page break since the last paragraph ended
  bool after_page_tag = false;  // directly after <PAGE>: right-aligned running heads follow
  auto finish = [&]() {
    if (!current.empty()) {
      // Appending left up to twice the room the paragraph uses; the next ones take it up.
      current.pieces.shrink_to_fit();
      doc.paragraphs.push_back(std::move(current));
    }
    current = Paragraph();
  };
  auto add_table = [&](uint64_t begin, uint64_t end, SourceSpan span) {
    std::vector<TextLine> body = SplitLines(text, SourceSpan{begin, end});
    Table table = BuildTextTable(body, recent, vocabulary);
    table.span = span;
    doc.tables.push_back(std::move(table));
    recent.clear();
    crossed_page = false;
  };
  // A line outside <TABLE> tags: part of a paragraph, or page furniture.
  auto text_line = [&](std::string_view raw, uint64_t offset) {
    std::string_view t = Trim(raw);
    if (StartsWithCI(t, "<PAGE>")) {
      crossed_page = true;
      after_page_tag = true;
      return;
    }
    if (t.empty()) {
      finish();
      after_page_tag = false;
      return;
    }
    if (IsPageFurniture(t)) return;
    size_t lead = static_cast<size_t>(t.data() - raw.data());
    if (after_page_tag && PrintedColumn(raw.substr(0, lead)) >= 40) return;  // "Page 2"
    after_page_tag = false;
    recent.push_back(std::string(t));
    if (recent.size() > 8) recent.erase(recent.begin());
    if (!current.empty() && IsBullet(t)) finish();
    if (current.empty() && crossed_page && !doc.paragraphs.empty() &&
        !EndsSentence(LastLine(doc.paragraphs.back())) &&
        (std::islower(static_cast<unsigned char>(t[0])) ||
         EndsWithLowercaseWord(LastLine(doc.paragraphs.back())))) {
      current = std::move(doc.paragraphs.back());  // a paragraph that ran across a page break
      doc.paragraphs.pop_back();
    }
    crossed_page = false;
    current.Append(t, offset + lead, text.data());
  };
  // Lines outside <TABLE> tags wait in `window` while a block of figures may still grow over
  // them: a table printed without tags, in a document that tags its other tables or in one
  // that tags none, is read as one where it is plainly a table (aligned_tables.h). The window
  // holds the lines of one such block and a few lines above it, no more. (The prose about a
  // segment, an affiliate or another basis that such statements do not show apart binds
  // only that part's rows: narrative/reader_parts.cc.)
  std::vector<PendingLine> window;
  auto emit = [&](size_t count) {
    for (size_t k = 0; k < count; ++k) text_line(window[k].raw, window[k].offset);
    window.erase(window.begin(), window.begin() + static_cast<long>(count));
  };
  auto drain = [&](bool all) {
    while (!window.empty()) {
      size_t f = 0;
      while (f < window.size() && !window[f].kind.strong && !window[f].kind.weak) ++f;
      if (f == window.size()) {
        // Keep the lines that may be the header of a table to come.
        if (all) {
          emit(window.size());
        } else if (window.size() > kHeaderLines) {
          emit(window.size() - kHeaderLines);
        }
        return;
      }
      // The block of figures from `f` ends at a line of prose, or after kMaxGap lines without
      // figures.
      size_t end = window.size();  // one past the lines that may belong to it
      for (size_t k = f + 1, gap = 0; k < window.size(); ++k) {
        const LineKind& l = window[k].kind;
        if (l.prose || l.pipe) {
          end = k;
          break;
        }
        if (l.strong || l.weak) {
          gap = 0;
        } else if (++gap > kMaxGapLines) {
          end = k + 1;
          break;
        }
      }
      if (end == window.size() && !all && window.size() < kMaxWindow) {
        if (f > kHeaderLines) emit(f - kHeaderLines);
        return;
      }
      std::vector<LineKind> kinds;
      kinds.reserve(end);
      for (size_t k = 0; k < end; ++k) kinds.push_back(window[k].kind);
      size_t done = 0;
      for (auto [first, last] : AlignedTables(kinds)) {
        if (!PlainlyATable(kinds, first, last)) continue;
        emit(first - done);
        const PendingLine& a = window[0];
        const PendingLine& b = window[last - first];
        uint64_t stop = b.offset + b.raw.size();
        add_table(a.offset, stop, SourceSpan{a.offset, stop});
        window.erase(window.begin(), window.begin() + static_cast<long>(last - first + 1));
        done = last + 1;
      }
      emit(end - done);
    }
  };
  std::string_view raw;
  uint64_t offset = 0;
  while (next_line(&raw, &offset)) {
    std::string_view t = Trim(raw);
    if (StartsWithCI(t, "<TABLE")) {
      drain(true);
      finish();
      uint64_t body_begin = pos, end_offset = 0;
      std::string_view end_line;
      bool closed = false;
      while (next_line(&end_line, &end_offset)) {
        if (StartsWithCI(Trim(end_line), "</TABLE")) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        return Status::InvalidInput(Where(*file, offset) + ": <TABLE> is not closed by </TABLE>");
      }
      add_table(body_begin, end_offset, SourceSpan{offset, end_offset + end_line.size()});
      continue;
    }
    window.push_back({raw, offset, KindOf(text, raw, offset)});
    drain(false);
  }
  drain(true);
  finish();
  return doc;
}

namespace {

// Whether `tag` (any case) stands at the start of a line, after spaces or tabs at most.
bool TagStartsALine(std::string_view text, std::string_view tag) {
  for (size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    size_t k = i;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    if (k > 0 && text[k - 1] != '\n' && text[k - 1] != '\r') continue;
    if (ContainsNoCase(text.substr(i, tag.size()), tag)) return true;
  }
  return false;
}

// Documents of a submission that hold no release text: images, archives, spreadsheets, XBRL.
bool HoldsNoRelease(const DocumentInfo& info) {
  static const char* const kTypes[] = {"GRAPHIC", "ZIP", "EXCEL", "PDF", "XML", "JSON"};
  for (const char* t : kTypes) {
    if (info.document_type == t) return true;
  }
  static const char* const kExtensions[] = {".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip",
                                            ".xls", ".xlsx", ".xml", ".xsd", ".json"};
  for (std::string_view ext : kExtensions) {
    if (info.filename.size() > ext.size() && EndsWithNoCase(info.filename, ext)) return true;
  }
  return false;
}

}  // namespace

bool EdgarTextReader::Detect(std::string_view bytes) const {
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 1 << 15));
  // An envelope (a header, or a <DOCUMENT> with its <TYPE> line): each document is detected on
  // its own; the file reads as EDGAR. Tags count only at the start of a line, so a draft that
  // mentions "<DOCUMENT>" or "<TABLE>" in its prose stays a draft.
  if (TagStartsALine(head, "<SEC-HEADER>") || TagStartsALine(head, "<SEC-DOCUMENT>") ||
      (ContainsNoCase(head, "<DOCUMENT>") && TagStartsALine(head, "<TYPE>"))) {
    return true;
  }
  if (LooksLikeHtml(head)) return false;
  return TagStartsALine(bytes, "<TABLE") || TagStartsALine(head, "<PAGE>");
}

Expected<std::vector<Document>> EdgarTextReader::Read(std::shared_ptr<const SourceFile> file,
                                                      const Vocabulary& vocabulary) const {
  auto parts = SplitSubmission(*file);
  if (!parts.ok()) return parts.status();
  std::string_view bytes = file->text();
  std::vector<Document> docs;
  for (size_t i = 0; i < parts->size(); ++i) {
    const EnvelopePart& part = (*parts)[i];
    if (HoldsNoRelease(part.info)) continue;
    std::string_view body = bytes.substr(part.body.begin, part.body.end - part.body.begin);
    std::string_view head = body.substr(0, std::min<size_t>(body.size(), 1 << 15));
    Expected<Document> doc = LooksLikeHtml(head) ? ReadHtml(file, part, vocabulary)
                                                 : ReadEdgarText(file, part, vocabulary);
    if (!doc.ok()) return doc.status();
    doc->name = parts->size() > 1 ? file->path() + "#" + std::to_string(i + 1) : file->path();
    docs.push_back(std::move(*doc));
  }
  return docs;
}

}  // namespace tieout
