#include "checker/result/document_text.h"

#include <algorithm>

namespace tieout {

uint64_t DocumentText::OffsetOf(int line, int column, uint64_t fallback) const {
  const int i = line - first_line;
  if (column <= 0 || i < 0 || i >= static_cast<int>(line_starts.size())) return fallback;
  return line_starts[i] + static_cast<uint64_t>(column - 1);
}

int DocumentText::BlockAt(uint64_t offset) const {
  auto it = std::upper_bound(blocks.begin(), blocks.end(), offset,
                             [](uint64_t o, const Block& b) { return o < b.span.begin; });
  if (it == blocks.begin()) return -1;
  --it;
  return offset < it->span.end ? static_cast<int>(it - blocks.begin()) : -1;
}

size_t DocumentText::TextOffset(const Block& block, uint64_t offset, bool end) const {
  // The first run that ends after the offset (at or after it, for an end).
  auto it = std::partition_point(block.runs.begin(), block.runs.end(), [&](const Run& r) {
    uint64_t run_end = r.source_offset + r.length;
    return end ? run_end < offset : run_end <= offset;
  });
  if (it == block.runs.end()) return block.text.size();
  if (offset <= it->source_offset) return it->text_offset;
  return it->text_offset + static_cast<size_t>(offset - it->source_offset);
}

}  // namespace tieout
