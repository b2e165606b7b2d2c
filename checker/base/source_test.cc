#include "checker/base/source.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/mman.h>
#include <unistd.h>

namespace tieout {
namespace {

// A path in the temporary folder of this process alone (tests of other checkouts run at once).
std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("tieout_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

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

TEST(SourceTest, IndexesLinesPastFourGigabytes) {
  // A text of 4 GB and more: zero pages mapped, not memory, with a few lines written in.
  const size_t size = (size_t{1} << 32) + 4096;
  void* map = ::mmap(nullptr, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (map == MAP_FAILED) GTEST_SKIP() << "no room to map 4 GB";
  char* text = static_cast<char*>(map);
  const size_t past = (size_t{1} << 32) + 10;  // a line starting past 4 GB
  text[5] = '\n';
  text[past - 1] = '\n';
  LineIndex index(std::string_view(text, size));
  ::munmap(map, size);
  EXPECT_EQ(index.line_count(), 3);
  EXPECT_EQ(index.LineStart(2), 6u);
  EXPECT_EQ(index.LineStart(3), past);
  EXPECT_EQ(index.Locate(past + 2).line, 3);
  EXPECT_EQ(index.Locate(past + 2).column, 3);
  EXPECT_EQ(index.Locate(7).line, 2);
  EXPECT_EQ(index.Locate(7).column, 2);
}

TEST(SourceTest, MissingFileIsAnIoErrorNamingIt) {
  auto r = ReadSourceFile("/nonexistent/x.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/nonexistent/x.txt: cannot open: No such file or directory");
}

TEST(SourceTest, ReadsEveryByteOfAFileLargerThanOneChunk) {
  // 200,000 bytes (more than the 64 KiB read at a time), NUL and CR bytes among them.
  std::string bytes;
  for (int i = 0; i < 200000; ++i) bytes.push_back(static_cast<char>(i % 251));
  std::string path = TempPath("source_test.bin");
  std::ofstream(path, std::ios::binary) << bytes;
  auto r = ReadSourceFile(path);
  std::remove(path.c_str());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)->text(), bytes);
  EXPECT_EQ((*r)->path(), path);
}

TEST(SourceTest, ReadsAnEmptyFile) {
  std::string path = TempPath("source_empty.txt");
  std::ofstream(path, std::ios::binary).flush();
  auto r = ReadSourceFile(path);
  std::remove(path.c_str());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)->text(), "");
  EXPECT_EQ((*r)->index().line_count(), 1);
}

}  // namespace
}  // namespace tieout
