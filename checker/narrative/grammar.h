// English grammar the prose reader needs: the words that never name what a figure measures
// (articles, prepositions, conjunctions, pronouns, auxiliaries, a few adverbs) and the
// inflections of English nouns. The financial words are not here: they come from rules.yaml.
#ifndef TIEOUT_NARRATIVE_GRAMMAR_H_
#define TIEOUT_NARRATIVE_GRAMMAR_H_

#include <string>
#include <string_view>
#include <vector>

namespace tieout {

// A grammar word: never a word of what a figure measures ("the", "of", "was", "respectively").
bool IsFunctionWord(std::string_view w);
// "was", "were", "is", "remained": links a subject to its figure.
bool IsCopula(std::string_view w);
// Calendar words: months, "quarter", "year", "fiscal", ordinals ("first", "fourth"),
// "prior", "current": they name when, not what.
bool IsCalendarWord(std::string_view w);
// "a", "an", "the".
bool IsDeterminer(std::string_view w);
// A preposition that may stand inside a noun phrase ("cost of sales", "provision for losses",
// "income from operations", "gain on sale").
bool IsInnerPreposition(std::string_view w);
// The singular of an English noun as a reader would match it: "revenues" -> "revenue",
// "liabilities" -> "liability", "company's" -> "company"; other words unchanged.
std::string Stem(std::string_view w);
// The words of a text, lowercased: runs of letters and digits with inner apostrophes; '&' is
// "and"; everything else separates words ("Selling, general & administrative" -> "selling",
// "general", "and", "administrative").
std::vector<std::string> SplitWords(std::string_view text);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_GRAMMAR_H_
