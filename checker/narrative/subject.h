// What a figure measures, as its sentence names it: the words of the noun phrase the figure
// belongs to ("Net sales for the quarter were $352.2 million" -> "net sales"; "$135 million of
// cash and cash equivalents" -> "cash and cash equivalents"; "a net loss of $12.6 million" ->
// "net loss"). The phrase is read back from the figure over the words that only link a subject
// to its figure (verbs, direction and comparison words, period phrases, other figures), then
// the noun phrase itself up to a determiner, a possessive, a verb or punctuation.
#ifndef TIEOUT_NARRATIVE_SUBJECT_H_
#define TIEOUT_NARRATIVE_SUBJECT_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/narrative/phrases.h"
#include "checker/narrative/tokens.h"

namespace tieout {

struct Subject {
  std::vector<std::string> words;  // lowercased, in the order written
  std::string text;                // as written
  bool after = false;              // named after the figure: "$135 million of cash"
  bool part = false;               // "$2.4 million in revenue": a part of what it names
  bool of = false;                 // named after "of": "$135 million of cash", "4% of sales"
  bool compound = false;           // listed with another noun: "cash and marketable securities"
  // When compound: the words of the whole list, which may be one row's label ("Interest and
  // other income, net"), and its tokens [list_first, list_last].
  std::vector<std::string> list_words;
  size_t list_first = 0;
  size_t list_last = 0;
  bool aside = false;     // an aside between it and the figure: "(on a pre-tax basis)"
  bool via_verb = false;  // linked by a verb: "recorded goodwill of $929 million"
  size_t first = 0;       // its tokens [first, last]
  size_t last = 0;
  bool empty() const { return words.empty(); }
};

// The tokens of one sentence with what the readers found in them.
struct SentenceView {
  std::string_view text;
  const std::vector<Token>& tokens;
  const std::vector<PhraseMatch>& phrases;
  const std::vector<int>& token_phrase;   // per token: index into phrases, or -1
  const std::vector<int>& token_mention;  // per token: index of a period phrase, or -1
  size_t begin = 0;                       // the sentence's tokens [begin, end)
  size_t end = 0;
};

// The percentage a qualifier phrase right after it qualifies ("up 7% in constant currency"): the
// token of that figure, or s.end when `m` follows no percentage.
size_t QualifiedPercent(const SentenceView& s, const PhraseMatch& m);

// The subject of the figure at token `figure`; empty when the sentence names none.
Subject SubjectOf(const SentenceView& s, size_t figure);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_SUBJECT_H_
