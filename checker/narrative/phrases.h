// Phrases of the prose vocabulary ("net (loss|income)", "selling, general and administrative
// expenses", "up from") and a matcher that finds them in a paragraph's tokens.
//
// A phrase is written like a small regular expression over characters: literals, "(a|b c)" to
// choose, "?" after a character or a group to make it optional ("revenues?", "inventor(y|ies)",
// "(net )?income"). Each string it matches is split into words; commas and hyphens separate
// words like spaces ("six-month" is "six month"). Matching is case-insensitive and skips commas
// in the text. Phrases are expanded once, when the rules are
// loaded, into a word trie: finding every phrase in a text costs a walk of the trie from each
// word, so it is linear in the length of the text, whatever the number of phrases.
#ifndef TIEOUT_NARRATIVE_PHRASES_H_
#define TIEOUT_NARRATIVE_PHRASES_H_

#include <map>
#include <string>
#include <vector>

#include "checker/narrative/tokens.h"

namespace tieout {

// What a phrase says.
enum class PhraseKind {
  kConcept,      // names a line item: "net loss" -> net_income
  kComponents,   // what follows is a part of, or a reason for, what was named before: "including"
  kIncrease,     // "increased", "rose", "up"
  kDecrease,     // "decreased", "declined", "down"
  kUnchanged,    // "unchanged", "flat"
  kComparison,   // introduces the figure compared with: "compared to", "from", "versus"
  kApproximate,  // "approximately", "about": the figure is not exact
  kBound,        // "more than", "up to": the figure is a bound, not a value
  kVerb,         // a verb that links a subject to its figure: "totaled", "amounted to"
  kSegment,      // the prose speaks of a part of the company: "segment", "division"
  kQualifier,    // the figure is not the reported measure: "non-GAAP", "adjusted", "pro forma"
};
const char* PhraseKindName(PhraseKind kind);

struct PhraseEntry {
  PhraseKind kind = PhraseKind::kConcept;
  std::string name;    // the concept, for kConcept
  std::string source;  // the phrase as written in the rules file
};

// A phrase found in a text: tokens [first, last] (last included).
struct PhraseMatch {
  size_t first = 0;
  size_t last = 0;
  const PhraseEntry* entry = nullptr;
};

class PhraseMatcher {
 public:
  // Adds a phrase; on a syntax error, or when an expansion of the phrase is already there with
  // another meaning, returns false and says why in *error.
  bool Add(const std::string& phrase, PhraseKind kind, const std::string& name, std::string* error);
  // Every phrase in tokens [begin, end), leftmost-longest, not overlapping. A match never
  // crosses a sentence end, a figure or punctuation other than a comma.
  std::vector<PhraseMatch> FindAll(const std::vector<Token>& tokens, size_t begin,
                                   size_t end) const;
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }

 private:
  struct Node {
    std::map<std::string, int> next;
    int entry = -1;
  };
  std::vector<Node> nodes_{Node()};
  std::vector<PhraseEntry> entries_;
};

// Expands a phrase into its word sequences ("net (income|loss)" -> "net income", "net loss").
// Returns false with *error set on a syntax error or when there are more than 4096 sequences.
bool ExpandPhrase(const std::string& phrase, std::vector<std::vector<std::string>>* out,
                  std::string* error);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_PHRASES_H_
