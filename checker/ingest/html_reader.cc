#include "checker/ingest/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "checker/base/text.h"
#include "checker/ingest/css_style.h"
#include "checker/ingest/grid_table.h"
#include "checker/ingest/inline_text.h"

namespace tieout {
namespace {

// ---- Parsing, with the offset of every element and text node kept in its _private field.

struct ParseState {
  std::string_view text;             // what the parser reads
  uint64_t last_end = 0;             // just past the markup of the last callback
  std::vector<const xmlChar*> kept;  // the attributes of the element started last, kept
};

constexpr int kMaxDepth = 400;  // deeper markup is left unread rather than recursed into

uint64_t ParserOffset(xmlParserCtxtPtr ctxt) {
  xmlParserInputPtr in = ctxt->input;
  return static_cast<uint64_t>(in->consumed) + static_cast<uint64_t>(in->cur - in->base);
}

void SetOffset(xmlNodePtr node, uint64_t offset) {
  node->_private = reinterpret_cast<void*>(static_cast<uintptr_t>(offset) + 1);
}

bool GetOffset(const xmlNode* node, uint64_t* offset) {
  if (node->_private == nullptr) return false;
  *offset = reinterpret_cast<uintptr_t>(node->_private) - 1;
  return true;
}

ParseState* StateOf(void* ctx) {
  return static_cast<ParseState*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

// The attributes the reader reads (Attr below: a name not here is never found). The others
// (align, valign, bgcolor, id, ...) are a third of a release's attributes and are not kept in
// the tree.
bool IsKeptAttribute(const xmlChar* name) {
  static const std::unordered_set<std::string_view> kKept = {"style", "color",   "width",
                                                             "size",  "colspan", "rowspan"};
  return kKept.count(reinterpret_cast<const char*>(name)) > 0;
}

void OnStartElement(void* ctx, const xmlChar* name, const xmlChar** atts) {
  auto ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  ParseState* st = StateOf(ctx);
  uint64_t pos = ParserOffset(ctxt);
  // Name and value pairs, then a null.
  st->kept.clear();
  for (const xmlChar** a = atts; a != nullptr && a[0] != nullptr; a += 2) {
    if (IsKeptAttribute(a[0])) st->kept.insert(st->kept.end(), {a[0], a[1]});
  }
  st->kept.push_back(nullptr);
  xmlSAX2StartElement(ctx, name, atts != nullptr ? st->kept.data() : nullptr);
  // The parser calls back standing on the '>' (or "/>") of the start tag: the tag began at the
  // '<' before it. Elements the parser implies stand where the parser stands.
  std::string_view t = st->text;
  uint64_t begin = pos, end = pos;
  if (pos < t.size() && (t[pos] == '>' || t[pos] == '/')) {
    uint64_t floor = std::max<uint64_t>(st->last_end, pos > 8192 ? pos - 8192 : 0);
    for (uint64_t k = pos; k > floor; --k) {
      if (t[k - 1] == '<') {
        begin = k - 1;
        break;
      }
    }
    end = pos + (t[pos] == '/' ? 2 : 1);
  }
  if (ctxt->node != nullptr) SetOffset(ctxt->node, begin);
  st->last_end = std::max(st->last_end, end);
}

void OnEndElement(void* ctx, const xmlChar* name) {
  xmlSAX2EndElement(ctx, name);
  ParseState* st = StateOf(ctx);
  st->last_end = std::max(st->last_end, ParserOffset(static_cast<xmlParserCtxtPtr>(ctx)));
}

void OnCharacters(void* ctx, const xmlChar* ch, int len) {
  auto ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  ParseState* st = StateOf(ctx);
  uint64_t pos = ParserOffset(ctxt);
  xmlNodePtr parent = ctxt->node;
  xmlNodePtr before = parent != nullptr ? parent->last : nullptr;
  xmlSAX2Characters(ctx, ch, len);
  if (parent != nullptr && parent->last != nullptr && parent->last != before &&
      parent->last->type == XML_TEXT_NODE) {
    // Plain text ends where the parser stands; text that starts with an entity reference
    // starts where the last markup ended.
    uint64_t start = st->last_end;
    std::string_view chunk(reinterpret_cast<const char*>(ch), static_cast<size_t>(len));
    if (pos >= chunk.size() && pos <= st->text.size() &&
        st->text.substr(pos - chunk.size(), chunk.size()) == chunk) {
      start = pos - chunk.size();
    }
    SetOffset(parent->last, start);
  }
  st->last_end = std::max(st->last_end, pos);
}

void OnIgnorable(void* ctx, const xmlChar*, int) {
  ParseState* st = StateOf(ctx);
  st->last_end = std::max(st->last_end, ParserOffset(static_cast<xmlParserCtxtPtr>(ctx)));
}

void OnComment(void* ctx, const xmlChar* value) {
  xmlSAX2Comment(ctx, value);
  OnIgnorable(ctx, nullptr, 0);
}

void OnCData(void* ctx, const xmlChar* value, int len) {
  xmlSAX2CDataBlock(ctx, value, len);
  OnIgnorable(ctx, nullptr, 0);
}

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// Parses `text`; *halted_at is where libxml2 gave up on the whole rest of the text (markup
// nested deeper than it allows), or npos when it read to the end.
DocPtr ParseHtml(std::string_view text, uint64_t* halted_at) {
  ParseState state{text, 0, {}};
  *halted_at = std::string_view::npos;
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(text.data(), static_cast<int>(text.size()));
  if (ctxt == nullptr) return nullptr;
  xmlSAX2InitHtmlDefaultSAXHandler(ctxt->sax);
  ctxt->sax->startElement = OnStartElement;
  ctxt->sax->endElement = OnEndElement;
  ctxt->sax->characters = OnCharacters;
  ctxt->sax->ignorableWhitespace = OnIgnorable;
  ctxt->sax->comment = OnComment;
  ctxt->sax->cdataBlock = OnCData;
  ctxt->_private = &state;
  // Without this the parser takes the first non-ASCII byte for ISO-8859-1 and converts.
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  // The text is UTF-8 (ToUtf8 made it so): a charset declaration must not make the parser
  // convert it, or the offsets it reports would no longer be offsets into `text`.
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD |
                               HTML_PARSE_COMPACT);
  htmlParseDocument(ctxt);
  // Recovery mends broken markup, but too deep a nesting stops the parser for good (an
  // internal error): what follows would be lost without a word.
  if (ctxt->errNo == XML_ERR_INTERNAL_ERROR) *halted_at = state.last_end;
  DocPtr doc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  htmlFreeParserCtxt(ctxt);
  return doc;
}

// ---- The DOM.

bool Is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool IsAnyOf(const xmlNode* n, std::initializer_list<const char*> names) {
  if (n->type != XML_ELEMENT_NODE) return false;
  for (const char* name : names) {
    if (std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0) return true;
  }
  return false;
}

// An attribute's value without copying it (the parser keeps it as one text child), or "".
std::string_view Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      if (a->children != nullptr && a->children->content != nullptr) {
        return reinterpret_cast<const char*>(a->children->content);
      }
      return {};
    }
  }
  return {};
}

