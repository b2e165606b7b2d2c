#include "checker/base/utf8.h"

#include <cstdint>
#include <cstring>

namespace tieout {
namespace {

// The first index at or after `i` whose byte is not ASCII (or the size): eight bytes at a time,
// since most of a release is ASCII.
size_t AsciiEnd(std::string_view s, size_t i) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  for (uint64_t word; i + 8 <= s.size(); i += 8) {
    std::memcpy(&word, s.data() + i, 8);
    if (word & kHighBits) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// The length of the well-formed UTF-8 sequence at `i`, or 0 when the byte there starts none
// (RFC 3629, table 3-7 of the Unicode standard).
size_t SequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  size_t n = c >= 0xC2 && c <= 0xDF   ? 2
             : c >= 0xE0 && c <= 0xEF ? 3
             : c >= 0xF0 && c <= 0xF4 ? 4
                                      : 0;
  if (n == 0 || i + n > s.size()) return 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (c == 0xE0) lo = 0xA0;
  if (c == 0xED) hi = 0x9F;
  if (c == 0xF0) lo = 0x90;
  if (c == 0xF4) hi = 0x8F;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if (at(i + k) < 0x80 || at(i + k) > 0xBF) return 0;
  }
  return n;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

constexpr uint32_t kReplacement = 0xFFFD;

// Windows-1252 bytes 0x80-0x9F (the WHATWG encoding table); 0xA0-0xFF are U+00A0-U+00FF.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

uint32_t Windows1252CodePoint(unsigned char c) {
  if (c >= 0x80 && c <= 0x9F) return kCp1252High[c - 0x80];
  return c;
}

bool IsUtf8(std::string_view bytes) {
  for (size_t i = AsciiEnd(bytes, 0); i < bytes.size(); i = AsciiEnd(bytes, i)) {
    size_t n = SequenceLength(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

int CodePoints(std::string_view bytes) {
  int count = 0;
  for (size_t i = 0; i < bytes.size();) {
    size_t ascii = AsciiEnd(bytes, i);  // one code point a byte
    count += static_cast<int>(ascii - i);
    if (ascii == bytes.size()) break;
    size_t n = SequenceLength(bytes, ascii);
    i = ascii + (n > 0 ? n : 1);
    ++count;
  }
  return count;
}

std::string RepairUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    size_t n = SequenceLength(bytes, i);
    if (n > 0) {
      out.append(bytes.substr(i, n));
      i += n;
    } else {
      uint32_t cp = Windows1252CodePoint(static_cast<unsigned char>(bytes[i]));
      AppendUtf8(cp == 0 ? kReplacement : cp, &out);
      ++i;
    }
  }
  return out;
}

bool MakeUtf8(std::string* text) {
  if (IsUtf8(*text)) return false;
  *text = RepairUtf8(*text);
  return true;
}

std::optional<Utf16> Utf16Bom(std::string_view bytes) {
  if (bytes.size() < 2) return std::nullopt;
  auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  if (b0 == 0xFF && b1 == 0xFE) return Utf16::kLittleEndian;
  if (b0 == 0xFE && b1 == 0xFF) return Utf16::kBigEndian;
  return std::nullopt;
}

std::optional<std::string> DecodeUtf16(std::string_view bytes) {
  std::optional<Utf16> order = Utf16Bom(bytes);
  if (!order) return std::nullopt;
  auto unit = [&](size_t i) -> uint32_t {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return *order == Utf16::kLittleEndian ? (b << 8 | a) : (a << 8 | b);
  };
  std::string out;
  out.reserve(bytes.size() / 2);
  for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t next = unit(i + 2);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (next - 0xDC00), &out);
        i += 2;
        continue;
      }
    }
    AppendUtf8(u >= 0xD800 && u <= 0xDFFF ? kReplacement : u, &out);
  }
  return out;
}

}  // namespace tieout
