// Test helper: the verdict of every prose figure of a document built from a string.
#ifndef TIEOUT_TESTING_NARRATIVE_VERDICTS_H_
#define TIEOUT_TESTING_NARRATIVE_VERDICTS_H_

#include <string>
#include <vector>

#include "checker/narrative/analysis.h"
#include "checker/testing/test_documents.h"

namespace tieout::testing {

// Which figures are listed, and what a line shows.
struct VerdictListing {
  bool percentages = true;       // list percentages too
  bool arithmetic_only = false;  // only figures with a claim checked by arithmetic
  bool concept_name = false;     // "text verdict concept: detail" instead of "text verdict: detail"
};

// One line per figure of `text` read as the file `name`: "text verdict: detail" (": detail"
// only when there is one).
inline std::vector<std::string> NarrativeVerdicts(const std::string& text, const std::string& name,
                                                  const VerdictListing& listing) {
  auto rules = DefaultRules();
  std::vector<std::string> out;
  for (const Document& doc : ReadText(text, name)) {
    for (const NarrativeFigure& f :
         AnalyzeNarrative(doc, rules->concepts, rules->narrative).figures) {
      if (!listing.percentages && f.figure.unit == FigureUnit::kPercent) continue;
      if (listing.arithmetic_only && !f.arithmetic) continue;
      std::string detail;
      FigureVerdict v = f.Verdict(&detail);
      std::string line = f.text + " " + FigureVerdictName(v);
      if (listing.concept_name) line += " " + f.concept_name;
      out.push_back(line + (detail.empty() ? "" : ": " + detail));
    }
  }
  return out;
}

// As above; percentages only when `percentages`.
inline std::vector<std::string> NarrativeVerdicts(const std::string& text, const std::string& name,
                                                  bool percentages) {
  return NarrativeVerdicts(text, name, VerdictListing{.percentages = percentages});
}

}  // namespace tieout::testing

#endif  // TIEOUT_TESTING_NARRATIVE_VERDICTS_H_
