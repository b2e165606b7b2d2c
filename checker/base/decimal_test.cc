#include "checker/base/decimal.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(DecimalTest, ParsesGroupedDigitsAndKeepsPrecision) {
  auto d = Decimal::Parse("2,287,000");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2287000");
  EXPECT_EQ(d->exponent(), 0);
  auto eps = Decimal::Parse(".05");
  ASSERT_TRUE(eps.has_value());
  EXPECT_EQ(eps->exponent(), -2);
  EXPECT_EQ(eps->ToString(), "0.05");
  EXPECT_EQ(Decimal::Parse("-12.50")->ToString(), "-12.50");
}

TEST(DecimalTest, RejectsMalformedGrouping) {
  EXPECT_FALSE(Decimal::Parse("1,23").has_value());
  EXPECT_FALSE(Decimal::Parse("12,3456").has_value());
  EXPECT_FALSE(Decimal::Parse(",123").has_value());
  EXPECT_FALSE(Decimal::Parse("1.2.3").has_value());
  EXPECT_FALSE(Decimal::Parse("").has_value());
  EXPECT_FALSE(Decimal::Parse("$5").has_value());
}

TEST(DecimalTest, ArithmeticIsExact) {
  // 0.1 + 0.2 == 0.3 exactly, unlike binary floating point.
  EXPECT_EQ(*Decimal::Parse("0.1") + *Decimal::Parse("0.2"), *Decimal::Parse("0.3"));
  EXPECT_EQ((*Decimal::Parse("1,432,000") + *Decimal::Parse("902,000")).ToDisplay(), "2,334,000");
  EXPECT_EQ((Decimal(24, 5) - Decimal(2403000, 0)).ToString(), "-3000");
}

TEST(DecimalTest, RoundsHalfAwayFromZeroAndTruncates) {
  EXPECT_EQ(Decimal(1356000, 0).RoundTo(5), Decimal(14, 5));
  EXPECT_EQ(Decimal(1356000, 0).TruncateTo(5), Decimal(13, 5));
  EXPECT_EQ(Decimal(-250, 0).RoundTo(2), Decimal(-3, 2));
  EXPECT_EQ(Decimal(249, 0).RoundTo(2), Decimal(2, 2));
}

TEST(DecimalTest, FiguresTooFarApartToAlignAreRoundedNotOverflowed) {
  // 36 digits in millions beside a figure with one decimal: aligning to tenths would not fit in
  // 128 bits, so the finer figure is rounded to the coarser one's place (millions) instead.
  Decimal big = Decimal::Parse("555555555555555555555555555555555555")->Shifted(6);
  Decimal tenth = *Decimal::Parse("18.4");
  EXPECT_EQ(big + tenth, big);
  EXPECT_EQ((big + tenth).exponent(), 6);
  EXPECT_EQ(big + Decimal::Parse("600,000")->Shifted(0), big + Decimal(1, 6));
  EXPECT_TRUE(tenth < big);
  EXPECT_TRUE(-big < tenth);
  // Sums and products past the largest units saturate rather than wrap to the other sign.
  Decimal huge = big * Decimal(1000, 0);  // past the largest units
  EXPECT_FALSE(huge.is_negative());
  EXPECT_FALSE((huge + huge).is_negative());
  EXPECT_FALSE((big * big).is_negative());
  EXPECT_TRUE((big * -big).is_negative());
  // Rounding to a place beyond 10^38 gives zero.
  EXPECT_EQ(Decimal(7, 0).RoundTo(40).units(), 0);
}

TEST(DecimalTest, DisplaysWithSeparators) {
  EXPECT_EQ(Decimal(-2287000, 0).ToDisplay(), "-2,287,000");
  EXPECT_EQ(Decimal(24, 5).ToDisplay(), "2,400,000");
  EXPECT_EQ(Decimal(-5, -2).ToDisplay(), "-0.05");
}

TEST(DecimalTest, ComparesQuotientsExactly) {
  // 2,287,000 / 48,550,000 = 0.0471...
  Decimal ni(-2287000, 0), shares(48550000, 0);
  EXPECT_GT(CompareQuotient(ni, shares, Decimal(-5, -2)), 0);
  EXPECT_LT(CompareQuotient(ni, shares, Decimal(-45, -3)), 0);
  EXPECT_EQ(CompareQuotient(Decimal(1, 0), Decimal(4, 0), Decimal(25, -2)), 0);
}

}  // namespace
}  // namespace tieout
