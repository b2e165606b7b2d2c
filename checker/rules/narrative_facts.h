// The narrative analysis (narrative/analysis.h) of a document as the narrative rules see it:
// read with the rule set's concepts and narrative vocabulary, once per document, a paragraph at
// a time for every narrative rule of the rule set.
#ifndef TIEOUT_RULES_NARRATIVE_FACTS_H_
#define TIEOUT_RULES_NARRATIVE_FACTS_H_

#include <vector>

#include "checker/narrative/analysis.h"
#include "checker/rules/rule.h"

namespace tieout {

// A rule that reports on the figures and claims of the prose. The analysis of a document is
// read once, a paragraph at a time, for every narrative rule of the context
// (RuleContext::narrative_rules, with a memo): each rule's checks of a paragraph are made as the
// paragraph is read, and kept until the rule's turn; the paragraph's figures are not. Without a
// memo the rule reads the document alone.
class NarrativeRule : public Rule {
 public:
  using Rule::Rule;

  // The checks of the figures and claims of `part` (one paragraph's, or a whole document's
  // analysis), the figures it counts added to *coverage.
  virtual void RunOn(const NarrativeAnalysis& part, const NarrativeVocabulary& vocab,
                     Results* results, NarrativeCoverage* coverage) const = 0;

  void Run(const Document& doc, const RuleContext& context, Results* results) const final;
};

// The context's narrative vocabulary, or an empty one when the rule set has none.
const NarrativeVocabulary& NarrativeVocabularyOf(const RuleContext& context);

}  // namespace tieout

#endif  // TIEOUT_RULES_NARRATIVE_FACTS_H_
