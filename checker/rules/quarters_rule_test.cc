#include "checker/rules/quarters_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;
using testing::FindingMessages;

// Quarters and the year in one table.
std::string QuartersAndYear(const std::string& year) {
  return "<TABLE>\n<CAPTION>\n"
         "                                  First     Second      Third     Fourth\n"
         "                                Quarter    Quarter    Quarter    Quarter       Year\n"
         "<S>                            <C>        <C>        <C>        <C>        <C>\n"
         "Net sales                       $ 1,210    $ 1,305    $ 1,288    $ 1,402    $ 5,205\n"
         "Dividends declared per share    $   .10    $   .10    $   .12    $   .12    $   " +
         year + "\n</TABLE>\n";
}

TEST(QuartersRuleTest, TheQuartersAddToTheYearBesideThem) {
  Report r = CheckText(QuartersAndYear(".44"));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "quarters-add-to-year"),
            (std::vector<std::string>{
                "pass: Dividends declared per share (Year): 0.10 + 0.10 + 0.12 + 0.12 = 0.44, "
                "shown 0.44"}));
}

TEST(QuartersRuleTest, AYearBesideItsQuartersThatIsNotTheirSumFires) {
  Report r = CheckText(QuartersAndYear(".47"));
  EXPECT_EQ(FindingMessages(r),
            (std::vector<std::string>{
                "error quarters-add-to-year: Dividends declared per share shows 0.47 "
                "in Year, but its quarters (0.10 + 0.10 + 0.12 + 0.12) add to 0.44 "
                "(difference 0.03); the same rows tie in 0 of 1 years, and the year's "
                "column adds its quarters in 1 other row"}));
}

TEST(QuartersRuleTest, AYearColumnThatAddsNoOtherRowIsNotEstablished) {
  // Net sales 5,500: the last column is not the sum of the quarters (an average, a forecast).
  std::string release = QuartersAndYear(".47");
  release.replace(release.find("5,205"), 5, "5,500");
  Report r = CheckText(release);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "quarters-add-to-year"),
            (std::vector<std::string>{
                "skip: Dividends declared per share (Year): 0.10 + 0.10 + 0.12 + 0.12 = 0.44, "
                "shown 0.47: the quarters add to the year in 0 of 1 years, not established"}));
}

// A quarter table of `years` (four columns each) and a summary of the years.
std::string QuartersAndSummary(const std::vector<std::string>& years,
                               const std::vector<std::string>& quarters,
                               const std::vector<std::string>& per_year) {
  std::string y_line = "                              ", q_line = y_line,
              s_line = "<S>" + std::string(27, ' ');
  std::string row = "Dividends declared per share  ";
  for (size_t i = 0; i < years.size(); ++i) {
    for (int q = 0; q < 4; ++q) {
      y_line += "      " + years[i];
      q_line += std::string("       ") + "1st2nd3rd4th"[q * 3] + "1st2nd3rd4th"[q * 3 + 1] +
                "1st2nd3rd4th"[q * 3 + 2];
      s_line += "<C>       ";
      row += "     $ " + quarters[i * 4 + q];
    }
  }
  std::string summary = "<TABLE>\n<CAPTION>\n                                ";
  for (const std::string& y : years) summary += "      " + y;
  summary += "\n<S>                             ";
  for (size_t i = 0; i < years.size(); ++i) summary += "<C>       ";
  summary += "\nDividends declared per share    ";
  for (const std::string& p : per_year) summary += "     $ " + p;
  return "<TABLE>\n<CAPTION>\n" + y_line + "\n" + q_line + "\n" + s_line + "\n" + row +
         "\n</TABLE>\n\nSelected data\n\n" + summary + "\n</TABLE>\n";
}

TEST(QuartersRuleTest, AYearInAnotherTableNeedsTwoOtherYearsThatTie) {
  std::vector<std::string> years = {"2003", "2002", "2001"};
  std::vector<std::string> quarters = {".10", ".10", ".12", ".12", ".09", ".09",
                                       ".10", ".10", ".09", ".09", ".09", ".09"};
  Report r = CheckText(QuartersAndSummary(years, quarters, {".44", ".38", ".36"}));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "quarters-add-to-year")[0],
            "pass: Dividends declared per share (2003): 0.10 + 0.10 + 0.12 + 0.12 = 0.44, shown "
            "0.44");
  r = CheckText(QuartersAndSummary(years, quarters, {".47", ".38", ".36"}));
  EXPECT_EQ(FindingMessages(r),
            (std::vector<std::string>{
                "error quarters-add-to-year: Dividends declared per share shows 0.47 "
                "in 2003, but its quarters (0.10 + 0.10 + 0.12 + 0.12) add to 0.44 "
                "(difference 0.03); the same rows tie in 2 of 3 years"}));
}

TEST(QuartersRuleTest, OneOtherYearInAnotherTableIsNotEnough) {
  // The summary may show a year before a split the quarters are restated for.
  std::vector<std::string> quarters = {".10", ".10", ".12", ".12", ".09", ".09", ".10", ".10"};
  Report r = CheckText(QuartersAndSummary({"2003", "2002"}, quarters, {".47", ".38"}));
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(ChecksOf(r, "quarters-add-to-year")[0],
            "skip: Dividends declared per share (2003): 0.10 + 0.10 + 0.12 + 0.12 = 0.44, shown "
            "0.47: the quarters add to the year in 1 of 2 years, not established");
}

}  // namespace
}  // namespace tieout
