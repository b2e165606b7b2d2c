#include "checker/engine/suppression.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::CheckText;

// Two tables, each failing to foot in its first column; `directive` stands before the first.
std::string Release(const std::string& directive) {
  return "# Example release\n"
         "\n"
         "Revenues for the quarter are in the table below.\n"
         "\n" +
         directive +
         "|                | 2004   | 2003   |\n"
         "| -------------- | -----: | -----: |\n"
         "| Product        | 12,410 | 10,022 |\n"
         "| Service        | 3,250  | 2,871  |\n"
         "| Total revenues | 15,615 | 12,893 |\n"
         "\n"
         "| | 2004 | 2003 |\n"
         "| --- | ---: | ---: |\n"
         "| Cost | 6,112 | 5,430 |\n"
         "| Other | 2,950 | 2,615 |\n"
         "| Total costs | 9,000 | 8,045 |\n";
}

TEST(InlineIgnoreTest, AppliesToTheNextTableOnly) {
  Report r = CheckText(Release("<!-- tieout-ignore: table-footing restated in the 10-Q -->\n"));
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_TRUE(r.findings[0].suppression);
  EXPECT_EQ(r.findings[0].suppression->source, Suppression::Source::kInline);
  EXPECT_EQ(r.findings[0].suppression->reason, "restated in the 10-Q");
  EXPECT_EQ(r.findings[0].suppression->where, "t.txt:5");
  EXPECT_FALSE(r.findings[1].suppression);
  EXPECT_EQ(r.Summarize().errors, 1);
  EXPECT_EQ(r.Summarize().suppressed, 1);
}

TEST(InlineIgnoreTest, QuietWithoutADirectiveOrForAnotherRule) {
  Report plain = CheckText(Release(""));
  ASSERT_EQ(plain.findings.size(), 2u);
  EXPECT_FALSE(plain.findings[0].suppression);
  Report other = CheckText(Release("<!-- tieout-ignore: narrative-sign not this one -->\n"));
  ASSERT_EQ(other.findings.size(), 2u);
  EXPECT_FALSE(other.findings[0].suppression);
  EXPECT_FALSE(other.findings[1].suppression);
}

TEST(InlineIgnoreTest, SeveralRulesAndAPlainLine) {
  Report r = CheckText(
      Release("tieout-ignore: narrative-sign, table-footing the draft's Q4 figures are due\n\n"));
  ASSERT_EQ(r.findings.size(), 2u);
  ASSERT_TRUE(r.findings[0].suppression);
  EXPECT_EQ(r.findings[0].suppression->reason, "the draft's Q4 figures are due");
  EXPECT_FALSE(r.findings[1].suppression);
}

TEST(InlineIgnoreTest, AnHtmlCommentOnTheSameLineAsTheTables) {
  std::string table =
      "<table><tr><td></td><td>2004</td><td>2003</td></tr>"
      "<tr><td>Cost</td><td>6,112</td><td>5,430</td></tr>"
      "<tr><td>Other</td><td>2,950</td><td>2,615</td></tr>"
      "<tr><td>Total costs</td><td>9,000</td><td>8,045</td></tr></table>";
  Report r = CheckText("<html><body><p>Costs.</p><!-- tieout-ignore: table-footing draft -->" +
                       table + "<p>Again.</p>" + table + "</body></html>");
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_TRUE(r.findings[0].suppression);
  EXPECT_FALSE(r.findings[1].suppression);
}

TEST(InlineIgnoreTest, AMalformedDirectiveIsAnInputError) {
  Report unknown = CheckText(Release("<!-- tieout-ignore: table-fotting typo -->\n"));
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_EQ(unknown.errors[0].message,
            "t.txt:5: tieout-ignore: no rule 'table-fotting' (did you mean 'table-footing'?) "
            "(write 'tieout-ignore: RULE-ID[,RULE-ID] reason')");
  EXPECT_FALSE(unknown.findings[0].suppression);
  Report no_reason = CheckText(Release("<!-- tieout-ignore: table-footing -->\n"));
  ASSERT_EQ(no_reason.errors.size(), 1u);
  EXPECT_EQ(no_reason.errors[0].message,
            "t.txt:5: tieout-ignore: table-footing gives no reason (write 'tieout-ignore: "
            "RULE-ID[,RULE-ID] reason')");
  Report no_rule = CheckText(Release("<!-- tieout-ignore: -->\n"));
  ASSERT_EQ(no_rule.errors.size(), 1u);
  EXPECT_EQ(no_rule.errors[0].message,
            "t.txt:5: tieout-ignore names no rule (write 'tieout-ignore: RULE-ID[,RULE-ID] "
            "reason')");
}

