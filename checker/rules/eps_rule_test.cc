#include "checker/rules/eps_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;

std::string Statement(const std::string& eps, const std::string& scale_note = "") {
  return scale_note +
         "<TABLE>\n<CAPTION>\n                                        2003\n"
         "<S>                                   <C>\n"
         "Net loss                              $ (2,403,000)\n"
         "Net loss per common share             $       " +
         eps +
         "\n"
         "Weighted average common shares           71,294,000\n</TABLE>\n";
}

TEST(EpsRuleTest, QuietWhenEpsRoundsFromNetIncomeOverShares) {
  Report r = CheckText(Statement("(.03)"));
  EXPECT_EQ(ChecksOf(r, "eps-matches-net-income"),
            (std::vector<std::string>{
                "pass: Net loss per common share (2003): -2,403,000 / 71,294,000 shares ~ -0.03"}));
}

TEST(EpsRuleTest, FiresWithTheComputedFigure) {
  Report r = CheckText(Statement("(.05)"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message,
            "Net loss per common share shows -0.05 in 2003, but net income -2,403,000 over "
            "71,294,000 weighted shares is -0.03 (difference -0.02)");
  EXPECT_EQ(r.findings[0].line, 6);
}

TEST(EpsRuleTest, SharesInThousandsAreRecognised) {
  Report r = CheckText(
      "(in thousands, except per share data)\n<TABLE>\n<S>                        <C>\n"
      "Net income                  2,403\nNet income per share        $ .03\n"
      "Weighted average shares     71,294\n</TABLE>\n");
  EXPECT_EQ(ChecksOf(r, "eps-matches-net-income"),
            (std::vector<std::string>{"pass: Net income per share (column 1): 2,403,000 / 71,294 "
                                      "x 10^3 shares ~ 0.03"}));
}

TEST(EpsRuleTest, PairsBasicAndDilutedRows) {
  Report r = CheckText(
      "<TABLE>\n<S>                                      <C>\nNet income                        "
      "1,000,000\n"
      "Net income per share - basic           $ .10\nNet income per share - diluted         $ .08\n"
      "Weighted average shares - basic      10,000,000\n"
      "Weighted average shares - diluted    12,500,000\n</TABLE>\n");
  EXPECT_EQ(ChecksOf(r, "eps-matches-net-income").size(), 2u);
  EXPECT_TRUE(r.findings.empty());
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

TEST(EpsRuleTest, DividesNetIncomeToCommonShareholdersWhenShown) {
  Report r = testing::CheckText(
      "<TABLE>\n<S>                                          <C>\n"
      "Net income                                   1,100,000\n"
      "Preferred dividends                            100,000\n"
      "Net income available to common stockholders  1,000,000\n"
      "Net income per share                             $ .10\n"
      "Weighted average shares                     10,000,000\n</TABLE>\n");
  EXPECT_EQ(testing::ChecksOf(r, "eps-matches-net-income"),
            (std::vector<std::string>{"pass: Net income per share (column 1): 1,000,000 / "
                                      "10,000,000 shares ~ 0.10"}));
}

TEST(EpsRuleTest, LeavesContinuingOperationsAlone) {
  Report r = testing::CheckText(
      "<TABLE>\n<S>                                          <C>\n"
      "Net income                                  1,000,000\n"
      "Net income per share from continuing operations  $ .30\n"
      "Weighted average shares                     10,000,000\n</TABLE>\n");
  EXPECT_TRUE(r.findings.empty());
}

}  // namespace
}  // namespace tieout
