#include "checker/report/html_reporter.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>

namespace tieout {
namespace {

// A paragraph and a table on two lines; `text` leaves the document's text out when false.
Report TwoLines(bool text) {
  const std::string para = "Revenues were $15.6 million, up 2%.";
  const std::string row = "| Total revenues | 15,615 | 12,893 |";
  const uint64_t r = para.size() + 1;  // where line 2 starts
  Report report;
  DocumentSummary d;
  d.name = "a.md";
  if (text) {
    auto t = std::make_shared<DocumentText>();
    DocumentText::Block p;
    p.span = {0, para.size()};
    p.text = para;
    p.runs.push_back({0, 0, para.size()});
    DocumentText::Block table;
    table.is_table = true;
    table.span = {r, r + row.size()};
    table.headers = {"2004", "2003"};
    DocumentText::Row total;
    total.label = {"Total revenues", {r + 2, r + 16}};
    total.span = table.span;
    total.cells = {{"15,615", {r + 19, r + 25}}, {"12,893", {r + 28, r + 34}}};
    table.rows.push_back(total);
    t->blocks = {p, table};
    t->line_starts = {0, r};
    d.text = t;
  }
  report.documents.push_back(d);
  auto check = [&](const char* rule, CheckResult::Status s, int line, int column, int end,
                   const char* detail) {
    CheckResult c{rule, s, "a.md", line, 0, detail};
    c.column = column;
    c.end_column = end;
    report.checks.push_back(c);
  };
  auto finding = [&](int check, const char* expected, const char* actual) {
    Finding f;
    f.rule = "table-footing";
    f.file = "a.md";
    f.line = 2;
    f.column = report.checks[check].column;
    f.message = std::string("Total revenues does not foot: ") + expected;
    f.expected = expected;
    f.actual = actual;
    f.check = check;
    report.findings.push_back(f);
  };
  check("narrative-matches-table", CheckResult::Status::kPass, 1, 15, 20, "$15.6 million ties");
  // Two failing checks on one line, each with its own numbers.
  check("table-footing", CheckResult::Status::kFail, 2, 20, 26, "2004 does not foot");
  check("table-footing", CheckResult::Status::kFail, 2, 29, 35, "2003 does not foot");
  check("eps-matches-net-income", CheckResult::Status::kSkip, 2, 0, 0, "no EPS row");
  finding(2, "12,900", "12,893");
  finding(1, "15,660", "15,615");
  return report;
}

std::string Page(const Report& report) {
  std::ostringstream out;
  HtmlReporter().Write(report, out, ReportOptions{});
  return out.str();
}

TEST(HtmlReporterTest, MarksEachFigureInItsText) {
  std::string page = Page(TwoLines(true));
  EXPECT_NE(page.find("<p>Revenues were <span class=\"fig verified\">$15.6</span><span "
                      "class=\"mark verified\" id=\"c0\" title=\"narrative-matches-table: $15.6 "
                      "million ties\">&#10003;</span> million, up 2%.</p>"),
            std::string::npos)
      << page;
  // Each failing check of the line carries its own finding's numbers.
  EXPECT_NE(page.find("<td class=\"mismatch\">15,615<span class=\"mark mismatch\" id=\"c1\" "
                      "title=\"table-footing: 2004 does not foot\">&#10007;<span "
                      "class=\"numbers\">expected 15,660, found 15,615</span></span></td>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<td class=\"mismatch\">12,893<span class=\"mark mismatch\" id=\"c2\" "
                      "title=\"table-footing: 2003 does not foot\">&#10007;<span "
                      "class=\"numbers\">expected 12,900, found 12,893</span></span></td>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<p class=\"whole\">The whole document: <span class=\"mark "
                      "unverifiable\" id=\"c3\" title=\"eps-matches-net-income: no EPS "
                      "row\">?</span></p>"),
            std::string::npos);
  // Per column, the marks of its figures.
  EXPECT_NE(page.find("<tr class=\"column-checks\"><th>checked</th><td><span class=\"count "
                      "mismatch\">&#10007; 1</span></td><td><span class=\"count mismatch\">"
                      "&#10007; 1</span></td></tr>"),
            std::string::npos);
  // The findings link to their own check's mark.
  EXPECT_NE(page.find("<a href=\"#c2\">a.md:2:29</a>"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"#c1\">a.md:2:20</a>"), std::string::npos);
  EXPECT_NE(page.find("data-verified=\"1\" data-mismatch=\"2\" data-rounding=\"0\" "
                      "data-unverifiable=\"1\" data-suppressed=\"0\""),
            std::string::npos);
  EXPECT_EQ(page.find("<details class=\"doc\" id=\"d0\" open>"), page.find("<details"));
  EXPECT_EQ(page.find("http"), std::string::npos);  // self-contained
}

TEST(HtmlReporterTest, WithoutTheTextTheChecksAreListedByLine) {
  std::string page = Page(TwoLines(false));
  EXPECT_EQ(page.find("class=\"fig"), std::string::npos);
  EXPECT_NE(page.find("<p class=\"elsewhere\">Not found in the text above:<br>line 1 <span "
                      "class=\"mark verified\" id=\"c0\""),
            std::string::npos)
      << page;
  Report none;
  std::string empty = Page(none);
  EXPECT_EQ(empty.find("class=\"mark"), std::string::npos);
  EXPECT_NE(empty.find("tieout review: 0 documents, 0 checks"), std::string::npos);
}

}  // namespace
}  // namespace tieout
