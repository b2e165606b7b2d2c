#include "checker/ingest/aligned_tables.h"

#include <map>

#include "checker/ingest/text_table.h"

namespace tieout {
namespace {

constexpr int kMaxGap = 4;  // non-figure lines a table may hold between two lines of figures

}  // namespace

bool IsPipeLine(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.size() < 2 || t.front() != '|') return false;
  size_t pipes = 0;
  for (char c : t) pipes += c == '|';
  return pipes >= 2;
}

LineKind Classify(const TextLine& line) {
  LineKind k;
  std::string_view t = Trim(line.text);
  k.blank = t.empty();
  if (k.blank) return k;
  k.indent = line.indent();
  k.pipe = IsPipeLine(line.text);
  k.rule = IsRuleLine(line.text);
  if (k.pipe || k.rule) return k;
  SplitLine s = SplitFigures(line.text);
  int values = 0;
  bool years = !s.figures.empty();
  for (const FigureToken& f : s.figures) {
    if (f.value) ++values;
    years = years && IsYearFigureToken(f);
  }
  k.year = years;
  k.figures = values;
  if (!s.figures.empty()) k.right = s.figures.back().anchor;
  k.strong = !years && values >= 2;
  k.weak = !years && values == 1 && !s.label.empty();
  int words = 0;
  bool in_word = false;
  for (char c : s.label) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  k.prose = words >= 12 || (s.figures.empty() && t.size() > 70 && t.back() == '.');
  return k;
}

std::vector<std::pair<size_t, size_t>> AlignedTables(const std::vector<LineKind>& kinds) {
  std::vector<std::pair<size_t, size_t>> out;
  const size_t n = kinds.size();
  size_t floor = 0;  // lines before this belong to an earlier table
  for (size_t i = 0; i < n;) {
    if (!kinds[i].strong && !kinds[i].weak) {
      ++i;
      continue;
    }
    size_t last = i, strong = kinds[i].strong ? 1 : 0, gap = 0;
    for (size_t k = i + 1; k < n; ++k) {
      const LineKind& l = kinds[k];
      if (l.pipe || l.prose) break;
      if (l.strong || l.weak) {
        last = k;
        strong += l.strong;
        gap = 0;
      } else if (++gap > kMaxGap) {
        break;
      }
    }
    if (strong < 2) {
      i = last + 1;
      continue;
    }
    // Header lines above: rules, years, indented headings, labels; across a blank line only
    // to a header line that stands over the figures.
    size_t first = i;
    for (size_t k = i; k > floor;) {
      const LineKind& l = kinds[k - 1];
      if (l.pipe || l.prose) break;
      if (l.blank) {
        if (k >= 2 + floor && !kinds[k - 2].blank &&
            (kinds[k - 2].rule || kinds[k - 2].year || kinds[k - 2].indent >= 20)) {
          k -= 1;
          continue;
        }
        break;
      }
      first = --k;
    }
    // Rule lines under the last figures.
    for (size_t k = last + 1; k < n;) {
      if (kinds[k].rule) {
        last = k++;
      } else if (kinds[k].blank && k + 1 < n && kinds[k + 1].rule) {
        last = k + 1;
        k += 2;
      } else {
        break;
      }
    }
    out.emplace_back(first, last);
    floor = last + 1;
    i = last + 1;
  }
  return out;
}

bool PlainlyATable(const std::vector<LineKind>& kinds, size_t first, size_t last) {
  bool header = false;
  int strong = 0;
  std::map<int, int> rights;  // right edge -> strong lines ending there
  for (size_t k = first; k <= last && k < kinds.size(); ++k) {
    const LineKind& l = kinds[k];
    if (l.year && strong == 0) header = true;
    if (!l.strong) continue;
    ++strong;
    ++rights[l.right];
  }
  if (!header || strong < 3) return false;
  int most = 0;
  for (auto [right, n] : rights) {
    // A figure one column off ("(978)" against "$1,238" is aligned on the digits already).
    int near = n + (rights.count(right - 1) ? rights.at(right - 1) : 0);
    most = std::max(most, near);
  }
  return most >= strong - 1 && 2 * most > strong;
}

}  // namespace tieout
