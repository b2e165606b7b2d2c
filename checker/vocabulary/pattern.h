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

#include <regex>
#include <string>
#include <vector>

namespace tieout {

class Pattern {
 public:
  Pattern() = default;
  // Compiles `source` (ECMAScript syntax); throws std::regex_error when it is not a pattern.
  Pattern(std::string source, bool icase);

  // Whether the pattern matches somewhere in `text`: std::regex_search, sooner.
  bool Search(const std::string& text) const;
  // The same, with the groups of the first match (`text` must outlive `match`).
  bool Search(const std::string& text, std::smatch* match) const;
  // Every match in `text`, in order: std::sregex_iterator over it (none when the text cannot
  // match).
  std::sregex_iterator Begin(const std::string& text) const;

  // Whether `text` may match: it holds one of the needed words (ASCII case ignored). False
  // only when the pattern cannot match.
  bool MayMatch(const std::string& text) const;
  // The words one of which every match holds, lowercased; empty when the pattern needs no
  // word that can be read from it (then every text may match).
  const std::vector<std::string>& needed() const { return needed_; }

  std::string source;  // as written in the rules file
  std::regex re;       // compiled once; case-insensitive unless the list says otherwise

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
