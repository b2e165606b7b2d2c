#include "checker/engine/one_figure.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

Finding At(const std::string& rule, Severity severity, int line, int column,
           const std::string& message) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.file = "r.txt";
  f.line = line;
  f.column = column;
  f.message = message;
  return f;
}

RelatedLocation Near(int line, int column, const std::string& message) {
  RelatedLocation r;
  r.file = "r.txt";
  r.line = line;
  r.column = column;
  r.message = message;
  return r;
}

std::vector<std::string> Lines(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    out.push_back(std::string(SeverityName(f.severity)) + " " + f.rule + " " +
                  std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.message);
    for (const RelatedLocation& r : f.related) {
      out.push_back("  " + std::to_string(r.line) + ":" + std::to_string(r.column) + " " +
                    r.message);
    }
  }
  return out;
}

TEST(OneFigureTest, FindingsOnOneFigureBecomeOne) {
  std::vector<Finding> findings = {
      At("table-footing", Severity::kError, 9, 40, "Net income does not foot"),
      At("table-footing", Severity::kError, 12, 40, "Total does not foot"),
      At("eps-matches-net-income", Severity::kError, 9, 40, "Net income shows 0.84"),
  };
  findings[0].related.push_back(Near(7, 40, "Continuing 1.75"));
  findings[2].related.push_back(Near(7, 40, "Continuing 1.75"));
  findings[2].related.push_back(Near(3, 40, "Net income 84,310"));
  MergeFindingsOnOneFigure(&findings);
  EXPECT_EQ(Lines(findings),
            (std::vector<std::string>{
                "error table-footing 9:40 Net income does not foot", "  7:40 Continuing 1.75",
                "  9:40 also eps-matches-net-income: Net income shows 0.84",
                "  3:40 Net income 84,310", "error table-footing 12:40 Total does not foot"}));
}

TEST(OneFigureTest, TheHigherSeverityIsKept) {
  std::vector<Finding> findings = {
      At("eps-matches-net-income", Severity::kNote, 9, 40, "one unit off"),
      At("table-footing", Severity::kError, 9, 40, "does not foot"),
  };
  MergeFindingsOnOneFigure(&findings);
  EXPECT_EQ(Lines(findings),
            (std::vector<std::string>{"error table-footing 9:40 does not foot",
                                      "  9:40 also eps-matches-net-income: one unit off"}));
}

TEST(OneFigureTest, OtherFiguresSuppressedFindingsAndWholeDocumentsStandAlone) {
  std::vector<Finding> findings = {
      At("table-footing", Severity::kError, 9, 40, "a"),
      At("eps-matches-net-income", Severity::kError, 9, 41, "another figure"),
      At("eps-matches-net-income", Severity::kError, 10, 40, "another line"),
      At("eps-matches-net-income", Severity::kError, 9, 40, "suppressed"),
      At("certification", Severity::kError, 1, 0, "whole document"),
      At("other", Severity::kError, 1, 0, "whole document too"),
  };
  findings[3].suppression = Suppression{};
  MergeFindingsOnOneFigure(&findings);
  EXPECT_EQ(findings.size(), 6u);
  for (const Finding& f : findings) EXPECT_TRUE(f.related.empty()) << f.message;
}

TEST(OneFigureTest, TheEngineReportsAFigureThatBreaksTwoRelationsOnce) {
  // Diluted 1.30 is not net income over the diluted shares (1.18) and it is above basic 1.24.
  std::string release =
      "<TABLE>\n<CAPTION>\n"
      "                                      2003          2002\n"
      "<S>                                   <C>           <C>\n"
      "Net income                      12,400,000    11,000,000\n"
      "Net income per share:\n"
      "  Basic                             $ 1.24        $ 1.10\n"
      "  Diluted                           $ 1.30        $ 1.05\n"
      "Weighted average shares outstanding:\n"
      "  Basic                         10,000,000    10,000,000\n"
      "  Diluted                       10,500,000    10,476,000\n"
      "</TABLE>\n";
  Report report;
  Engine engine(testing::DefaultRules());
  for (const Document& doc : testing::ReadText(release)) engine.CheckDocument(doc, &report);
  EXPECT_EQ(Lines(report.findings),
            (std::vector<std::string>{
                "error eps-matches-net-income 8:37 Diluted shows 1.30 in 2003, but net income "
                "12,400,000 over 10,500,000 weighted shares is 1.18 (difference 0.12); the same "
                "rows tie in 1 of 2 columns",
                "  5:33 Net income 12,400,000", "  11:33 Diluted 10,500,000",
                "  8:37 also eps-matches-net-income: Diluted shows 1.30 in 2003, above basic EPS "
                "1.24: for a net income, diluted earnings per share are not above basic",
                "  7:37 Basic 1.24"}));
  // Both checks stay failed.
  EXPECT_EQ(
      std::count_if(report.checks.begin(), report.checks.end(),
                    [](const CheckResult& c) { return c.status == CheckResult::Status::kFail; }),
      2);
}

}  // namespace
}  // namespace tieout
