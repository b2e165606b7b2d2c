#include "checker/ingest/inline_text.h"

#include <algorithm>
#include <cctype>

#include "checker/base/text.h"
#include "checker/base/utf8.h"

namespace tieout {
namespace {

// The length of the entity reference at source[j] ("&amp;", "&#8212;", "&#x2014;"), or 0.
size_t EntityLength(std::string_view source, size_t j) {
  if (j >= source.size() || source[j] != '&') return 0;
  size_t k = j + 1;
  if (k < source.size() && source[k] == '#') ++k;
  size_t name = k;
  while (k < source.size() && k - j < 32 && IsAsciiAlnum(source[k])) {
    ++k;
  }
  if (k == name) return 0;
  if (k < source.size() && source[k] == ';') return k + 1 - j;
  return k - j;  // "&nbsp" without its semicolon, as lenient parsers read it
}

// One character of the source as the parser saw it: an entity reference, or one UTF-8 sequence.
size_t SourceCharLength(std::string_view source, size_t j) {
  size_t e = EntityLength(source, j);
  if (e > 0) return e;
  size_t k = j;
  NextCodePoint(source, &k);
  return k - j;
}

bool SourceCharIsSpace(std::string_view source, size_t j) {
  size_t e = EntityLength(source, j);
  if (e > 0) {
    std::string_view ref = source.substr(j, e);
    static const char* const kSpaces[] = {"&nbsp",   "&#160", "&#xa0", "&#xA0", "&ensp", "&emsp",
                                          "&thinsp", "&#32",  "&#10",  "&#13",  "&#9"};
    for (const char* s : kSpaces) {
      std::string_view sv(s);
      if (ref.substr(0, sv.size()) == sv && (ref.size() == sv.size() || ref[sv.size()] == ';')) {
        return true;
      }
    }
    return false;
  }
  size_t k = j;
  return IsSpaceCodePoint(NextCodePoint(source, &k));
}

}  // namespace

uint64_t Utf8Text::OriginalOffset(uint64_t offset) const {
  if (shifts.empty()) return offset;
  auto it = std::upper_bound(
      shifts.begin(), shifts.end(), offset,
      [](uint64_t o, const std::pair<uint64_t, uint64_t>& s) { return o < s.first; });
  if (it == shifts.begin()) return offset;
  --it;
  return it->second + (offset - it->first);
}

Utf8Text ToUtf8(std::string_view bytes) {
  Utf8Text out;
  out.original = bytes;
  if (IsUtf8(bytes)) return out;
  out.decoded.reserve(bytes.size() + bytes.size() / 8);
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out.decoded.push_back(static_cast<char>(c));
      continue;
    }
    uint32_t cp = Windows1252CodePoint(c);
    AppendUtf8(cp == 0 ? c : cp, &out.decoded);
    // From here on, the decoded text runs ahead of the original by what this byte grew into.
    out.shifts.emplace_back(out.decoded.size(), i + 1);
  }
  return out;
}

