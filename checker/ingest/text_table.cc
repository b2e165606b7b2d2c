#include "checker/ingest/text_table.h"

#include "checker/base/english.h"
#include "checker/document/period.h"
#include "checker/ingest/table_rows.h"
#include "checker/vocabulary/pattern.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>

namespace tieout {
namespace {

bool AllDots(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t) {
    if (c != '.' && c != '_') return false;
  }
  return true;
}

bool IsDash(std::string_view t) {
  static const char* const kDashes[] = {
      "-",
      "--",
      "---",
      "----",
      "-0-",
      "\xE2\x80\x94",
      "\xE2\x80\x93",
      "\xE2\x80\x94\xE2\x80\x94",
      "\xE2\x80\x95",   // horizontal bar, printed for a zero by some filers
      "\xE2\x80\x92"};  // figure dash
  for (const char* d : kDashes) {
    if (t == d) return true;
  }
  return false;
}

bool IsPlaceholder(std::string_view t) {
  static const char* const kMarks[] = {"N/A", "n/a", "NA", "NM", "nm", "N/M", "n/m", "*", "**"};
  for (const char* m : kMarks) {
    if (t == m) return true;
  }
  return false;
}

// Reads one token as a figure. Fills value, dash, percent, dollar and the anchor offset
// within the token. Returns false when the token is not a figure.
bool ParseFigure(std::string_view t, FigureToken* f, int* anchor_in_token) {
  // A footnote mark after a figure ("184*", "5,072(4)") is not part of it.
  while (t.size() > 1 && t.back() == '*') t.remove_suffix(1);
  if (t.size() >= 4 && t.back() == ')') {
    size_t open = t.rfind('(');
    if (open != std::string_view::npos && open > 0 && t.size() - open - 2 >= 1 &&
        t.size() - open - 2 <= 2 &&
        (std::isdigit(static_cast<unsigned char>(t[open - 1])) || t[open - 1] == ')')) {
      bool mark = true;
      for (size_t i = open + 1; i + 1 < t.size(); ++i) {
        mark &= std::isalnum(static_cast<unsigned char>(t[i])) != 0;
      }
      if (mark) t = t.substr(0, open);
    }
  }
  size_t i = 0;
  bool paren = false, neg = false;
  if (i < t.size() && t[i] == '$') f->dollar = true, ++i;
  if (i < t.size() && t[i] == '(') paren = true, ++i;
  if (i < t.size() && t[i] == '$') f->dollar = true, ++i;
  std::string_view rest = t.substr(i);
  if (IsDash(rest) ||
      (paren && rest.size() > 1 && IsDash(rest.substr(0, rest.size() - 1)) && rest.back() == ')')) {
    f->dash = true;
    f->value = Decimal();
    size_t last = t.find_last_of("-\x94\x93");
    *anchor_in_token = static_cast<int>(last == std::string_view::npos ? t.size() - 1 : last);
    return true;
  }
  if (IsPlaceholder(rest) && !paren) {
    *anchor_in_token = static_cast<int>(t.size()) - 1;
    return true;
  }
  if (i < t.size() && t[i] == '-' && i + 1 < t.size() &&
      (std::isdigit(static_cast<unsigned char>(t[i + 1])) || t[i + 1] == '.')) {
    neg = true;
    ++i;
  }
  size_t num_begin = i;
  while (i < t.size() &&
         (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == ',' || t[i] == '.')) {
    ++i;
  }
  size_t num_end = i;
  if (num_end == num_begin) return false;
  std::string_view num = t.substr(num_begin, num_end - num_begin);
  // A trailing period ends a sentence, not a number: "1,234." is not a figure in a table.
  if (num.back() == '.' || num.back() == ',') return false;
  std::optional<Decimal> d = Decimal::Parse(num);
  if (!d) return false;
  bool closed = false;
  if (i < t.size() && t[i] == ')' && paren) closed = true, ++i;
  if (i < t.size() && t[i] == '%') f->percent = true, ++i;
  if (i < t.size() && t[i] == ')' && paren && !closed) closed = true, ++i;
  if (i != t.size()) return false;
  if (paren && !closed) return false;
  f->value = (paren || neg) ? -*d : *d;
  *anchor_in_token = static_cast<int>(num_end) - 1;
  return true;
}

bool IsYearFigure(const FigureToken& f) {
  if (!f.value || f.dollar || f.percent || f.dash || f.text.find(',') != std::string::npos ||
      f.text.find('(') != std::string::npos) {
    return false;
  }
  const Decimal& v = *f.value;
  return v.exponent() == 0 && v >= Decimal::FromInt(1900) && v <= Decimal::FromInt(2100);
}

bool IsYearHeader(const SplitLine& s) {
  if (s.figures.empty()) return false;
  for (const FigureToken& f : s.figures) {
    if (!IsYearFigure(f)) return false;
  }
  return true;
}

std::string StripLeaders(std::string_view s) {
  // Trailing dot leaders, spaced (". . . .") or not, and spaces; a single period after a word
  // ("Inc.") stays.
  size_t e = s.size();
  while (e > 0) {
    if (s[e - 1] == ' ' || s[e - 1] == '_') {
      --e;
      continue;
    }
    if (s[e - 1] == '-') {
      // A leader of dashes ("Net sales ---------"), not a hyphen ("Non-").
      size_t b = e;
      while (b > 0 && s[b - 1] == '-') --b;
      if (e - b >= 3 && (b == 0 || s[b - 1] == ' ')) {
        e = b;
        continue;
      }
      break;
    }
    if (s[e - 1] != '.') break;
    size_t b = e;
    while (b > 0 && s[b - 1] == '.') --b;
    if (e - b >= 2 || b == 0 || s[b - 1] == ' ') {
      e = b;
      continue;
    }
    break;
  }
  return std::string(Trim(s.substr(0, e)));
}

// Whether a label line without figures continues on the next line.
bool ContinuesInto(const std::string& prev, const std::string& next, const Vocabulary& vocabulary) {
  if (prev.empty()) return true;
  char last = prev.back();
  if (next.empty()) return last != ':';
  unsigned char first = static_cast<unsigned char>(next[0]);
  if (last == ':') return std::islower(first) || std::isdigit(first);
  if (std::islower(first) || next[0] == '(' || next[0] == '&') return true;
  if (last == ',' || last == '-' || last == '&' || last == '\'' || last == '/') return true;
  size_t sp = prev.find_last_of(' ');
  std::string word = prev.substr(sp == std::string::npos ? 0 : sp + 1);
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return IsJoiningWord(word) || vocabulary.Matches(vocabulary.run_on_words, word);
}

// "(a)", "(f)", "(ii)": a footnote mark of letters in parentheses.
bool IsLetterNoteMark(std::string_view t) {
  if (t.size() < 3 || t.size() > 5 || t.front() != '(' || t.back() != ')') return false;
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (!std::isalpha(static_cast<unsigned char>(t[i]))) return false;
  }
  return true;
}

