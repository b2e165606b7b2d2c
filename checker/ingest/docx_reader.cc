#include "checker/ingest/docx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "checker/ingest/grid_table.h"
#include "checker/ingest/inline_text.h"

namespace tieout {
namespace {

constexpr uint64_t kMaxDocumentXml = 256ull << 20;  // a larger document.xml is a zip bomb
constexpr int kMaxDepth = 200;

// ---- The archive.

Expected<std::string> DocumentXml(const SourceFile& file) {
  const std::string& path = file.path();
  std::string_view bytes = file.text();
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source != nullptr ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (archive == nullptr) {
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (source != nullptr) zip_source_free(source);
    return Status::InvalidInput(path + ": not a DOCX draft: the zip archive cannot be read (" +
                                why + ")");
  }
  zip_error_fini(&error);
  struct Closer {
    zip_t* archive;
    ~Closer() { zip_discard(archive); }
  } closer{archive};
  zip_int64_t index = zip_name_locate(archive, "word/document.xml", 0);
  if (index < 0) {
    return Status::InvalidInput(path +
                                ": a zip archive without word/document.xml, not a DOCX draft");
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
      (stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > kMaxDocumentXml) {
    return Status::InvalidInput(path + ": word/document.xml is missing its size or is over " +
                                std::to_string(kMaxDocumentXml >> 20) + " MB");
  }
  zip_file_t* entry = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
  if (entry == nullptr) {
    return Status::InvalidInput(path + ": cannot open word/document.xml: " + zip_strerror(archive));
  }
  std::string xml(stat.size, '\0');
  zip_uint64_t got = 0;
  while (got < stat.size) {
    zip_int64_t n = zip_fread(entry, xml.data() + got, stat.size - got);
    if (n <= 0) break;
    got += static_cast<zip_uint64_t>(n);
  }
  bool broken = got != stat.size;
  std::string why = broken ? zip_file_strerror(entry) : "";
  zip_fclose(entry);
  if (broken) return Status::InvalidInput(path + ": cannot read word/document.xml: " + why);
  return xml;
}

// ---- WordprocessingML.

bool IsWord(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE || n->ns == nullptr || n->ns->href == nullptr) return false;
  std::string_view href = reinterpret_cast<const char*>(n->ns->href);
  return href.ends_with("/wordprocessingml/2006/main") || href.ends_with("/wordprocessingml/main");
}

bool Is(const xmlNode* n, const char* name) {
  return IsWord(n) && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

const xmlNode* Child(const xmlNode* n, const char* name) {
  if (n == nullptr) return nullptr;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (Is(c, name)) return c;
  }
  return nullptr;
}

// The w:val attribute (any namespace prefix), or "".
std::string Val(const xmlNode* n) {
  if (n == nullptr) return "";
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), "val") == 0 && a->children != nullptr &&
        a->children->content != nullptr) {
      return reinterpret_cast<const char*>(a->children->content);
    }
  }
  return "";
}

int IntVal(const xmlNode* n, int fallback) {
  std::string v = Val(n);
  if (v.empty()) return fallback;
  long x = std::strtol(v.c_str(), nullptr, 10);
  return x < 1 ? fallback : static_cast<int>(std::min<long>(x, 1000));
}

// A border element (w:top, w:bottom of w:tcBorders or w:pBdr) as a rule mark.
RuleMark BorderMark(const xmlNode* border) {
  if (border == nullptr) return RuleMark::kNone;
  std::string val = Val(border);
  if (val.empty() || val == "nil" || val == "none") return RuleMark::kNone;
  for (const xmlAttr* a = border->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), "color") == 0 && a->children &&
        a->children->content) {
      std::string color = reinterpret_cast<const char*>(a->children->content);
      if (color == "FFFFFF" || color == "ffffff") return RuleMark::kNone;
    }
  }
  if (val == "double" || val == "triple" || val.rfind("thinThick", 0) == 0 ||
      val.rfind("thickThin", 0) == 0 || val == "doubleWave") {
    return RuleMark::kDouble;
  }
  return RuleMark::kSingle;
}

RuleMark Max(RuleMark a, RuleMark b) { return a > b ? a : b; }

// What a paragraph says and the lines it draws.
struct ParagraphText {
  std::string text;
  RuleMark top = RuleMark::kNone, bottom = RuleMark::kNone;
  int indent = 0;
  bool bold = false;  // every run with text is bold
};

// Whether a run's properties (w:rPr) set it in bold.
bool IsBoldRun(const xmlNode* run) {
  const xmlNode* b = Child(Child(run, "rPr"), "b");
  if (b == nullptr) return false;
  std::string v = Val(b);
  return v != "0" && v != "false" && v != "off";
}