bool IsSpaceCodePoint(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

uint32_t NextCodePoint(std::string_view text, size_t* i) {
  unsigned char c = static_cast<unsigned char>(text[*i]);
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (c < 0x80 || len == 1 || *i + len > text.size()) {
    ++*i;
    return c;
  }
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) {
    unsigned char b = static_cast<unsigned char>(text[*i + k]);
    if ((b & 0xC0) != 0x80) {
      ++*i;
      return c;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *i += len;
  return cp;
}

void AppendFolded(uint32_t cp, std::string* out) {
  if (cp >= 0x80 && cp < 0xA0 && Windows1252CodePoint(static_cast<unsigned char>(cp)) != 0) {
    cp = Windows1252CodePoint(static_cast<unsigned char>(cp));
  }
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      out->push_back('\'');
      return;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      out->push_back('"');
      return;
    case 0x2212:
      out->push_back('-');
      return;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return;
    default:
      break;
  }
  if (cp < 0x20 || (cp >= 0x80 && cp < 0xA0)) return;  // controls the code page leaves undefined
  AppendUtf8(cp, out);
}

std::string FoldText(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = NextCodePoint(text, &i);
    if (IsSpaceCodePoint(cp)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    AppendFolded(cp, &out);
  }
  return out;
}

bool SplitWords(std::string_view decoded, std::string_view source, uint64_t from,
                std::vector<Word>* out) {
  size_t i = 0, j = std::min<uint64_t>(from, source.size());
  bool space = false, in_word = false, lost = false;
  while (i < decoded.size()) {
    // Most characters of a word are printable ASCII standing as themselves in the source: the
    // general steps below would append it and step one byte in both.
    if (char c = decoded[i]; in_word && c > ' ' && c < 0x7f && c != '&' && !lost &&
                             j < source.size() && source[j] == c) {
      out->back().text.push_back(c);
      ++i;
      ++j;
      continue;
    }
    size_t next = i;
    uint32_t cp = NextCodePoint(decoded, &next);
    if (IsSpaceCodePoint(cp)) {
      // A run of spaces in the text stands for a run of spaces (or space entities) in the source.
      while (i < decoded.size()) {
        size_t k = i;
        if (!IsSpaceCodePoint(NextCodePoint(decoded, &k))) break;
        i = k;
      }
      while (!lost && j < source.size() && SourceCharIsSpace(source, j)) {
        j += SourceCharLength(source, j);
      }
      if (in_word && out->back().text.empty()) out->pop_back();  // zero-width characters only
      space = true;
      in_word = false;
      continue;
    }
    if (!in_word) {
      Word w;
      w.offset = j;
      w.space_before = space;
      out->push_back(std::move(w));
      in_word = true;
      space = false;
    }
    size_t before = out->back().text.size();
    AppendFolded(cp, &out->back().text);
    if (out->back().text.size() == before && out->back().text.empty()) {
      // A character that folds to nothing at the start of a word: the word starts later.
      out->back().offset = j + (lost || j >= source.size() ? 0 : SourceCharLength(source, j));
    }
    if (!lost && j < source.size()) {
      std::string_view expect = decoded.substr(i, next - i);
      if (EntityLength(source, j) > 0 || source.substr(j, expect.size()) == expect) {
        j += SourceCharLength(source, j);
      } else {
        // The parser dropped or changed a character: look a little ahead for this one.
        size_t found = source.substr(j, 16).find(expect);
        if (found == std::string_view::npos) {
          lost = true;
        } else {
          j += found + expect.size();
        }
      }
    }
    i = next;
  }
  if (!out->empty() && out->back().text.empty()) out->pop_back();
  return space;
}

void TextBuilder::Add(const Word& word, uint64_t original_offset) {
  if (word.text.empty()) return;
  Paragraph& p = paragraph_;
  // A paragraph's text is under 4 GB (Paragraph::Piece): the rest is not read.
  if (p.composed.size() + 1 + word.text.size() > UINT32_MAX) return;
  bool gap = !p.composed.empty() && (space_ || word.space_before);
  space_ = false;
  if (p.composed.empty()) p.span = SourceSpan{original_offset, original_offset};
  if (gap) p.composed.push_back(' ');
  bool continues = !p.pieces.empty() && original_offset == last_end_ + (gap ? 1 : 0) &&
                   size_t{p.pieces.back().text_offset} + p.pieces.back().length + (gap ? 1 : 0) ==
                       p.composed.size();
  if (continues) {
    p.pieces.back().length += static_cast<uint32_t>(word.text.size() + (gap ? 1 : 0));
  } else {
    p.pieces.push_back(Paragraph::Piece{static_cast<uint32_t>(p.composed.size()),
                                        static_cast<uint32_t>(word.text.size()), original_offset});
  }
  p.composed += word.text;
  last_end_ = original_offset + word.text.size();
  p.span.end = std::max(p.span.end, last_end_);
}

Paragraph TextBuilder::Take() {
  Paragraph out = std::move(paragraph_);
  paragraph_ = Paragraph();
  space_ = false;
  last_end_ = 0;
  return out;
}

bool HasWordCharacter(std::string_view text) {
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

void RememberRecent(const std::string& text, std::vector<std::string>* recent) {
  constexpr size_t kRecent = 8;
  recent->push_back(text);
  if (recent->size() > kRecent) recent->erase(recent->begin());
}

void FlushParagraph(TextBuilder* builder, std::vector<std::string>* recent, Document* doc) {
  if (builder->empty()) return;
  Paragraph p = builder->Take();
  if (!HasWordCharacter(p.composed)) return;
  RememberRecent(p.composed, recent);
  // Appending left up to twice the room the paragraph uses; the next ones take it up.
  p.composed.shrink_to_fit();
  p.pieces.shrink_to_fit();
  doc->paragraphs.push_back(std::move(p));
}

}  // namespace tieout
