// Aligned tables among lines of text: a block of lines where several lines end in two or more
// figures, with the header lines above it, as printed without markup. The plain-text reader
// reads every such block of a draft as a table; the EDGAR text reader, whose tables are tagged
// <TABLE>, reads an untagged block only where it is plainly one (PlainlyATable).
#ifndef TIEOUT_INGEST_ALIGNED_TABLES_H_
#define TIEOUT_INGEST_ALIGNED_TABLES_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/ingest/text_lines.h"

namespace tieout {

// A Markdown pipe line: "| Revenue | 1,234 |".
bool IsPipeLine(std::string_view line);

struct LineKind {
  bool blank = false, rule = false, pipe = false;
  bool strong = false;  // two or more figures at the right
  bool weak = false;    // one figure after a label
  bool year = false;    // figures that are all years: a header
  bool prose = false;   // a line of a sentence, which no table holds
  int indent = 0;
  int figures = 0;  // figures with a value
  int right = 0;    // the column of the last figure's last digit
};

LineKind Classify(const TextLine& line);

// Finds the aligned tables among lines (pipe lines excluded): [first, last] line ranges.
std::vector<std::pair<size_t, size_t>> AlignedTables(const std::vector<LineKind>& kinds);

// Whether the block [first, last] that AlignedTables found is plainly a table where tables are
// normally marked up: a header line of years above its figures, three lines of two or more
// figures at least, and the last figures of those lines right-aligned on one column (most of
// them, and all but one).
bool PlainlyATable(const std::vector<LineKind>& kinds, size_t first, size_t last);

}  // namespace tieout

#endif  // TIEOUT_INGEST_ALIGNED_TABLES_H_
