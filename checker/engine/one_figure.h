// One wrong figure, one finding.
//
// A misprinted figure can break several relations at once: a per-share amount that is not the
// sum of its parts is also not net income over the shares, and the footing rule and the EPS rule
// both see it. Two rules that fail the same figure report one error: the findings that point at
// the same figure (the same document, line and column) become one, the finding of the highest
// severity (the first of them where they are equal, in the order the rules run); the others are
// kept as its related locations ("also <rule>: <message>", then their own related locations),
// so no evidence is lost. Their checks stay failed. Suppressed findings and findings about a
// whole document (no column) stand alone.
#ifndef TIEOUT_ENGINE_ONE_FIGURE_H_
#define TIEOUT_ENGINE_ONE_FIGURE_H_

#include <vector>

#include "checker/result/report.h"

namespace tieout {

// Merges among findings[from...], the findings of one document (the same file checked twice
// is two documents of one name).
void MergeFindingsOnOneFigure(std::vector<Finding>* findings, size_t from = 0);

}  // namespace tieout

#endif  // TIEOUT_ENGINE_ONE_FIGURE_H_
