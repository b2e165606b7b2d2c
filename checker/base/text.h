// Small helpers on ASCII text, shared by the readers, the rules and the reporters. Bytes above
// 0x7f are left as they are (UTF-8 sequences stay whole).
#ifndef TIEOUT_BASE_TEXT_H_
#define TIEOUT_BASE_TEXT_H_

#include <string>
#include <string_view>

namespace tieout {

// The C locale's character classes (the program never changes its locale), inline: no library
// call and no locale look-up per character. Bytes above 0x7f are in no class.
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || IsAsciiAlpha(c); }
// ' ', '\t', '\n', '\v', '\f', '\r'.
constexpr bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr char AsciiLowerChar(char c) {
  return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// `s` with A-Z lowercased.
std::string AsciiLower(std::string_view s);

// Where `needle` first occurs in `hay` at or after `from`, ASCII case ignored, or npos.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from = 0);

// Whether `needle` occurs in `hay`, ASCII case ignored.
bool ContainsNoCase(std::string_view hay, std::string_view needle);

// Whether `s` ends with `suffix`, ASCII case ignored.
bool EndsWithNoCase(std::string_view s, std::string_view suffix);

}  // namespace tieout

#endif  // TIEOUT_BASE_TEXT_H_
