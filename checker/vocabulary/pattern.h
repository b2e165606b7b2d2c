// A regular expression of the rules file, compiled once, with a cheap test that rules most texts
// out before the regular expression runs.
//
// std::regex is slow: each character of a case-insensitive match looks up the locale's ctype
// facet, and each \b looks up the class "w" by name. Most patterns are run on texts they do not
// match (every paragraph is searched for a dateline, a restatement, an officer's title), and
// nearly every pattern needs some words to match ("restatement", "officer"). Those words are read
// from the pattern once; a text that holds none of them is not searched.
#ifndef TIEOUT_VOCABULARY_PATTERN_H_
#define TIEOUT_VOCABULARY_PATTERN_H_

#include <array>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

namespace tieout {

// std::regex_traits<char> with the work std::regex does per character of a match done once,
// when the traits take their locale: the case folding of each byte (icase) read from a table,
// and the class "w" of \b looked up by name once and answered from a table. Every answer is
// the one std::regex_traits<char> gives in the same locale, so every match is the same.
class RegexTraits : public std::regex_traits<char> {
 public:
  RegexTraits() { Cache(); }

  locale_type imbue(locale_type locale) {
    locale_type old = std::regex_traits<char>::imbue(locale);
    Cache();
    return old;
  }

  char_type translate_nocase(char_type c) const { return lower_[static_cast<unsigned char>(c)]; }

  template <typename FwdIter>
  char_class_type lookup_classname(FwdIter first, FwdIter last, bool icase = false) const {
    if (!icase && first != last && *first == 'w' && std::next(first) == last) return word_;
    return std::regex_traits<char>::lookup_classname(first, last, icase);
  }

  bool isctype(char_type c, char_class_type f) const {
    if (f == word_) return is_word_[static_cast<unsigned char>(c)];
    return std::regex_traits<char>::isctype(c, f);
  }

 private:
  void Cache();

  std::array<char, 256> lower_;
  std::array<bool, 256> is_word_;
  char_class_type word_;
};

using Regex = std::basic_regex<char, RegexTraits>;
// Every match of a Regex in a std::string; a default-constructed one is the end.
using RegexIterator = std::regex_iterator<std::string::const_iterator, char, RegexTraits>;

class Pattern {
 public:
  Pattern() = default;
  // Compiles `source` (ECMAScript syntax); throws std::regex_error when it is not a pattern.
  Pattern(std::string source, bool icase);

  // Whether the pattern matches somewhere in `text`: std::regex_search, sooner.
  bool Search(const std::string& text) const;
  // The same, with the groups of the first match (`text` must outlive `match`).
  bool Search(const std::string& text, std::smatch* match) const;
  // Every match in `text`, in order (none when the text cannot match); RegexIterator() is the
  // end.
  RegexIterator Begin(const std::string& text) const;

  // Whether `text` may match: it holds one of the needed words (ASCII case ignored). False
  // only when the pattern cannot match.
  bool MayMatch(const std::string& text) const;
  // The words one of which every match holds, lowercased; empty when the pattern needs no
  // word that can be read from it (then every text may match).
  const std::vector<std::string>& needed() const { return needed_; }

  std::string source;  // as written in the rules file
  Regex re;            // compiled once; case-insensitive unless the list says otherwise

 private:
  std::vector<std::string> needed_;
};

// The words one of which every match of the ECMAScript pattern `source` holds, lowercased: the
// longest run of plain characters that every match goes through, or, through a group of
// alternatives, one such run of each alternative. Empty when none can be read (an optional
// part, a character class, a pattern it does not understand).
std::vector<std::string> NeededWords(const std::string& source);

}  // namespace tieout

#endif  // TIEOUT_VOCABULARY_PATTERN_H_
