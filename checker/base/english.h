// The grammar of English that no rules file would change: number words, and the words that
// join the words of a phrase. Financial words and label patterns live in rules.yaml, never here.
#ifndef TIEOUT_BASE_ENGLISH_H_
#define TIEOUT_BASE_ENGLISH_H_

#include <string_view>

namespace tieout {

// The value of a lowercase cardinal word: "zero" to "twenty", "thirty" to "ninety" by tens,
// "hundred"; -1 for anything else ("ten million shares", "three months").
int CardinalWord(std::string_view word);

// The power of ten a lowercase scale word gives: 3 for "thousand", 6 for "million", 9 for
// "billion" (also plural); 0 for an empty word; -1 for anything else.
int ScaleWordPower(std::string_view word);

// Whether a lowercase word joins the words of a phrase and so cannot end one: the articles,
// conjunctions and prepositions of labels ("and", "of", "the", "before", "per").
bool IsJoiningWord(std::string_view word);

}  // namespace tieout

#endif  // TIEOUT_BASE_ENGLISH_H_
