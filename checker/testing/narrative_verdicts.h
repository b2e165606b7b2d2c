// Test helper: the verdict of every prose figure of a document built from a string.
#ifndef TIEOUT_TESTING_NARRATIVE_VERDICTS_H_
#define TIEOUT_TESTING_NARRATIVE_VERDICTS_H_

#include <string>
#include <vector>

#include "checker/narrative/analysis.h"
#include "checker/testing/test_documents.h"

namespace tieout::testing {

// "text verdict: detail" for each figure of `text` read as the file `name`; percentages only
// when `percentages`.
inline std::vector<std::string> NarrativeVerdicts(const std::string& text, const std::string& name,
                                                  bool percentages) {
  auto rules = DefaultRules();
  std::vector<std::string> out;
  for (const Document& doc : ReadText(text, name)) {
    for (const NarrativeFigure& f :
         AnalyzeNarrative(doc, rules->concepts, rules->narrative).figures) {
      if (!percentages && f.figure.unit == FigureUnit::kPercent) continue;
      std::string detail;
      FigureVerdict v = f.Verdict(&detail);
      out.push_back(f.text + " " + FigureVerdictName(v) + (detail.empty() ? "" : ": " + detail));
    }
  }
  return out;
}

}  // namespace tieout::testing

#endif  // TIEOUT_TESTING_NARRATIVE_VERDICTS_H_
