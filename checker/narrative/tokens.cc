#include "checker/narrative/tokens.h"

#include <array>
#include <cctype>

namespace tieout {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

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
      t.capitalized = std::isupper(static_cast<unsigned char>(c)) != 0;
      size_t limit = next_figure < figures.size() ? figures[next_figure].begin : text.size();
      while (i < limit) {
        if (IsAlnum(text[i])) {
          t.word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
          ++i;
        } else if (text[i] == '\'' && i + 1 < limit && IsAlnum(text[i + 1])) {
          t.word.push_back('\'');
          ++i;
        } else if (IsCurlyApostrophe(text, i) && i + 3 < limit && IsAlnum(text[i + 3])) {
          t.word.push_back('\'');
          i += 3;
        } else if ((text[i] == '.' || text[i] == ',') && i + 1 < limit &&
                   std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
                   std::isdigit(static_cast<unsigned char>(t.word.back()))) {
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
  return out;
}

}  // namespace tieout