int IntAttr(const xmlNode* n, const char* name, int fallback, int limit) {
  std::string value(Attr(n, name));
  if (value.empty()) return fallback;
  long v = std::strtol(value.c_str(), nullptr, 10);
  if (v < 1) return fallback;
  return static_cast<int>(std::min<long>(v, limit));
}

// Whether the element's name is one of `names` (a set: these are asked of every node).
bool IsIn(const xmlNode* n, const std::unordered_set<std::string_view>& names) {
  return n->type == XML_ELEMENT_NODE && names.count(reinterpret_cast<const char*>(n->name)) > 0;
}

bool IsSkipped(const xmlNode* n) {
  static const std::unordered_set<std::string_view> kSkipped = {
      "script", "style",  "head",     "title", "noscript", "template",
      "object", "select", "textarea", "map",   "iframe",   "svg"};
  return IsIn(n, kSkipped);
}

bool IsBlock(const xmlNode* n) {
  static const std::unordered_set<std::string_view> kBlocks = {
      "p",          "div",    "li",    "ul",      "ol",       "dl",       "dt",
      "dd",         "h1",     "h2",    "h3",      "h4",       "h5",       "h6",
      "blockquote", "center", "pre",   "address", "section",  "article",  "header",
      "footer",     "nav",    "aside", "form",    "fieldset", "caption",  "figure",
      "figcaption", "main",   "body",  "html",    "tr",       "td",       "th",
      "table",      "tbody",  "thead", "tfoot",   "hr",       "document", "text"};
  return IsIn(n, kBlocks);
}

