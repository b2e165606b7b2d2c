// The narrative analysis (narrative/analysis.h) of a document as the narrative rules see it:
// read with the rule set's concepts and narrative vocabulary, once per document.
#ifndef TIEOUT_RULES_NARRATIVE_FACTS_H_
#define TIEOUT_RULES_NARRATIVE_FACTS_H_

#include "checker/narrative/analysis.h"
#include "checker/rules/rule.h"

namespace tieout {

// The analysis of `doc` with the context's concepts and vocabulary: read once per document when
// the context has a memo (shared by every narrative rule), else into *storage.
const NarrativeAnalysis& NarrativeOf(const Document& doc, const RuleContext& context,
                                     NarrativeAnalysis* storage);

// The context's narrative vocabulary, or an empty one when the rule set has none.
const NarrativeVocabulary& NarrativeVocabularyOf(const RuleContext& context);

}  // namespace tieout

#endif  // TIEOUT_RULES_NARRATIVE_FACTS_H_
