#include "checker/narrative/arithmetic.h"

#include <algorithm>

namespace tieout {
namespace {

const Decimal kHundred = Decimal::FromInt(100);

// The stated figure's magnitude and half a unit of its last digit.
struct Stated {
  Decimal value;
  Decimal half;
};
Stated StatedOf(const Figure& f) { return Stated{f.value.Abs(), Decimal(5, f.precision - 1)}; }

// The magnitudes of a shown value: [lo, hi], lo not below zero.
struct Range {
  Decimal lo, hi;
};
Range RangeOf(const Shown& s) {
  Decimal v = s.value.Abs();
  Decimal lo = v - s.half;
  if (lo.is_negative()) lo = Decimal();
  return Range{lo, v + s.half};
}

bool OppositeSigns(const Shown& a, const Shown& b) {
  return (a.value.is_negative() && !b.value.is_negative() && !b.value.is_zero()) ||
         (b.value.is_negative() && !a.value.is_negative() && !a.value.is_zero());
}

// The direction the values show, when their ranges do not overlap.
int ShownDirection(const Range& prior, const Range& current) {
  if (current.lo > prior.hi) return 1;
  if (current.hi < prior.lo) return -1;
  return 0;
}

// The outcome from two tests: whether the result can round to the stated figure, and whether
// it can at least truncate to it.
ArithmeticOutcome Outcome(bool rounds, bool truncates) {
  if (rounds) return ArithmeticOutcome::kHolds;
  if (truncates) return ArithmeticOutcome::kTruncates;
  return ArithmeticOutcome::kDiffers;
}

}  // namespace

Shown ShownOf(const Figure& f) { return Shown{f.value, Decimal(5, f.precision - 1)}; }
Shown ShownOf(const Amount& a) { return Shown{a.value, a.HalfUnit()}; }

const char* ArithmeticOutcomeName(ArithmeticOutcome outcome) {
  switch (outcome) {
    case ArithmeticOutcome::kHolds:
      return "holds";
    case ArithmeticOutcome::kTruncates:
      return "truncates";
    case ArithmeticOutcome::kDiffers:
      return "differs";
    case ArithmeticOutcome::kUndefined:
      return "undefined";
  }
  return "undefined";
}

ArithmeticOutcome CheckPercentChange(const Shown& prior, const Shown& current, const Figure& stated,
                                     int direction) {
  if (OppositeSigns(prior, current)) return ArithmeticOutcome::kUndefined;
  Range p = RangeOf(prior), c = RangeOf(current);
  if (p.lo.is_zero() || p.lo.is_negative()) return ArithmeticOutcome::kUndefined;
  if (direction == 0) direction = ShownDirection(p, c);
  if (direction == 0) return ArithmeticOutcome::kUndefined;
  Stated s = StatedOf(stated);
  // The change in the stated direction, in percent, lies in [m_lo, m_hi]; it overlaps [a, b]
  // when m_lo <= b and m_hi >= a. With R = 100 c / p - 100 in [c.lo/p.hi, c.hi/p.lo] (scaled):
  // an increase is R, a decrease -R.
  auto overlaps = [&](const Decimal& a, const Decimal& b) {
    if (direction > 0) {
      return CompareQuotient(c.lo * kHundred, p.hi, kHundred + b) <= 0 &&
             CompareQuotient(c.hi * kHundred, p.lo, kHundred + a) >= 0;
    }
    return CompareQuotient(c.hi * kHundred, p.lo, kHundred - b) >= 0 &&
           CompareQuotient(c.lo * kHundred, p.hi, kHundred - a) <= 0;
  };
  Decimal two = s.half + s.half;
  return Outcome(overlaps(s.value - s.half, s.value + s.half),
                 overlaps(s.value - s.half, s.value + two));
}

ArithmeticOutcome CheckDifference(const Shown& prior, const Shown& current, const Figure& stated,
                                  int direction) {
  if (OppositeSigns(prior, current)) return ArithmeticOutcome::kUndefined;
  Range p = RangeOf(prior), c = RangeOf(current);
  if (direction == 0) direction = ShownDirection(p, c);
  if (direction == 0) return ArithmeticOutcome::kUndefined;
  Stated s = StatedOf(stated);
  // The difference in the stated direction lies in [lo, hi].
  Decimal lo = direction > 0 ? c.lo - p.hi : p.lo - c.hi;
  Decimal hi = direction > 0 ? c.hi - p.lo : p.hi - c.lo;
  auto overlaps = [&](const Decimal& a, const Decimal& b) { return lo <= b && hi >= a; };
  Decimal two = s.half + s.half;
  return Outcome(overlaps(s.value - s.half, s.value + s.half),
                 overlaps(s.value - s.half, s.value + two));
}

ArithmeticOutcome CheckShare(const Shown& part, const Shown& whole, const Figure& stated) {
  if (OppositeSigns(part, whole)) return ArithmeticOutcome::kUndefined;
  Range p = RangeOf(part), w = RangeOf(whole);
  if (w.lo.is_zero()) return ArithmeticOutcome::kUndefined;
  Stated s = StatedOf(stated);
  auto overlaps = [&](const Decimal& a, const Decimal& b) {
    return CompareQuotient(p.lo * kHundred, w.hi, b) <= 0 &&
           CompareQuotient(p.hi * kHundred, w.lo, a) >= 0;
  };
  Decimal two = s.half + s.half;
  return Outcome(overlaps(s.value - s.half, s.value + s.half),
                 overlaps(s.value - s.half, s.value + two));
}

Decimal RoundedQuotient(const Decimal& a, const Decimal& b, int exponent) {
  Int128 num = a.units(), den = b.units();
  int k = a.exponent() - b.exponent() - exponent;
  for (; k > 0; --k) num *= 10;
  for (; k < 0; ++k) den *= 10;
  bool negative = (num < 0) != (den < 0);
  if (num < 0) num = -num;
  if (den < 0) den = -den;
  Int128 q = (2 * num + den) / (2 * den);
  return Decimal(negative ? -q : q, exponent);
}

}  // namespace tieout
