#include "checker/rules/narrative_facts.h"

namespace tieout {

const NarrativeAnalysis& NarrativeOf(const Document& doc, const RuleContext& context,
                                     NarrativeAnalysis* storage) {
  const NarrativeVocabulary& vocab = NarrativeVocabularyOf(context);
  auto build = [&]() { return AnalyzeNarrative(doc, context.concepts, vocab); };
  if (context.memo) return context.memo->Get<NarrativeAnalysis>("narrative", build);
  *storage = build();
  return *storage;
}

const NarrativeVocabulary& NarrativeVocabularyOf(const RuleContext& context) {
  static const NarrativeVocabulary kNone;
  return context.narrative ? *context.narrative : kNone;
}

}  // namespace tieout
