// narrative-figure: every figure in the prose (headline, highlights, results paragraphs,
// quotes) against the table cell of its concept and period (see narrative/analysis.h).
//
// A figure is verified when the table value rounds to it at the precision it is stated with
// ("$2.4 million" for 2,403,000), mismatched when the concept and period are identified and the
// table says otherwise, unverifiable when no table carries that concept or period or the prose
// does not say with confidence which they are. One kind, three reports, each its own rule id:
//   reports: mismatch      one check per figure (pass, fail, or skip with the reason); counts
//                          the coverage in the report summary
//   reports: truncation    figures the table value truncates to but does not round to ("$1.3
//                          million" for 1,356,000)
//   reports: missing-unit  figures that lost their unit ("$2.0" among figures in millions)
//   reports: sign          figures whose words say a profit where the cell shows a loss, or a
//                          loss where it shows a profit ("net income of $3.1 million" for a
//                          "Net income (loss)" of (3,112))
//   reports: arithmetic    changes their sentence's own figures contradict ("decreased 9.7%
//                          from $612.4 million to $560.3 million", which is 8.5%)
// `accept` (for reports: mismatch) lists the readings that verify a figure: round (always) and
// truncate (default: a truncated figure is left to the truncation rule, not reported twice).
#ifndef TIEOUT_RULES_NARRATIVE_FIGURE_RULE_H_
#define TIEOUT_RULES_NARRATIVE_FIGURE_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/narrative_facts.h"

namespace tieout {

class NarrativeFigureRule : public NarrativeRule {
 public:
  static constexpr const char* kKind = "narrative-figure";
  static std::vector<std::string> Keys() { return {"reports", "accept"}; }
  static std::vector<std::string> Placeholders() {
    return {"stated",      "concept",       "phrase",  "period",  "row",     "column",
            "table_value", "table_rounded", "assumed", "formula", "computed"};
  }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions& options);
  void StoreOptions(OptionValues* options) const override;

  enum class Reports { kMismatch, kTruncation, kMissingUnit, kSign, kArithmetic };
  struct Options {
    Reports reports = Reports::kMismatch;
    bool accept_truncation = true;
  };
  // Parses "mismatch", "truncation", "missing-unit", "sign", "arithmetic"; false for anything
  // else.
  static bool ParseReports(const std::string& name, Reports* out);

  NarrativeFigureRule(RuleSpec spec, Options options)
      : NarrativeRule(std::move(spec)), options_(options) {}
  // Counts the coverage for reports: mismatch only.
  void RunOn(const NarrativeAnalysis& part, const NarrativeVocabulary& vocab, Results* results,
             NarrativeCoverage* coverage) const override;

 private:
  const Options options_;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_NARRATIVE_FIGURE_RULE_H_
