// How an earnings-per-share row is read (eps_rule.h): what its label and heading say of basic
// and diluted, its candidate net income and share rows, and the reading (net income row, share
// row, share unit) that ties in the most columns, with the outcome in each. Internal to the
// eps rule's files (eps_rule.cc, eps_dilution.cc, eps_parts.cc).
#ifndef TIEOUT_RULES_EPS_READING_H_
#define TIEOUT_RULES_EPS_READING_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {
namespace eps {

// A handful of candidates per EPS row keeps the search bounded.
constexpr size_t kMaxCandidates = 4;

// What a row says of itself and its heading: basic, diluted, both or neither.
struct Says {
  bool basic = false;
  bool diluted = false;
  bool only_basic() const { return basic && !diluted; }
  bool only_diluted() const { return diluted && !basic; }
};

// What a label (or a label with its heading) says.
Says WhatItSays(const std::string& text, const Vocabulary& vocabulary);

// What a row says with its heading ("Diluted:" / "Net income per share"); a label that says
// basic or diluted itself speaks for the row ("Basic earnings per share" under an "Effect of
// dilutive securities:" heading).
Says WhatItSays(const Row& row, const Vocabulary& vocabulary);

// What each share row says: its own label first. A row whose label says nothing, beside a
// share row whose label says diluted, is the basic count (and the other way round), whatever
// heading the rows stand under ("Weighted average shares" and "..., assuming dilution" below a
// "Diluted:" block); otherwise its heading speaks for it.
// `diluted_totals`: rows that are the diluted count by their arithmetic, whatever they say.
std::vector<std::pair<const Row*, Says>> ShareRowsInContext(
    const std::vector<const Row*>& rows, const std::vector<const Row*>& diluted_totals,
    const Vocabulary& vocabulary);

// Whether a row shows some figure with decimals (EPS; share counts and money rarely have them).
bool HasDecimals(const Row& row);

// Whether a row shows per-share figures: of that kind, with decimals (a count or an amount under
// a "per share" heading is read as per-share without them).
bool ShowsPerShare(const Row& row);

// The first of the vocabulary's income_qualifiers that `text` names, or -1.
int QualifierOf(const std::string& text, const Vocabulary& vocabulary);

// A numerator adjusted for diluted EPS, written as a sum under net income ("Net income",
// "Convertible notes interest, net of taxes", then an unlabelled or total row under a rule
// line), or nullptr.
const Row* AdjustedBelow(const Table& table, const Row& ni, const Vocabulary& vocabulary);

// A figure shown as a per-share amount: with decimals, or a dash for zero.
bool PerShareFigure(const Amount& a);

// Shares as a count at `unit` (a power of ten over the figure shown), with its half unit.
Decimal SharesAt(const Amount& s, int unit);
Decimal SharesHalfAt(const Amount& s, int unit);

// |n| / shares rounded to the EPS precision p, with the sign of the EPS shown.
Decimal Quotient(const Amount& n, const Decimal& shares, int p);

// A row with the heading it stands under ("Net income per share: Diluted").
std::string InContext(const Row& row);

// " x 10^unit" after a share count read at `unit` (nothing at 0).
std::string UnitText(int unit);

// The figure of a row in column `c`; nullptr where there is none.
const Amount* FigureOf(const Row* row, size_t c);

// A figure as shown: a count read as money is scaled with the money, and is compared unscaled.
Amount AsShown(const Row& row, const Amount& a, int scale);

// Unlabelled or "Total" rows under a rule line that add a share row and the rows below it
// ("Weighted average shares" + "Incremental shares from options" = "Total"), larger than that
// share row in some column and smaller in none: the diluted count.
std::vector<const Row*> DilutedShareTotals(const Table& table,
                                           const std::vector<const Row*>& share_rows,
                                           const Vocabulary& vocabulary);

// The share rows that are parts of a later share row which sums them in every column under a
// rule line and does not say diluted ("Weighted average shares outstanding" less "Nonvested
// shares" = "Denominator for earnings per share"): that total is the count, not its parts.
std::vector<const Row*> PartsOfShareTotals(const Table& table,
                                           const std::vector<std::pair<const Row*, Says>>& shares);

// kOneUnit: off by one unit of the last digit shown (EPS computed from unrounded figures or by
// the two-class method): consistent with the reading, reported at the `one_unit` severity.
// kAdjusted: a diluted figure between net income over the diluted count and over the basic
// count, where the diluted count is much the larger: the diluted numerator may add back interest
// on convertible securities (if-converted), which the table does not show.
// kCombined: the per-share figure of a part of net income ties over its income row plus
// another row of the same part ("Income from discontinued operations" and "Gain on disposition
// of discontinued operations"): consistent, neither a tie nor a failure of the reading.
enum class Outcome { kNone, kTie, kAntiDilutive, kOneUnit, kAdjusted, kCombined, kFail };

// One way to read an EPS row: its net income row, share row and share unit, with the outcome
// in every column.
struct Reading {
  const Row* ni = nullptr;
  const Row* shares = nullptr;
  const Row* basic_shares = nullptr;  // for a diluted row: the basic count, for loss periods
  // A part of net income: its other income rows may add to the numerator, and one failing
  // column at most is evidence.
  bool part = false;
  std::vector<const Row*> addends;
  bool adjusted_numerator = false;  // net income adjusted for diluted EPS, shown as a sum
  bool diluted_shares = false;      // the share row's own label says diluted (not basic)
  bool shares_say_diluted = false;  // ... its label or heading does
  int unit = 0;
  std::vector<Outcome> outcomes;
  int ties = 0;
  int fails = 0;
  int one_units = 0;  // ties one unit off
  // A tie of an EPS figure with two significant digits or more, or of the only reading the
  // labels allow (one net income row, one share row, shares at the money's unit or in units).
  bool informative = false;

