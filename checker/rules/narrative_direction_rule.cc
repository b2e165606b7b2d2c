#include "checker/rules/narrative_direction_rule.h"

#include "checker/rules/narrative_facts.h"

namespace tieout {

void NarrativeDirectionRule::RunOn(const NarrativeAnalysis& part, const NarrativeVocabulary& vocab,
                                   Results* results, NarrativeCoverage*) const {
  for (const DirectionClaim& c : part.directions) {
    std::string concept_title = vocab.Title(c.concept_name);
    std::string current_period = DescribePeriod(c.current_period);
    std::string prior_period = DescribePeriod(c.prior_period);
    std::string detail = "\"" + c.word + "\" " + concept_title + " (" + current_period +
                         " against " + prior_period + ")";
    if (c.outcome == DirectionClaim::Outcome::kUnverifiable) {
      results->Skip(spec(), c.span, detail + ": unverifiable: " + c.reason);
      continue;
    }
    std::string current = c.current_value.ToDisplay(), prior = c.prior_value.ToDisplay();
    std::string source = c.from_tables ? "table values" : "stated figures";
    detail += ": " + source + " " + current + " against " + prior;
    if (c.outcome == DirectionClaim::Outcome::kHolds) {
      results->Pass(spec(), c.span, detail);
      continue;
    }
    Results::Failure f;
    f.expected = std::string(DirectionName(c.direction));
    f.actual = current + " against " + prior;
    f.values = {{"word", c.word},
                {"direction", DirectionName(c.direction)},
                {"concept", concept_title},
                {"current", current},
                {"current_period", current_period},
                {"prior", prior},
                {"prior_period", prior_period},
                {"source", source}};
    if (c.current_cell) {
      f.related.emplace_back(c.current_cell->GetCell().span,
                             c.current_cell->GetRow().label + " " + current);
    }
    if (c.prior_cell) {
      f.related.emplace_back(c.prior_cell->GetCell().span,
                             c.prior_cell->GetRow().label + " " + prior);
    }
    results->Fail(spec(), c.span, detail, f);
  }
}

}  // namespace tieout
