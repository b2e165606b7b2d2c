#include "checker/vocabulary/pattern.h"

#include <algorithm>
#include <cctype>
#include <locale>
#include <utility>

#include "checker/base/text.h"

namespace tieout {
namespace {

char Fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// What a part of a pattern needs: one of `words` (when `some`), or nothing that can be read.
struct Need {
  bool some = false;
  std::vector<std::string> words;
};

// How much a need narrows the texts down: its shortest word.
size_t Strength(const Need& n) {
  if (!n.some || n.words.empty()) return 0;
  size_t shortest = n.words[0].size();
  for (const std::string& w : n.words) shortest = std::min(shortest, w.size());
  return shortest;
}

// A reader of the ECMAScript syntax std::regex accepts, one ParseX per construct. It only
// reads what a match needs; anything it does not know makes the whole pattern "needs nothing".
class NeedReader {
 public:
  explicit NeedReader(const std::string& s) : s_(s) {}

  Need Read() {
    Need n = ParseAlternatives();
    if (!ok_ || i_ != s_.size()) return Need{};
    return n;
  }

 private:
  // a|b|c up to a ')' or the end: every alternative must need something.
  Need ParseAlternatives() {
    Need out{true, {}};
    for (;;) {
      Need branch = ParseSequence();
      if (!ok_) return Need{};
      if (!branch.some) out.some = false;
      if (out.some) out.words.insert(out.words.end(), branch.words.begin(), branch.words.end());
      if (i_ < s_.size() && s_[i_] == '|') {
        ++i_;
        continue;
      }
      break;
    }
    if (!out.some) out.words.clear();
    return out;
  }

  enum class Atom { kChar, kGroup, kOther, kZeroWidth };

  // Atoms one after the other: the strongest need among the runs of plain characters and the
  // groups that must match.
  Need ParseSequence() {
    Need best;
    std::string run;
    auto consider = [&best](Need n) {
      if (Strength(n) > Strength(best)) best = std::move(n);
    };
    auto flush = [&] {
      if (!run.empty()) consider(Need{true, {run}});
      run.clear();
    };
    while (ok_ && i_ < s_.size() && s_[i_] != '|' && s_[i_] != ')') {
      char literal = 0;
      Need inner;
      Atom atom = ParseAtom(&literal, &inner);
      if (!ok_) break;
      int least = ParseQuantifier();
      if (!ok_) break;
      if (atom == Atom::kChar && least < 0) {
        run.push_back(Fold(literal));
        continue;
      }
      flush();
      if (least == 0) continue;  // optional: needs nothing
      if (atom == Atom::kChar) consider(Need{true, {std::string(1, Fold(literal))}});
      if (atom == Atom::kGroup) consider(std::move(inner));
    }
    flush();
    return best;
  }

  Atom ParseAtom(char* literal, Need* inner) {
    char c = s_[i_];
    if (c == '\\') return ParseEscape(literal);
    if (c == '[') {
      ParseClass();
      return Atom::kOther;
    }
    if (c == '(') {
      ++i_;
      bool look = false;
      if (s_.compare(i_, 2, "?:") == 0) {
        i_ += 2;
      } else if (s_.compare(i_, 2, "?=") == 0 || s_.compare(i_, 2, "?!") == 0) {
        i_ += 2;
        look = true;
      } else if (i_ < s_.size() && s_[i_] == '?') {
        ok_ = false;
        return Atom::kOther;
      }
      *inner = ParseAlternatives();
      if (!ok_ || i_ >= s_.size() || s_[i_] != ')') {
        ok_ = false;
        return Atom::kOther;
      }
      ++i_;
      // A lookahead consumes nothing: what it needs may stand anywhere, or be absent.
      return look ? Atom::kZeroWidth : Atom::kGroup;
    }
    ++i_;
    if (c == '^' || c == '$') return Atom::kZeroWidth;
    if (c == '.') return Atom::kOther;
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == ']' || c == '}') {
      ok_ = false;  // a quantifier with nothing to repeat, or a stray bracket
      return Atom::kOther;
    }
    *literal = c;
    return Atom::kChar;
  }

  Atom ParseEscape(char* literal) {
    if (i_ + 1 >= s_.size()) {
      ok_ = false;
      return Atom::kOther;
    }
    char e = s_[i_ + 1];
    i_ += 2;
    if (e == 'b' || e == 'B') return Atom::kZeroWidth;
    if (std::isalnum(static_cast<unsigned char>(e))) {
      // \d \w \s, \n \t, \x41, \u0041, \cJ, \0, back references: not a plain character here.
      size_t skip = e == 'x' ? 2 : e == 'u' ? 4 : e == 'c' ? 1 : 0;
      i_ = std::min(s_.size(), i_ + skip);
      while (std::isdigit(static_cast<unsigned char>(e)) && i_ < s_.size() &&
             std::isdigit(static_cast<unsigned char>(s_[i_]))) {
        ++i_;
      }
      return Atom::kOther;
    }
    *literal = e;  // \. \( \$ \\ ...
    return Atom::kChar;
  }

