#include "checker/ingest/grid_table.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

#include "checker/base/text.h"
#include "checker/document/period.h"
#include "checker/ingest/table_rows.h"
#include "checker/ingest/text_lines.h"
#include "checker/ingest/text_table.h"

namespace tieout {
namespace {

enum class Token { kBlank, kText, kFigure, kDollar, kCloser, kRule };

// A cell after '$', ')' and '%' cells have been merged into the figures beside them.
struct Slot {
  const GridCell* cell = nullptr;
  Token token = Token::kBlank;
  std::string text;
  FigureToken figure;
  int begin = 0;   // first grid column, merged cells included
  int end = 0;     // one past the last
  int anchor = 0;  // the last grid column of the figure's own cell: where figures right-align
  SourceSpan span;
  RuleMark top = RuleMark::kNone, bottom = RuleMark::kNone;
};

RuleMark Max(RuleMark a, RuleMark b) { return a > b ? a : b; }

// "-----", "=====", "_____": a line typed into a cell.
RuleMark RuleText(std::string_view t) {
  if (t.size() < 2) return RuleMark::kNone;
  bool dbl = false;
  for (char c : t) {
    if (c == '=') {
      dbl = true;
    } else if (c != '-' && c != '_' && c != ' ') {
      return RuleMark::kNone;
    }
  }
  return dbl ? RuleMark::kDouble : RuleMark::kSingle;
}

bool IsCloser(std::string_view t) { return t == ")" || t == "%" || t == ")%" || t == "%)"; }

// Reads a cell's text as a figure; spaces inside ("$ (1,234 )") do not matter.
bool ParseCellFigure(std::string_view text, FigureToken* f) {
  std::string packed;
  for (char c : text) {
    if (c != ' ') packed.push_back(c);
  }
  *f = FigureToken();
  if (!ParseFigureToken(packed, f)) return false;
  f->text = std::string(text);
  return true;
}

// The text without a footnote mark at its end: "1,234(a)" -> "1,234", ")(1)" -> ")", "9*" -> "9".
std::string_view WithoutNoteMark(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '*')) t.remove_suffix(1);
  for (std::string_view dagger : {"\xE2\x80\xA0", "\xE2\x80\xA1"}) {
    if (t.size() > dagger.size() && t.substr(t.size() - dagger.size()) == dagger) {
      t.remove_suffix(dagger.size());
    }
  }
  if (t.size() >= 4 && t.back() == ')') {
    size_t open = t.rfind('(');
    size_t inner = open == std::string_view::npos ? 0 : t.size() - open - 2;
    if (open != std::string_view::npos && open > 0 && inner >= 1 && inner <= 2) {
      bool mark = true;
      for (size_t i = open + 1; i + 1 < t.size(); ++i) {
        mark &= std::isalnum(static_cast<unsigned char>(t[i])) != 0;
      }
      if (mark) t = t.substr(0, open);
    }
  }
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return t;
}

Token ClassifyText(std::string_view t) {
  if (t.empty()) return Token::kBlank;
  if (t == "$") return Token::kDollar;
  if (IsCloser(t)) return Token::kCloser;
  return Token::kText;
}

// What a cell holds. A footnote mark after a figure or a closing parenthesis is dropped from
// `text`.
Token Classify(const GridCell& cell, std::string* text) {
  if ((cell.line != RuleMark::kNone && cell.text.empty()) ||
      RuleText(cell.text) != RuleMark::kNone) {
    return Token::kRule;
  }
  Token token = ClassifyText(cell.text);
  FigureToken probe;
  if (token == Token::kText && !ParseCellFigure(cell.text, &probe)) {
    std::string_view bare = WithoutNoteMark(cell.text);
    if (bare.size() < cell.text.size() &&
        (ClassifyText(bare) != Token::kText || ParseCellFigure(bare, &probe))) {
      *text = std::string(bare);
      return ClassifyText(bare);
    }
  }
  return token;
}

