// The last word on changes checked by arithmetic on the sentence's own figures (reader_arithmetic
// in paragraph_reader.h), after the tables were tried (a cell's evidence comes first): a change
// no cell verifies is verified when its sentence's own figures give it, reported when they
// contradict it and every input is firm (not approximate, no qualifier,
// a direction said); otherwise, and when the stated figure only truncates the result, it stays
// unverifiable and its reason says what the arithmetic gave.
#ifndef TIEOUT_NARRATIVE_ARITHMETIC_CLAIMS_H_
#define TIEOUT_NARRATIVE_ARITHMETIC_CLAIMS_H_

#include "checker/narrative/analysis.h"

namespace tieout {

// Also a change stated right after an amount (NarrativeFigure::anchor) that no table verified:
// verified by arithmetic on the amount's row once the amount is verified against a cell.
void SettleArithmetic(const ColumnPeriods& columns, NarrativeAnalysis* out);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_ARITHMETIC_CLAIMS_H_