// A run of five or more dashes: a zero in a column, or a leader (told apart by the table).
bool IsZeroRun(std::string_view t) {
  return t.size() >= 5 && t.find_first_not_of('-') == std::string_view::npos;
}

// Where a cell of words that ends at `end` starts ("4 years", "3 to 5 years": words one space
// apart that rules.yaml's text_cells names), or -1. The cell stands two spaces clear of what is
// right of it and of the label or figure left of it; the last word starts at `last`.
int WordsCellStart(const std::string& line, int last, int end, const Vocabulary* vocabulary) {
  if (vocabulary == nullptr || vocabulary->text_cells.empty()) return -1;
  const int size = static_cast<int>(line.size());
  int right = end;
  while (right < size && line[right] == ' ') ++right;
  if (right < size && right - end < 2) return -1;
  constexpr int kMaxWords = 4;
  int b = last;
  for (int words = 1; words <= kMaxWords; ++words) {
    std::string cell = line.substr(b, end - b);
    for (char& c : cell) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    int gap = b;
    while (gap > 0 && line[gap - 1] == ' ') --gap;
    if (gap == 0) return -1;  // nothing left of it: the label itself ("2-5 years")
    if (b - gap >= 2 && vocabulary->Matches(vocabulary->text_cells, cell)) return b;
    if (b - gap != 1) return -1;
    b = gap;
    while (b > 0 && line[b - 1] != ' ') --b;
  }
  return -1;
}

struct ColumnBand {
  int anchor_lo = 0, anchor_hi = 0;  // where last digits fall
  int start = 0, end = 0;            // where figures (with '$' and ')') extend
};

