#include "checker/result/fingerprint.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace tieout {
namespace {

// FNV-1a, 64 bits: small, stable across platforms and releases.
class Hash {
 public:
  // Adds a field and a separator, so that ("ab", "c") and ("a", "bc") differ.
  void Add(std::string_view field) {
    for (unsigned char c : field) Byte(c);
    Byte(0);
  }
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
    return buf;
  }

 private:
  void Byte(unsigned char c) {
    h_ ^= c;
    h_ *= 0x100000001b3ULL;
  }
  uint64_t h_ = 0xcbf29ce484222325ULL;
};

// The text with the number after each "line " / "lines " left out: "see line 12" -> "see line ".
std::string WithoutLineNumbers(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    out.push_back(text[i]);
    ++i;
    bool after_word = out.size() >= 5 && (out.ends_with("line ") || out.ends_with("lines "));
    if (!after_word) continue;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  }
  return out;
}

}  // namespace

std::string_view FingerprintDocument(std::string_view name) {
  size_t slash = name.find_last_of("/\\");
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

std::string FingerprintOf(const Finding& f) {
  Hash h;
  h.Add(f.rule);
  h.Add(FingerprintDocument(f.file));
  h.Add(WithoutLineNumbers(f.message));
  h.Add(f.expected);
  h.Add(f.actual);
  h.Add(f.difference);
  return h.Hex();
}

void SetFingerprints(Report* report) {
  for (Finding& f : report->findings) f.fingerprint = FingerprintOf(f);
}

}  // namespace tieout
