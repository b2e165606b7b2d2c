// Small helpers on ASCII text, shared by the readers, the rules and the reporters. Bytes above
// 0x7f are left as they are (UTF-8 sequences stay whole).
#ifndef TIEOUT_BASE_TEXT_H_
#define TIEOUT_BASE_TEXT_H_

#include <string>
#include <string_view>

namespace tieout {

// `s` with A-Z lowercased.
std::string AsciiLower(std::string_view s);

// Whether `needle` occurs in `hay`, ASCII case ignored.
bool ContainsNoCase(std::string_view hay, std::string_view needle);

// Whether `s` ends with `suffix`, ASCII case ignored.
bool EndsWithNoCase(std::string_view s, std::string_view suffix);

}  // namespace tieout

#endif  // TIEOUT_BASE_TEXT_H_
