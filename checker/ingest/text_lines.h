// Lines of a plain-text document, with tabs expanded so that columns line up as printed.
#ifndef TIEOUT_INGEST_TEXT_LINES_H_
#define TIEOUT_INGEST_TEXT_LINES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/base/source.h"

namespace tieout {

struct TextLine {
  std::string text;                      // tabs expanded to 8, no end of line
  uint64_t offset = 0;                   // source offset of the line's first byte
  std::vector<uint32_t> byte_of_column;  // empty when columns and bytes coincide

  // The source offset of a printed column.
  uint64_t OffsetOf(int column) const {
    if (byte_of_column.empty() || column >= static_cast<int>(byte_of_column.size())) {
      return offset + static_cast<uint64_t>(column);
    }
    return offset + byte_of_column[column];
  }
  bool blank() const { return text.find_first_not_of(' ') == std::string::npos; }
  int indent() const {
    size_t i = text.find_first_not_of(' ');
    return i == std::string::npos ? 0 : static_cast<int>(i);
  }
};

// Splits text[span) into lines.
std::vector<TextLine> SplitLines(std::string_view text, SourceSpan span);

// True for a line drawn only with '-', '=' or '_' (and spaces): a rule under figures.
bool IsRuleLine(std::string_view s);

// Page furniture between pages of a printed release: "- more -", "(more)", "-more-",
// "Page 2", "###", "# # #", "- Financial Table Follows -".
bool IsPageFurniture(std::string_view s);

std::string_view Trim(std::string_view s);

}  // namespace tieout

#endif  // TIEOUT_INGEST_TEXT_LINES_H_
