// Claims a figure of the prose makes about other figures, checked by arithmetic with the
// rounding of every input allowed for (the interval approach): a percent change ("decreased 8.5%
// from $612.4 million to $560.3 million"), a difference ("up $9.0 million"), a share of a whole
// ("$4.6 million, or 0.09% of total assets").
//
// Every input is a value shown with its rounding: the exact value lies within half a unit of
// its last digit. A claim holds when some exact inputs give a result that rounds to the stated
// figure; it differs only when no such inputs exist, not even reading the stated figure as
// truncated rather than rounded.
#ifndef TIEOUT_NARRATIVE_ARITHMETIC_H_
#define TIEOUT_NARRATIVE_ARITHMETIC_H_

#include <string>

#include "checker/base/decimal.h"
#include "checker/document/document.h"
#include "checker/narrative/figures.h"

namespace tieout {

// A value and half a unit of its last digit shown.
struct Shown {
  Decimal value;
  Decimal half;
};
Shown ShownOf(const Figure& f);
Shown ShownOf(const Amount& a);

enum class ArithmeticOutcome {
  kHolds,      // some exact inputs round to the stated figure
  kTruncates,  // only reading the stated figure as truncated
  kDiffers,    // no exact inputs give the stated figure
  kUndefined,  // the arithmetic means nothing here: a base of zero, a change of sign, no
               // direction to tell an increase from a decrease
};
const char* ArithmeticOutcomeName(ArithmeticOutcome outcome);

// The direction the words give a change: +1 an increase, -1 a decrease, 0 not said.
// `stated` is the change as written (its sign ignored): a percentage for CheckPercentChange,
// an amount for CheckDifference.
ArithmeticOutcome CheckPercentChange(const Shown& prior, const Shown& current, const Figure& stated,
                                     int direction);
ArithmeticOutcome CheckDifference(const Shown& prior, const Shown& current, const Figure& stated,
                                  int direction);
// `stated` is a percentage of `whole` that `part` makes.
ArithmeticOutcome CheckShare(const Shown& part, const Shown& whole, const Figure& stated);

// a / b rounded half away from zero to 10^exponent, for messages; b must not be zero.
Decimal RoundedQuotient(const Decimal& a, const Decimal& b, int exponent);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_ARITHMETIC_H_