class DocxWalker {
 public:
  explicit DocxWalker(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  void Blocks(const xmlNode* parent, int depth) {
    if (depth > kMaxDepth) return;
    for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
      if (Is(n, "p")) {
        ParagraphText p = ReadParagraph(n);
        if (p.text.empty()) continue;
        uint64_t at = AppendLine(p.text);
        Paragraph para;
        para.composed = p.text;
        para.span = SourceSpan{at, at + p.text.size()};
        para.pieces.push_back(Paragraph::Piece{0, static_cast<uint32_t>(p.text.size()), at});
        RememberRecent(p.text, &recent_);
        paragraphs_.push_back(std::move(para));
      } else if (Is(n, "tbl")) {
        ReadTable(n, depth);
      } else if (IsWord(n) &&
                 (std::strcmp(reinterpret_cast<const char*>(n->name), "sdt") == 0 ||
                  std::strcmp(reinterpret_cast<const char*>(n->name), "sdtContent") == 0 ||
                  std::strcmp(reinterpret_cast<const char*>(n->name), "customXml") == 0)) {
        Blocks(n, depth + 1);
      }
    }
  }

  std::string text;
  std::vector<Paragraph> paragraphs_;
  std::vector<Table> tables_;

 private:
  uint64_t AppendLine(const std::string& line) {
    uint64_t at = text.size();
    text += line;
    text.push_back('\n');
    return at;
  }

  // The text of runs, skipping deleted text, field codes, drawings and superscript marks.
  void Runs(const xmlNode* parent, std::string* out, int depth, int* bold = nullptr,
            int* plain = nullptr) {
    if (depth > kMaxDepth) return;
    for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (!IsWord(n)) continue;  // mc:AlternateContent, drawings of other vocabularies
      std::string_view name = reinterpret_cast<const char*>(n->name);
      if (name == "t") {
        for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
          if (c->type == XML_TEXT_NODE && c->content != nullptr) {
            out->append(reinterpret_cast<const char*>(c->content));
          }
        }
      } else if (name == "tab" || name == "br" || name == "cr") {
        out->push_back(' ');
      } else if (name == "noBreakHyphen") {
        out->push_back('-');
      } else if (name == "r") {
        std::string run;
        Runs(n, &run, depth + 1);
        const xmlNode* align = Child(Child(n, "rPr"), "vertAlign");
        bool raised = align != nullptr && Val(align) == "superscript";
        std::string bare = FoldText(run);
        if (raised && !bare.empty() && bare.size() <= 4) continue;  // a footnote mark
        if (bold != nullptr && !bare.empty()) ++*(IsBoldRun(n) ? bold : plain);
        out->append(run);
      } else if (name == "del" || name == "delText" || name == "instrText" || name == "drawing" ||
                 name == "pict" || name == "rPr" || name == "pPr" || name == "footnoteReference" ||
                 name == "endnoteReference" || name == "commentReference" || name == "object") {
        continue;
      } else {
        Runs(n, out, depth + 1, bold, plain);  // hyperlinks, insertions, fields, sdt
      }
    }
  }

  ParagraphText ReadParagraph(const xmlNode* p) {
    ParagraphText out;
    std::string raw;
    int bold = 0, plain = 0;
    Runs(p, &raw, 0, &bold, &plain);
    out.text = FoldText(raw);
    out.bold = bold > 0 && plain == 0;
    const xmlNode* ppr = Child(p, "pPr");
    const xmlNode* borders = Child(ppr, "pBdr");
    out.top = BorderMark(Child(borders, "top"));
    out.bottom = BorderMark(Child(borders, "bottom"));
    const xmlNode* ind = Child(ppr, "ind");
    if (ind != nullptr) {
      for (const xmlAttr* a = ind->properties; a != nullptr; a = a->next) {
        std::string_view name = reinterpret_cast<const char*>(a->name);
        if ((name == "left" || name == "start") && a->children && a->children->content) {
          long twips =
              std::strtol(reinterpret_cast<const char*>(a->children->content), nullptr, 10);
          out.indent = static_cast<int>(std::max<long>(0, twips) / 180);  // 9pt a level
        }
      }
    }
    return out;
  }

  void ReadTable(const xmlNode* tbl, int depth) {
    if (depth > kMaxDepth) return;
    Grid grid;
    grid.span.begin = text.size();
    std::vector<const xmlNode*> nested;
    for (const xmlNode* tr = tbl->children; tr != nullptr; tr = tr->next) {
      if (!Is(tr, "tr")) continue;
      const xmlNode* trpr = Child(tr, "trPr");
      bool header = Child(trpr, "tblHeader") != nullptr;
      int col = IntVal(Child(trpr, "gridBefore"), 0);
      GridRow row;
      std::string line;
      std::vector<std::pair<size_t, size_t>> placed;  // cell index, offset of its text in line
      for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
        if (!Is(tc, "tc")) continue;
        const xmlNode* tcpr = Child(tc, "tcPr");
        GridCell cell;
        cell.column = col;
        cell.colspan = IntVal(Child(tcpr, "gridSpan"), 1);
        cell.header = header;
        const xmlNode* borders = Child(tcpr, "tcBorders");
        cell.top = BorderMark(Child(borders, "top"));
        cell.bottom = BorderMark(Child(borders, "bottom"));
        const xmlNode* vmerge = Child(tcpr, "vMerge");
        // A cell merged into the one above it (a rowspan) holds no text of its own.
        bool continued = vmerge != nullptr && Val(vmerge) != "restart";
        std::string cell_text;
        bool first = true, bold = true;
        for (const xmlNode* c = tc->children; c != nullptr; c = c->next) {
          if (Is(c, "tbl")) {
            nested.push_back(c);
            continue;
          }
          if (!Is(c, "p")) continue;
          ParagraphText p = ReadParagraph(c);
          cell.top = Max(cell.top, p.top);
          cell.bottom = Max(cell.bottom, p.bottom);
          if (p.text.empty()) continue;
          bold = bold && p.bold;
          if (first) cell.indent = p.indent;
          first = false;
          if (!cell_text.empty()) cell_text.push_back(' ');
          cell_text += p.text;
        }
        if (continued) cell_text.clear();
        cell.text = cell_text;
        cell.bold = !cell.text.empty() && bold;
        if (!cell.text.empty()) {
          if (!line.empty()) line += " | ";
          placed.emplace_back(row.cells.size(), line.size());
          line += cell.text;
        }
        col += cell.colspan;
        row.cells.push_back(std::move(cell));
      }
      uint64_t at = AppendLine(line);
      row.span = SourceSpan{at, at + line.size()};
      for (GridCell& c : row.cells) c.span = SourceSpan{at, at};
      for (const auto& [i, offset] : placed) {
        row.cells[i].span = SourceSpan{at + offset, at + offset + row.cells[i].text.size()};
      }
      grid.rows.push_back(std::move(row));
    }
    grid.span.end = text.size();
    std::optional<Table> table = BuildGridTable(grid, recent_, vocabulary_);
    if (table) {
      tables_.push_back(std::move(*table));
      recent_.clear();
    } else {
      // A layout table: each cell's text is a paragraph.
      for (const GridRow& row : grid.rows) {
        for (const GridCell& c : row.cells) {
          if (c.text.empty()) continue;
          Paragraph para;
          para.composed = c.text;
          para.span = c.span;
          para.pieces.push_back(
              Paragraph::Piece{0, static_cast<uint32_t>(c.text.size()), c.span.begin});
          RememberRecent(c.text, &recent_);
          paragraphs_.push_back(std::move(para));
        }
      }
    }
    for (const xmlNode* n : nested) ReadTable(n, depth + 1);
  }

  const Vocabulary& vocabulary_;
  std::vector<std::string> recent_;  // paragraphs since the last table, nearest last
};

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

