#include "checker/rules/year_figures.h"

#include <gtest/gtest.h>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace {

QuarterNameWords MadeUpWords() {
  QuarterNameWords w;
  w.ordinals = {{"premier", "1er"}, {"deuxieme", "2e"}, {"troisieme", "3e"}, {"quatrieme", "4e"}};
  w.year = {"annee", "cumul"};
  return w;
}

TEST(YearFiguresTest, AHeaderWithOneOrdinalNamesThatQuarter) {
  QuarterNameWords w = MadeUpWords();
  EXPECT_EQ(QuarterOf("Premier trimestre", w), 1);
  EXPECT_EQ(QuarterOf("1997 3E", w), 3);  // no word for "quarter" needed
  EXPECT_EQ(QuarterOf("(4e)", w), 4);
  // Quiet: none, two (a range), or an ordinal inside a longer word.
  EXPECT_EQ(QuarterOf("Annee 1997", w), 0);
  EXPECT_EQ(QuarterOf("Premier au troisieme", w), 0);
  EXPECT_EQ(QuarterOf("premiers_resultats 2e_partie", w), 0);
  EXPECT_EQ(QuarterOf("Premier trimestre", QuarterNameWords()), 0);
}

TEST(YearFiguresTest, AHeaderWithAWordOfTheYearNamesTheYear) {
  QuarterNameWords w = MadeUpWords();
  EXPECT_TRUE(NamesTheYear("Annee 1997", w));
  EXPECT_TRUE(NamesTheYear("Cumul", w));
  EXPECT_FALSE(NamesTheYear("Annees", w));
  EXPECT_FALSE(NamesTheYear("4e", w));
  EXPECT_FALSE(NamesTheYear("Annee", QuarterNameWords()));
}

}  // namespace
}  // namespace tieout
