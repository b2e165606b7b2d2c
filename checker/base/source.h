// Source files and positions in them.
//
// Every block, cell and figure carries a SourceSpan: byte offsets into the file it came from.
// Offsets become line and column only when a report is printed, through the file's LineIndex.
#ifndef TIEOUT_BASE_SOURCE_H_
#define TIEOUT_BASE_SOURCE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/base/status.h"

namespace tieout {

struct SourceSpan {
  uint64_t begin = 0;  // first byte
  uint64_t end = 0;    // one past the last byte
  bool empty() const { return begin == end; }
};

struct Location {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in bytes
};

// Maps byte offsets to lines; built once per file, on demand.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Location Locate(uint64_t offset) const;
  int line_count() const {
    return static_cast<int>(wide_ ? wide_starts_.size() : line_starts_.size());
  }
  // The byte offset where a 1-based line starts.
  uint64_t LineStart(int line) const {
    return wide_ ? wide_starts_[line - 1] : line_starts_[line - 1];
  }

 private:
  // 4 bytes a line; a text of 4 GB or more keeps 8 (wide_starts_).
  std::vector<uint32_t> line_starts_;
  std::vector<uint64_t> wide_starts_;
  bool wide_ = false;
};

// A file's bytes, its name as the user gave it, and its line index. Shared, immutable.
class SourceFile {
 public:
  SourceFile(std::string path, std::string bytes);
  const std::string& path() const { return path_; }
  std::string_view text() const { return bytes_; }
  Location Locate(uint64_t offset) const { return index_.Locate(offset); }
  const LineIndex& index() const { return index_; }
  // The text of the 1-based line, without its end of line.
  std::string_view Line(int line) const;

 private:
  std::string path_;
  std::string bytes_;
  LineIndex index_;
};

// Reads a whole file. Errors name the path.
Expected<std::shared_ptr<const SourceFile>> ReadSourceFile(const std::string& path);

}  // namespace tieout

#endif  // TIEOUT_BASE_SOURCE_H_
