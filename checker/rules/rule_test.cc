#include "checker/rules/rule.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(FillTemplateTest, FillsKnownNamesAndKeepsUnknownOnes) {
  EXPECT_EQ(FillTemplate("{row} shows {actual} ({other})", {{"row", "Total"}, {"actual", "7"}}),
            "Total shows 7 ({other})");
}

TEST(FillTemplateTest, APeriodAtAnInstantKeepsItsOwnPreposition) {
  const std::string message = "{row} does not foot in {column}";
  EXPECT_EQ(FillTemplate(message, {{"row", "Total assets"}, {"column", "at Jun 30, 2019"}}),
            "Total assets does not foot at Jun 30, 2019");
  EXPECT_EQ(FillTemplate(message, {{"row", "Total"}, {"column", "quarter ended Mar 31, 2020"}}),
            "Total does not foot in quarter ended Mar 31, 2020");
  // Only the word "in": "within" stays.
  EXPECT_EQ(FillTemplate("foots within {column}", {{"column", "at Jun 30, 2019"}}),
            "foots within at Jun 30, 2019");
}

}  // namespace
}  // namespace tieout
