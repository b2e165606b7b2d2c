// The second reading of the figures, after every paragraph is read: a figure the concepts left
// unverifiable linked to a row by the words of its subject (linking.h); the sign of a verified
// figure against its words; figures that disagree with one cell in several ways demoted.
#ifndef TIEOUT_NARRATIVE_FIGURE_LINKS_H_
#define TIEOUT_NARRATIVE_FIGURE_LINKS_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "checker/narrative/analysis.h"
#include "checker/narrative/linking.h"

namespace tieout {

// Why a percentage of the prose that no other reading took is left unverifiable: only a ratio
// the vocabulary defines is computed from the tables (LinkRatio).
inline constexpr char kPercentageReason[] = "a percentage: ratios of table figures are not checked";

// The periods the release itself reports: the latest period of each length, and the latest
// balance sheet date, when they end together (within the days a 52/53-week year moves).
std::vector<Period> ReleasePeriods(const std::map<int, Period>& latest);

// The release's own period among `release` (ReleasePeriods), when it shows periods of several
// lengths: the one of the length that the first period phrase of its opening paragraphs names
// (the headline's "Third Quarter 1997 Results", the dateline's "results for the quarter ended
// September 30, 1997"); none when that phrase names several lengths ("fourth quarter and full
// year") or no period of `release`. What a sentence that names no period speaks of.
std::optional<Period> ReleaseOwnPeriod(const Document& doc, const std::vector<Period>& release);

// Links a figure the concepts left unverifiable to a row by the words of its label, and checks
// the sign of a verified figure against the words of its subject. `qualified` holds the
// subjects of the paragraph that no row names, so far. `own` is ReleaseOwnPeriod: a figure of a
// sentence that names no period may mismatch only a cell of that period.
void LinkFigure(const RowLinker& linker, const std::vector<Period>& release,
                const std::optional<Period>& own, std::vector<std::set<std::string>>* qualified,
                NarrativeFigure* r);

// "Loan growth of $371 million, or 11%, compared to March 31, 2019, and $82 million, or 9%
// annualized, from December 31, 2019": an amount and a percentage joined by "or" that both
// state one change, verified together on one row (RowLinker::LinkChangePair) when neither
// is verified on its own. The pairs are read in the figures of one paragraph of `doc`
// (`part`); a pair listed after a verified one ("and $82 million, or 9% ...") is read on its
// row. Never a mismatch.
void LinkChangePairs(const Document& doc, const RowLinker& linker,
                     const std::vector<Period>& release, NarrativeAnalysis* part);

// The figures the prose states for a cell that differ from its value, over every paragraph read
// so far: the cell's table, row and column -> the figures' values.
using DifferingFigures = std::map<std::tuple<const Table*, size_t, size_t>, std::set<std::string>>;

// Adds the figures of `part` that differ from their cell.
void NoteDifferingFigures(const NarrativeAnalysis& part, DifferingFigures* differing);

// The cells the figures of `part` mismatch (and differ from): DemoteSharedCells may change their
// verdict once every paragraph is read.
std::vector<DifferingFigures::key_type> MismatchedCells(const NarrativeAnalysis& part);

// When the prose states two or more different figures for one cell, none of them its value,
// they speak of parts, not of the cell: the mismatches of `out` with such a cell become
// unverifiable. `differing` is the whole document's (NoteDifferingFigures of every paragraph).
void DemoteSharedCells(const DifferingFigures& differing, NarrativeAnalysis* out);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_FIGURE_LINKS_H_