  void ParseClass() {
    ++i_;  // '['
    if (i_ < s_.size() && s_[i_] == '^') ++i_;
    while (i_ < s_.size() && s_[i_] != ']') i_ += s_[i_] == '\\' ? 2 : 1;
    if (i_ >= s_.size()) {
      ok_ = false;
      return;
    }
    ++i_;  // ']'
  }

  // -1 for none (the atom once), else the least number of times the atom must match.
  int ParseQuantifier() {
    if (i_ >= s_.size()) return -1;
    int least = -1;
    char q = s_[i_];
    if (q == '*' || q == '?') {
      least = 0;
      ++i_;
    } else if (q == '+') {
      least = 1;
      ++i_;
    } else if (q == '{') {
      size_t j = i_ + 1;
      int n = 0;
      bool digits = false;
      while (j < s_.size() && std::isdigit(static_cast<unsigned char>(s_[j]))) {
        n = std::min(n * 10 + (s_[j] - '0'), 1000);
        digits = true;
        ++j;
      }
      size_t close = s_.find('}', j);
      if (!digits || close == std::string::npos) {
        ok_ = false;
        return -1;
      }
      least = n;
      i_ = close + 1;
    }
    if (least >= 0 && i_ < s_.size() && s_[i_] == '?') ++i_;  // lazy
    return least;
  }

  const std::string& s_;
  size_t i_ = 0;
  bool ok_ = true;
};

}  // namespace

std::vector<std::string> NeededWords(const std::string& source) {
  Need n = NeedReader(source).Read();
  if (Strength(n) == 0) return {};
  std::sort(n.words.begin(), n.words.end());
  n.words.erase(std::unique(n.words.begin(), n.words.end()), n.words.end());
  return n.words;
}

namespace {

// std::regex reads the number of a back-reference (\2) or of a repeat ({2,5}) into a
// long without a bound: \2222222222222222222222 overflows it (undefined behaviour, found by
// the rules fuzzer), and a repeat in the millions builds an automaton as large. Like RE2, no
// repeat above 1000; no back-reference above 99. Throws std::regex_error as std::regex does.
void CheckNumbers(const std::string& source) {
  auto digit = [&](size_t at) {
    return at < source.size() && std::isdigit(static_cast<unsigned char>(source[at]));
  };
  // The number at `at`, or throws when it is above `limit`.
  auto number = [&](size_t at, size_t limit, std::regex_constants::error_type error) {
    size_t end = at;
    while (digit(end)) ++end;
    if (end - at > 4 || std::stoul(source.substr(at, end - at)) > limit) {
      throw std::regex_error(error);
    }
    return end;
  };
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\\') {
      if (digit(i + 1)) {
        i = number(i + 1, 99, std::regex_constants::error_backref) - 1;
      } else {
        ++i;  // an escaped character: "\\{" opens no repeat
      }
    } else if (source[i] == '{') {
      size_t j = i + 1;
      while (j < source.size() && (digit(j) || source[j] == ',')) {
        j = digit(j) ? number(j, 1000, std::regex_constants::error_badbrace) : j + 1;
      }
      i = j - 1;
    }
  }
}

}  // namespace

void RegexTraits::Cache() {
  // What std::regex_traits<char>::translate_nocase answers, with the facet looked up once.
  const auto& ctype = std::use_facet<std::ctype<char>>(getloc());
  const std::regex_traits<char>& plain = *this;
  const char w[] = "w";
  word_ = plain.lookup_classname(w, w + 1);
  for (int i = 0; i < 256; ++i) {
    char c = static_cast<char>(i);
    lower_[i] = ctype.tolower(c);
    is_word_[i] = plain.isctype(c, word_);
  }
}

Pattern::Pattern(std::string source_text, bool icase) : source(std::move(source_text)) {
  CheckNumbers(source);
  auto flags = std::regex::ECMAScript | std::regex::optimize;
  if (icase) flags |= std::regex::icase;
  re = Regex(source, flags);
  needed_ = NeededWords(source);
}

bool Pattern::MayMatch(const std::string& text) const {
  if (needed_.empty()) return true;
  for (const std::string& w : needed_) {
    if (ContainsNoCase(text, w)) return true;
  }
  return false;
}

bool Pattern::Search(const std::string& text) const {
  return MayMatch(text) && std::regex_search(text, re);
}

bool Pattern::Search(const std::string& text, std::smatch* match) const {
  if (!MayMatch(text)) {
    *match = std::smatch();
    return false;
  }
  return std::regex_search(text, *match, re);
}

RegexIterator Pattern::Begin(const std::string& text) const {
  if (!MayMatch(text)) return RegexIterator();
  return RegexIterator(text.begin(), text.end(), re);
}

}  // namespace tieout