Expected<Document> ReadDocx(const SourceFile& file, const Vocabulary& vocabulary) {
  auto xml = DocumentXml(file);
  if (!xml.ok()) return xml.status();
  if (xml->size() > static_cast<size_t>(INT_MAX)) {
    return Status::InvalidInput(file.path() + ": word/document.xml is too large");
  }
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) return Status::InvalidInput(file.path() + ": out of memory");
  std::unique_ptr<xmlDoc, XmlDocDeleter> dom(
      xmlCtxtReadMemory(ctxt, xml->data(), static_cast<int>(xml->size()), "word/document.xml",
                        nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  std::string why;
  if (dom == nullptr) {
    const xmlError* e = xmlCtxtGetLastError(ctxt);
    why = e != nullptr && e->message != nullptr ? e->message : "unreadable";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    if (e != nullptr) why = "line " + std::to_string(e->line) + ": " + why;
  }
  xmlFreeParserCtxt(ctxt);
  if (dom == nullptr) {
    return Status::InvalidInput(file.path() + ": word/document.xml is not well-formed XML (" + why +
                                ")");
  }
  const xmlNode* root = xmlDocGetRootElement(dom.get());
  const xmlNode* body = root != nullptr && Is(root, "document") ? Child(root, "body") : nullptr;
  if (body == nullptr) {
    return Status::InvalidInput(file.path() +
                                ": word/document.xml has no w:document/w:body, not a DOCX draft");
  }
  DocxWalker walker(vocabulary);
  walker.Blocks(body, 0);
  Document doc;
  doc.source = std::make_shared<const SourceFile>(file.path(), std::move(walker.text));
  doc.format = "docx";
  doc.name = file.path();
  doc.span = SourceSpan{0, doc.source->text().size()};
  doc.paragraphs = std::move(walker.paragraphs_);
  doc.tables = std::move(walker.tables_);
  return doc;
}

bool DocxReader::Detect(std::string_view bytes) const {
  return bytes.size() >= 4 && (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
                               bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4));
}

Expected<std::vector<Document>> DocxReader::Read(std::shared_ptr<const SourceFile> file,
                                                 const Vocabulary& vocabulary) const {
  auto doc = ReadDocx(*file, vocabulary);
  if (!doc.ok()) return doc.status();
  std::vector<Document> docs;
  docs.push_back(std::move(*doc));
  return docs;
}

}  // namespace tieout
