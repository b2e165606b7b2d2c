#include "checker/narrative/arithmetic.h"

#include <gtest/gtest.h>

#include <string>

namespace tieout {
namespace {

Figure F(const std::string& text) {
  std::vector<Figure> all = ExtractFigures(text);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Figure{} : all[0];
}

Shown S(const std::string& text) { return ShownOf(F(text)); }

Shown Cell(long long value, int precision) {
  Amount a;
  a.value = Decimal::FromInt(value);
  a.precision = precision;
  return ShownOf(a);
}

using O = ArithmeticOutcome;

TEST(ArithmeticTest, PercentChangeFromTheSentencesOwnFigures) {
  // "decreased 8.5% from $612.4 million to $560.3 million": 560.3 / 612.4 - 1 = -8.51%.
  EXPECT_EQ(CheckPercentChange(S("$612.4 million"), S("$560.3 million"), F("8.5%"), -1), O::kHolds);
  // "increased 8% to $325.2 million from $300.0 million": 8.4%.
  EXPECT_EQ(CheckPercentChange(S("$300.0 million"), S("$325.2 million"), F("8%"), 1), O::kHolds);
  // The direction is read from the figures when the words give none.
  EXPECT_EQ(CheckPercentChange(S("$300.0 million"), S("$325.2 million"), F("8%"), 0), O::kHolds);
  // Wrong: 9% is no rounding of 8.4%, nor its truncation.
  EXPECT_EQ(CheckPercentChange(S("$300.0 million"), S("$325.2 million"), F("9%"), 1), O::kDiffers);
  // The words say a decrease, the figures an increase.
  EXPECT_EQ(CheckPercentChange(S("$300.0 million"), S("$325.2 million"), F("8%"), -1), O::kDiffers);
  // 8.48% truncates to 8.4% but rounds to 8.5%.
  EXPECT_EQ(CheckPercentChange(Cell(100000, 0), Cell(108480, 0), F("8.4%"), 1), O::kTruncates);
}

TEST(ArithmeticTest, PercentChangeAllowsTheRoundingOfItsInputs) {
  // $1.0 million to $1.1 million is anything from 0% (1.05 / 1.05) to 21.1% (1.15 / 0.95).
  EXPECT_EQ(CheckPercentChange(S("$1.0 million"), S("$1.1 million"), F("15%"), 1), O::kHolds);
  EXPECT_EQ(CheckPercentChange(S("$1.0 million"), S("$1.1 million"), F("21%"), 1), O::kHolds);
  EXPECT_EQ(CheckPercentChange(S("$1.0 million"), S("$1.1 million"), F("23%"), 1), O::kDiffers);
}

TEST(ArithmeticTest, PercentChangeUndefined) {
  EXPECT_EQ(CheckPercentChange(Cell(0, 0), Cell(5, 0), F("5%"), 1), O::kUndefined);
  EXPECT_EQ(CheckPercentChange(Cell(-5, 0), Cell(5, 0), F("200%"), 1), O::kUndefined);
  // Equal within rounding and no direction said.
  EXPECT_EQ(CheckPercentChange(S("$1.0 million"), S("$1.0 million"), F("1%"), 0), O::kUndefined);
}

TEST(ArithmeticTest, Difference) {
  // "a decrease of $3.6 million": 14,362 - 10,781 (thousands) = 3,581.
  EXPECT_EQ(CheckDifference(Cell(14362000, 3), Cell(10781000, 3), F("$3.6 million"), -1),
            O::kHolds);
  EXPECT_EQ(CheckDifference(Cell(14362000, 3), Cell(10781000, 3), F("$3.5 million"), -1),
            O::kTruncates);
  EXPECT_EQ(CheckDifference(Cell(14362000, 3), Cell(10781000, 3), F("$3.8 million"), -1),
            O::kDiffers);
  // "up $7.5 million to $18.4 million from $10.9 million".
  EXPECT_EQ(CheckDifference(S("$10.9 million"), S("$18.4 million"), F("$7.5 million"), 1),
            O::kHolds);
  EXPECT_EQ(CheckDifference(S("$10.9 million"), S("$18.4 million"), F("$7.5 million"), -1),
            O::kDiffers);
}

TEST(ArithmeticTest, Share) {
  // "$4.6 million, or 0.09% of total assets" of 5,113,640 thousand: 0.0900%.
  EXPECT_EQ(CheckShare(S("$4.6 million"), Cell(5113640000, 3), F("0.09%")), O::kHolds);
  EXPECT_EQ(CheckShare(S("$4.6 million"), Cell(5113640000, 3), F("0.12%")), O::kDiffers);
  // "10.2 percent of sales".
  EXPECT_EQ(CheckShare(Cell(10200, 0), Cell(100000, 0), F("10.2 percent")), O::kHolds);
  EXPECT_EQ(CheckShare(Cell(1, 0), Cell(0, 0), F("10.2 percent")), O::kUndefined);
}

TEST(ArithmeticTest, RoundedQuotient) {
  EXPECT_EQ(RoundedQuotient(Decimal::FromInt(511), Decimal::FromInt(5598), -3).ToString(), "0.091");
  EXPECT_EQ(RoundedQuotient(Decimal::FromInt(-1), Decimal::FromInt(8), -2).ToString(), "-0.13");
  EXPECT_EQ(RoundedQuotient(Decimal(24, 5), Decimal::FromInt(3), 5).ToString(), "800000");
}

}  // namespace
}  // namespace tieout
