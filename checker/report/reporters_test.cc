#include "checker/report/reporters.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

namespace tieout {
namespace {

TEST(ReportersTest, EveryReporterHasItsOwnNameAndExtension) {
  std::set<std::string> names, extensions;
  for (const Reporter* r : Reporters()) {
    EXPECT_TRUE(names.insert(r->name()).second) << r->name();
    EXPECT_TRUE(extensions.insert(r->extension()).second) << r->extension();
    EXPECT_EQ(FindReporter(r->name()), r);
  }
  EXPECT_EQ(std::string(Reporters().front()->name()), "text");
  EXPECT_EQ(FindReporter("xml"), nullptr);
  EXPECT_EQ(ReporterNames(), "text, json, sarif, junit, github, markdown, html");
}

TEST(ReportersTest, TextListsPassedChecksOnlyWhenAsked) {
  Report report;
  report.checks.push_back(CheckResult{"table-footing", CheckResult::Status::kPass, "a.txt", 3, 1,
                                      "Total revenues foots"});
  std::ostringstream quiet, full;
  FindReporter("text")->Write(report, quiet, ReportOptions{});
  FindReporter("text")->Write(report, full, ReportOptions{.show_passed = true});
  EXPECT_EQ(quiet.str().find("pass[table-footing]"), std::string::npos);
  EXPECT_NE(full.str().find("a.txt:3: pass[table-footing]: Total revenues foots\n"),
            std::string::npos);
}

}  // namespace
}  // namespace tieout