  // A diluted row: its numerator may be adjusted (if-converted), so only the columns where the
  // diluted count differs from the basic count are evidence of it ("dilutive" ties): a diluted
  // row needs one, and with one tie in all only against a figure no adjustment explains.
  bool diluted = false;
  int dilutive_ties = 0;
  bool dilutive_informative = false;
  int fails_in_range = 0;  // diluted figures between net income over diluted and basic shares

  // Every column ties, or all but one with evidence: with one tie only, an informative one.
  bool Established() const {
    // A figure one unit off is consistent with a reading, not evidence of it.
    if (ties - one_units == 0) return false;
    if (fails == 0) return true;
    if (fails > std::max(1, ties - 1) || (part && fails > 1)) return false;
    if (!diluted) return ties >= 2 || informative;
    if (dilutive_ties == 0) return false;
    return ties >= 2 || (dilutive_informative && fails_in_range == 0);
  }
  std::string Evidence() const {
    return std::to_string(ties) + " of " + std::to_string(ties + fails) + " columns";
  }
};

// Whether the column shows a diluted count equal to the basic count: no share is assumed issued,
// so the diluted figure is the basic one, and its tie says nothing of a diluted numerator.
bool SameAsBasic(const Reading& r, size_t c);

// A net loss shown negative with a positive per-share figure: the signs disagree.
bool OppositeSigns(const Amount& ni, const Amount& eps);

// A dash in a per-share row stands for zero at the precision of the row's other figures.
Amount ShownAt(const Row& eps, const Amount& a);

// The other income row of the same part whose figure, added to the reading's, ties; or nullptr.
const Row* AddendThatTies(const Reading& r, size_t c, const Amount& s, const Amount& e);

// Whether a share row may serve an EPS row: it does not say the other of basic and diluted.
bool ServesEps(Says eps, Says shares);

// The best reading of an EPS row: the most ties, then the fewest failures, then the fewest
// figures one unit off, then the first.
Reading BestReading(const Table& table, const std::vector<bool>& counted, const Row& eps, Says says,
                    const std::vector<const Row*>& nis,
                    const std::vector<const Row*>& adjusted_numerators,
                    const std::vector<std::pair<const Row*, Says>>& shares,
                    const Vocabulary& vocabulary, bool part);

}  // namespace eps
}  // namespace tieout

#endif  // TIEOUT_RULES_EPS_READING_H_
