#include "checker/base/suggest.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(SuggestTest, EditDistanceCountsEdits) {
  EXPECT_EQ(EditDistance("table-footing", "table-footing"), 0u);
  EXPECT_EQ(EditDistance("table-fotting", "table-footing"), 1u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
}

TEST(SuggestTest, NearestNameWithinTwoEdits) {
  std::vector<std::string> names = {"check", "extract", "rules"};
  EXPECT_EQ(NearestName("chek", names), "check");
  EXPECT_EQ(NearestName("rule", names), "rules");
  EXPECT_EQ(NearestName("version", names), "");
}

}  // namespace
}  // namespace tieout
