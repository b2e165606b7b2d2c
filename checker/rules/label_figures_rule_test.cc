#include "checker/rules/label_figures_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;
using testing::FindingMessages;

TEST(PerShareFiguresByYearTest, ReadsEachFigureWithItsYear) {
  std::vector<LabelFigure> f = PerShareFiguresByYear(
      "Cash dividends ($1.20 per share in 2001, $1.10 in 2000 and $.95 in 1999)");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].year, 2001);
  EXPECT_EQ(f[0].figure.value.ToDisplay(), "1.20");
  EXPECT_EQ(f[0].figure.precision, -2);
  EXPECT_EQ(f[2].year, 1999);
  EXPECT_EQ(f[2].figure.value.ToDisplay(), "0.95");
  // Without "per share", or without a year, a label states no per-share figure of a year.
  EXPECT_TRUE(PerShareFiguresByYear("Dividends ($1.20 in 2001)").empty());
  EXPECT_TRUE(PerShareFiguresByYear("Dividends declared ($1.20 per share)").empty());
  // A paragraph read as a label is not read (and does not exhaust the stack).
  std::string long_label = "Dividends ($1.20 per share in 2001" + std::string(100000, ' ') + ")";
  EXPECT_TRUE(PerShareFiguresByYear(long_label).empty());
}

// A five-year summary and a statement of stockholders' equity that states the dividends per
// share of three years in a label.
std::string Release(const std::string& summary_1992, const std::string& label_1991 = ".36") {
  return "SELECTED FINANCIAL DATA\n\n<TABLE>\n<CAPTION>\n"
         "                                    1993      1992      1991      1990      1989\n"
         "<S>                              <C>       <C>       <C>       <C>       <C>\n"
         "Net sales                        $ 9,210   $ 8,305   $ 7,288   $ 6,402   $ 5,905\n"
         "Dividends declared per share     $  .440   $  " +
         summary_1992 +
         "   $  .360   $  .360   $  .320\n"
         "</TABLE>\n\n\nSTATEMENTS OF STOCKHOLDERS' EQUITY\n\n<TABLE>\n<CAPTION>\n"
         "(In millions)                                          1993      1992      1991\n"
         "<S>                                                 <C>       <C>       <C>\n"
         "Balance at January 1                                $ 3,600   $ 3,200   $ 2,900\n"
         "Net earnings                                          1,022       506       400\n"
         "Dividends declared ($.44 per share in 1993, $.40\n"
         "  in 1992 and $" +
         label_1991 +
         " in 1991)                             (122)     (106)      (100)\n"
         "                                                    -------   -------   -------\n"
         "Balance at December 31                              $ 4,500   $ 3,600   $ 3,200\n"
         "</TABLE>\n";
}

TEST(LabelFiguresRuleTest, TheYearsTheLabelStatesAgreeWithTheTable) {
  Report r = CheckText(Release(".400"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "label-figures-agree").size(), 3u);
  EXPECT_EQ(ChecksOf(r, "label-figures-agree")[0],
            "pass: Dividends declared per share (1993): shown 0.440, the label of \"Dividends "
            "declared ($.44 per share in 1993, $.40 in 1992 and $.36 in 1991)\" says 0.44");
}

TEST(LabelFiguresRuleTest, AYearThatDisagreesWhereTheOthersAgreeFires) {
  EXPECT_EQ(FindingMessages(CheckText(Release(".430"))),
            (std::vector<std::string>{
                "error label-figures-agree: Dividends declared per share shows 0.430 in 1992, but "
                "the label \"Dividends declared ($.44 per share in 1993, $.40 in 1992 and $.36 in "
                "1991)\" says 0.40 (difference 0.030); they agree in 2 of 3 years"}));
}

TEST(LabelFiguresRuleTest, OneYearThatAgreesIsNoEvidence) {
  // Only 1993 agrees: the label may state figures before a split the table is restated for.
  Report r = CheckText(Release(".430", ".72"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "label-figures-agree")[1],
            "skip: Dividends declared per share (1992): shown 0.430, the label of \"Dividends "
            "declared ($.44 per share in 1993, $.40 in 1992 and $.72 in 1991)\" says 0.40: they "
            "agree in 1 of 3 years, not established");
}

}  // namespace
}  // namespace tieout