void Absorb(Slot* into, const Slot& other, bool prepend) {
  into->text = prepend ? other.text + " " + into->text : into->text + other.text;
  into->begin = std::min(into->begin, other.begin);
  into->end = std::max(into->end, other.end);
  into->span.begin = std::min(into->span.begin, other.span.begin);
  into->span.end = std::max(into->span.end, other.span.end);
  into->top = Max(into->top, other.top);
  into->bottom = Max(into->bottom, other.bottom);
}

// The row's cells as slots: blank cells dropped, '$' and closers merged into their figures.
std::vector<Slot> MakeSlots(const GridRow& row) {
  std::vector<Slot> slots;
  for (const GridCell& c : row.cells) {
    Slot s;
    s.cell = &c;
    s.text = c.text;
    s.token = Classify(c, &s.text);
    s.begin = c.column;
    s.end = c.column + std::max(1, c.colspan);
    s.anchor = s.end - 1;
    s.span = c.span;
    s.top = c.top;
    // A line drawn in a cell under its text ("2003" over an <hr>) underlines it.
    s.bottom = c.text.empty() ? c.bottom : Max(c.bottom, c.line);
    slots.push_back(std::move(s));
  }
  // Dashes typed in a cell are a line when the row holds nothing else, and a zero ("--")
  // in a row with a label or figures.
  bool other_text = false;
  for (const Slot& s : slots) other_text |= s.token != Token::kBlank && s.token != Token::kRule;
  FigureToken probe;
  for (Slot& s : slots) {
    if (other_text && s.token == Token::kRule && ParseCellFigure(s.text, &probe)) {
      s.token = Token::kText;
    }
  }
  // Two slots are neighbours when at most one blank cell stands between them.
  auto neighbours = [](const Slot& left, const Slot& right) { return right.begin - left.end <= 1; };
  std::vector<Slot> out;
  for (Slot& s : slots) {
    if (s.token == Token::kCloser && !out.empty()) {
      // Skip blank cells back to the figure this closes.
      size_t j = out.size();
      while (j > 0 && out[j - 1].token == Token::kBlank) --j;
      FigureToken probe;
      if (j > 0 && out[j - 1].token == Token::kText && neighbours(out[j - 1], s) &&
          ParseCellFigure(out[j - 1].text + s.text, &probe)) {
        Absorb(&out[j - 1], s, false);
        continue;
      }
    }
    out.push_back(std::move(s));
  }
  slots = std::move(out);
  out.clear();
  for (size_t i = 0; i < slots.size(); ++i) {
    Slot& s = slots[i];
    if (s.token == Token::kDollar) {
      size_t k = i + 1;
      while (k < slots.size() && slots[k].token == Token::kBlank) ++k;
      FigureToken probe;
      if (k < slots.size() && slots[k].token == Token::kText && neighbours(s, slots[k]) &&
          ParseCellFigure("$" + slots[k].text, &probe)) {
        Absorb(&slots[k], s, true);
        continue;
      }
    }
    out.push_back(std::move(s));
  }
  for (Slot& s : out) {
    if (s.token != Token::kText) continue;
    if (ParseCellFigure(s.text, &s.figure)) {
      s.token = Token::kFigure;
    } else if (s.text.find('(') != std::string::npos && s.text.find(')') == std::string::npos &&
               ParseCellFigure(s.text + ")", &s.figure)) {
      // "(88.1" whose ')' cell was left empty: a negative figure all the same.
      s.figure.text = s.text;
      s.token = Token::kFigure;
    }
  }
  return out;
}

bool HasText(const Slot& s) { return s.token == Token::kText || s.token == Token::kFigure; }

// A row whose figures are all years, as in a header "2020  2019".
bool IsYearRow(const std::vector<Slot>& slots) {
  bool any = false;
  for (const Slot& s : slots) {
    if (s.token == Token::kFigure) {
      if (!IsYearFigureToken(s.figure)) return false;
      any = true;
    }
  }
  return any;
}

// Figures that may make a column: right of the first grid column.
bool IsColumnFigure(const Slot& s) {
  return s.token == Token::kFigure && s.cell->column > 0 && s.begin > 0;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += p;
  }
  return out;
}

