#include "checker/report/reporters.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
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
  EXPECT_EQ(ReporterNames(), "text, json, sarif, junit, github, markdown, html, jsonl");
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

// SARIF says its columns count Unicode code points: a column in bytes is not given as one.
TEST(ReportersTest, SarifColumnsAreCodePoints) {
  Report report;
  Finding f;
  f.rule = "table-footing";
  f.file = "a.htm";
  f.line = 3;
  f.column = 9;  // after "Révenue " (8 bytes, 7 code points)
  f.code_point_column = 8;
  f.related.push_back(RelatedLocation{"b.htm", 4, 5, "across", "b.htm"});  // not known
  report.findings.push_back(f);
  std::ostringstream out;
  FindReporter("sarif")->Write(report, out, ReportOptions{});
  auto run = nlohmann::json::parse(out.str())["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const auto& result = run["results"][0];
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"],
            nlohmann::json({{"startLine", 3}, {"startColumn", 8}}));
  EXPECT_EQ(result["relatedLocations"][0]["physicalLocation"]["region"],
            nlohmann::json({{"startLine", 4}}));
}

}  // namespace
}  // namespace tieout
