#include "checker/narrative/grammar.h"

#include <cctype>
#include <set>
#include <unordered_set>

#include "checker/base/text.h"

namespace tieout {

bool IsFunctionWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "a",
      "an",
      "the",
      "its",
      "their",
      "our",
      "his",
      "her",
      "this",
      "that",
      "these",
      "those",
      "it",
      "they",
      "we",
      "which",
      "who",
      "and",
      "or",
      "but",
      "of",
      "for",
      "in",
      "on",
      "at",
      "to",
      "from",
      "by",
      "with",
      "as",
      "than",
      "per",
      "over",
      "during",
      "while",
      "whereas",
      "also",
      "both",
      "each",
      "only",
      "still",
      "further",
      "again",
      "slightly",
      "significantly",
      "substantially",
      "modestly",
      "sharply",
      "mainly",
      "respectively",
      "was",
      "were",
      "is",
      "are",
      "be",
      "been",
      "being",
      "has",
      "have",
      "had",
      "will",
      "would",
      "not",
      "all",
      "then",
      "when",
      "since",
      "after",
      "before",
      "there",
      "such",
      "same",
      "total",
      "today",
      "currently",
  };
  return kWords.count(w) > 0;
}

bool IsCopula(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" ||
         w == "remained" || w == "remains" || w == "remain";
}

bool IsCalendarWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "january",   "february",   "march",   "april",    "may",       "june",    "july",
      "august",    "september",  "october", "november", "december",  "jan",     "feb",
      "mar",       "apr",        "jun",     "jul",      "aug",       "sep",     "sept",
      "oct",       "nov",        "dec",     "quarter",  "quarters",  "year",    "years",
      "month",     "months",     "week",    "weeks",    "period",    "periods", "fiscal",
      "first",     "second",     "third",   "fourth",   "prior",     "current", "previous",
      "preceding", "comparable", "ago",     "annual",   "quarterly", "full",    "ytd"};
  return kWords.count(w) > 0;
}

bool IsDeterminer(std::string_view w) { return w == "a" || w == "an" || w == "the"; }

bool IsInnerPreposition(std::string_view w) {
  return w == "of" || w == "for" || w == "from" || w == "on" || w == "in";
}

std::string Stem(std::string_view w) {
  std::string s(w);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  if (s.size() > 1 && s.back() == '\'') s.pop_back();
  size_t n = s.size();
  if (n <= 3) return s;
  if (s.compare(n - 3, 3, "ies") == 0) return s.substr(0, n - 3) + "y";
  if (s.compare(n - 4, 4, "sses") == 0) return s.substr(0, n - 2);
  // "taxes", "branches": the plural adds "es".
  if (s.compare(n - 3, 3, "xes") == 0 || s.compare(n - 4, 4, "ches") == 0 ||
      s.compare(n - 4, 4, "shes") == 0) {
    return s.substr(0, n - 2);
  }
  if (s.back() == 's') {
    char p = s[n - 2];
    if (p == 's' || p == 'u' || p == 'i') return s;
    return s.substr(0, n - 1);
  }
  return s;
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&]() {
    while (!cur.empty() && cur.back() == '\'') cur.pop_back();
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsAsciiAlnum(text[i]) || c >= 0x80) {
      cur.push_back(AsciiLowerChar(text[i]));
    } else if ((c == '\'' || c == 0x27) && !cur.empty()) {
      cur.push_back('\'');
    } else {
      flush();
      if (c == '&') out.push_back("and");
    }
  }
  flush();
  return out;
}

}  // namespace tieout
