#include "checker/base/source.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace tieout {

namespace {

// The offset where each line of `text` starts; every offset fits in T.
template <typename T>
void IndexLines(std::string_view text, std::vector<T>* starts) {
  // Counted first, so the index is one allocation of its exact size.
  starts->reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  starts->push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts->push_back(static_cast<T>(i + 1));
  }
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : wide_(text.size() > UINT32_MAX) {
  if (wide_) {
    IndexLines(text, &wide_starts_);
  } else {
    IndexLines(text, &line_starts_);
  }
}

Location LineIndex::Locate(uint64_t offset) const {
  auto locate = [offset](const auto& starts) {
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    int line = static_cast<int>(it - starts.begin());
    return Location{line, static_cast<int>(offset - starts[line - 1]) + 1};
  };
  return wide_ ? locate(wide_starts_) : locate(line_starts_);
}

SourceFile::SourceFile(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)), index_(bytes_) {}

std::string_view SourceFile::Line(int line) const {
  if (line < 1 || line > index_.line_count()) return {};
  uint64_t b = index_.LineStart(line);
  uint64_t e = line < index_.line_count() ? index_.LineStart(line + 1) : bytes_.size();
  std::string_view s = std::string_view(bytes_).substr(b, e - b);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Expected<std::shared_ptr<const SourceFile>> ReadSourceFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  // Read into a string reserved at the file's size: one allocation of exactly its bytes (a
  // std::ostringstream doubles its buffer as it grows and held twice a large release). A file
  // without a size (a pipe) or one that grows while read still reads to its end.
  std::string bytes;
  std::error_code size_error;
  const uintmax_t size = std::filesystem::file_size(path, size_error);
  if (!size_error) bytes.reserve(static_cast<size_t>(size));
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  return std::make_shared<const SourceFile>(path, std::move(bytes));
}

}  // namespace tieout
