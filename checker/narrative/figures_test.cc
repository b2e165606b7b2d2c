#include "checker/narrative/figures.h"

#include <gtest/gtest.h>

#include <string>

namespace tieout {
namespace {

// "text|unit|value|precision" for each figure in `text`.
std::vector<std::string> Read(const std::string& text) {
  std::vector<std::string> out;
  for (const Figure& f : ExtractFigures(text)) {
    out.push_back(text.substr(f.begin, f.end - f.begin) + "|" + FigureUnitName(f.unit) + "|" +
                  f.value.ToString() + "|" + std::to_string(f.precision));
  }
  return out;
}

using Rows = std::vector<std::string>;

TEST(FiguresTest, MoneyWithScaleWords) {
  EXPECT_EQ(Read("a net loss of $2.4 million for the quarter"),
            Rows{"$2.4 million|money|2400000|5"});
  EXPECT_EQ(Read("compared to $2.6 million and $ 5.2 million for"),
            (Rows{"$2.6 million|money|2600000|5", "$ 5.2 million|money|5200000|5"}));
  EXPECT_EQ(Read("revenues of $7.7 billion, $500 thousand and $12 million"),
            (Rows{"$7.7 billion|money|7700000000|8", "$500 thousand|money|500000|3",
                  "$12 million|money|12000000|6"}));
  EXPECT_EQ(Read("were $162.4  billion in 2001"), Rows{"$162.4  billion|money|162400000000|8"});
  EXPECT_EQ(Read("$2.4M, $1.2B, $500K and $3.1-million"),
            (Rows{"$2.4M|money|2400000|5", "$1.2B|money|1200000000|8", "$500K|money|500000|3",
                  "$3.1-million|money|3100000|5"}));
}

TEST(FiguresTest, PlainDollarsAndZero) {
  EXPECT_EQ(Read("to $5,000 and $17,000 for the quarter, from $111,000, for"),
            (Rows{"$5,000|money|5000|0", "$17,000|money|17000|0", "$111,000|money|111000|0"}));
  EXPECT_EQ(Read("decreased to $0 for the quarter"), Rows{"$0|money|0|0"});
  EXPECT_EQ(Read("a $100,000 grant."), Rows{"$100,000|money|100000|0"});
}

TEST(FiguresTest, PerShareAndNegatives) {
  EXPECT_EQ(Read("or $.03 per common share, compared"),
            Rows{"$.03 per common share|per-share|0.03|-2"});
  EXPECT_EQ(Read("a loss of $(0.09) per diluted share"),
            Rows{"$(0.09) per diluted share|per-share|-0.09|-2"});
  EXPECT_EQ(Read("($0.12) a share"), Rows{"($0.12) a share|per-share|-0.12|-2"});
  EXPECT_EQ(Read("EPS of $0.24 per basic and diluted share"),
            Rows{"$0.24 per basic and diluted share|per-share|0.24|-2"});
  EXPECT_EQ(Read("3 cents per share"), Rows{"3 cents per share|per-share|0.03|-2"});
  // A price per month is money.
  EXPECT_EQ(Read("a maximum of $10,000 per month"), Rows{"$10,000|money|10000|0"});
}

TEST(FiguresTest, PercentagesAndShares) {
  EXPECT_EQ(Read("at a discount of 3% from"), Rows{"3%|percent|3|0"});
  EXPECT_EQ(Read("decreased 2.9 percent in the quarter"), Rows{"2.9 percent|percent|2.9|-1"});
  EXPECT_EQ(Read("up 5 percentage points"), Rows{});
  EXPECT_EQ(Read("up to an aggregate of 10 million newly issued shares of"),
            Rows{"10 million newly issued shares|shares|10000000|6"});
  EXPECT_EQ(Read("71,294,000 shares outstanding"), Rows{"71,294,000 shares|shares|71294000|0"});
  EXPECT_EQ(Read("ten million shares"), Rows{"ten million shares|shares|10000000|6"});
}

TEST(FiguresTest, NumberWordsOfAnyCaseAndLength) {
  // The longest number word, in capitals; a longer word that begins with one is no number.
  EXPECT_EQ(Read("SEVENTEEN million shares"), Rows{"SEVENTEEN million shares|shares|17000000|6"});
  EXPECT_EQ(Read("Twenty million dollars"), Rows{"Twenty million dollars|money|20000000|6"});
  EXPECT_EQ(Read("seventeenth million shares"), Rows{});
  EXPECT_EQ(Read("seventeens million shares"), Rows{});
  EXPECT_EQ(Read("hundredfold million shares"), Rows{});
}

TEST(FiguresTest, ScaleSharedAcrossAList) {
  auto figures = ExtractFigures("to $2.8 and $6.0 million, and $0.03 to $0.05 per share");
  ASSERT_EQ(figures.size(), 4u);
  EXPECT_EQ(figures[0].value.ToString(), "2800000");
  EXPECT_TRUE(figures[0].scale_shared);
  EXPECT_EQ(figures[0].precision, 5);
  EXPECT_EQ(figures[2].unit, FigureUnit::kPerShare);
  EXPECT_TRUE(figures[2].scale_shared);
  // Written in full, a figure keeps its own scale.
  EXPECT_EQ(Read("decreased $370,000 to $1.46 million"),
            (Rows{"$370,000|money|370000|0", "$1.46 million|money|1460000|4"}));
}

TEST(FiguresTest, NumbersWithoutUnitsAreNotFigures) {
  EXPECT_EQ(Read("for fiscal year 2004 ended December 31, 2003, up to 12 patients and 24 months"),
            Rows{});
  EXPECT_EQ(Read("call 785-832-2422 at 11:00 a.m.; Form 10-K; Section 1350; 15 U.S.C. 78m"),
            Rows{});
  EXPECT_EQ(Read("version 1.2.3 of the $1.2.3 file"), Rows{});
}

TEST(FiguresTest, LostUnitIsKeptAsWritten) {
  auto figures = ExtractFigures("$0.9 million and $2.0 for the same periods");
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[1].scale, 0);
  EXPECT_EQ(figures[1].precision, -1);
  Figure read = figures[1].WithScale(6);
  EXPECT_EQ(read.value.ToString(), "2000000");
  EXPECT_EQ(read.precision, 5);
  EXPECT_EQ(FormatFigure(read), "$2.0 million");
}

TEST(FiguresTest, FormatLikeRoundsAtTheStatedPrecision) {
  auto f = ExtractFigures("$0.3 million")[0];
  EXPECT_EQ(FormatLike(Decimal(171000, 0), f), "$0.2 million");
  EXPECT_EQ(FormatLike(Decimal(1356000, 0), ExtractFigures("$1.3 million")[0]), "$1.4 million");
  EXPECT_EQ(FormatLike(Decimal(3, -2), ExtractFigures("$.03 per share")[0]), "$0.03 per share");
}

TEST(FiguresTest, LinearOnLongInput) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "revenue of $1.5 million and 3% of 1,000 shares, ";
  EXPECT_EQ(ExtractFigures(text).size(), 600000u);
}

}  // namespace
}  // namespace tieout
