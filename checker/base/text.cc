#include "checker/base/text.h"

namespace tieout {
namespace {

// A-Z only, without the C library's locale look-up: these run on every byte of a file.
char LowerChar(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

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

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > hay.size()) return false;
  // The first character in either case, then the rest.
  char lower = LowerChar(needle[0]);
  char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
  for (size_t i = 0, last = hay.size() - needle.size(); i <= last; ++i) {
    if (hay[i] != lower && hay[i] != upper) continue;
    size_t k = 1;
    while (k < needle.size() && LowerChar(hay[i + k]) == LowerChar(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualNoCase(s.substr(s.size() - suffix.size()), suffix);
}

}  // namespace tieout
