// Text encodings at the edges: bytes that are not UTF-8, and files written in UTF-16.
//
// The readers work on a file's bytes as they are (every span is a byte offset into them). What
// leaves tieout (JSON, SARIF, text reports) is UTF-8: RepairUtf8 keeps every well-formed UTF-8
// sequence and reads any other byte as Windows-1252, the encoding of most releases that are not
// UTF-8 (ISO-8859-1 is its subset for printable characters).
#ifndef TIEOUT_BASE_UTF8_H_
#define TIEOUT_BASE_UTF8_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tieout {

// Whether `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool IsUtf8(std::string_view bytes);

// `bytes` as UTF-8: well-formed sequences unchanged, every other byte decoded as Windows-1252;
// the five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become U+FFFD.
std::string RepairUtf8(std::string_view bytes);
// The same, in place; returns whether anything changed. Cheap when `text` is already UTF-8.
bool MakeUtf8(std::string* text);

// How many code points RepairUtf8(bytes) has: a well-formed UTF-8 sequence is one, and so is
// every other byte. A column "in Unicode code points" of a line is this of the bytes before it,
// plus one.
int CodePoints(std::string_view bytes);
// The code point of a Windows-1252 byte; 0 for the five bytes the code page leaves undefined.
uint32_t Windows1252CodePoint(unsigned char c);
// Appends code point `cp` (at most U+10FFFF) encoded in UTF-8.
void AppendUtf8(uint32_t cp, std::string* out);

enum class Utf16 { kLittleEndian, kBigEndian };
// The byte order a UTF-16 byte order mark at the start of `bytes` names, if there is one.
std::optional<Utf16> Utf16Bom(std::string_view bytes);
// UTF-16 (after its BOM) as UTF-8. An unpaired surrogate becomes U+FFFD; a trailing odd byte
// is dropped. Returns nullopt when `bytes` starts with no UTF-16 BOM.
std::optional<std::string> DecodeUtf16(std::string_view bytes);

}  // namespace tieout

#endif  // TIEOUT_BASE_UTF8_H_
