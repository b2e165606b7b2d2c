// Golden tests: the hand-made releases in fixtures/narrative/cases/, each with its expected
// narrative findings and checks in fixtures/expected/narrative/NAME.expected. TIEOUT_REGENERATE=1
// rewrites the expected files; a reviewer reads the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "checker/engine/engine.h"
#include "checker/report/text_reporter.h"
#include "checker/testing/test_documents.h"
#include "checker/testing/test_paths.h"

namespace tieout {
namespace {

using testing::SourceDir;

// The narrative part of the text report of one release, with paths relative to the source.
std::string NarrativeReport(const std::string& relative) {
  Engine engine(testing::DefaultRules());
  Report full;
  std::string cwd = std::filesystem::current_path().string();
  std::filesystem::current_path(SourceDir());
  engine.CheckFile(relative, &full);
  std::filesystem::current_path(cwd);
  Report narrative;
  narrative.documents = full.documents;
  narrative.narrative = full.narrative;
  for (const CheckResult& c : full.checks) {
    if (c.rule.str().rfind("narrative", 0) == 0) narrative.checks.push_back(c);
  }
  for (const Finding& f : full.findings) {
    if (f.rule.rfind("narrative", 0) == 0) narrative.findings.push_back(f);
  }
  std::ostringstream out;
  TextReporter().Write(narrative, out, ReportOptions{.show_passed = true});
  return out.str();
}

class NarrativeCasesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(NarrativeCasesTest, MatchesExpectedReport) {
  std::string relative = "fixtures/narrative/cases/" + GetParam();
  std::string expected_path = SourceDir() + "/fixtures/expected/narrative/" +
                              GetParam().substr(0, GetParam().size() - 4) + ".expected";
  std::string actual = NarrativeReport(relative);
  if (std::getenv("TIEOUT_REGENERATE")) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(expected_path, std::ios::binary);
  ASSERT_TRUE(in) << expected_path << " is missing (run with TIEOUT_REGENERATE=1)";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, NarrativeCasesTest,
                         ::testing::Values("01_figures.txt", "02_rounding.txt", "03_concepts.txt",
                                           "04_periods.txt", "05_directions.txt"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return "Case" + info.param.substr(0, 2);
                         });

}  // namespace
}  // namespace tieout
