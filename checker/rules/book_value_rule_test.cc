#include "checker/rules/book_value_rule.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::ChecksOf;
using testing::CheckText;
using testing::FindingMessages;

TEST(OutstandingCountsTest, ReadsTheTwoCountsALabelStates) {
  std::vector<Decimal> c = OutstandingCounts(
      "Common stock; no par value; 80,000,000 shares authorized; 21,500,000 and 20,000,000 "
      "shares issued and outstanding");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].ToDisplay(), "21,500,000");
  EXPECT_EQ(c[1].ToDisplay(), "20,000,000");
  EXPECT_TRUE(OutstandingCounts("Common stock; 80,000,000 shares authorized").empty());
}

// Selected data with book value per share, and a balance sheet whose label states the counts.
std::string Release(const std::string& book_value_1995) {
  return "<TABLE>\n<CAPTION>\n"
         "(In thousands, except per share)                1995        1994\n"
         "<S>                                          <C>         <C>\n"
         "Total assets                                $715,500    $213,800\n"
         "Shareholders' equity                        $258,000    $160,000\n"
         "Book value per share                        $  " +
         book_value_1995 +
         "    $   8.00\n"
         "</TABLE>\n\n\nBALANCE SHEETS\n\n<TABLE>\n<CAPTION>\n"
         "(In thousands)                                    December 31,\n"
         "                                                1995        1994\n"
         "<S>                                          <C>         <C>\n"
         "Common stock; no par value; 80,000,000 shares\n"
         "  authorized; 21,500,000 and 20,000,000 shares\n"
         "    issued and outstanding                    83,000      73,000\n"
         "Retained earnings                            175,000      87,000\n"
         "                                            --------    --------\n"
         "  Total shareholders' equity                 258,000     160,000\n"
         "</TABLE>\n";
}

TEST(BookValueRuleTest, BookValueIsEquityOverTheSharesOutstanding) {
  Report r = CheckText(Release("12.00"));
  EXPECT_TRUE(r.findings.empty());
  std::vector<std::string> checks = ChecksOf(r, "book-value-per-share");
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_EQ(checks[1].rfind("pass: Book value per share (1994): Shareholders' equity 160,000,000 "
                            "over 20,000,000 shares",
                            0),
            0u);
}

TEST(BookValueRuleTest, AYearThatDoesNotTieWhereTheOtherDoesFires) {
  EXPECT_EQ(FindingMessages(CheckText(Release("12.30"))),
            (std::vector<std::string>{
                "error book-value-per-share: Book value per share shows 12.30 in 1995, but equity "
                "258,000,000 over 21,500,000 shares outstanding is 12.00 (difference 0.30); the "
                "same rows tie in 1 of 2 years"}));
}

TEST(BookValueRuleTest, BookValueThatTiesInNoYearIsNotEstablished) {
  std::string release = Release("12.30");
  release.replace(release.find("8.00"), 4, "8.40");  // other shares counted in, say
  Report r = CheckText(release);
  EXPECT_TRUE(r.findings.empty());
  std::vector<std::string> checks = ChecksOf(r, "book-value-per-share");
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_NE(checks[0].find("ties in 0 of 2 years, not established"), std::string::npos);
}

}  // namespace
}  // namespace tieout