// A figure column: the grid columns its figures end in, and the columns they cover.
struct FigureColumn {
  std::vector<int> anchors;
  int lo = 1 << 30, hi = 0;  // [lo, hi): grid columns covered, '$' and ')' cells included
};

// The figure columns of a table and the column each anchor belongs to.
struct FigureColumns {
  std::vector<FigureColumn> columns;
  std::map<int, int> column_of_anchor;
};

// Figure columns are the grid columns figures end in (their anchors), neighbours merged when no
// row uses both: one column whose figures sit in a cell one wider in some rows.
FigureColumns FindFigureColumns(const std::vector<std::vector<Slot>>& slots,
                                const std::vector<bool>& data) {
  const int nrows = static_cast<int>(slots.size());
  std::map<int, std::vector<int>> rows_of_anchor;
  for (int r = 0; r < nrows; ++r) {
    if (!data[r]) continue;
    for (const Slot& s : slots[r]) {
      if (IsColumnFigure(s)) rows_of_anchor[s.anchor].push_back(r);
    }
  }
  FigureColumns out;
  std::vector<int> last_rows;  // rows of the last column, sorted
  int last_anchor = -10;
  for (auto& [anchor, rows] : rows_of_anchor) {
    bool shared = false;
    if (!out.columns.empty() && anchor - last_anchor <= 2) {
      for (int r : rows) shared |= std::binary_search(last_rows.begin(), last_rows.end(), r);
    }
    if (out.columns.empty() || anchor - last_anchor > 2 || shared) {
      out.columns.push_back(FigureColumn());
      last_rows.clear();
    }
    out.columns.back().anchors.push_back(anchor);
    last_rows.insert(last_rows.end(), rows.begin(), rows.end());
    std::sort(last_rows.begin(), last_rows.end());
    last_anchor = anchor;
  }
  for (size_t k = 0; k < out.columns.size(); ++k) {
    for (int a : out.columns[k].anchors) out.column_of_anchor[a] = static_cast<int>(k);
  }
  for (int r = 0; r < nrows; ++r) {
    if (!data[r]) continue;
    for (const Slot& s : slots[r]) {
      if (!IsColumnFigure(s)) continue;
      FigureColumn& col = out.columns[out.column_of_anchor[s.anchor]];
      col.lo = std::min(col.lo, s.begin);
      col.hi = std::max(col.hi, s.end);
    }
  }
  return out;
}

// The texts a row shows over the figure columns, with the column under each.
template <typename Under>
std::vector<std::pair<int, std::string>> TextsOverColumns(
    const std::vector<Slot>& row, const Under& columns_under,
    const std::function<bool(const Slot&)>& in_label_area) {
  std::vector<std::pair<int, std::string>> out;
  for (const Slot& s : row) {
    if (!HasText(s) || in_label_area(s)) continue;
    for (int k : columns_under(s)) out.emplace_back(k, s.text);
  }
  return out;
}

bool NamesAPeriod(const Period& p) { return p.months > 0 || p.year > 0 || p.month > 0; }