// Strips <S>, <C>, <CAPTION>, </CAPTION>, <FN>, </FN>, <PAGE> markers, keeping columns.
std::string StripTags(const std::string& s, bool* had_s_line) {
  std::string out = s;
  static const char* const kTags[] = {"<CAPTION>", "</CAPTION>", "<S>",       "<C>",        "<FN>",
                                      "</FN>",     "<PAGE>",     "<caption>", "</caption>", "<s>",
                                      "<c>",       "<fn>",       "</fn>",     "<page>"};
  for (const char* tag : kTags) {
    size_t n = std::strlen(tag);
    for (size_t p = out.find(tag); p != std::string::npos; p = out.find(tag, p)) {
      if ((std::strcmp(tag, "<S>") == 0 || std::strcmp(tag, "<s>") == 0 ||
           std::strcmp(tag, "<C>") == 0 || std::strcmp(tag, "<c>") == 0)) {
        *had_s_line = true;
      }
      out.replace(p, n, std::string(n, ' '));
    }
  }
  return out;
}

// Where a column of side headings ends, or -1: the <S>/<C> line `s_tags` puts a text column
// between <S> and the figures (which start at `label_limit`), most labelled lines of `body`
// start in it, the text left of it ("Per Share" / "Data") stands only beside a label in it,
// and no text runs across its edge.
int SideHeadingEnd(const std::string& s_tags, const std::vector<const std::string*>& body,
                   int label_limit) {
  size_t s = s_tags.find("<S>");
  if (s == std::string::npos) s = s_tags.find("<s>");
  size_t c = s_tags.find("<C>");
  if (c == std::string::npos) c = s_tags.find("<c>");
  if (s == std::string::npos || c == std::string::npos || c < s + 4 ||
      static_cast<int>(c) + 2 >= label_limit) {
    return -1;
  }
  int in_second = 0, beside = 0;
  for (const std::string* text : body) {
    std::string_view t(*text);
    if (static_cast<int>(t.size()) > label_limit) t = t.substr(0, label_limit);
    size_t first = t.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    if (first >= c) {
      ++in_second;
      continue;
    }
    // Text left of the column: a short heading two spaces clear of its edge, beside a label; or
    // a heading in capitals that runs up to the edge, glued to a label that starts with a
    // capital there ("SHARE DATA(1,2)Fully diluted ...").
    if (t.size() <= c || t[c] == ' ' || std::isalpha(static_cast<unsigned char>(t[c])) == 0) {
      return -1;
    }
    bool clear = t[c - 1] == ' ' && t[c - 2] == ' ';
    bool capitals =
        std::isupper(static_cast<unsigned char>(t[c])) != 0 &&
        std::none_of(t.begin() + static_cast<long>(first), t.begin() + static_cast<long>(c),
                     [](char ch) { return std::islower(static_cast<unsigned char>(ch)) != 0; });
    if (!clear && !capitals) return -1;
    ++beside;
  }
  return beside > 0 && in_second > beside ? static_cast<int>(c) : -1;
}

}  // namespace

bool ParseFigureToken(std::string_view token, FigureToken* figure) {
  int anchor = 0;
  if (token.empty() || AllDots(token) || !ParseFigure(token, figure, &anchor)) return false;
  figure->text.assign(token);
  return true;
}

bool IsYearFigureToken(const FigureToken& figure) { return IsYearFigure(figure); }

bool LabelContinuesInto(const std::string& previous, const std::string& next,
                        const Vocabulary& vocabulary) {
  if (ContinuesInto(previous, next, vocabulary)) return true;
  // A total's label ("Total automotive outside" over "North America") always runs on.
  return !previous.empty() && previous.back() != ':' && !next.empty() &&
         vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(previous));
}

SplitLine SplitFigures(const std::string& line) { return SplitFigures(line, SplitContext()); }

