#include "checker/rules/narrative_facts.h"

#include <map>
#include <utility>

namespace tieout {
namespace {

// What the narrative rules of a document made of its paragraphs, rule by rule, in the order of
// the paragraphs.
class NarrativeChecks {
 public:
  NarrativeChecks(const Document& doc, const RuleContext& context,
                  std::vector<const NarrativeRule*> rules)
      : rules_(std::move(rules)), segments_(rules_.size()) {
    const NarrativeVocabulary& vocab = NarrativeVocabularyOf(context);
    // Each rule's checks of a paragraph go to its last segment; a pending paragraph's to a
    // segment of its own, made again when the paragraph comes again.
    for (auto& s : segments_) s.emplace_back();
    std::map<size_t, size_t> places;  // pending paragraph -> its segment
    AnalyzeParagraphs(doc, context.concepts, vocab,
                      [&](size_t paragraph, const NarrativeAnalysis& part, bool pending) {
                        size_t segment = segments_.front().size() - 1;
                        if (auto it = places.find(paragraph); it != places.end()) {
                          segment = it->second;
                          for (auto& s : segments_) s[segment] = Segment();
                        } else if (pending) {
                          places[paragraph] = ++segment;
                          for (auto& s : segments_) s.resize(s.size() + 2);
                        }
                        for (size_t k = 0; k < rules_.size(); ++k) {
                          Segment& s = segments_[k][segment];
                          Results results(doc, &s.report);
                          rules_[k]->RunOn(part, vocab, &results, &s.coverage);
                        }
                      });
  }

  // Moves the checks and findings `rule` made to `results`, with its coverage.
  void Flush(const NarrativeRule* rule, Results* results) {
    for (size_t k = 0; k < rules_.size(); ++k) {
      if (rules_[k] != rule) continue;
      NarrativeCoverage coverage;
      for (Segment& s : segments_[k]) {
        results->Append(std::move(s.report));
        coverage.Add(s.coverage);
      }
      segments_[k].clear();
      results->AddCoverage(coverage);
      return;
    }
  }

 private:
  struct Segment {
    Report report;
    NarrativeCoverage coverage;
  };
  std::vector<const NarrativeRule*> rules_;
  std::vector<std::vector<Segment>> segments_;  // per rule
};

}  // namespace

void NarrativeRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  if (!context.memo || !context.narrative_rules) {
    NarrativeChecks(doc, context, {this}).Flush(this, results);
    return;
  }
  auto build = [&]() { return NarrativeChecks(doc, context, *context.narrative_rules); };
  // The memo's entry is the document's: each rule takes its own checks out of it.
  context.memo->Get<NarrativeChecks>("narrative", build).Flush(this, results);
}

const NarrativeVocabulary& NarrativeVocabularyOf(const RuleContext& context) {
  static const NarrativeVocabulary kNone;
  return context.narrative ? *context.narrative : kNone;
}

}  // namespace tieout
