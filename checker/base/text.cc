#include "checker/base/text.h"

#include <algorithm>
#include <cstring>

namespace tieout {
namespace {

// A-Z only, without the C library's locale look-up: these run on every byte of a file.
constexpr char LowerChar(char c) { return AsciiLowerChar(c); }

bool EqualNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerChar(a[i]) != LowerChar(b[i])) return false;
  }
  return true;
}

// How common a byte is in English prose (letters by their frequency, a space the most common):
// the lowest of a needle's bytes anchors FindNoCase's search. A table: looked up per byte of
// every needle searched.
struct CommonnessTable {
  unsigned char of[256] = {};
  constexpr CommonnessTable() {
    constexpr const char* kLetters = "zqxjkvbpygfwmucldrhsnioate";  // rarest first
    for (int c = 0; c < 256; ++c) of[c] = 5;
    for (int c = '0'; c <= '9'; ++c) of[c] = 10;
    for (int r = 0; kLetters[r] != 0; ++r) {
      of[static_cast<unsigned char>(kLetters[r])] = static_cast<unsigned char>(r + 1);
      of[static_cast<unsigned char>(kLetters[r] - 'a' + 'A')] = static_cast<unsigned char>(r + 1);
    }
    of[static_cast<unsigned char>(' ')] = 40;
  }
};
constexpr CommonnessTable kCommonness;

int Commonness(char c) { return kCommonness.of[static_cast<unsigned char>(c)]; }

// The index of the needle's least common byte (the first of equals).
size_t RarestCharacter(std::string_view needle) {
  size_t best = 0;
  for (size_t i = 1; i < needle.size(); ++i) {
    if (Commonness(needle[i]) < Commonness(needle[best])) best = i;
  }
  return best;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerChar(c);
  return out;
}

size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  if (from > hay.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  if (needle.size() > hay.size() - from) return std::string_view::npos;
  // The places of the needle's rarest character in either case, found by memchr (the library's
  // vector search), then the whole needle compared: anchored on the first letter of "ceo", memchr
  // stops at every "c" of a paragraph. Matches come in order of where they begin.
  const size_t k = RarestCharacter(needle);
  char lower = LowerChar(needle[k]);
  char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
  const char* begin = hay.data();
  const size_t starts = hay.size() - needle.size() + 1;  // where a match may begin
  // The next place at or after `at` where a match may begin with `c` at its anchor.
  auto next = [&](char c, size_t at) -> size_t {
    const void* p = at < starts ? std::memchr(begin + at + k, c, starts - at) : nullptr;
    return p != nullptr ? static_cast<size_t>(static_cast<const char*>(p) - begin) - k : starts;
  };
  size_t at_lower = next(lower, from), at_upper = upper != lower ? next(upper, from) : starts;
  while (at_lower < starts || at_upper < starts) {
    size_t i = std::min(at_lower, at_upper);
    if (EqualNoCase(hay.substr(i, needle.size()), needle)) return i;
    if (i == at_lower) at_lower = next(lower, i + 1);
    if (i == at_upper) at_upper = next(upper, i + 1);
  }
  return std::string_view::npos;
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  return FindNoCase(hay, needle, 0) != std::string_view::npos;
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualNoCase(s.substr(s.size() - suffix.size()), suffix);
}

}  // namespace tieout
