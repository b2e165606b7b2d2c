// CompactString: an immutable string in one heap block of exactly its size, for the texts a
// report holds by the hundred thousand (a check's detail): 8 bytes in the holder instead of a
// std::string's 32, and no room kept beyond the text.
#ifndef TIEOUT_BASE_COMPACT_STRING_H_
#define TIEOUT_BASE_COMPACT_STRING_H_

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace tieout {

class CompactString {
 public:
  CompactString() = default;
  CompactString(std::string_view text);  // NOLINT(runtime/explicit): stands in for a std::string
  CompactString(const std::string& text) : CompactString(std::string_view(text)) {}  // NOLINT
  CompactString(const char* text) : CompactString(std::string_view(text)) {}         // NOLINT
  CompactString(const CompactString& other) : CompactString(other.view()) {}
  CompactString(CompactString&&) noexcept = default;
  CompactString& operator=(const CompactString& other);
  CompactString& operator=(CompactString&&) noexcept = default;

  std::string_view view() const;
  operator std::string_view() const { return view(); }  // NOLINT(runtime/explicit)
  std::string str() const { return std::string(view()); }
  size_t size() const { return view().size(); }
  bool empty() const { return data_ == nullptr; }

  friend bool operator==(const CompactString& a, std::string_view b) { return a.view() == b; }
  friend std::string operator+(const std::string& a, const CompactString& b) {
    return a + std::string(b.view());
  }
  friend std::ostream& operator<<(std::ostream& out, const CompactString& s) {
    return out << s.view();
  }

 private:
  // The length (a size_t), then the bytes; null for the empty string.
  std::unique_ptr<char[]> data_;
};

}  // namespace tieout

#endif  // TIEOUT_BASE_COMPACT_STRING_H_
