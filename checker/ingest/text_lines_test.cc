#include "checker/ingest/text_lines.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(TextLinesTest, PageFurniture) {
  for (const char* line :
       {"MORE", "  (more)  ", "###", "Continued", "- more follows -", "More Follows", "Page 12",
        "page 1234", "-Financial Tables Follow-", "- Financial Table Follows -", "  - more -"}) {
    EXPECT_TRUE(IsPageFurniture(line)) << line;
  }
  for (const char* line : {"", "   ", "---", "Page 12345", "Pages", "Financial Tables Follow",
                           "Revenue increased 10% to $5.0 million", "Continued operations",
                           "-Revenue-", "- 1,234 -", "more than expected"}) {
    EXPECT_FALSE(IsPageFurniture(line)) << line;
  }
}

}  // namespace
}  // namespace tieout
