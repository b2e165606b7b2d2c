// The text of markup documents (HTML, DOCX): encodings, typographic characters, and words
// with the source offsets they were read from.
#ifndef TIEOUT_INGEST_INLINE_TEXT_H_
#define TIEOUT_INGEST_INLINE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/document/document.h"

namespace tieout {

// Bytes in UTF-8, and the way back to the offsets of the bytes they were decoded from.
struct Utf8Text {
  std::string_view original;  // the bytes read (they must outlive this)
  std::string decoded;        // them decoded from Windows-1252; empty when they were UTF-8
  // (offset in text, offset in the original) where the two stop moving together; empty when
  // the original was UTF-8 already.
  std::vector<std::pair<uint64_t, uint64_t>> shifts;

  // The text as UTF-8: the bytes themselves when they were UTF-8 already (not copied: a large
  // release is not held twice), else `decoded`.
  std::string_view text() const { return shifts.empty() ? original : decoded; }

  // The original offset of a byte of `text`.
  uint64_t OriginalOffset(uint64_t offset) const;
};

// The bytes as UTF-8 (`bytes` must outlive the result): unchanged when they are UTF-8 already,
// else decoded as Windows-1252 (the
// encoding EDGAR filings use when they are not ASCII).
Utf8Text ToUtf8(std::string_view bytes);

// True for the characters that separate words: ASCII white space, no-break and other Unicode
// spaces. `cp` is a code point.
bool IsSpaceCodePoint(uint32_t cp);

// Decodes the UTF-8 sequence at text[*i] and advances *i past it; an invalid byte decodes as
// itself.
uint32_t NextCodePoint(std::string_view text, size_t* i);

// Appends a code point as read in a table or paragraph: curly quotes become ASCII quotes, C1
// controls become the Windows-1252 characters they stand for in old filings (0x97 an em dash),
// the minus sign a hyphen; soft hyphens and zero-width characters vanish.
void AppendFolded(uint32_t cp, std::string* out);

// Text with every code point folded (AppendFolded) and white space folded to single spaces,
// trimmed.
std::string FoldText(std::string_view text);

// A word of decoded text and where its bytes start in the source.
struct Word {
  std::string text;  // folded
  uint64_t offset = 0;
  bool space_before = false;  // white space separates it from what came before
};

// Splits decoded text (a DOM text node) into words and finds each word in the markup it came
// from: `source` from `from` on, where an entity reference ("&amp;", "&#8212;") stands for the
// character it decodes to. Words that cannot be found get the offset of the last one found.
// Returns whether the text ends in white space.
bool SplitWords(std::string_view decoded, std::string_view source, uint64_t from,
                std::vector<Word>* out);

// Builds a paragraph (or a cell's text) from words: one space where the source had white space
// or a line break, none where two runs of text touch ("Rev<i>enue</i>"). Consecutive words that
// stand in the source exactly as in the text share one piece.
class TextBuilder {
 public:
  // Adds a word whose bytes start at `original_offset` in the file.
  void Add(const Word& word, uint64_t original_offset);
  // White space or a break (<br>, the end of a cell) between what was added and what follows.
  void Break() { space_ = true; }
  bool empty() const { return paragraph_.composed.empty(); }
  const std::string& text() const { return paragraph_.composed; }
  // The paragraph built so far; the builder starts over.
  Paragraph Take();

 private:
  Paragraph paragraph_;
  bool space_ = false;
  uint64_t last_end_ = 0;  // original offset just past the last word's bytes
};

// True when the text holds a letter or a digit: a paragraph worth keeping, not a bullet or rule.
bool HasWordCharacter(std::string_view text);

// Keeps `text` among the paragraphs since the last table (nearest last, at most eight), where a
// table's title and scale note are looked for.
void RememberRecent(const std::string& text, std::vector<std::string>* recent);

// Ends the paragraph `builder` holds: added to `doc` and remembered in `recent` when it holds a
// letter or a digit, dropped otherwise.
void FlushParagraph(TextBuilder* builder, std::vector<std::string>* recent, Document* doc);

}  // namespace tieout

#endif  // TIEOUT_INGEST_INLINE_TEXT_H_
