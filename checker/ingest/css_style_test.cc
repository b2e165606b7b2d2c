#include "checker/ingest/css_style.h"

#include <gtest/gtest.h>

#include <string>

namespace tieout {
namespace {

TEST(CssStyleTest, ReadsSingleAndDoubleBorders) {
  CssStyle s = ParseCssStyle("vertical-align:bottom;border-top:1px solid #000000");
  EXPECT_EQ(s.border_top, RuleMark::kSingle);
  EXPECT_EQ(s.border_bottom, RuleMark::kNone);
  s = ParseCssStyle("border-bottom:3px double #000000;padding-left:2px");
  EXPECT_EQ(s.border_top, RuleMark::kNone);
  EXPECT_EQ(s.border_bottom, RuleMark::kDouble);
  // Values in any order, upper case, as filing agents write them.
  EXPECT_EQ(ParseCssStyle("BORDER-BOTTOM: black 2.5pt double").border_bottom, RuleMark::kDouble);
  EXPECT_EQ(ParseCssStyle("border-top:solid 0.75pt").border_top, RuleMark::kSingle);
  EXPECT_EQ(ParseCssStyle("border: 1px solid black").border_bottom, RuleMark::kSingle);
}

TEST(CssStyleTest, InvisibleLinesAreNoLines) {
  EXPECT_EQ(ParseCssStyle("border-top:1pt none").border_top, RuleMark::kNone);
  EXPECT_EQ(ParseCssStyle("border-top: 1pt").border_top, RuleMark::kNone);  // no style: none
  EXPECT_EQ(ParseCssStyle("border-bottom:solid 0.75pt transparent").border_bottom, RuleMark::kNone);
  EXPECT_EQ(ParseCssStyle("border-bottom:1px solid #FFFFFF").border_bottom, RuleMark::kNone);
  EXPECT_EQ(ParseCssStyle("border-bottom:0 solid #000").border_bottom, RuleMark::kNone);
  EXPECT_EQ(ParseCssStyle("border-top:hidden").border_top, RuleMark::kNone);
}

TEST(CssStyleTest, LaterDeclarationsWin) {
  EXPECT_EQ(ParseCssStyle("border-top:1px solid;border-top:none").border_top, RuleMark::kNone);
  EXPECT_EQ(ParseCssStyle("border-top:1px solid;border-top-style:double").border_top,
            RuleMark::kDouble);
  EXPECT_EQ(ParseCssStyle("border-bottom:1px solid;border-bottom-width:0").border_bottom,
            RuleMark::kNone);
  EXPECT_EQ(ParseCssStyle("border-bottom:1px solid;border-bottom-color:white").border_bottom,
            RuleMark::kNone);
}

TEST(CssStyleTest, FourValuePropertiesNameTopThenBottomThird) {
  CssStyle s = ParseCssStyle("border-style: solid none double none; border-width: 1px");
  EXPECT_EQ(s.border_top, RuleMark::kSingle);
  EXPECT_EQ(s.border_bottom, RuleMark::kDouble);
  s = ParseCssStyle("border-style: solid");
  EXPECT_EQ(s.border_top, RuleMark::kSingle);
  EXPECT_EQ(s.border_bottom, RuleMark::kSingle);
}

TEST(CssStyleTest, HiddenRaisedAndIndent) {
  EXPECT_TRUE(ParseCssStyle("display:none").hidden);
  EXPECT_FALSE(ParseCssStyle("display:block").hidden);
  EXPECT_TRUE(ParseCssStyle("font-size:6pt;vertical-align:super").raised);
  EXPECT_TRUE(ParseCssStyle("position:relative;top:-3.15pt;font-size:5pt").raised);
  EXPECT_FALSE(ParseCssStyle("position:relative;top:2pt").raised);
  EXPECT_FALSE(ParseCssStyle("vertical-align:top").raised);
  EXPECT_DOUBLE_EQ(ParseCssStyle("margin-left:10pt;padding-left:8px").indent_pt, 16);
  EXPECT_EQ(ParseCssStyle("font-weight:bold").weight, 700);
  EXPECT_EQ(ParseCssStyle("font-family:Arial;font-weight:700;").weight, 700);
  EXPECT_EQ(ParseCssStyle("font-weight:normal").weight, 400);
  EXPECT_EQ(ParseCssStyle("color:red").weight, 0);
}

TEST(CssStyleTest, IgnoresJunk) {
  CssStyle s = ParseCssStyle(";;border-top;: ;color:#000;border-bottom: 1px solid !important;");
  EXPECT_EQ(s.border_top, RuleMark::kNone);
  EXPECT_EQ(s.border_bottom, RuleMark::kSingle);
}

TEST(CssStyleTest, AnAttributeReadAgainReadsTheSame) {
  // Remembered per thread: the second reading of each is the first's; more attributes than
  // are remembered are still read right.
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(ParseCssStyle("border-bottom:3px double #000").border_bottom, RuleMark::kDouble);
    EXPECT_EQ(ParseCssStyle("border-bottom:1px solid #000").border_bottom, RuleMark::kSingle);
    EXPECT_EQ(ParseCssStyle("border-bottom:none").border_bottom, RuleMark::kNone);
  }
  for (int i = 0; i < 5000; ++i) {
    std::string style = "margin-left:" + std::to_string(i) + "pt";
    ASSERT_DOUBLE_EQ(ParseCssStyle(style).indent_pt, i) << style;
  }
  EXPECT_EQ(ParseCssStyle("border-bottom:3px double #000").border_bottom, RuleMark::kDouble);
}

}  // namespace
}  // namespace tieout