CssStyle StyleOf(const xmlNode* n) {
  std::string_view style = Attr(n, "style");
  return style.empty() ? CssStyle() : ParseCssStyle(style);
}

bool IsHidden(const xmlNode* n) {
  std::string_view style = Attr(n, "style");
  if (style.empty() || style.find("isplay") == std::string_view::npos) return false;
  return ParseCssStyle(style).hidden;
}

std::string TextContent(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string out = c != nullptr ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return out;
}

// A footnote mark set above the line: "1", "(2)", "*", "(a)", "†" in a <sup>, or in an element
// styled to stand raised.
bool IsFootnoteMark(const xmlNode* sup) {
  if (!Is(sup, "sup")) {
    std::string_view style = Attr(sup, "style");
    if (style.find("super") == std::string_view::npos &&
        style.find("top:-") == std::string_view::npos &&
        style.find("top: -") == std::string_view::npos) {
      return false;
    }
    if (!ParseCssStyle(style).raised) return false;
  }
  std::string t;
  for (char c : TextContent(sup)) {
    if (c != ' ' && c != '(' && c != ')' && c != ',') t.push_back(c);
  }
  return !t.empty() && t.size() <= 4;
}

// The line an <hr> draws in a table cell: none when white or of no width, double when thick.
RuleMark HrMark(const xmlNode* hr) {
  std::string color = AsciiLower(Attr(hr, "color"));
  std::string_view width = Attr(hr, "width");
  if (color == "#ffffff" || color == "#fff" || color == "white" || width == "0" ||
      StyleOf(hr).hidden) {
    return RuleMark::kNone;
  }
  return IntAttr(hr, "size", 1, 100) >= 3 ? RuleMark::kDouble : RuleMark::kSingle;
}

bool EndsSentence(const std::string& text) {
  if (text.empty()) return false;
  char c = text.back();
  if (c == '"' && text.size() >= 2) c = text[text.size() - 2];
  return c == '.' || c == '!' || c == '?' || c == ':';
}

// Whether text under a style is bold, given whether the text around it is.
bool IsBold(const CssStyle& style, bool around) {
  if (style.weight == 0) return around;
  return style.weight >= 600;
}

struct Weight {
  int bold = 0, plain = 0;  // words
};

int IndentLevel(double points) { return static_cast<int>(points / 9 + 0.5); }

class Walker {
 public:
  Walker(const Utf8Text& utf8, uint64_t base, const Vocabulary& vocabulary, Document* doc)
      : utf8_(utf8), base_(base), vocabulary_(vocabulary), doc_(doc) {}

  void Visit(xmlNode* n, int depth) {
    if (depth > kMaxDepth) return;
    if (n->type == XML_TEXT_NODE) {
      AddText(n, &paragraph_);
      return;
    }
    if (n->type != XML_ELEMENT_NODE || IsSkipped(n) || IsHidden(n)) return;
    if (Is(n, "table")) {
      ReadTable(n, depth);
      return;
    }
    if (Is(n, "br")) {
      // A line break after a full sentence ends a paragraph (releases that separate paragraphs
      // with <br> alone); elsewhere it only breaks a line.
      if (EndsSentence(paragraph_.text())) {
        Flush();
      } else {
        paragraph_.Break();
      }
      return;
    }
    if (IsFootnoteMark(n)) return;
    bool block = IsBlock(n);
    if (block) Flush();
    for (xmlNode* c = n->children; c != nullptr; c = c->next) Visit(c, depth + 1);
    if (block) Flush();
  }

  void Flush() { FlushParagraph(&paragraph_, &recent_, doc_); }

 private:
  uint64_t Original(uint64_t offset) const { return base_ + utf8_.OriginalOffset(offset); }

  // The offset of a node, or of its nearest ancestor that has one.
  uint64_t OffsetOf(const xmlNode* n) const {
    uint64_t o = 0;
    for (; n != nullptr; n = n->parent) {
      if (GetOffset(n, &o)) return o;
    }
    return 0;
  }

