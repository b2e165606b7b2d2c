#include "checker/base/source.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(SourceTest, LocatesOffsetsAsLinesAndColumns) {
  SourceFile f("a.txt", "ab\ncd\r\n\nef");
  EXPECT_EQ(f.Locate(0).line, 1);
  EXPECT_EQ(f.Locate(1).column, 2);
  EXPECT_EQ(f.Locate(3).line, 2);
  EXPECT_EQ(f.Locate(3).column, 1);
  EXPECT_EQ(f.Locate(8).line, 4);
  EXPECT_EQ(f.Line(2), "cd");
  EXPECT_EQ(f.Line(3), "");
  EXPECT_EQ(f.Line(4), "ef");
  EXPECT_EQ(f.Line(5), "");
}

TEST(SourceTest, MissingFileIsAnIoErrorNamingIt) {
  auto r = ReadSourceFile("/nonexistent/x.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/nonexistent/x.txt: cannot open: No such file or directory");
}

}  // namespace
}  // namespace tieout
