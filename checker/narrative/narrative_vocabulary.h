// The words tieout needs to read the prose of a release: how it names each concept, and the
// words of direction, comparison, approximation and composition. All of it comes from the rules
// file (the `narrative:` list of each concept and the `narrative:` section), none from the code.
#ifndef TIEOUT_NARRATIVE_NARRATIVE_VOCABULARY_H_
#define TIEOUT_NARRATIVE_NARRATIVE_VOCABULARY_H_

#include <map>
#include <set>
#include <string>

#include "checker/narrative/phrases.h"

namespace tieout {

struct NarrativeVocabulary {
  PhraseMatcher phrases;
  // A concept's per-share counterpart: "a net loss of $2.4 million, or $.03 per share" reads the
  // second figure as net_income's per-share concept, eps.
  std::map<std::string, std::string> per_share;
  // How messages name a concept ("research and development expenses"); the concept's name with
  // spaces for underscores when not given.
  std::map<std::string, std::string> titles;

  std::string Title(const std::string& concept_name) const;
  bool empty() const { return phrases.empty(); }
};

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_NARRATIVE_VOCABULARY_H_
