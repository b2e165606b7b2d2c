#include "checker/rules/narrative_facts.h"

#include <iterator>
#include <map>
#include <memory>
#include <utility>

namespace tieout {
namespace {

// What the narrative rules of a document made of its paragraphs, rule by rule, in the order of
// the paragraphs.
class NarrativeChecks {
 public:
  NarrativeChecks(const Document& doc, const RuleContext& context,
                  std::vector<const NarrativeRule*> rules)
      : rules_(std::move(rules)), made_(rules_.size()) {
    const NarrativeVocabulary& vocab = NarrativeVocabularyOf(context);
    std::map<size_t, size_t> places;  // pending paragraph -> its index in each rule's `pending`
    AnalyzeParagraphs(
        doc, context.concepts, vocab,
        [&](size_t paragraph, const NarrativeAnalysis& part, bool pending) {
          auto again = places.find(paragraph);
          if (pending) places[paragraph] = made_.front().pending.size();
          for (size_t k = 0; k < rules_.size(); ++k) {
            Made& m = made_[k];
            if (again != places.end()) {
              // Made again apart; it takes the place of what the first visit made.
              Pending& q = m.pending[again->second];
              q.again = std::make_unique<Report>();
              Results results(doc, q.again.get());
              rules_[k]->RunOn(part, vocab, &results, &q.again_coverage);
              continue;
            }
            Results results(doc, &m.report);
            if (!pending) {
              rules_[k]->RunOn(part, vocab, &results, &m.coverage);
              continue;
            }
            Pending q{m.report.checks.size(), 0, m.report.findings.size(), 0, {}, nullptr, {}};
            rules_[k]->RunOn(part, vocab, &results, &q.coverage);
            q.checks_end = m.report.checks.size();
            q.findings_end = m.report.findings.size();
            m.pending.push_back(std::move(q));
          }
        });
  }

  // Moves the checks and findings `rule` made to `results`, with its coverage.
  void Flush(const NarrativeRule* rule, Results* results) {
    for (size_t k = 0; k < rules_.size(); ++k) {
      if (rules_[k] == rule) Flush(&made_[k], results);
    }
  }

 private:
  // What a pending paragraph made first, as a range of the rule's report; what it made when
  // it came again, if it did.
  struct Pending {
    size_t checks_begin, checks_end, findings_begin, findings_end;
    NarrativeCoverage coverage;
    std::unique_ptr<Report> again;
    NarrativeCoverage again_coverage;
  };
  struct Made {
    Report report;
    NarrativeCoverage coverage;  // of the paragraphs not pending
    std::vector<Pending> pending;
  };

  static void Flush(Made* m, Results* results) {
    NarrativeCoverage coverage = m->coverage;
    // The report's checks and findings from where the last piece ended up to `checks_end`
    // and `findings_end`.
    size_t c = 0, f = 0;
    auto piece = [&](size_t checks_end, size_t findings_end) {
      if (c == 0 && f == 0 && checks_end == m->report.checks.size() &&
          findings_end == m->report.findings.size()) {
        results->Append(std::move(m->report));  // the whole: nothing made again
      } else {
        Report part;
        part.checks.assign(std::make_move_iterator(m->report.checks.begin() + c),
                           std::make_move_iterator(m->report.checks.begin() + checks_end));
        part.findings.assign(std::make_move_iterator(m->report.findings.begin() + f),
                             std::make_move_iterator(m->report.findings.begin() + findings_end));
        for (Finding& finding : part.findings) {
          if (finding.check >= 0) finding.check -= static_cast<int>(c);
        }
        results->Append(std::move(part));
      }
      c = checks_end;
      f = findings_end;
    };
    const size_t checks = m->report.checks.size(), findings = m->report.findings.size();
    for (Pending& q : m->pending) {
      if (!q.again) {
        coverage.Add(q.coverage);
        continue;
      }
      piece(q.checks_begin, q.findings_begin);
      results->Append(std::move(*q.again));
      coverage.Add(q.again_coverage);
      c = q.checks_end;
      f = q.findings_end;
    }
    piece(checks, findings);
    results->AddCoverage(coverage);
    *m = Made();
  }

  std::vector<const NarrativeRule*> rules_;
  std::vector<Made> made_;  // per rule
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