  void AddText(const xmlNode* text, TextBuilder* into) {
    if (text->content == nullptr) return;
    words_.clear();
    bool trailing = SplitWords(reinterpret_cast<const char*>(text->content), utf8_.text(),
                               OffsetOf(text), &words_);
    for (const Word& w : words_) into->Add(w, Original(w.offset));
    if (trailing) into->Break();
  }

  static void CollectRows(xmlNode* table, std::vector<xmlNode*>* rows, xmlNode** caption) {
    for (xmlNode* c = table->children; c != nullptr; c = c->next) {
      if (Is(c, "tr")) {
        rows->push_back(c);
      } else if (IsAnyOf(c, {"thead", "tbody", "tfoot", "form"})) {
        CollectRows(c, rows, caption);
      } else if (Is(c, "caption") && *caption == nullptr) {
        *caption = c;
      }
    }
  }

  static bool HasTableInside(const xmlNode* n, int depth) {
    if (depth > kMaxDepth) return false;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (Is(c, "table") || (c->type == XML_ELEMENT_NODE && HasTableInside(c, depth + 1))) {
        return true;
      }
    }
    return false;
  }

  void ReadTable(xmlNode* table, int depth) {
    Flush();
    std::vector<xmlNode*> rows;
    xmlNode* caption = nullptr;
    CollectRows(table, &rows, &caption);
    bool layout = false;
    for (xmlNode* tr : rows) layout = layout || HasTableInside(tr, depth);
    if (!layout) {
      Grid grid;
      grid.span.begin = Original(OffsetOf(table));
      grid.span.end = grid.span.begin;
      if (caption != nullptr) {
        TextBuilder tb;
        GridCell ignored;
        double indent = 0;
        Weight weight;
        CellContent(caption, &tb, &ignored, depth, &indent, false, &weight);
        grid.caption = tb.text();
      }
      std::vector<int> busy_until;  // per grid column: the first row a rowspan leaves free
      for (size_t r = 0; r < rows.size(); ++r) {
        GridRow row;
        row.span.begin = Original(OffsetOf(rows[r]));
        row.span.end = row.span.begin;
        size_t col = 0;
        for (xmlNode* td = rows[r]->children; td != nullptr; td = td->next) {
          if (!Is(td, "td") && !Is(td, "th")) continue;
          if (IsHidden(td)) continue;
          while (col < busy_until.size() && busy_until[col] > static_cast<int>(r)) ++col;
          GridCell cell;
          cell.column = static_cast<int>(col);
          cell.colspan = IntAttr(td, "colspan", 1, 1000);
          cell.header = Is(td, "th");
          int rowspan = IntAttr(td, "rowspan", 1, 10000);
          ReadCell(td, &cell, depth);
          if (busy_until.size() < col + cell.colspan) busy_until.resize(col + cell.colspan, 0);
          for (size_t k = col; k < col + cell.colspan; ++k) {
            busy_until[k] = static_cast<int>(r) + rowspan;
          }
          col += cell.colspan;
          row.span.end = std::max(row.span.end, cell.span.end);
          row.cells.push_back(std::move(cell));
        }
        grid.span.end = std::max(grid.span.end, row.span.end);
        grid.rows.push_back(std::move(row));
      }
      std::vector<Table> built = BuildGridTables(grid, recent_, vocabulary_);
      if (!built.empty()) {
        for (Table& t : built) doc_->tables.push_back(std::move(t));
        recent_.clear();
        return;
      }
    }
    // A layout table: its text reads as paragraphs, a row at a time.
    if (caption != nullptr) Visit(caption, depth + 1);
    for (xmlNode* tr : rows) {
      Visit(tr, depth + 1);
      Flush();
    }
  }

  void ReadCell(xmlNode* td, GridCell* cell, int depth) {
    CssStyle style = StyleOf(td);
    cell->top = style.border_top;
    cell->bottom = style.border_bottom;
    double block_indent = 0;
    TextBuilder tb;
    Weight weight;
    CellContent(td, &tb, cell, depth, &block_indent, Is(td, "th") || IsBold(style, false), &weight);
    cell->bold = weight.bold > 0 && weight.plain == 0;
    cell->indent = IndentLevel(style.indent_pt > 0 ? style.indent_pt : block_indent);
    uint64_t at = Original(OffsetOf(td));
    Paragraph p = tb.Take();
    cell->text = std::move(p.composed);
    cell->span = cell->text.empty() ? SourceSpan{at, at} : p.span;
  }

  // The text of a cell, with the lines its blocks draw, the indent of the block its text starts
  // in, and how many of its words are set in bold.
  void CellContent(xmlNode* n, TextBuilder* tb, GridCell* cell, int depth, double* indent,
                   bool bold, Weight* weight) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (depth > kMaxDepth) return;
      if (c->type == XML_TEXT_NODE) {
        AddText(c, tb);
        (bold ? weight->bold : weight->plain) += static_cast<int>(words_.size());
        continue;
      }
      if (c->type != XML_ELEMENT_NODE || IsSkipped(c) || IsHidden(c)) continue;
      if (Is(c, "br")) {
        tb->Break();
        continue;
      }
      if (Is(c, "hr")) {
        RuleMark m = HrMark(c);
        if (m > cell->line) cell->line = m;
        continue;
      }
      if (IsFootnoteMark(c)) continue;
      CssStyle style = StyleOf(c);
      if (style.border_top > cell->top) cell->top = style.border_top;
      if (style.border_bottom > cell->bottom) cell->bottom = style.border_bottom;
      if (tb->empty() && style.indent_pt > 0) *indent = style.indent_pt;
      bool block = IsBlock(c);
      if (block) tb->Break();
      CellContent(c, tb, cell, depth + 1, indent,
                  IsBold(style, bold || Is(c, "b") || Is(c, "strong")), weight);
      if (block) tb->Break();
    }
  }

  const Utf8Text& utf8_;
  uint64_t base_;
  const Vocabulary& vocabulary_;
  Document* doc_;
  TextBuilder paragraph_;
  std::vector<std::string> recent_;  // paragraphs since the last table, nearest last
  std::vector<Word> words_;          // scratch
};

}  // namespace

