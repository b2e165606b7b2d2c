#include "checker/engine/inputs.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

namespace fs = std::filesystem;

TEST(InputsTest, AReadmeHoldsNoReleaseAndAReleaseDoes) {
  EXPECT_EQ(HoldsNoRelease(testing::ReadText("# tieout\n\nChecks releases; version 1.2 of 3 May.\n",
                                             "README.md")),
            "no table and no amount of money");
  EXPECT_EQ(HoldsNoRelease(testing::ReadText(
                "ACME reported net income of $1.2 million for the quarter.\n", "r.md")),
            "");
  EXPECT_EQ(HoldsNoRelease(testing::ReadText("Revenue rose to 3 percent of sales.\n", "r.md")),
            "no table and no amount of money");
}

TEST(InputsTest, PathListsSkipBlankLinesAndSpaces) {
  std::istringstream in("a.txt\n\n  b dir/c.htm \r\nd.txt");
  EXPECT_EQ(ReadPathList(in), (std::vector<std::string>{"a.txt", "b dir/c.htm", "d.txt"}));
}

TEST(InputsTest, FoldersAreWalkedInNameOrderAndBrokenLinksAreErrors) {
  fs::path dir = fs::temp_directory_path() / ("tieout-inputs-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "b");
  std::ofstream(dir / "b/z.txt") << "x";
  std::ofstream(dir / "a.htm") << "x";
  std::ofstream(dir / "logo.png") << "x";
  std::ofstream(dir / ".hidden.txt") << "x";
  fs::create_symlink("missing.txt", dir / "c.txt");
  fs::create_symlink("b", dir / "link-to-b");
  GatheredInputs in = GatherInputs({dir.string(), (dir / "a.htm").string(), "nowhere.txt"});
  ASSERT_EQ(in.files.size(), 3u);
  EXPECT_EQ(in.files[0].path, (dir / "a.htm").string());
  EXPECT_TRUE(in.files[0].in_folder);
  EXPECT_EQ(in.files[1].path, (dir / "b/z.txt").string());
  EXPECT_EQ(in.files[2].path, (dir / "a.htm").string());
  EXPECT_FALSE(in.files[2].in_folder);
  EXPECT_EQ(in.left_out_by_extension, 1);
  ASSERT_EQ(in.errors.size(), 2u);
  EXPECT_EQ(in.errors[0].message,
            (dir / "c.txt").string() + ": dangling symbolic link (to missing.txt)");
  EXPECT_EQ(in.errors[1].message, "nowhere.txt: no such file or folder");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tieout
