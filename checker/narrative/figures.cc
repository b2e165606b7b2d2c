#include "checker/narrative/figures.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "checker/base/english.h"
#include "checker/base/text.h"

namespace tieout {
namespace {

// Justified text spreads words apart: up to this many spaces still join a number to its unit.
constexpr size_t kMaxGap = 4;

bool IsDigit(char c) { return IsAsciiDigit(c); }
bool IsAlpha(char c) { return IsAsciiAlpha(c); }
bool IsAlnum(char c) { return IsAsciiAlnum(c); }
char Lower(char c) { return AsciiLowerChar(c); }

// The word of letters starting at `i`, lowercased; empty when text[i] is not a letter.
std::string WordAt(std::string_view text, size_t i, size_t* end) {
  std::string w;
  size_t j = i;
  while (j < text.size() && IsAlpha(text[j])) w.push_back(Lower(text[j++]));
  *end = j;
  return w;
}

size_t SkipSpaces(std::string_view text, size_t i, size_t max = std::string_view::npos) {
  size_t n = 0;
  while (i < text.size() && text[i] == ' ' && n < max) {
    ++i;
    ++n;
  }
  return i;
}

struct Number {
  Decimal value;
  size_t end = 0;
};

// "1,234.5", "0.3", ".03", "5": digits grouped by commas in threes, an optional fraction.
// Stops before a trailing comma or period that is punctuation ("$5,000." or "$111,000,").
std::optional<Number> ParseNumber(std::string_view text, size_t i) {
  size_t j = i;
  std::string digits;
  while (j < text.size() && IsDigit(text[j])) digits.push_back(text[j++]);
  if (!digits.empty()) {
    while (j + 3 < text.size() && text[j] == ',' && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) &&
           IsDigit(text[j + 3]) && (j + 4 >= text.size() || !IsDigit(text[j + 4]))) {
      digits.append(text.substr(j + 1, 3));
      j += 4;
    }
  }
  if (j + 1 < text.size() && text[j] == '.' && IsDigit(text[j + 1])) {
    digits.push_back('.');
    ++j;
    while (j < text.size() && IsDigit(text[j])) digits.push_back(text[j++]);
    // "1.2.3" is a version or a section number, not a figure.
    if (j + 1 < text.size() && text[j] == '.' && IsDigit(text[j + 1])) return std::nullopt;
  }
  if (digits.empty() || digits == ".") return std::nullopt;
  auto d = Decimal::Parse(digits);
  if (!d) return std::nullopt;
  return Number{*d, j};
}

// A scale word right after a number: " million", "-million", "M", " bn", "K".
int ScaleAt(std::string_view text, size_t i, size_t* end) {
  size_t j = i;
  bool spaced = false;
  if (j < text.size() && text[j] == '-') {
    ++j;
    spaced = true;
  } else if (j < text.size() && text[j] == ' ') {
    j = SkipSpaces(text, j, kMaxGap);  // justified text: "$162.4  billion"
    spaced = true;
  }
  size_t wend;
  std::string w = WordAt(text, j, &wend);
  if (w.empty()) return 0;
  struct Word {
    const char* word;
    int power;
    bool attached_only;
  };
  static constexpr std::array<Word, 17> kWords = {{{"thousand", 3, false},
                                                   {"thousands", 3, false},
                                                   {"million", 6, false},
                                                   {"millions", 6, false},
                                                   {"billion", 9, false},
                                                   {"billions", 9, false},
                                                   {"trillion", 12, false},
                                                   {"mil", 6, false},
                                                   {"mln", 6, false},
                                                   {"mm", 6, false},
                                                   {"bn", 9, false},
                                                   {"bil", 9, false},
                                                   {"tn", 12, false},
                                                   {"k", 3, true},
                                                   {"m", 6, true},
                                                   {"b", 9, true},
                                                   {"t", 12, true}}};
  for (const Word& k : kWords) {
    if (w == k.word && !(k.attached_only && spaced)) {
      *end = wend;
      return k.power;
    }
  }
  return 0;
}

// " per common share", " a share", " per diluted share": returns the end, or npos.
size_t PerShareAt(std::string_view text, size_t i) {
  size_t j = SkipSpaces(text, i, kMaxGap);
  size_t wend;
  std::string w = WordAt(text, j, &wend);
  if (w != "per" && w != "a" && w != "an") return std::string_view::npos;
  j = wend;
  for (int words = 0; words < 4; ++words) {
    j = SkipSpaces(text, j, kMaxGap);
    w = WordAt(text, j, &wend);
    if (w.empty()) return std::string_view::npos;
    if (w == "share" || w == "shares" || w == "unit" || w == "ads" || w == "adr") return wend;
    if (w == "of" || w == "month" || w == "year" || w == "day") return std::string_view::npos;
    j = wend;
    if (j < text.size() && text[j] == '-') ++j;  // "per fully-diluted share"
  }
  return std::string_view::npos;
}

// " shares", " common shares", " newly issued shares": the end, or npos. At most three words
// stand between the number and "shares".
size_t SharesAt(std::string_view text, size_t i) {
  size_t j = i;
  for (int words = 0; words < 4; ++words) {
    if (j >= text.size() || text[j] != ' ') return std::string_view::npos;
    j = SkipSpaces(text, j, kMaxGap);
    size_t wend;
    std::string w = WordAt(text, j, &wend);
    if (w.empty()) return std::string_view::npos;
    if (w == "shares") return wend;
    if (w == "of" || w == "and" || w == "or" || w == "per" || w == "in" || w == "to") {
      return std::string_view::npos;
    }
    j = wend;
    if (j < text.size() && text[j] == '-') {
      ++j;  // "newly-issued"
      size_t e2;
      WordAt(text, j, &e2);
      j = e2;
    }
  }
  return std::string_view::npos;
}

// "%", " %", " percent", " per cent": the end, or npos.
size_t PercentAt(std::string_view text, size_t i) {
  size_t j = SkipSpaces(text, i, kMaxGap);
  if (j < text.size() && text[j] == '%' && j <= i + 1) return j + 1;
  size_t wend;
  std::string w = WordAt(text, j, &wend);
  if (w == "percent") {
    size_t e2;
    std::string next = WordAt(text, SkipSpaces(text, wend, kMaxGap), &e2);
    if (next == "points" || next == "point") return std::string_view::npos;
    return wend;
  }
  if (w == "per") {
    size_t e2;
    std::string next = WordAt(text, SkipSpaces(text, wend, kMaxGap), &e2);
    if (next == "cent") return e2;
  }
  return std::string_view::npos;
}

bool IsYearLike(const Decimal& d, size_t begin, size_t end) {
  if (end - begin != 4 || d.exponent() != 0) return false;
  return d >= Decimal::FromInt(1900) && d <= Decimal::FromInt(2100);
}

Figure Make(size_t begin, const Number& n, int scale, bool scale_stated, FigureUnit unit,
            bool negative) {
  Figure f;
  f.begin = begin;
  f.unit = unit;
  f.scale = scale;
  f.scale_stated = scale_stated;
  f.negative = negative;
  f.value = n.value.Shifted(scale);
  if (negative) f.value = -f.value;
  f.precision = n.value.exponent() + scale;
  return f;
}

// A figure that starts with '$' at `i` (after an optional "US"), or nullopt.
std::optional<Figure> DollarFigure(std::string_view text, size_t i) {
  size_t begin = i;
  if (i >= 2 && text[i - 2] == 'U' && text[i - 1] == 'S') begin = i - 2;
  bool paren_outside = begin > 0 && text[begin - 1] == '(';
  bool minus_outside = begin > 0 && text[begin - 1] == '-' && (begin < 2 || text[begin - 2] == ' ');
  size_t j = SkipSpaces(text, i + 1, 2);
  bool paren_inside = false, minus = false;
  if (j < text.size() && text[j] == '(') {
    paren_inside = true;
    ++j;
  } else if (j < text.size() && text[j] == '-') {
    minus = true;
    ++j;
  }
  auto n = ParseNumber(text, j);
  if (!n) return std::nullopt;
  j = n->end;
  if (paren_inside) {
    if (j >= text.size() || text[j] != ')') return std::nullopt;
    ++j;
  }
  size_t scale_end = j;
  int scale = ScaleAt(text, j, &scale_end);
  if (scale == 0 && j < text.size() && IsAlpha(text[j])) return std::nullopt;  // "$5abc"
  j = scale_end;
  bool negative = paren_inside || minus;
  if (paren_outside && j < text.size() && text[j] == ')') {
    negative = true;
    --begin;
    ++j;
    if (scale == 0) {
      // "($1.5) million": the scale word after the parenthesis.
      size_t after_paren = j;
      scale = ScaleAt(text, j, &after_paren);
      j = after_paren;
    }
  } else if (minus_outside) {
    negative = true;
    --begin;
  }
  Figure f = Make(begin, *n, scale, scale > 0, FigureUnit::kMoney, negative);
  f.number_end = j;
  f.end = j;
  if (scale == 0) {
    size_t ps = PerShareAt(text, j);
    if (ps != std::string_view::npos) {
      f.unit = FigureUnit::kPerShare;
      f.end = ps;
    }
  }
  return f;
}

// A figure that starts with a digit or a cardinal word at `i`: a percentage, a share count, or
// an amount in "dollars" or "cents".
std::optional<Figure> PlainFigure(std::string_view text, size_t i) {
  std::optional<Number> n;
  bool word_number = false;
  if (IsAlpha(text[i])) {
    // The longest number word ("seventeen") has nine letters: a longer word is not one, and
    // is not copied to find out.
    constexpr size_t kLongestNumberWord = 9;
    size_t last = std::min(text.size(), i + kLongestNumberWord + 1);
    size_t letters = i;
    while (letters < last && IsAlpha(text[letters])) ++letters;
    if (letters - i > kLongestNumberWord) return std::nullopt;
    size_t wend;
    int v = CardinalWord(WordAt(text, i, &wend));
    if (v < 0) return std::nullopt;
    n = Number{Decimal::FromInt(v), wend};
    word_number = true;
  } else {
    n = ParseNumber(text, i);
  }
  if (!n) return std::nullopt;
  size_t j = n->end;
  if (j < text.size() && (IsAlpha(text[j]) || text[j] == '/' || text[j] == '-')) {
    // "10-K", "78m", "3/4": not a figure (a scale word needs a space: "10 million").
    if (!(text[j] == '-' && j + 1 < text.size() && IsAlpha(text[j + 1]))) return std::nullopt;
  }
  bool negative = i > 0 && text[i - 1] == '-' && (i < 2 || text[i - 2] == ' ');
  size_t begin = negative ? i - 1 : i;
  if (!word_number) {
    size_t pe = PercentAt(text, j);
    if (pe != std::string_view::npos) {
      Figure f = Make(begin, *n, 0, false, FigureUnit::kPercent, negative);
      f.number_end = f.end = pe;
      return f;
    }
  }
  size_t scale_end = j;
  int scale = 0;
  if (j < text.size() && text[j] == ' ') scale = ScaleAt(text, j, &scale_end);
  if (word_number && scale == 0) return std::nullopt;
  size_t after = scale > 0 ? scale_end : j;
  size_t se = SharesAt(text, after);
  if (se != std::string_view::npos && (scale > 0 || !IsYearLike(n->value, i, n->end))) {
    Figure f = Make(begin, *n, scale, scale > 0, FigureUnit::kShares, negative);
    f.number_end = after;
    f.end = se;
    return f;
  }
  size_t wstart = SkipSpaces(text, after, kMaxGap);
  size_t wend;
  std::string w = WordAt(text, wstart, &wend);
  if (wstart > after && (w == "dollars" || (w == "cents" && scale == 0))) {
    Figure f;
    if (w == "cents") {
      Number cents{n->value.Shifted(-2), n->end};
      f = Make(begin, cents, 0, false, FigureUnit::kMoney, negative);
    } else {
      f = Make(begin, *n, scale, scale > 0, FigureUnit::kMoney, negative);
    }
    f.number_end = f.end = wend;
    if (w == "cents") {
      size_t ps = PerShareAt(text, wend);
      if (ps != std::string_view::npos) {
        f.unit = FigureUnit::kPerShare;
        f.end = ps;
      }
    }
    return f;
  }
  return std::nullopt;
}

// Only separators stand between two figures: "and", "to", "or", ",", "-".
bool JoinedBySeparator(std::string_view between) {
  size_t i = 0;
  bool word_seen = false;
  while (i < between.size()) {
    char c = between[i];
    if (c == ' ' || c == ',') {
      ++i;
    } else if (c == '-') {
      ++i;
    } else if (IsAlpha(c)) {
      size_t e;
      std::string w = WordAt(between, i, &e);
      if (word_seen || (w != "and" && w != "to" && w != "or" && w != "through")) return false;
      word_seen = true;
      i = e;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

const char* FigureUnitName(FigureUnit unit) {
  switch (unit) {
    case FigureUnit::kMoney:
      return "money";
    case FigureUnit::kPerShare:
      return "per-share";
    case FigureUnit::kShares:
      return "shares";
    case FigureUnit::kPercent:
      return "percent";
  }
  return "money";
}

Figure Figure::WithScale(int power) const {
  Figure f = *this;
  f.value = value.Shifted(power - scale);
  f.precision = precision + power - scale;
  f.scale = power;
  return f;
}

std::vector<Figure> ExtractFigures(std::string_view text) {
  std::vector<Figure> out;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    std::optional<Figure> f;
    if (c == '$') {
      f = DollarFigure(text, i);
    } else if ((IsDigit(c) || (c == '.' && i + 1 < text.size() && IsDigit(text[i + 1]))) &&
               (i == 0 || (!IsAlnum(text[i - 1]) && text[i - 1] != '.' && text[i - 1] != ',' &&
                           text[i - 1] != '$' && text[i - 1] != '/' && text[i - 1] != ':'))) {
      if (IsDigit(c)) f = PlainFigure(text, i);
    } else if (IsAlpha(c) && (i == 0 || !IsAlnum(text[i - 1]))) {
      f = PlainFigure(text, i);
      if (!f) {
        while (i < text.size() && IsAlnum(text[i])) ++i;  // skip the rest of the word
        continue;
      }
    }
    if (f) {
      i = f->end;
      out.push_back(*f);
      continue;
    }
    // Skip the rest of a number or word so that "2003" does not yield "003".
    if (IsAlnum(c)) {
      while (i < text.size() && (IsAlnum(text[i]) || text[i] == '.' || text[i] == ',')) {
        if ((text[i] == '.' || text[i] == ',') && (i + 1 >= text.size() || !IsAlnum(text[i + 1]))) {
          break;
        }
        ++i;
      }
      if (i < text.size() && !IsAlnum(text[i])) ++i;
    } else {
      ++i;
    }
  }
  // A scale word or "per share" shared back over a list: "$2.8 and $6.0 million",
  // "$0.03 to $0.05 per share". Right to left, so that "$1, $2 and $3 million" chains.
  for (size_t k = out.size(); k-- > 1;) {
    Figure& a = out[k - 1];
    const Figure& b = out[k];
    if (a.unit != FigureUnit::kMoney || a.scale_stated || a.scale_shared) continue;
    // "$370,000 to $1.46 million": a figure written in full takes no scale word of another.
    if (a.value.Abs() >= Decimal::FromInt(1000)) continue;
    if (b.unit != FigureUnit::kMoney && b.unit != FigureUnit::kPerShare) continue;
    if (!(b.scale_stated || b.scale_shared) && b.unit != FigureUnit::kPerShare) continue;
    if (!JoinedBySeparator(text.substr(a.end, b.begin - a.end))) continue;
    if (b.unit == FigureUnit::kPerShare && b.scale == 0) {
      a.unit = FigureUnit::kPerShare;
    } else {
      a = a.WithScale(b.scale);
    }
    a.scale_shared = true;
  }
  return out;
}

std::string FormatLike(const Decimal& value, const Figure& like) {
  Decimal rounded = value.RoundTo(like.precision);
  Decimal shown = rounded.Shifted(-like.scale);
  bool negative = shown.is_negative();
  std::string digits = shown.Abs().ToDisplay();
  std::string scale_word;
  switch (like.scale) {
    case 3:
      scale_word = " thousand";
      break;
    case 6:
      scale_word = " million";
      break;
    case 9:
      scale_word = " billion";
      break;
    case 12:
      scale_word = " trillion";
      break;
    default:
      break;
  }
  std::string sign = negative ? "-" : "";
  switch (like.unit) {
    case FigureUnit::kMoney:
      return sign + "$" + digits + scale_word;
    case FigureUnit::kPerShare:
      return sign + "$" + digits + " per share";
    case FigureUnit::kShares:
      return sign + digits + scale_word + " shares";
    case FigureUnit::kPercent:
      return sign + digits + "%";
  }
  return digits;
}

std::string FormatFigure(const Figure& figure) { return FormatLike(figure.value, figure); }

}  // namespace tieout
