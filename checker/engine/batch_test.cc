#include "checker/engine/batch.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

TEST(BatchTest, ResultsComeBackInFileOrderWhateverTheThreads) {
  // Missing files check fast and each gives one input error naming it: the order of the errors
  // is the order of the results.
  std::vector<InputFile> files;
  for (int i = 0; i < 40; ++i)
    files.push_back(InputFile{"missing-" + std::to_string(i) + ".txt", false});
  Engine engine(testing::DefaultRules());
  for (int jobs : {1, 2, 7}) {
    std::vector<std::string> seen;
    CheckFiles(engine, files, jobs, [&](size_t i, FileResult&& r) {
      EXPECT_EQ(i, seen.size());
      ASSERT_EQ(r.report.errors.size(), 1u);
      seen.push_back(r.report.errors[0].file);
    });
    ASSERT_EQ(seen.size(), files.size()) << jobs;
    for (size_t i = 0; i < files.size(); ++i) EXPECT_EQ(seen[i], files[i].path) << jobs;
  }
}

}  // namespace
}  // namespace tieout
