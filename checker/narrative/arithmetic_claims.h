// The last word on changes checked by arithmetic on the sentence's own figures (reader_arithmetic
// in paragraph_reader.h), after the tables were tried (a cell's evidence comes first): a change
// no cell verifies is verified when its sentence's own figures give it, reported when they
// contradict it and every input is firm (not approximate, no qualifier,
// a direction said); otherwise, and when the stated figure only truncates the result, it stays
// unverifiable and its reason says what the arithmetic gave.
#ifndef TIEOUT_NARRATIVE_ARITHMETIC_CLAIMS_H_
#define TIEOUT_NARRATIVE_ARITHMETIC_CLAIMS_H_

#include "checker/narrative/analysis.h"
#include "checker/narrative/linking.h"

namespace tieout {

// Also a change stated right after an amount (NarrativeFigure::anchor) that no table verified:
// verified by arithmetic on the amount's row once the amount is verified against a cell. And a
// percentage of a whole after an amount (NarrativeFigure::share_of): the amount's cell over the
// whole's, the whole's row found by its concept, else by its words through `linker`.
void SettleArithmetic(const ColumnPeriods& columns, const RowLinker& linker,
                      NarrativeAnalysis* out);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_ARITHMETIC_CLAIMS_H_
