// The concept a figure of the prose is bound to, in phrasings releases use: "net income
// allocable to common shareholders" (the words after the concept say whose it is).
#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/testing/narrative_verdicts.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::NarrativeVerdicts;
using Strings = std::vector<std::string>;

// A trust's quarter: net income, the part of it allocable to common shareholders, and per share.
const char kTrust[] =
    "<html><body>\n"
    "<p>Heron Park Properties Reports Results for the Quarter Ended March 31, 2031</p>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>(In thousands, except per share amounts)</td>"
    "<td>Three Months Ended March 31, 2031</td><td>Three Months Ended March 31, 2030</td></tr>\n"
    "<tr><td>Rental income</td><td>$ 102,400</td><td>$ 97,600</td></tr>\n"
    "<tr><td>Net income</td><td>$ 38,150</td><td>$ 35,020</td></tr>\n"
    "<tr><td>Net income allocable to preferred shareholders</td><td>10,840</td><td>10,840</td>"
    "</tr>\n"
    "<tr><td>Net income allocable to common shareholders</td><td>$ 27,310</td><td>$ 24,180</td>"
    "</tr>\n"
    "<tr><td>Net income per common share:</td><td></td><td></td></tr>\n"
    "<tr><td>Basic</td><td>$ 0.72</td><td>$ 0.64</td></tr>\n"
    "<tr><td>Diluted</td><td>$ 0.71</td><td>$ 0.63</td></tr>\n"
    "</table></body></html>\n";

std::vector<std::string> Trust(const std::string& prose) {
  std::string html = kTrust;
  html.replace(html.find("PROSE"), 5, prose);
  return NarrativeVerdicts(html, "trust.htm", false);
}

TEST(BindingWordsTest, NetIncomeAllocableToCommonShareholders) {
  EXPECT_EQ(Trust("Net income allocable to common shareholders for the three months ended March "
                  "31, 2031 was $27.3 million, or $0.71 per diluted common share."),
            (Strings{"$27.3 million verified", "$0.71 per diluted common share verified"}));
  // Firing: a changed per-share figure is a mismatch with the diluted row.
  std::vector<std::string> got = Trust(
      "Net income allocable to common shareholders for the three months ended March 31, "
      "2031 was $27.3 million, or $0.74 per diluted common share.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].substr(0, 39), "$0.74 per diluted common share mismatch");
  // Firing: a changed amount is a mismatch with the common shareholders' row.
  got = Trust(
      "Net income allocable to common shareholders for the three months ended March 31, "
      "2031 was $27.9 million, or $0.71 per diluted common share.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].substr(0, 22), "$27.9 million mismatch");
}

TEST(BindingWordsTest, NetIncomeAllocableToOthersIsNotTheCommonShareholders) {
  // Quiet: the preferred shareholders' part is not the common shareholders' row.
  std::vector<std::string> got = Trust(
      "Net income allocable to preferred shareholders for the three months ended March 31, "
      "2031 was $10.8 million.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].find("mismatch"), std::string::npos) << got[0];
}

TEST(BindingWordsTest, TheSubjectOfAClauseAfterAndIsWhatItStates) {
  // "Rental income was $X, and net income was $Y": each clause states its own amount.
  EXPECT_EQ(Trust("Rental income for the three months ended March 31, 2031 was $102.4 million, "
                  "and net income was $38.2 million."),
            (Strings{"$102.4 million verified", "$38.2 million verified"}));
  // Firing: the second clause's amount, changed, is a mismatch.
  std::vector<std::string> got = Trust(
      "Rental income for the three months ended March 31, 2031 was $102.4 million, and net "
      "income was $38.6 million.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].substr(0, 22), "$38.6 million mismatch");
  // Quiet: a noun after "and" that is no clause of its own ("and net income of") is not the
  // sentence's subject.
  got = Trust(
      "Rental income for the three months ended March 31, 2031 was $102.4 million and "
      "net income of $38.6 million was reported.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].find("mismatch"), std::string::npos) << got[1];
}

}  // namespace
}  // namespace tieout