SplitLine SplitFigures(const std::string& line, const SplitContext& context) {
  SplitLine out;
  int e = static_cast<int>(line.size());
  while (e > 0 && line[e - 1] == ' ') --e;
  std::vector<FigureToken> figs;  // right to left
  int label_end = e;
  while (e > 0) {
    int b = e;
    while (b > 0 && line[b - 1] != ' ') --b;
    std::string_view tok(line.data() + b, e - b);
    int g = b;
    while (g > 0 && line[g - 1] == ' ') --g;
    if (tok == "$") {
      if (!figs.empty() && figs.back().dollar && figs.back().start - e >= 2) {
        // "$ 202   $        $6,600": a dollar sign over an empty cell.
        label_end = b;
        e = g;
        continue;
      }
      if (figs.empty() || figs.back().dollar) break;
      FigureToken& f = figs.back();
      f.start = b;
      f.dollar = true;
      f.text = "$ " + f.text;
      label_end = b;
      e = g;
      continue;
    }
    FigureToken f;
    int anchor = 0;
    if (IsLetterNoteMark(tok) && g > 0) {
      // "184,317 (f)": a footnote mark after a figure is not part of the row's figures.
      e = g;
      continue;
    }
    if (AllDots(tok) || !ParseFigure(tok, &f, &anchor)) {
      int zero_at = IsZeroRun(tok) && context.zero_run ? context.zero_run(b, e) : -1;
      if (zero_at >= 0) {
        f.dash = true;
        f.value = Decimal();
        anchor = zero_at - b;
      } else if (int cell = WordsCellStart(line, b, e, context.vocabulary); cell >= 0) {
        // A cell of words among the figures ("$ 2   4 years   $ 0.5").
        b = cell;
        g = b;
        while (g > 0 && line[g - 1] == ' ') --g;
        f.words = true;
        anchor = e - b - 1;
        tok = std::string_view(line.data() + b, e - b);
      } else {
        break;
      }
    }
    if (g > 0 && b - g < 2) {
      // Only one space to the left: a figure only if its neighbour is one too, or a '$' or leader.
      int nb = g;
      while (nb > 0 && line[nb - 1] != ' ') --nb;
      std::string_view left(line.data() + nb, g - nb);
      FigureToken probe;
      int probe_anchor = 0;
      bool left_ok = left == "$" || AllDots(left) || left.back() == '.' ||
                     ParseFigure(left, &probe, &probe_anchor);
      if (!left_ok) break;
    }
    f.start = b;
    f.end = e;
    f.anchor = b + anchor;
    f.text.assign(tok);
    figs.push_back(std::move(f));
    label_end = b;
    e = g;
  }
  std::reverse(figs.begin(), figs.end());
  // A year standing first on a line of figures labels the row ("1991    10    0").
  if (figs.size() >= 2 && Trim(std::string_view(line).substr(0, figs.front().start)).empty() &&
      IsYearFigure(figs.front())) {
    label_end = figs.front().end;
    figs.erase(figs.begin());
  }
  out.figures = std::move(figs);
  std::string label = StripLeaders(std::string_view(line).substr(0, label_end));
  size_t first = line.find_first_not_of(' ');
  out.label_start = first == std::string::npos ? 0 : static_cast<int>(first);
  out.label = label;
  out.label_end = out.label_start + static_cast<int>(label.size());
  return out;
}

