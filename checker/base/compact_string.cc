#include "checker/base/compact_string.h"

#include <cstring>

namespace tieout {

CompactString::CompactString(std::string_view text) {
  if (text.empty()) return;
  const size_t n = text.size();
  data_.reset(new char[sizeof n + n]);
  std::memcpy(data_.get(), &n, sizeof n);
  std::memcpy(data_.get() + sizeof n, text.data(), n);
}

CompactString& CompactString::operator=(const CompactString& other) {
  if (this != &other) *this = CompactString(other.view());
  return *this;
}

std::string_view CompactString::view() const {
  if (data_ == nullptr) return {};
  size_t n;
  std::memcpy(&n, data_.get(), sizeof n);
  return std::string_view(data_.get() + sizeof n, n);
}

}  // namespace tieout