// A header's words, lowercased, with single spaces between them.
std::string Collapsed(const std::string& text) {
  std::string out;
  for (char ch : text) {
    if (IsAsciiSpace(ch)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(AsciiLowerChar(ch));
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Whether a column's period under a second header is another than the one under the first: another
// year, length or month, or a period where the first header named none.
bool AnotherPeriod(const Period& first, const Period& second) {
  if (!NamesAPeriod(second)) return false;
  if (!NamesAPeriod(first)) return true;
  return (first.year > 0 && second.year > 0 && first.year != second.year) ||
         (first.months > 0 && second.months > 0 && first.months != second.months) ||
         (first.month > 0 && second.month > 0 && first.month != second.month);
}

// A second header row inside the body ("Sales by Region" / "2022  2021  $ Change" under the
// rows of another header): a row without figures after the first row of figures and before
// the last, with texts over two or more figure columns of which one names a period (or two
// years), whose periods (read with the header rows right below it and the headings over it)
// are other than the first header's in some column: a header repeated after a page break, or
// restating the same dates, starts no table. The first header repeated with another period over
// the labels ("Three Months Ended June 30, 2022" beside the same segment names over the same
// columns) starts one too: its period is every column's. Returns the first row of the new table
// (the headings right over its header row, blank rows between included) and sets `title` to those
// headings; -1 when there is none.
template <typename Under>
int InnerHeaderRow(const std::vector<std::vector<Slot>>& slots, const std::vector<bool>& data,
                   int first_data, const std::vector<Column>& top, const Under& columns_under,
                   const std::function<bool(const Slot&)>& in_label_area, std::string* title) {
  const int nrows = static_cast<int>(slots.size());
  int last_data = -1;
  for (int r = 0; r < nrows; ++r) {
    if (data[r]) last_data = r;
  }
  auto label_texts = [&](int r, std::vector<std::string>* out) {
    for (const Slot& s : slots[r]) {
      if (HasText(s) && in_label_area(s)) out->push_back(s.text);
    }
  };
  for (int r = first_data + 1; r < last_data; ++r) {
    if (data[r]) continue;
    std::vector<std::pair<int, std::string>> texts =
        TextsOverColumns(slots[r], columns_under, in_label_area);
    std::vector<int> cols;
    int years = 0;
    bool period = false;
    for (const auto& [k, text] : texts) {
      if (std::find(cols.begin(), cols.end(), k) == cols.end()) cols.push_back(k);
      FigureToken probe;
      if (ParseFigureToken(text, &probe) && IsYearFigureToken(probe)) {
        ++years;
      } else {
        period |= NamesAPeriod(ParsePeriodHeader(text));
      }
    }
    // Texts over the columns that name no period: the first header repeated, where a period
    // stands over the labels (its columns' words compared below).
    bool repeated = false;
    if (cols.size() >= 2 && !period && years < 2) {
      std::vector<std::string> stub;
      label_texts(r, &stub);
      repeated = NamesAPeriod(ParsePeriodHeader(Join(stub)));
    }
    if (cols.size() < 2 || (!period && years < 2 && !repeated)) continue;
    // The headings over it: label-only rows, blank rows between.
    int start = r;
    for (int h = r - 1; h > first_data && !data[h]; --h) {
      bool label_only = true;
      for (const Slot& s : slots[h]) label_only &= !HasText(s) || in_label_area(s);
      if (!label_only) break;
      start = h;
    }
    // Its periods: the header rows right below it join it; the texts over the labels name a
    // period that completes a column's ("Six Months Ended" over "2020  2019").
    std::vector<std::string> notes;
    for (int h = start; h <= r; ++h) label_texts(h, &notes);
    for (int h = r + 1; h < nrows && !data[h]; ++h) {
      std::vector<std::pair<int, std::string>> more =
          TextsOverColumns(slots[h], columns_under, in_label_area);
      texts.insert(texts.end(), more.begin(), more.end());
      label_texts(h, &notes);
    }
    std::string note = Join(notes);
    bool another = false;
    for (int k : cols) {
      std::vector<std::string> parts;
      for (const auto& [col, text] : texts) {
        if (col == k) parts.push_back(text);
      }
      Period p = ParsePeriodHeader(Join(parts));
      if (p.months == 0 && !note.empty()) {
        Period with_note = ParsePeriodHeader(Join({note, Join(parts)}));
        if (with_note.months > 0) p = with_note;
      }
      another |= k < static_cast<int>(top.size()) && AnotherPeriod(top[k].period, p);
      // A repeated header: every column's words end the first header's words of that column.
      if (repeated) {
        std::string words = Collapsed(Join(parts));
        std::string first = k < static_cast<int>(top.size()) ? Collapsed(top[k].header) : "";
        repeated = !words.empty() && first.size() > words.size() &&
                   first.compare(first.size() - words.size(), words.size(), words) == 0 &&
                   first[first.size() - words.size() - 1] == ' ';
      }
    }
    if (!period && years < 2 && !repeated) continue;
    if (!another) continue;
    std::vector<std::string> headings;
    for (int h = start; h < r; ++h) label_texts(h, &headings);
    *title = Join(headings);
    return start;
  }
  return -1;
}

}  // namespace

namespace {

// Where a grid holds a second table: its first row, and the headings over its header row.
struct SplitPoint {
  int row = -1;
  std::string title;
};

// Builds the table, or finds where a second header row inside its body starts a table of its
// own: then `*split` is set to the first row of that table (the headings right above its header
// row) and nothing is built. A null `split` builds the whole grid as one table.
std::optional<Table> BuildGridTableOrSplit(const Grid& grid, const std::vector<std::string>& above,
                                           const Vocabulary& vocabulary, SplitPoint* split) {
  const int nrows = static_cast<int>(grid.rows.size());
  std::vector<std::vector<Slot>> slots(nrows);
  std::vector<bool> data(nrows, false);
  int figures = 0;
  for (int r = 0; r < nrows; ++r) {
    slots[r] = MakeSlots(grid.rows[r]);
    if (IsYearRow(slots[r])) continue;
    for (const Slot& s : slots[r]) {
      if (IsColumnFigure(s)) {
        data[r] = true;
        if (s.figure.value) ++figures;
      }
    }
  }
  if (figures < 2) return std::nullopt;

  FigureColumns found = FindFigureColumns(slots, data);
  const std::vector<FigureColumn>& columns = found.columns;
  const std::map<int, int>& column_of_anchor = found.column_of_anchor;
  const int ncols = static_cast<int>(columns.size());
  int label_limit = 1 << 30;
  for (const FigureColumn& c : columns) label_limit = std::min(label_limit, c.lo);
  // The figure columns a slot stands over: those with an anchor inside it, else the nearest
  // within two grid columns.
  auto columns_under = [&](const Slot& s) {
    std::vector<int> out;
    for (int k = 0; k < ncols; ++k) {
      for (int a : columns[k].anchors) {
        if (a >= s.begin && a < s.end) {
          out.push_back(k);
          break;
        }
      }
    }
    if (!out.empty()) return out;
    int best = -1, best_d = 3;
    for (int k = 0; k < ncols; ++k) {
      int d = s.end <= columns[k].lo     ? columns[k].lo - s.end + 1
              : s.begin >= columns[k].hi ? s.begin - columns[k].hi + 1
                                         : 0;
      if (d < best_d) best_d = d, best = k;
    }
    if (best >= 0) out.push_back(best);
    return out;
  };
  // The label area: the first grid column, and cells that end before the figure columns begin.
  auto in_label_area = [&](const Slot& s) { return s.begin == 0 || s.end <= label_limit; };

  // Header rows: before the first row of figures, down to the last that has text over the
  // figure columns. Label-only rows after it are headings of the body.
  int first_data = 0;
  while (first_data < nrows && !data[first_data]) ++first_data;
  int last_header = -1;
  for (int r = 0; r < first_data; ++r) {
    for (const Slot& s : slots[r]) {
      if ((HasText(s) && !in_label_area(s)) || (HasText(s) && s.cell->header && s.begin > 0)) {
        last_header = r;
      }
    }
  }
  Table table;
  table.span = grid.span;
  table.columns.resize(ncols);
  std::vector<std::vector<std::string>> header_parts(ncols);
  std::vector<std::string> notes;
  for (int r = 0; r <= last_header; ++r) {
    for (const Slot& s : slots[r]) {
      if (!HasText(s)) continue;
      if (in_label_area(s)) {
        notes.push_back(s.text);
        continue;
      }
      for (int k : columns_under(s)) header_parts[k].push_back(s.text);
    }
  }
  // A period named over the labels ("Three months ended March 31,") completes a column header
  // that names only a year.
  std::string period_note;
  for (const std::string& n : notes) {
    Period p = ParsePeriodHeader(n);
    if (p.months > 0 || p.month > 0) period_note = n;
  }
  for (int k = 0; k < ncols; ++k) {
    Column& col = table.columns[k];
    col.header = Join(header_parts[k]);
    col.period = ParsePeriodHeader(col.header);
    if (col.period.kind == Period::Kind::kUnknown && !period_note.empty()) {
      std::string joined = Join({period_note, col.header});
      Period p = ParsePeriodHeader(joined);
      if (p.kind != Period::Kind::kUnknown) {
        col.header = joined;
        col.period = p;
      }
    }
  }

  if (split != nullptr) {
    split->row = InnerHeaderRow(slots, data, first_data, table.columns, columns_under,
                                in_label_area, &split->title);
    if (split->row >= 0) return std::nullopt;
  }

  // Scale and title.
  std::vector<std::string> scale_sources = notes;
  if (!grid.caption.empty()) scale_sources.push_back(grid.caption);
  for (const Column& c : table.columns) scale_sources.push_back(c.header);
  for (int r = last_header + 1; r < first_data; ++r) {
    for (const Slot& s : slots[r]) {
      if (HasText(s)) scale_sources.push_back(s.text);
    }
  }
  for (auto it = above.rbegin(); it != above.rend(); ++it) scale_sources.push_back(*it);
  FindScale(scale_sources, vocabulary, &table);
  if (!grid.caption.empty()) {
    table.title = grid.caption;
  } else {
    for (auto it = above.rbegin(); it != above.rend() && table.title.empty(); ++it) {
      table.title = std::string(Trim(*it));
    }
    if (table.title.empty() && !notes.empty()) table.title = notes.front();
  }

  // Percent columns hold ratios: a column whose first figure shows '%' ("100.0%" over the
  // shares of revenue), or whose header does. Their figures are never scaled, and a row with
  // figures only in them is a percent row. A '%' further down ("Operating margin 41%" under
  // the amounts) marks only its own figure.
  std::vector<bool> percent_column(ncols, false);
  std::vector<bool> seen(ncols, false);
  for (int r = 0; r < nrows; ++r) {
    if (!data[r]) continue;
    for (const Slot& s : slots[r]) {
      if (!IsColumnFigure(s)) continue;
      int k = column_of_anchor.at(s.anchor);
      if (!seen[k] && s.figure.percent) percent_column[k] = true;
      seen[k] = true;
    }
  }
  for (int k = 0; k < ncols; ++k) {
    if (table.columns[k].header.find('%') != std::string::npos) percent_column[k] = true;
  }

  // A table ruled all over (every row of figures boxed, as a word processor's "all borders"
  // draws it) says nothing about totals with its single lines.
  int data_rows = 0, boxed_rows = 0;
  for (int r = 0; r < nrows; ++r) {
    if (!data[r]) continue;
    ++data_rows;
    bool boxed = true;
    for (const Slot& s : slots[r]) {
      if (IsColumnFigure(s) && s.top != RuleMark::kSingle && s.bottom != RuleMark::kSingle) {
        boxed = false;
      }
    }
    boxed_rows += boxed;
  }
  const bool ruled_all_over = data_rows >= 4 && boxed_rows * 5 >= data_rows * 4;

  // Rows.
  // Per column: the last row with a figure there was a total with a line along its bottom edge
  // too: a boxed subtotal. That line underlines the total; it is not a line over the next row,
  // which may draw the same line again along its top edge.
  std::vector<bool> underlined(ncols, false);
  // Per column: no figure yet since the header or the last heading. A single line over the first
  // figure under a heading underlines the heading; it does not make that figure a total.
  std::vector<bool> after_heading(ncols, true);
  RowBuilder rows(&table, vocabulary,
                  [&] { std::fill(after_heading.begin(), after_heading.end(), true); });
  std::vector<RuleMark>& pending = rows.pending_rules();
  // Marks the figure columns a slot's line runs over. A single line that runs over the labels
  // too divides sections: a separator.
  auto mark_columns = [&](const Slot& s, RuleMark m, bool across, std::vector<RuleMark>* marks) {
    if (m == RuleMark::kNone || (ruled_all_over && m != RuleMark::kDouble)) return;
    if (m == RuleMark::kSingle && across) m = RuleMark::kSeparator;
    for (int k = 0; k < ncols; ++k) {
      if (std::min(s.end, columns[k].hi) <= std::max(s.begin, columns[k].lo)) continue;
      (*marks)[k] = Max((*marks)[k], m);
    }
  };
  auto line_of = [](const Slot& s) {
    return s.token == Token::kRule ? Max(s.cell->line, RuleText(s.text)) : RuleMark::kNone;
  };
  for (int r = last_header + 1; r < nrows; ++r) {
    const GridRow& grow = grid.rows[r];
    const std::vector<Slot>& row_slots = slots[r];
    std::vector<std::string> label_parts, other_parts;
    SourceSpan label_span{grow.span.begin, grow.span.begin};
    bool have_label_span = false;
    int indent = 0;
    // A year alone in the body heads the rows below it.
    bool year_row = IsYearRow(row_slots);
    std::vector<const Slot*> figure_slots;
    bool label_bold = false, label_plain = false;
    // Lines drawn over the first column of this row, where labels stand.
    RuleMark label_top = RuleMark::kNone, label_bottom = RuleMark::kNone;
    for (const Slot& s : row_slots) {
      if (s.begin == 0) {
        label_top = Max(label_top, s.top);
        label_bottom = Max(label_bottom, Max(s.bottom, line_of(s)));
      }
      if (s.token == Token::kFigure && !in_label_area(s) && !year_row) {
        figure_slots.push_back(&s);
      } else if (HasText(s) && in_label_area(s)) {
        label_parts.push_back(s.text);
        (s.cell->bold ? label_bold : label_plain) = true;
        if (!have_label_span) {
          label_span = s.span;
          indent = s.cell->indent;
          have_label_span = true;
        } else {
          label_span.end = s.span.end;
        }
      } else if (HasText(s)) {
        other_parts.push_back(s.text);
      }
    }
    std::string label = Join(label_parts);
    if (figure_slots.empty() && label.empty() && other_parts.empty()) {
      // Blank, or a row of lines only: the lines mark the next row of figures, and a label
      // standing over them is a heading.
      bool drawn = false;
      for (const Slot& s : row_slots)
        drawn |= Max(Max(s.top, s.bottom), line_of(s)) != RuleMark::kNone;
      if (drawn) rows.FlushHeading();
      bool across = Max(label_top, label_bottom) != RuleMark::kNone;
      for (const Slot& s : row_slots) {
        mark_columns(s, Max(Max(s.top, s.bottom), line_of(s)), across, &pending);
      }
      continue;
    }
    if (figure_slots.empty()) {
      // A heading, a label that runs on into the next row, or a header row inside the body.
      if (label.empty()) {
        label = Join(other_parts);
        label_span = row_slots.empty() ? grow.span : row_slots.front().span;
      }
      rows.HoldLabel(label, grow.span, label_span, indent);
      continue;
    }
    Row row = rows.StartRow(label, grow.span, label_span, indent);
    // The column of each figure and text cell over the figures.
    std::vector<std::pair<const Slot*, int>> placed;
    bool ratios = false, amounts = false;
    for (const Slot& s : row_slots) {
      if (in_label_area(s) || !HasText(s) || (year_row && s.token == Token::kFigure)) continue;
      int k = -1;
      auto found = column_of_anchor.find(s.anchor);
      if (found != column_of_anchor.end()) {
        k = found->second;
      } else {
        std::vector<int> under = columns_under(s);
        if (under.size() == 1) k = under.front();
      }
      if (k < 0) continue;
      placed.emplace_back(&s, k);
      if (s.token != Token::kFigure || !s.figure.value) continue;
      if (s.figure.percent || percent_column[k]) {
        ratios = true;
      } else {
        amounts = true;
      }
    }
    if (ratios && !amounts) row.kind = ValueKind::kPercent;
    std::vector<RuleMark> tops(ncols, RuleMark::kNone), bottoms(ncols, RuleMark::kNone);
    for (const Slot& s : row_slots) {
      mark_columns(s, s.top, label_top != RuleMark::kNone, &tops);
      mark_columns(s, s.bottom, label_bottom != RuleMark::kNone, &bottoms);
    }
    for (int k = 0; k < ncols; ++k) {
      if (underlined[k] && tops[k] != RuleMark::kDouble) continue;
      row.rule_above[k] = Max(row.rule_above[k], tops[k]);
    }
    for (const auto& [sp, k] : placed) {
      const Slot& s = *sp;
      Cell& cell = row.cells[k];
      if (!cell.text.empty()) continue;
      cell.text = s.text;
      cell.span = s.span;
      if (s.token != Token::kFigure || !s.figure.value) continue;
      bool scaled = row.kind == ValueKind::kMoney && !s.figure.percent && !percent_column[k];
      cell.amount = FigureAmount(s.figure, scaled ? table.scale : 0);
    }
    for (int k = 0; k < ncols; ++k) {
      if (!row.cells[k].amount) {
        pending[k] = Max(pending[k], bottoms[k]);
        continue;
      }
      if (after_heading[k] && row.rule_above[k] != RuleMark::kDouble) {
        row.rule_above[k] = RuleMark::kNone;
      } else if (label_bold && !label_plain && row.rule_above[k] == RuleMark::kNone &&
                 row.kind == ValueKind::kMoney) {
        row.rule_above[k] = RuleMark::kSeparator;  // a bold row: a total when it ties
      }
      after_heading[k] = false;
      bool total =
          row.rule_above[k] == RuleMark::kSingle || row.rule_above[k] == RuleMark::kSeparator;
      underlined[k] = total && bottoms[k] != RuleMark::kNone && bottoms[k] != RuleMark::kDouble;
      if (!underlined[k]) pending[k] = Max(pending[k], bottoms[k]);
    }
    table.rows.push_back(std::move(row));
  }
  rows.FlushHeading();
  ScaleExceptions(vocabulary, &table);
  ShareCountsInContext(vocabulary, &table);
  RatiosInContext(vocabulary, &table);
  ChangeColumnsHaveNoPeriod(vocabulary, &table);
  return table;
}

}  // namespace

std::optional<Table> BuildGridTable(const Grid& grid, const std::vector<std::string>& above,
                                    const Vocabulary& vocabulary) {
  return BuildGridTableOrSplit(grid, above, vocabulary, nullptr);
}

std::vector<Table> BuildGridTables(const Grid& grid, const std::vector<std::string>& above,
                                   const Vocabulary& vocabulary) {
  std::vector<Table> out;
  SplitPoint split;
  std::optional<Table> whole = BuildGridTableOrSplit(grid, above, vocabulary, &split);
  if (split.row < 0) {
    if (whole) out.push_back(std::move(*whole));
    return out;
  }
  Grid first, rest;
  first.caption = grid.caption;
  first.rows.assign(grid.rows.begin(), grid.rows.begin() + split.row);
  rest.rows.assign(grid.rows.begin() + split.row, grid.rows.end());
  first.span = SourceSpan{grid.span.begin, rest.rows.front().span.begin};
  rest.span = SourceSpan{rest.rows.front().span.begin, grid.span.end};
  std::optional<Table> head = BuildGridTableOrSplit(first, above, vocabulary, nullptr);
  // The later table's title: the headings over its header row; its scale: the first table's
  // note when it prints none of its own.
  std::vector<std::string> rest_above = above;
  if (head && !head->scale_note.empty()) rest_above.push_back(head->scale_note);
  if (!split.title.empty()) rest_above.push_back(split.title);
  std::vector<Table> tail = BuildGridTables(rest, rest_above, vocabulary);
  if (!head || tail.empty()) {
    if (std::optional<Table> one = BuildGridTable(grid, above, vocabulary)) out.push_back(*one);
    return out;
  }
  out.push_back(std::move(*head));
  for (Table& t : tail) out.push_back(std::move(t));
  return out;
}

}  // namespace tieout
