#include "checker/ingest/text_reader.h"

#include <cctype>
#include <string>
#include <vector>

#include "checker/ingest/aligned_tables.h"
#include "checker/ingest/grid_table.h"
#include "checker/ingest/inline_text.h"
#include "checker/ingest/text_lines.h"
#include "checker/ingest/text_table.h"

namespace tieout {
namespace {

// ---- Markdown.

// The cells of a pipe line, as byte ranges of their trimmed text within the line.
std::vector<std::pair<size_t, size_t>> PipeCells(std::string_view line) {
  std::vector<size_t> bars;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) bars.push_back(i);
  }
  std::vector<std::pair<size_t, size_t>> cells;
  for (size_t k = 0; k + 1 < bars.size(); ++k) {
    size_t b = bars[k] + 1, e = bars[k + 1];
    while (b < e && std::isspace(static_cast<unsigned char>(line[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(line[e - 1]))) --e;
    cells.emplace_back(b, e);
  }
  return cells;
}

// "---", ":---:", "===": a cell of a delimiter row. Returns the line it draws, or kNone.
RuleMark DelimiterCell(std::string_view c) {
  size_t dashes = 0, equals = 0;
  for (char ch : c) {
    if (ch == '-') {
      ++dashes;
    } else if (ch == '=') {
      ++equals;
    } else if (ch != ':' && ch != ' ') {
      return RuleMark::kNone;
    }
  }
  if (equals >= 2) return RuleMark::kDouble;
  return dashes >= 2 ? RuleMark::kSingle : RuleMark::kNone;
}

// Emphasis and code marks around a word or cell: "**Total**" -> "Total". Moves *offset past
// what it strips from the front.
std::string_view StripMarks(std::string_view t, uint64_t* offset) {
  auto mark = [](char c) { return c == '*' || c == '_' || c == '`'; };
  while (!t.empty() && mark(t.front())) {
    t.remove_prefix(1);
    ++*offset;
  }
  while (!t.empty() && mark(t.back())) t.remove_suffix(1);
  return t;
}

// The Markdown block marker a line starts with ("# ", "- ", "1. ", "> "), or 0.
size_t BlockMarker(std::string_view t, bool* heading) {
  *heading = false;
  size_t i = 0;
  while (i < t.size() && t[i] == '#') ++i;
  if (i > 0 && i <= 6 && i < t.size() && t[i] == ' ') {
    *heading = true;
    return i + 1;
  }
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+' || t[0] == '>') && t[1] == ' ') {
    return 2;
  }
  i = 0;
  while (i < t.size() && i < 3 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ') return i + 2;
  return 0;
}

bool IsThematicBreak(std::string_view t) {
  if (t.size() < 3) return false;
  for (char c : t) {
    if (c != t[0] && c != ' ') return false;
  }
  return t[0] == '-' || t[0] == '*' || t[0] == '_';
}

class TextReader {
 public:
  TextReader(const Vocabulary& vocabulary, Document* doc) : vocabulary_(vocabulary), doc_(doc) {}

  void Read(const std::vector<TextLine>& lines) {
    std::vector<LineKind> kinds;
    kinds.reserve(lines.size());
    for (const TextLine& l : lines) kinds.push_back(Classify(l));
    std::vector<std::pair<size_t, size_t>> tables = AlignedTables(kinds);
    size_t next_table = 0;
    for (size_t i = 0; i < lines.size();) {
      if (next_table < tables.size() && tables[next_table].first == i) {
        Finish();
        size_t last = tables[next_table++].second;
        std::vector<TextLine> body(lines.begin() + static_cast<long>(i),
                                   lines.begin() + static_cast<long>(last) + 1);
        Table t = BuildTextTable(body, recent_, vocabulary_);
        t.span = SourceSpan{lines[i].offset, lines[last].offset + lines[last].text.size()};
        doc_->tables.push_back(std::move(t));
        recent_.clear();
        i = last + 1;
        continue;
      }
      if (kinds[i].pipe) {
        Finish();
        size_t last = i;
        while (last + 1 < lines.size() && kinds[last + 1].pipe) ++last;
        PipeTable(lines, i, last);
        i = last + 1;
        continue;
      }
      Line(lines[i]);
      ++i;
    }
    Finish();
  }

 private:
  void Line(const TextLine& line) {
    std::string_view t = Trim(line.text);
    if (t.empty() || IsThematicBreak(t) || IsPageFurniture(t)) {
      Finish();
      return;
    }
    bool heading = false;
    size_t marker = BlockMarker(t, &heading);
    if (marker > 0) Finish();
    uint64_t at = line.OffsetOf(line.indent()) + marker;
    Words(t.substr(marker), at);
    paragraph_.Break();
    if (heading) Finish();
  }

  // Adds the words of a piece of text that starts at source offset `at`.
  void Words(std::string_view t, uint64_t at) {
    size_t i = 0;
    while (i < t.size()) {
      while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
      size_t b = i;
      while (i < t.size() && t[i] != ' ' && t[i] != '\t') ++i;
      if (b == i) break;
      uint64_t offset = at + b;
      std::string_view w = StripMarks(t.substr(b, i - b), &offset);
      if (w.empty()) continue;
      paragraph_.Add(Word{FoldText(w), offset, true}, offset);
    }
  }

  void Finish() { FlushParagraph(&paragraph_, &recent_, doc_); }

  void PipeTable(const std::vector<TextLine>& lines, size_t first, size_t last) {
    Grid grid;
    grid.span = SourceSpan{lines[first].offset, lines[last].offset + lines[last].text.size()};
    bool header_done = false;
    for (size_t i = first; i <= last; ++i) {
      const TextLine& line = lines[i];
      std::vector<std::pair<size_t, size_t>> cells = PipeCells(line.text);
      GridRow row;
      row.span = SourceSpan{line.offset, line.offset + line.text.size()};
      bool delimiter = !cells.empty();
      for (const auto& [b, e] : cells) {
        std::string_view c = std::string_view(line.text).substr(b, e - b);
        delimiter = delimiter && (c.empty() || DelimiterCell(c) != RuleMark::kNone);
      }
      if (delimiter && !header_done && grid.rows.size() == 1) {
        for (GridCell& c : grid.rows[0].cells) c.header = true;
        header_done = true;
        continue;
      }
      for (size_t k = 0; k < cells.size(); ++k) {
        auto [b, e] = cells[k];
        GridCell cell;
        cell.column = static_cast<int>(k);
        uint64_t offset = line.OffsetOf(static_cast<int>(b));
        std::string_view text = std::string_view(line.text).substr(b, e - b);
        if (delimiter) {
          cell.line = DelimiterCell(text);
        } else {
          cell.bold = text.size() > 4 && (text.substr(0, 2) == "**" || text.substr(0, 2) == "__");
          text = StripMarks(text, &offset);
          cell.text = FoldText(text);
        }
        cell.span = SourceSpan{offset, offset + text.size()};
        row.cells.push_back(std::move(cell));
      }
      grid.rows.push_back(std::move(row));
    }
    std::optional<Table> table = BuildGridTable(grid, recent_, vocabulary_);
    if (table) {
      doc_->tables.push_back(std::move(*table));
      recent_.clear();
      return;
    }
    for (const GridRow& row : grid.rows) {  // a table of words: each cell a paragraph
      for (const GridCell& c : row.cells) {
        if (c.text.empty()) continue;
        paragraph_.Add(Word{c.text, c.span.begin, true}, c.span.begin);
        Finish();
      }
    }
  }

  const Vocabulary& vocabulary_;
  Document* doc_;
  TextBuilder paragraph_;
  std::vector<std::string> recent_;  // paragraphs since the last table, nearest last
};

}  // namespace

Expected<Document> ReadPlainText(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                                 const Vocabulary& vocabulary) {
  Document doc = NewDocument(file, part, "text");
  TextReader reader(vocabulary, &doc);
  reader.Read(SplitLines(file->text(), part.body));
  return doc;
}

Expected<std::vector<Document>> PlainTextReader::Read(std::shared_ptr<const SourceFile> file,
                                                      const Vocabulary& vocabulary) const {
  return ReadWholeFile(std::move(file), vocabulary, ReadPlainText);
}

}  // namespace tieout
