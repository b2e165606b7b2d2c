#include "checker/rules/narrative_facts.h"

namespace tieout {

const NarrativeAnalysis& NarrativeOf(const Document& doc, const RuleContext& context,
                                     NarrativeAnalysis* storage) {
  static const NarrativeVocabulary kNone;
  const NarrativeVocabulary& vocab = context.narrative ? *context.narrative : kNone;
  auto build = [&]() { return AnalyzeNarrative(doc, context.concepts, vocab); };
  if (context.memo) return context.memo->Get<NarrativeAnalysis>("narrative", build);
  *storage = build();
  return *storage;
}

}  // namespace tieout
