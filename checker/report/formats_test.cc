// The escaping and colour of the CI and terminal formats.
#include <gtest/gtest.h>

#include <sstream>

#include "checker/report/github_reporter.h"
#include "checker/report/junit_reporter.h"
#include "checker/report/markdown_reporter.h"
#include "checker/report/reporters.h"

namespace tieout {
namespace {

Report OneFinding() {
  Report r;
  Finding f;
  f.rule = "table-footing";
  f.file = "a,b:c.txt";
  f.line = 3;
  f.column = 7;
  f.message = "100% of 5 | 6 <b> & \"q\"\nnext";
  r.findings.push_back(f);
  return r;
}

TEST(GithubReporterTest, EscapesAsTheToolkitDoes) {
  EXPECT_EQ(GithubEscape("50% a:b,c\r\nd", false), "50%25 a:b,c%0D%0Ad");
  EXPECT_EQ(GithubEscape("50% a:b,c\r\nd", true), "50%25 a%3Ab%2Cc%0D%0Ad");
  std::ostringstream out;
  FindReporter("github")->Write(OneFinding(), out, ReportOptions{});
  EXPECT_EQ(out.str(),
            "::error file=a%2Cb%3Ac.txt,line=3,col=7,title=table-footing::100%25 of 5 | 6 <b> & "
            "\"q\"%0Anext\n"
            "tieout: 0 documents, 1 errors, 0 warnings, 0 notes, 0 suppressed\n");
}

TEST(MarkdownReporterTest, CellsCannotBreakTheTable) {
  EXPECT_EQ(MarkdownCell("a|b $1.2 <x> & y\nz"), "a\\|b \\$1.2 &lt;x&gt; &amp; y<br>z");
  std::ostringstream out;
  FindReporter("markdown")->Write(Report{}, out, ReportOptions{});
  EXPECT_EQ(out.str().substr(0, out.str().find('\n')), "## tieout: every check ties");
}

TEST(JunitReporterTest, EscapesForXml) {
  EXPECT_EQ(XmlEscape("a<b>&\"c\"\n\x01z"), "a&lt;b&gt;&amp;&quot;c&quot;&#10;z");
}

TEST(TextReporterTest, ColourOnlyWhenAsked) {
  std::ostringstream plain, coloured;
  FindReporter("text")->Write(OneFinding(), plain, ReportOptions{});
  FindReporter("text")->Write(OneFinding(), coloured, ReportOptions{.color = true});
  EXPECT_EQ(plain.str().find('\x1b'), std::string::npos);
  EXPECT_EQ(plain.str().substr(0, plain.str().find('\n')),
            "a,b:c.txt:3:7: error[table-footing]: 100% of 5 | 6 <b> & \"q\"");
  EXPECT_EQ(
      coloured.str().substr(0, coloured.str().find('\n')),
      "\x1b[1ma,b:c.txt:3:7: \x1b[0m\x1b[1;31merror\x1b[0m\x1b[1m[table-footing]: 100% of 5 | "
      "6 <b> & \"q\"");
}

TEST(JunitReporterTest, TwoFailingChecksOnOneLineKeepTheirOwnFindings) {
  Report r;
  for (const char* column : {"2004", "2003"}) {
    r.checks.push_back(CheckResult{"table-footing", CheckResult::Status::kFail, "a.txt", 9, 1,
                                   std::string("Total (") + column + ")"});
  }
  for (int check : {1, 0}) {
    Finding f;
    f.rule = "table-footing";
    f.file = "a.txt";
    f.line = 9;
    f.message = "finding of check " + std::to_string(check);
    f.check = check;
    r.findings.push_back(f);
  }
  std::ostringstream out;
  FindReporter("junit")->Write(r, out, ReportOptions{});
  EXPECT_NE(out.str().find("name=\"a.txt:9: Total (2004)\">\n      <failure message=\"finding "
                           "of check 0\""),
            std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("name=\"a.txt:9: Total (2003)\">\n      <failure message=\"finding "
                           "of check 1\""),
            std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace tieout