Expected<Document> ReadHtml(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                            const Vocabulary& vocabulary) {
  Document doc = NewDocument(file, part, "html");
  std::string_view body = file->text().substr(part.body.begin, part.body.end - part.body.begin);
  if (body.size() > static_cast<size_t>(INT_MAX)) {
    return Status::InvalidInput(file->path() + ": HTML document too large (" +
                                std::to_string(body.size()) + " bytes)");
  }
  Utf8Text utf8 = ToUtf8(body);
  uint64_t halted_at = 0;
  DocPtr dom = ParseHtml(utf8.text(), &halted_at);
  if (halted_at != std::string_view::npos) {
    Location at = file->Locate(part.body.begin + utf8.OriginalOffset(halted_at));
    return Status::InvalidInput(file->path() + ":" + std::to_string(at.line) +
                                ": HTML elements nested too deep to read (more than " +
                                std::to_string(xmlParserMaxDepth) + " levels)");
  }
  if (dom == nullptr || xmlDocGetRootElement(dom.get()) == nullptr) {
    if (utf8.text().find('<') == std::string_view::npos && HasWordCharacter(utf8.text())) {
      return Status::InvalidInput(file->path() + ": no HTML markup the parser could read");
    }
    return doc;  // nothing but white space or markup without content
  }
  Walker walker(utf8, part.body.begin, vocabulary, &doc);
  walker.Visit(xmlDocGetRootElement(dom.get()), 0);
  walker.Flush();
  return doc;
}

bool LooksLikeHtml(std::string_view head) {
  for (std::string_view mark :
       {"<html", "<body", "<td", "<div", "<p>", "<p ", "<!doctype html", "<font"}) {
    if (ContainsNoCase(head, mark)) return true;
  }
  return false;
}

HtmlReader::HtmlReader() { xmlInitParser(); }

bool HtmlReader::Detect(std::string_view bytes) const {
  return LooksLikeHtml(bytes.substr(0, std::min<size_t>(bytes.size(), 1 << 15)));
}

Expected<std::vector<Document>> HtmlReader::Read(std::shared_ptr<const SourceFile> file,
                                                 const Vocabulary& vocabulary) const {
  return ReadWholeFile(std::move(file), vocabulary, ReadHtml);
}

}  // namespace tieout
