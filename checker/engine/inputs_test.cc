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
  // The link to b, walked already under its own name: its files are not gathered twice.
  EXPECT_EQ(
      in.not_walked_again,
      std::vector<std::string>{(dir / "link-to-b").string() + ": symbolic link to " +
                               (dir / "b").string() + ", a folder walked already: not followed"});
  fs::remove_all(dir);
}

TEST(InputsTest, LinksToFoldersAreFollowedAndACycleIsOneLine) {
  fs::path top = fs::temp_directory_path() / ("tieout-links-" + std::to_string(::getpid()));
  fs::remove_all(top);
  fs::create_directories(top / "elsewhere");
  fs::create_directories(top / "batch/sub");
  std::ofstream(top / "elsewhere/q1.txt") << "x";
  fs::create_symlink("../elsewhere", top / "batch/releases");
  fs::create_symlink(".", top / "batch/self");
  fs::create_symlink("../..", top / "batch/sub/up");  // to top: encloses batch
  fs::create_symlink("..", top / "batch/sub/back");   // to batch: a cycle
  const fs::path batch = top / "batch";
  GatheredInputs in = GatherInputs({batch.string(), (batch / "releases").string()});
  EXPECT_TRUE(in.errors.empty());
  std::vector<std::string> paths;
  for (const InputFile& f : in.files) paths.push_back(f.path);
  // sub/up leads to top, not met yet: walked, and batch and elsewhere are met again in it.
  EXPECT_EQ(paths, (std::vector<std::string>{
                       (batch / "releases/q1.txt").string(),
                       (batch / "releases/q1.txt").string(),  // the second PATH, walked anew
                   }));
  EXPECT_EQ(in.not_walked_again,
            (std::vector<std::string>{
                (batch / "self").string() + ": symbolic link to " + batch.string() +
                    ", a folder enclosing it: not followed (a cycle)",
                (batch / "sub/back").string() + ": symbolic link to " + batch.string() +
                    ", a folder enclosing it: not followed (a cycle)",
                (batch / "sub/up/batch").string() + ": the folder " + batch.string() +
                    ", which encloses it through a link: not walked again (a cycle)",
                (batch / "sub/up/elsewhere").string() + ": the folder " +
                    (batch / "releases").string() + ", walked already: not walked again",
            }));
  fs::remove_all(top);
}

}  // namespace
}  // namespace tieout
