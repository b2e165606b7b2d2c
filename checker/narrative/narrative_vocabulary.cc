#include "checker/narrative/narrative_vocabulary.h"

namespace tieout {

std::string NarrativeVocabulary::Title(const std::string& concept_name) const {
  auto it = titles.find(concept_name);
  if (it != titles.end()) return it->second;
  std::string out = concept_name;
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out;
}

}  // namespace tieout
