#include "checker/rules/across_tables_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;
using testing::FindingMessages;

// An income statement's EPS rows, then the note that computes EPS (shares in thousands there).
std::string Release(const std::string& statement_basic_1997, const std::string& note_title = "") {
  return "<TABLE>\n<CAPTION>\n"
         "(In millions, except per share)              Year Ended December 31,\n"
         "                                           1998        1997        1996\n"
         "<S>                                     <C>         <C>         <C>\n"
         "Net income                              $  891      $  907      $1,164\n"
         "Net income per share:\n"
         "  Basic                                 $ 1.26      $ 1.31      $ 1.71\n"
         "Weighted average shares:\n"
         "  Basic                                  706.5       " +
         statement_basic_1997 +
         "       680.3\n"
         "</TABLE>\n\n" +
         note_title +
         "\n<TABLE>\n<CAPTION>\n"
         "(In thousands)                              Year Ended December 31,\n"
         "                                           1998        1997        1996\n"
         "<S>                                     <C>         <C>         <C>\n"
         "Basic earnings per share computation:\n"
         "  Net income                            $891,000    $907,000  $1,164,000\n"
         "  Weighted average shares outstanding    706,500     690,300     680,300\n"
         "</TABLE>\n";
}

TEST(AcrossTablesRuleTest, ACountShownInTwoTablesAgreesAtEachTablesUnit) {
  Report r = CheckText(Release("690.3"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "eps-agrees-across-tables")[1],
            "pass: Basic (year ended Dec 31, 1997): 690.3, and 690,300 in \"Weighted average "
            "shares outstanding\" at line 21");
}

TEST(AcrossTablesRuleTest, ACountThatDisagreesWhereTheOtherPeriodsAgreeFires) {
  EXPECT_EQ(FindingMessages(CheckText(Release("690.6"))),
            (std::vector<std::string>{
                "error eps-agrees-across-tables: Basic shows 690.6 in year ended Dec 31, 1997, "
                "but \"Weighted average shares outstanding\" at line 21 shows 690.3 for the same "
                "period (difference 0.3); the rows agree in 2 of 3 periods"}));
}

TEST(AcrossTablesRuleTest, TwoPeriodsThatDisagreeAreNotEstablished) {
  std::string release = Release("690.6");
  release.replace(release.find("706.5"), 5, "706.9");
  Report r = CheckText(release);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "eps-agrees-across-tables")[0],
            "skip: Basic (year ended Dec 31, 1998): 706.9, and 706,500 in \"Weighted average "
            "shares outstanding\" at line 21: the rows agree in 1 of 3 periods, not established");
}

TEST(AcrossTablesRuleTest, FiguresOnAnotherBasisAreNotCompared) {
  Report r = CheckText(Release("690.6", "Pro forma amounts would have been:"));
  EXPECT_TRUE(r.findings.empty());
}

TEST(AcrossTablesRuleTest, ACountUnderADilutedHeadingIsNotPaired) {
  // The diluted computation starts from the basic count: its row names no qualifier itself.
  std::string release = Release("690.6");
  release.replace(release.find("Basic earnings per share computation"), 5, "Diluted");
  Report r = CheckText(release);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_TRUE(ChecksOf(r, "eps-agrees-across-tables").empty());
}

// The odd one out of three tables is the one reported, wherever it stands.
TEST(AcrossTablesRuleTest, TheFigureTheOtherTablesDoNotSupportIsTheOneReported) {
  std::string summary =
      "\n<TABLE>\n<CAPTION>\n"
      "                                           1998        1997        1996\n"
      "<S>                                     <C>         <C>         <C>\n"
      "Basic weighted average shares            706.5       690.3       680.3\n"
      "</TABLE>\n";
  std::string release = Release("690.3") + summary;
  release.replace(release.find("690,300"), 7, "690,900");
  std::vector<std::string> m = FindingMessages(CheckText(release));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0],
            "error eps-agrees-across-tables: Weighted average shares outstanding shows 690,900 in "
            "year ended Dec 31, 1997, but \"Basic\" at line 10 shows 690,300 for the same period "
            "(difference 600); the rows agree in 2 of 3 periods");
}

}  // namespace
}  // namespace tieout
