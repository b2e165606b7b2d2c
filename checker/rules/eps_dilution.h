// Basic against diluted earnings per share (eps_rule.h): over the same count they are equal, for
// a net income the diluted figure is not above the basic one, and the diluted count is not below
// the basic count. Internal to the eps rule's files.
#ifndef TIEOUT_RULES_EPS_DILUTION_H_
#define TIEOUT_RULES_EPS_DILUTION_H_

#include "checker/rules/eps_reading.h"
#include "checker/rules/rule.h"

namespace tieout {
namespace eps {

// A basic row and its diluted row: over the same count they are equal; for a net income the
// diluted figure is not above the basic one.
void CheckBasicAndDiluted(const RuleSpec& equal_shares, const RuleSpec& dilution,
                          const RuleSpec& diluted_count, const Table& table, const Row* basic_row,
                          const Reading& b, const Row* diluted_row, const Reading& d,
                          bool diluted_established, Results* results);

// A basic per-share row and the diluted row right below it under the same heading, labelled
// only as such ("Primary" / "Fully diluted", "Basic" / "Diluted"): where the basic figure is
// positive, the diluted one is not above it (dilutive securities lower a positive figure;
// anti-dilutive ones are left out), by more than one unit of its last digit (rounding). Checked
// in tables without net income or shares (elsewhere the readings compare the rows). A loss is left
// alone (a diluted net loss may divide by the diluted count where continuing operations earn).
// Established where that holds in all the positive columns but one (and in one at least).
void CheckDilutedPairs(const RuleSpec& spec, const Table& table, const Vocabulary& vocabulary,
                       Results* results);

}  // namespace eps
}  // namespace tieout

#endif  // TIEOUT_RULES_EPS_DILUTION_H_
