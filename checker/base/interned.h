// Interned: a string kept once per process and referred to by pointer. For the strings a report
// repeats on every check (the rule id, the document's name): a check holds a pointer, not a copy,
// so a long release's hundreds of thousands of checks do not each carry their own.
#ifndef TIEOUT_BASE_INTERNED_H_
#define TIEOUT_BASE_INTERNED_H_

#include <ostream>
#include <string>
#include <string_view>

namespace tieout {

class Interned {
 public:
  Interned();  // the empty string
  // Finds or adds the text in the process's pool (thread-safe). The pool only grows: intern what
  // a run repeats (rule ids, document names), not figures or messages.
  Interned(std::string_view text);  // NOLINT(runtime/explicit): stands in for a std::string
  Interned(const std::string& text) : Interned(std::string_view(text)) {}  // NOLINT
  Interned(const char* text) : Interned(std::string_view(text)) {}         // NOLINT

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT(runtime/explicit)
  bool empty() const { return text_->empty(); }

  // Equal texts are one pointer.
  friend bool operator==(const Interned& a, const Interned& b) { return a.text_ == b.text_; }
  friend bool operator==(const Interned& a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(const Interned& a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(const Interned& a, const char* b) { return *a.text_ == b; }
  friend bool operator<(const Interned& a, const Interned& b) { return *a.text_ < *b.text_; }
  friend std::string operator+(const Interned& a, std::string_view b) {
    return *a.text_ + std::string(b);
  }
  friend std::string operator+(std::string_view a, const Interned& b) {
    return std::string(a) + *b.text_;
  }
  friend std::ostream& operator<<(std::ostream& out, const Interned& s) { return out << *s.text_; }

 private:
  const std::string* text_;
};

}  // namespace tieout

#endif  // TIEOUT_BASE_INTERNED_H_
