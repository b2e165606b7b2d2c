// The words tieout needs to read the prose of a release: how it names each concept, and the
// words of direction, comparison, approximation and composition. All of it comes from the rules
// file (the `narrative:` list of each concept and the `narrative:` section), none from the code.
#ifndef TIEOUT_NARRATIVE_NARRATIVE_VOCABULARY_H_
#define TIEOUT_NARRATIVE_NARRATIVE_VOCABULARY_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "checker/narrative/phrases.h"

namespace tieout {

// A ratio a release states by its definition ("an effective tax rate of 10.8%"): the ways a
// subject names it (all its words, no other but generic ones), and its numerator and
// denominator, each a list of alternatives, each alternative the rows (their words, as a label
// says them) whose amounts are summed.
struct RatioDefinition {
  std::vector<std::vector<std::string>> names;
  std::vector<std::vector<std::vector<std::string>>> numerators;
  std::vector<std::vector<std::vector<std::string>>> denominators;
};

struct NarrativeVocabulary {
  PhraseMatcher phrases;
  // A concept's per-share counterpart: "a net loss of $2.4 million, or $.03 per share" reads the
  // second figure as net_income's per-share concept, eps.
  std::map<std::string, std::string> per_share;
  // How messages name a concept ("research and development expenses"); the concept's name with
  // spaces for underscores when not given.
  std::map<std::string, std::string> titles;

  // Linking figures to rows by the words of their labels (all words singular, lowercased):
  // a word of the prose and the words a row label may say for it ("sales" -> "revenue",
  // "eps" -> "earnings per share"); words that do not tell rows apart ("total",
  // "consolidated"); the words of a result's sign ("income", "profit" / "loss"); and the
  // variants of a per-share figure that must agree when the prose names one ("basic",
  // "diluted").
  std::map<std::string, std::vector<std::string>> synonyms;
  std::set<std::string> generic_words;
  std::set<std::string> implied_words;  // "expenses": a label may leave them out
  std::set<std::string> gain_words;
  std::set<std::string> loss_words;
  std::set<std::string> variant_words;
  // "higher than", "more than" after a figure: a difference, not an amount.
  std::set<std::string> comparatives;
  // "9% annualized": a percentage stated as a yearly rate.
  std::set<std::string> annualized;
  // How a company's name ends in the text ("inc" of "Acme Biosciences, Inc."), and the other
  // words of a name that do not tell companies apart ("the", "holdings"): the company's own
  // words are the rest.
  std::set<std::string> company_suffixes;
  std::set<std::string> company_name_fillers;
  std::vector<RatioDefinition> ratios;

  std::string Title(const std::string& concept_name) const;
  bool empty() const { return phrases.empty(); }
};

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_NARRATIVE_VOCABULARY_H_
