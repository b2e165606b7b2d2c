#include "checker/report/markup.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tieout {
namespace {

TEST(MarkupTest, EntitiesOfTheThreeMarkupCharactersOnly) {
  std::string out;
  EXPECT_TRUE(AppendMarkupEntity('&', &out));
  EXPECT_TRUE(AppendMarkupEntity('<', &out));
  EXPECT_TRUE(AppendMarkupEntity('>', &out));
  EXPECT_EQ(out, "&amp;&lt;&gt;");
  EXPECT_FALSE(AppendMarkupEntity('"', &out));
  EXPECT_FALSE(AppendMarkupEntity('a', &out));
  EXPECT_EQ(out, "&amp;&lt;&gt;");
}

TEST(MarkupTest, WritesWindows1252BytesAsUtf8) {
  std::ostringstream out;
  WriteAsUtf8(out, [](std::ostream& o) { o << "caf\xE9 " << 5; });
  EXPECT_EQ(out.str(), "caf\xC3\xA9 5");
  std::ostringstream plain;
  WriteAsUtf8(plain, [](std::ostream& o) { o << "plain"; });
  EXPECT_EQ(plain.str(), "plain");
}

}  // namespace
}  // namespace tieout
