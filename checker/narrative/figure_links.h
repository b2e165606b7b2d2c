// The second reading of the figures, after every paragraph is read: a figure the concepts left
// unverifiable linked to a row by the words of its subject (linking.h); the sign of a verified
// figure against its words; figures that disagree with one cell in several ways demoted.
#ifndef TIEOUT_NARRATIVE_FIGURE_LINKS_H_
#define TIEOUT_NARRATIVE_FIGURE_LINKS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "checker/narrative/analysis.h"
#include "checker/narrative/linking.h"

namespace tieout {

// The periods the release itself reports: the latest period of each length, and the latest
// balance sheet date, when they end together (within the days a 52/53-week year moves).
std::vector<Period> ReleasePeriods(const std::map<int, Period>& latest);

// Links a figure the concepts left unverifiable to a row by the words of its label, and checks
// the sign of a verified figure against the words of its subject. `qualified` holds the
// subjects of the paragraph that no row names, so far.
void LinkFigure(const RowLinker& linker, const std::vector<Period>& release,
                std::vector<std::set<std::string>>* qualified, NarrativeFigure* r);

// When the prose states two or more different figures for one cell, none of them its value,
// they speak of parts, not of the cell: their mismatches become unverifiable.
void DemoteSharedCells(NarrativeAnalysis* out);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_FIGURE_LINKS_H_