TEST(InlineIgnoreTest, TheWordsInTheProseAreNoDirective) {
  // Mid-line in a paragraph of a text release, and in the text of an HTML one: neither
  // suppresses nor, malformed, is an input error.
  Report prose = CheckText(
      Release("Drafts may say tieout-ignore: table-footing restated before the table.\n\n"));
  EXPECT_TRUE(prose.errors.empty());
  ASSERT_EQ(prose.findings.size(), 2u);
  EXPECT_FALSE(prose.findings[0].suppression);
  Report malformed = CheckText(Release("Type tieout-ignore: and a rule id to accept one.\n\n"));
  EXPECT_TRUE(malformed.errors.empty());
  EXPECT_EQ(malformed.findings.size(), 2u);
  std::string table =
      "<table><tr><td></td><td>2004</td><td>2003</td></tr>"
      "<tr><td>Cost</td><td>6,112</td><td>5,430</td></tr>"
      "<tr><td>Other</td><td>2,950</td><td>2,615</td></tr>"
      "<tr><td>Total costs</td><td>9,000</td><td>8,045</td></tr></table>";
  Report html = CheckText("<html><body><p>tieout-ignore: table-footing in the text</p>\n" + table +
                          "<p>tieout-ignore: nothing-known</p></body></html>");
  EXPECT_TRUE(html.errors.empty());
  ASSERT_EQ(html.findings.size(), 1u);
  EXPECT_FALSE(html.findings[0].suppression);
  // The other way: the same words in a comment are a directive.
  Report comment = CheckText(
      "<html><body><p>Costs.</p><!-- tieout-ignore: table-footing in a "
      "comment -->\n" +
      table + "</body></html>");
  ASSERT_EQ(comment.findings.size(), 1u);
  ASSERT_TRUE(comment.findings[0].suppression);
  EXPECT_EQ(comment.findings[0].suppression->reason, "in a comment");
}

TEST(InlineIgnoreTest, ScopesApplyToFindingsAcrossDocumentsInTheirDocument) {
  Report r =
      CheckText(Release("<!-- tieout-ignore: table-footing, same-period-same-value q3 -->\n"));
  ASSERT_EQ(r.inline_scopes.size(), 1u);
  const InlineScope& scope = r.inline_scopes[0];
  EXPECT_EQ(scope.file, "t.txt");
  EXPECT_EQ(scope.from.line, 5);
  EXPECT_EQ(scope.to.line, 10);  // the end of the first table
  // A finding across documents made after the document's pass, in the scope and out of it.
  Finding inside;
  inside.rule = "same-period-same-value";
  inside.file = "t.txt";
  inside.line = 9;
  inside.column = 20;
  Finding other_file = inside;
  other_file.file = "u.txt";
  Finding after = inside;
  after.line = 14;
  std::vector<Finding> across = {inside, other_file, after};
  ApplyInlineScopes(r.inline_scopes, across.data(), across.data() + across.size());
  ASSERT_TRUE(across[0].suppression);
  EXPECT_EQ(across[0].suppression->reason, "q3");
  EXPECT_EQ(across[0].suppression->where, "t.txt:5");
  EXPECT_FALSE(across[1].suppression);
  EXPECT_FALSE(across[2].suppression);
}

TEST(GlobTest, StarsQuestionMarksAndFileNames) {
  EXPECT_TRUE(GlobMatches("/p/drafts/*.md", "/p/drafts/q3/release.md"));
  EXPECT_TRUE(GlobMatches("/p/drafts/q?/*", "/p/drafts/q3/release.md"));
  EXPECT_FALSE(GlobMatches("/p/drafts/*.md", "/p/drafts/release.txt"));
  EXPECT_FALSE(GlobMatches("/p/final/*", "/p/drafts/release.md"));
  EXPECT_TRUE(GlobMatches("release-*.htm", "/any/where/release-q3.htm"));
  EXPECT_FALSE(GlobMatches("release-*.htm", "/any/release-q3.htm/x.txt"));
}

TEST(PathIgnoreTest, SuppressesTheNamedRulesInMatchingFiles) {
  Report r = CheckText(Release(""));
  ASSERT_EQ(r.findings.size(), 2u);
  r.findings[0].path = "/p/drafts/release.md";
  r.findings[1].path = "/p/final/release.md";
  ApplyPathIgnores({PathIgnore{"/p/drafts/*", {"table-footing"}, "drafts are not final"},
                    PathIgnore{"/p/final/*", {"narrative-sign"}, "other rule"}},
                   &r);
  ASSERT_TRUE(r.findings[0].suppression);
  EXPECT_EQ(r.findings[0].suppression->source, Suppression::Source::kConfig);
  EXPECT_EQ(r.findings[0].suppression->reason, "drafts are not final");
  EXPECT_EQ(r.findings[0].suppression->where, "/p/drafts/*");
  EXPECT_FALSE(r.findings[1].suppression);
}

}  // namespace
}  // namespace tieout