Table BuildTextTable(const std::vector<TextLine>& raw_lines, const std::vector<std::string>& above,
                     const Vocabulary& vocabulary) {
  Table table;
  if (!raw_lines.empty()) {
    table.span = SourceSpan{raw_lines.front().offset,
                            raw_lines.back().offset + raw_lines.back().text.size()};
  }
  // Clean lines: tags blanked; the <S>/<C> line found; footnotes set aside.
  struct Line {
    const TextLine* src;
    std::string text;
    SplitLine split;
    bool blank, rule, furniture;
  };
  std::vector<Line> lines;
  SplitContext words;
  words.vocabulary = &vocabulary;
  int s_line = -1;
  bool in_footnote = false;
  for (const TextLine& tl : raw_lines) {
    std::string upper_probe = tl.text;
    if (upper_probe.find("<FN>") != std::string::npos ||
        upper_probe.find("<fn>") != std::string::npos) {
      in_footnote = true;
    }
    if (upper_probe.find("</FN>") != std::string::npos ||
        upper_probe.find("</fn>") != std::string::npos) {
      in_footnote = false;
      continue;
    }
    if (in_footnote) continue;
    bool had_s = false;
    Line l{&tl, StripTags(tl.text, &had_s), {}, false, false, false};
    bool is_s_line = had_s && Trim(l.text).empty();
    l.blank = Trim(l.text).empty();
    l.rule = !l.blank && IsRuleLine(l.text);
    l.furniture = !l.blank && !l.rule && IsPageFurniture(l.text);
    if (!l.blank && !l.rule) l.split = SplitFigures(l.text, words);
    if (is_s_line && s_line < 0) s_line = static_cast<int>(lines.size());
    lines.push_back(std::move(l));
  }
  const int n = static_cast<int>(lines.size());

  // Where the body starts: after the <S>/<C> line, else at the first line with real figures.
  int body_start = 0;
  if (s_line >= 0) {
    body_start = s_line + 1;
  } else {
    body_start = n;
    for (int i = 0; i < n; ++i) {
      if (!lines[i].split.figures.empty() && !IsYearHeader(lines[i].split)) {
        body_start = i;
        break;
      }
    }
  }
  // Without an <S> line, the headings right under the header ("Revenues:" under the years and
  // their rule) start the body: lines of words in the label area only, between a rule or a line
  // of years and the first figures.
  if (s_line < 0 && body_start < n && !lines[body_start].split.figures.empty()) {
    const int first_column = lines[body_start].split.figures.front().start;
    int k = body_start;
    while (k > 0) {
      const Line& l = lines[k - 1];
      if (l.blank || l.rule || l.furniture || !l.split.figures.empty()) break;
      size_t last = l.text.find_last_not_of(' ');
      if (last == std::string::npos || static_cast<int>(last) >= first_column - 1) break;
      --k;
    }
    int above = k - 1;
    while (above >= 0 && lines[above].blank) --above;
    if (k < body_start && above >= 0 && (lines[above].rule || IsYearHeader(lines[above].split))) {
      body_start = k;
    }
  }
  int first_data = n;
  for (int i = body_start; i < n; ++i) {
    if (!lines[i].split.figures.empty() && !IsYearHeader(lines[i].split)) {
      first_data = i;
      break;
    }
  }

  // Columns: cluster the last-digit columns of every figure in the body.
  std::vector<int> anchors;
  for (int i = first_data; i < n; ++i) {
    if (IsYearHeader(lines[i].split)) continue;
    for (const FigureToken& f : lines[i].split.figures) anchors.push_back(f.anchor);
  }
  std::sort(anchors.begin(), anchors.end());
  std::vector<ColumnBand> bands;
  for (int a : anchors) {
    if (bands.empty() || a - bands.back().anchor_hi > 2) {
      bands.push_back(ColumnBand{a, a, a, a + 1});
    } else {
      bands.back().anchor_hi = a;
    }
  }
  auto band_of = [&bands](int anchor) {
    for (size_t c = 0; c < bands.size(); ++c) {
      if (anchor >= bands[c].anchor_lo && anchor <= bands[c].anchor_hi) return static_cast<int>(c);
    }
    return -1;
  };
  // Merge neighbouring bands that no line uses both of: one column printed a little out of line.
  for (size_t c = 0; c + 1 < bands.size();) {
    bool both = false;
    if (bands[c + 1].anchor_lo - bands[c].anchor_hi <= 4) {
      for (int i = first_data; i < n && !both; ++i) {
        bool in_a = false, in_b = false;
        for (const FigureToken& f : lines[i].split.figures) {
          int k = band_of(f.anchor);
          in_a |= k == static_cast<int>(c);
          in_b |= k == static_cast<int>(c + 1);
        }
        both = in_a && in_b;
      }
      if (!both) {
        bands[c].anchor_hi = bands[c + 1].anchor_hi;
        bands.erase(bands.begin() + static_cast<long>(c) + 1);
        continue;
      }
    }
    ++c;
  }
  for (ColumnBand& b : bands) {
    b.start = b.anchor_lo;
    b.end = b.anchor_hi + 1;
  }
  for (int i = first_data; i < n; ++i) {
    if (IsYearHeader(lines[i].split)) continue;
    for (const FigureToken& f : lines[i].split.figures) {
      int k = band_of(f.anchor);
      if (k < 0) continue;
      bands[k].start = std::min(bands[k].start, f.start);
      bands[k].end = std::max(bands[k].end, f.end);
    }
  }
  const int ncols = static_cast<int>(bands.size());
  table.columns.resize(ncols);
  std::vector<std::vector<std::string>> header_parts(ncols);
  std::vector<std::string> notes;  // header text over the label column

  // Header lines: everything before the body, and year or text lines before the first figures.
  int label_limit = ncols > 0 ? bands[0].start - 2 : 1 << 30;
  // Side headings in a column of their own are not part of the labels beside them; the lines of
  // one side heading ("OPERATING" / "RESULTS") head the rows beside and below it, unless it
  // names a kind of figure ("PER SHARE DATA" beside share counts and ratios too).
  std::vector<std::string> side_heading(n);
  if (s_line >= 0 && ncols > 0) {
    std::vector<const std::string*> body;
    for (int i = body_start; i < n; ++i) {
      if (!lines[i].blank && !lines[i].rule && !lines[i].furniture) body.push_back(&lines[i].text);
    }
    int side_end = SideHeadingEnd(lines[s_line].src->text, body, label_limit);
    int group = -1;  // the line whose side heading the next side text continues
    for (int i = body_start; i < n && side_end > 0; ++i) {
      Line& l = lines[i];
      if (l.blank || l.rule || l.furniture || l.split.label_start >= side_end) {
        group = -1;
        continue;
      }
      std::string_view side = Trim(std::string_view(l.text).substr(0, side_end));
      if (group < 0) group = i;
      side_heading[group] += (side_heading[group].empty() ? "" : " ") + std::string(side);
      l.text.replace(0, side_end, std::string(side_end, ' '));
      l.split = SplitFigures(l.text, words);
    }
  }
  // Zeros printed as dash runs ("484   -----   -----"): a run that stands within one column's
  // extent with its right end at the column's last digits, on a line that shows a figure. A run
  // that reaches out of the column (a leader to the label's figures) stays out.
  SplitContext with_zeros = words;
  with_zeros.zero_run = [&bands](int begin, int end) {
    for (const ColumnBand& band : bands) {
      if (begin < band.start - 2 || end > band.end + 1) continue;
      for (int last = end - 1; last >= end - 2; --last) {
        if (last >= band.anchor_lo && last <= band.anchor_hi) return last;
      }
    }
    return -1;
  };
  for (int i = body_start; i < n; ++i) {
    Line& l = lines[i];
    if (l.blank || l.rule || l.furniture || l.text.find("-----") == std::string::npos) continue;
    SplitLine again = SplitFigures(l.text, with_zeros);
    bool shows_figure = std::any_of(again.figures.begin(), again.figures.end(),
                                    [](const FigureToken& f) { return f.value && !f.dash; });
    if (shows_figure && again.figures.size() > l.split.figures.size()) {
      l.split = std::move(again);
      first_data = std::min(first_data, i);
    }
  }
  // `under` is the next header line: a rule drawn under a heading ("Three Months Ended" over
  // "------------------") spreads it over every column the rule spans.
  // A rule spreads a heading only when it stands under that heading alone: a rule under the
  // whole header line ("1997   1996   1995" over one long rule) spreads nothing.
  auto add_header_line = [&](const std::string& text, const std::string& under) {
    std::vector<std::pair<size_t, size_t>> segs;
    for (size_t p = 0; p < text.size();) {
      size_t b = text.find_first_not_of(' ', p);
      if (b == std::string::npos) break;
      size_t e = b;
      while (e < text.size() && !(text[e] == ' ' && (e + 1 >= text.size() || text[e + 1] == ' '))) {
        ++e;
      }
      p = e;
      if (IsRuleLine(text.substr(b, e - b))) continue;
      // Two period headings one space apart ("Three Months Ended Nine Months Ended") are two.
      static const Regex kNextPeriod(
          R"(\b(?:ended|ending) (?=(?:three|six|nine|twelve|thirteen|twenty-six|fifty-two|\d+)[- ](?:months|weeks)\b|(?:fiscal )?(?:years?|quarters?) end))",
          std::regex::icase);
      std::string piece = text.substr(b, e - b);
      std::smatch m;
      if (std::regex_search(piece, m, kNextPeriod) &&
          static_cast<size_t>(m.position(0) + m.length(0)) < piece.size()) {
        size_t cut = b + static_cast<size_t>(m.position(0) + m.length(0));
        segs.emplace_back(b, cut - 1);
        segs.emplace_back(cut, e);
        continue;
      }
      segs.emplace_back(b, e);
    }
    auto alone = [&segs](size_t rb, size_t re, size_t self) {
      for (size_t j = 0; j < segs.size(); ++j) {
        if (j != self && segs[j].second > rb && segs[j].first < re) return false;
      }
      return true;
    };
    for (size_t si = 0; si < segs.size(); ++si) {
      auto [b, e] = segs[si];
      std::string seg = text.substr(b, e - b);
      int sb = static_cast<int>(b), se = static_cast<int>(e);
      if (IsRuleLine(under)) {
        size_t rb = under.find_first_not_of(' ', b > 12 ? b - 12 : 0);
        // From the start of the rule it falls in: the tail of a rule under the whole header
        // line is no rule under this heading alone.
        while (rb != std::string::npos && rb > 0 && under[rb - 1] != ' ') --rb;
        while (rb != std::string::npos && rb < e) {
          size_t re = under.find(' ', rb);
          if (re == std::string::npos) re = under.size();
          if (re > b && rb < e && alone(rb, re, si)) {
            sb = std::min(sb, static_cast<int>(rb));
            se = std::max(se, static_cast<int>(re));
          }
          rb = under.find_first_not_of(' ', re);
        }
      }
      bool placed = false;
      for (int c = 0; c < ncols; ++c) {
        int overlap = std::min(se, bands[c].end) - std::max(sb, bands[c].start);
        if (overlap > 0) {
          header_parts[c].push_back(seg);
          placed = true;
        }
      }
      if (!placed) {
        if (se <= label_limit || ncols == 0) {
          notes.push_back(seg);
        } else {
          // Nearest column by centre.
          int best = 0, best_d = 1 << 30;
          for (int c = 0; c < ncols; ++c) {
            int d = std::abs((sb + se) / 2 - (bands[c].start + bands[c].end) / 2);
            if (d < best_d) best_d = d, best = c;
          }
          header_parts[best].push_back(seg);
        }
      }
    }
  };
  std::vector<bool> is_header(n, false);
  for (int i = 0; i < first_data; ++i) {
    const Line& l = lines[i];
    if (l.blank || l.rule || l.furniture) continue;
    if (i >= body_start && l.split.figures.empty() && l.split.label_start < label_limit) {
      continue;  // a label line before the first figures: a heading row, kept for the body
    }
    is_header[i] = true;
    int next = i + 1;
    while (next < first_data && lines[next].blank) ++next;
    add_header_line(l.text, next < first_data ? lines[next].text : std::string());
  }
  for (int c = 0; c < ncols; ++c) {
    std::string h;
    for (const std::string& part : header_parts[c]) {
      if (!h.empty()) h.push_back(' ');
      h += part;
    }
    table.columns[c].header = h;
    table.columns[c].period = ParsePeriodHeader(h);
  }
  // A period without a year printed once over the year headers ("YEAR ENDED DECEMBER 31" over
  // "1997  1996  1995", centred over some of them) is the period of every column that names only
  // a year; not when the header prints two such periods.
  std::string period_words;
  int period_texts = 0;
  for (int c = 0; c < ncols; ++c) {
    for (const std::string& part : header_parts[c]) {
      Period p = ParsePeriodHeader(part);
      if (p.year != 0 || (p.months == 0 && p.month == 0) || part == period_words) continue;
      // A period, not a length ("Life (Years)"): it names a month or says "ended".
      std::string lower = part;
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (p.month == 0 && lower.find("ended") == std::string::npos &&
          lower.find("ending") == std::string::npos) {
        continue;
      }
      period_words = part;
      ++period_texts;
    }
  }
  for (int c = 0; c < ncols && period_texts == 1; ++c) {
    Period& p = table.columns[c].period;
    if (p.year == 0 || p.months != 0 || p.month != 0) continue;
    Period with_words = ParsePeriodHeader(period_words + " " + table.columns[c].header);
    if (with_words.year == p.year && with_words.months > 0) {
      table.columns[c].header = period_words + " " + table.columns[c].header;
      p = with_words;
    }
  }

  // Scale and title.
  std::vector<std::string> scale_sources = notes;
  for (int c = 0; c < ncols; ++c) scale_sources.push_back(table.columns[c].header);
  // Each line above, nearest first, and joined to the line over it: a note wraps ("... (in" /
  // "millions):").
  for (auto it = above.rbegin(); it != above.rend(); ++it) {
    scale_sources.push_back(*it);
    if (std::next(it) != above.rend()) {
      scale_sources.push_back(std::string(Trim(*std::next(it))) + " " + std::string(Trim(*it)));
    }
  }
  FindScale(scale_sources, vocabulary, &table);
  for (auto it = above.rbegin(); it != above.rend(); ++it) {
    std::string_view t = Trim(*it);
    if (!t.empty() && !IsPageFurniture(t) && !IsRuleLine(t)) {
      table.title = std::string(t);
      break;
    }
  }

  // Columns of percentages: the first figure shows '%' ("99.7%" over "0.3" in a table of
  // percentages of revenue), as in a grid table.
  std::vector<bool> percent_column(ncols, false), seen(ncols, false);
  for (int i = first_data; i < n; ++i) {
    if (is_header[i] || lines[i].blank || lines[i].rule || lines[i].furniture) continue;
    for (const FigureToken& f : lines[i].split.figures) {
      int c = band_of(f.anchor);
      if (c < 0 || seen[c] || !f.value || f.dash) continue;
      seen[c] = true;
      percent_column[c] = f.percent;
    }
  }

  // Rows.
  RowBuilder rows(&table, vocabulary);
  std::vector<RuleMark>& pending_rule = rows.pending_rules();
  for (int i = body_start; i < n; ++i) {
    const Line& l = lines[i];
    if (is_header[i] || l.blank || l.furniture) continue;
    if (l.rule) {
      rows.FlushHeading();  // an underlined label line is a heading
      for (size_t p = 0; p < l.text.size();) {
        size_t b = l.text.find_first_not_of(' ', p);
        if (b == std::string::npos) break;
        size_t e = l.text.find(' ', b);
        if (e == std::string::npos) e = l.text.size();
        bool dbl = l.text.find('=', b) < e;
        // A line that starts over the labels and runs across the figures divides sections.
        bool across =
            static_cast<int>(b) < label_limit && ncols > 0 && static_cast<int>(e) > bands[0].start;
        for (int c = 0; c < ncols; ++c) {
          if (std::min<int>(e, bands[c].end) - std::max<int>(b, bands[c].start) > 0) {
            RuleMark m =
                dbl ? RuleMark::kDouble : (across ? RuleMark::kSeparator : RuleMark::kSingle);
            if (m > pending_rule[c]) pending_rule[c] = m;
          }
        }
        p = e;
      }
      continue;
    }
    std::string side = NormalizeLabel(side_heading[i]);
    if (!side.empty() && !vocabulary.Matches(vocabulary.per_share_rows, side) &&
        !vocabulary.Matches(vocabulary.share_rows, side)) {
      rows.FlushHeading();
      SourceSpan at{l.src->offset, l.src->offset};
      rows.HoldLabel(side_heading[i], at, at, 0);
      rows.FlushHeading();
    }
    const SplitLine& s = l.split;
    if (s.label.empty() && IsYearHeader(s) && s.figures.size() == 1) {
      // A year alone on a line in the body heads the rows below it ("1993").
      rows.FlushHeading();
      SourceSpan year_span{l.src->OffsetOf(s.figures[0].start), l.src->OffsetOf(s.figures[0].end)};
      rows.HoldLabel(std::string(Trim(l.text)), SourceSpan{l.src->offset, year_span.end}, year_span,
                     l.src->indent());
      rows.FlushHeading();
      continue;
    }
    uint64_t line_begin = l.src->offset;
    uint64_t line_end = l.src->offset + l.src->text.size();
    SourceSpan label_span{l.src->OffsetOf(s.label_start), l.src->OffsetOf(s.label_end)};
    if (s.figures.empty()) {
      if (s.label.empty()) continue;
      rows.HoldLabel(s.label, SourceSpan{line_begin, label_span.end}, label_span, s.label_start);
      continue;
    }
    Row r = rows.StartRow(s.label, SourceSpan{line_begin, line_end}, label_span, s.label_start);
    if (r.label.empty()) r.label_span = SourceSpan{line_begin, line_begin};
    // A row of percentages only is a percent row; a percentage among amounts is not scaled.
    // A figure in a column of percentages is one without its '%'.
    auto percent_figure = [&](const FigureToken& f) {
      int c = band_of(f.anchor);
      return f.percent || (c >= 0 && percent_column[c]);
    };
    bool any_amount = false, any_percent = false;
    for (const FigureToken& f : s.figures) {
      if (!f.value || f.dash) continue;
      (percent_figure(f) ? any_percent : any_amount) = true;
    }
    if (any_percent && !any_amount) r.kind = ValueKind::kPercent;
    for (const FigureToken& f : s.figures) {
      int c = band_of(f.anchor);
      if (c < 0 || !r.cells[c].text.empty()) continue;
      Cell& cell = r.cells[c];
      cell.text = f.text;
      cell.span = SourceSpan{l.src->OffsetOf(f.start), l.src->OffsetOf(f.end)};
      if (!f.value) continue;
      cell.amount =
          FigureAmount(f, r.kind == ValueKind::kMoney && !percent_figure(f) ? table.scale : 0);
    }
    table.rows.push_back(std::move(r));
  }
  rows.FlushHeading();
  ScaleExceptions(vocabulary, &table);
  ShareCountsInContext(vocabulary, &table);
  RatiosInContext(vocabulary, &table);
  ChangeColumnsHaveNoPeriod(vocabulary, &table);
  return table;
}

}  // namespace tieout
