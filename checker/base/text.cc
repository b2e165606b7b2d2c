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
  // The places of the first character in either case, found by memchr (the library's vector
  // search), then the rest compared.
  char lower = LowerChar(needle[0]);
  char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
  const char* begin = hay.data();
  const size_t starts = hay.size() - needle.size() + 1;  // where a match may begin
  auto next = [&](char c, size_t at) -> size_t {
    const void* p = at < starts ? std::memchr(begin + at, c, starts - at) : nullptr;
    return p != nullptr ? static_cast<size_t>(static_cast<const char*>(p) - begin) : starts;
  };
  size_t at_lower = next(lower, from), at_upper = upper != lower ? next(upper, from) : starts;
  while (at_lower < starts || at_upper < starts) {
    size_t i = std::min(at_lower, at_upper);
    size_t k = 1;
    while (k < needle.size() && LowerChar(hay[i + k]) == LowerChar(needle[k])) ++k;
    if (k == needle.size()) return i;
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
