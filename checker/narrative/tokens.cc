#include "checker/narrative/tokens.h"

#include <array>
#include <cctype>

#include "checker/base/text.h"

namespace tieout {
namespace {

bool IsAlnum(char c) { return IsAsciiAlnum(c); }

// U+2019 RIGHT SINGLE QUOTATION MARK, used as an apostrophe.
bool IsCurlyApostrophe(std::string_view text, size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         static_cast<unsigned char>(text[i + 2]) == 0x99;
}

// Quotation marks written as U+201C / U+201D.
bool IsCurlyQuote(std::string_view text, size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[i + 2]) == 0x9C ||
          static_cast<unsigned char>(text[i + 2]) == 0x9D);
}

// Words after which a period does not end a sentence.
bool IsAbbreviation(const std::string& w) {
  static constexpr std::array<const char*, 32> kAbbreviations = {
      "inc", "co",  "corp", "ltd", "mr",  "mrs",    "ms",  "dr",   "no",  "vs",  "st",
      "jr",  "sr",  "jan",  "feb", "mar", "apr",    "jun", "jul",  "aug", "sep", "sept",
      "oct", "nov", "dec",  "etc", "ph",  "approx", "cf",  "bros", "nos", "pp"};
  if (w.size() == 1) return true;  // "U.S.", "L.P.", initials
  for (const char* a : kAbbreviations) {
    if (w == a) return true;
  }
  return false;
}

// A word written in capitals only: "OPERATING", "INCOME" (at least two letters).
bool AllCapitals(std::string_view text, const Token& t) {
  if (!t.is_word() || t.end - t.begin < 2) return false;
  for (size_t i = t.begin; i < t.end; ++i) {
    if (std::islower(static_cast<unsigned char>(text[i]))) return false;
  }
  return std::isupper(static_cast<unsigned char>(text[t.begin])) != 0;
}

// "OPERATING INCOME Operating income was $134.3 million", "SALES | Sales were": a heading run
// into the paragraph's first sentence. The heading is a sentence of its own when its words in
// capitals are set off by '|', or the sentence starts by repeating them; otherwise (a heading
// that may qualify what follows: "NON-GAAP Net income") the words stay together.
void SplitRunInHeading(std::string_view text, std::vector<Token>* tokens) {
  std::vector<Token>& out = *tokens;
  size_t n = 0;
  while (n < out.size() && out[n].sentence == 0 && AllCapitals(text, out[n])) ++n;
  if (n == 0 || n >= out.size() || out[n].sentence != 0 || !out[n].is_word()) return;
  std::string_view between = text.substr(out[n - 1].end, out[n].begin - out[n - 1].end);
  bool bar = between.find('|') != between.npos;
  bool repeated = n + n <= out.size() && out[n].capitalized && !AllCapitals(text, out[n]);
  for (size_t k = 0; k < n && repeated; ++k) repeated = out[k].word == out[n + k].word;
  if (!bar && !repeated) return;
  for (size_t t = n; t < out.size(); ++t) ++out[t].sentence;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, const std::vector<Figure>& figures) {
  std::vector<Token> out;
  size_t next_figure = 0;
  size_t i = 0;
  int sentence = 0;
  bool end_pending = false;  // a sentence end was seen; the next word starts a new sentence
  auto push = [&](Token t) {
    if (end_pending) {
      ++sentence;
      end_pending = false;
    }
    t.sentence = sentence;
    out.push_back(std::move(t));
  };
  while (i < text.size()) {
    if (next_figure < figures.size() && figures[next_figure].begin <= i) {
      const Figure& f = figures[next_figure];
      Token t;
      t.begin = f.begin;
      t.end = f.end;
      t.figure = static_cast<int>(next_figure);
      push(t);
      i = std::max(i, f.end);
      ++next_figure;
      continue;
    }
    char c = text[i];
    if (IsAlnum(c)) {
      Token t;
      t.begin = i;
      t.capitalized = IsAsciiUpper(c);
      size_t limit = next_figure < figures.size() ? figures[next_figure].begin : text.size();
      while (i < limit) {
        if (IsAlnum(text[i])) {
          t.word.push_back(AsciiLowerChar(text[i]));
          ++i;
        } else if (text[i] == '\'' && i + 1 < limit && IsAlnum(text[i + 1])) {
          t.word.push_back('\'');
          ++i;
        } else if (IsCurlyApostrophe(text, i) && i + 3 < limit && IsAlnum(text[i + 3])) {
          t.word.push_back('\'');
          i += 3;
        } else if ((text[i] == '.' || text[i] == ',') && i + 1 < limit &&
                   IsAsciiDigit(text[i + 1]) && IsAsciiDigit(t.word.back())) {
          t.word.push_back(text[i]);  // "2.5", "1,000" outside a figure
          ++i;
        } else {
          break;
        }
      }
      t.end = i;
      push(std::move(t));
      continue;
    }
    if (c == '&') {
      Token t;
      t.begin = i;
      t.end = i + 1;
      t.word = "and";
      push(std::move(t));
      ++i;
      continue;
    }
    if (c == '.' || c == '!' || c == '?' || c == ';') {
      Token t;
      t.begin = i;
      t.end = i + 1;
      t.punct = c;
      bool space_after = i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '"' ||
                         text[i + 1] == ')' || IsCurlyQuote(text, i + 1);
      bool after_abbreviation = c == '.' && !out.empty() && out.back().is_word() &&
                                out.back().end == i && IsAbbreviation(out.back().word);
      push(std::move(t));
      if (space_after && !after_abbreviation) end_pending = true;
      ++i;
      continue;
    }
    if (c == ',' || c == ':' || c == '(' || c == ')' || c == '"' || c == '[' || c == ']') {
      Token t;
      t.begin = i;
      t.end = i + 1;
      t.punct = c == '[' ? '(' : (c == ']' ? ')' : c);
      push(std::move(t));
      ++i;
      continue;
    }
    if (IsCurlyQuote(text, i)) {
      Token t;
      t.begin = i;
      t.end = i + 3;
      t.punct = '"';
      push(std::move(t));
      i += 3;
      continue;
    }
    ++i;  // spaces, hyphens, slashes and other marks separate words
  }
  SplitRunInHeading(text, &out);
  return out;
}

}  // namespace tieout
