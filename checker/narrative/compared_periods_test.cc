// The period a figure is compared with, in sentences written the way releases write them: "the
// same period a year ago" after an amount of the release's own (unnamed) period, and a period
// phrase that closes a whole list of figures compared with ("This compares to A, B and C in the
// prior quarter").
#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/testing/narrative_verdicts.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using testing::NarrativeVerdicts;
using Strings = std::vector<std::string>;

// A quarter's statement and its reconciliation to adjusted earnings, in thousands.
const char kQuarter[] =
    "<html><body>\n"
    "<p>Kestrel Instruments Reports First Quarter 2031 Results</p>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>(In thousands, except per share amounts)</td>"
    "<td>Three Months Ended March 31, 2031</td><td>Three Months Ended March 31, 2030</td></tr>\n"
    "<tr><td>Net sales</td><td>$ 212,400</td><td>$ 198,700</td></tr>\n"
    "<tr><td>Net income</td><td>$ 27,310</td><td>$ 14,820</td></tr>\n"
    "<tr><td>Earnings per share:</td><td></td><td></td></tr>\n"
    "<tr><td>Diluted</td><td>$ 0.71</td><td>$ 0.38</td></tr>\n"
    "</table>\n"
    "<p>Reconciliation of net income to adjusted earnings</p>\n"
    "<table>\n"
    "<tr><td>(In thousands, except per share amounts)</td>"
    "<td>Three Months Ended March 31, 2031</td><td>Three Months Ended March 31, 2030</td></tr>\n"
    "<tr><td>Net income</td><td>$ 27,310</td><td>$ 14,820</td></tr>\n"
    "<tr><td>Restructuring charges</td><td>1,930</td><td>13,180</td></tr>\n"
    "<tr><td>Adjusted earnings</td><td>$ 29,240</td><td>$ 28,000</td></tr>\n"
    "<tr><td>Adjusted earnings per diluted share</td><td>$ 0.76</td><td>$ 0.72</td></tr>\n"
    "</table></body></html>\n";

std::vector<std::string> Quarter(const std::string& prose) {
  std::string html = kQuarter;
  html.replace(html.find("PROSE"), 5, prose);
  return NarrativeVerdicts(html, "quarter.htm", false);
}

const char kReported[] =
    "GAAP earnings were $27 million or $0.71 per diluted share, compared to $15 million or $0.38 "
    "per diluted share in the same period a year ago. ";

TEST(ComparedPeriodsTest, TheSamePeriodAYearAgoAfterAnAmountOfTheReleasesPeriod) {
  // The second sentence's own amounts are the release's quarter: the period a year ago is the
  // quarter a year before it, not a year before the period the first sentence compared with.
  EXPECT_EQ(Quarter(std::string(kReported) +
                    "Adjusted earnings were $29 million or $0.76 per diluted share, compared to "
                    "$28 million or $0.72 per diluted share in the same period a year ago."),
            (Strings{"$27 million verified", "$0.71 per diluted share verified",
                     "$15 million verified", "$0.38 per diluted share verified",
                     "$29 million verified", "$0.76 per diluted share verified",
                     "$28 million verified", "$0.72 per diluted share verified"}));
}

TEST(ComparedPeriodsTest, TheSamePeriodAYearAgoFindsAChangedFigure) {
  // Firing: the adjusted earnings per share of a year ago, changed, read against that
  // quarter's cell: not verified (a measure other than the reported one is never a mismatch).
  std::vector<std::string> got =
      Quarter(std::string(kReported) +
              "Adjusted earnings were $29 million or $0.76 per diluted share, compared to $28 "
              "million or $0.79 per diluted share in the same period a year ago.");
  ASSERT_EQ(got.size(), 8u);
  EXPECT_EQ(got[6], "$28 million verified");
  EXPECT_EQ(got[7],
            "$0.79 per diluted share unverifiable: the sentence speaks of a measure other than "
            "the reported one (\"Adjusted\")");
}

TEST(ComparedPeriodsTest, APeriodNamedInTheParagraphStaysTheReference) {
  // Quiet: the paragraph named a period before; "the same period a year ago" still refers to
  // the period named last in its own right (here the quarter a year before is not 2030's
  // first quarter of the table, so nothing is read against it).
  std::vector<std::string> got = Quarter(
      "For the fourth quarter of 2030, net sales were $205 million. Adjusted earnings "
      "were $29 million, compared to $28 million in the same period a year ago.");
  for (const std::string& line : got) EXPECT_EQ(line.find("mismatch"), std::string::npos) << line;
}

// A quarter's results with the prior quarter beside them, as a reconciliation of non-GAAP
// measures shows them.
const char kSequential[] =
    "<html><body>\n"
    "<p>Osprey Components Reports Second Quarter 2031 Results</p>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>(In thousands, except per share amounts)</td>"
    "<td>Three Months Ended June 30, 2031</td><td>Three Months Ended March 31, 2031</td>"
    "<td>Three Months Ended June 30, 2030</td></tr>\n"
    "<tr><td>Revenues</td><td>$ 150,000</td><td>$ 140,000</td><td>$ 120,000</td></tr>\n"
    "<tr><td>Gross margin</td><td>21.4%</td><td>19.6%</td><td>18.0%</td></tr>\n"
    "<tr><td>Operating margin</td><td>8.2%</td><td>6.5%</td><td>5.0%</td></tr>\n"
    "<tr><td>Net income</td><td>$ 9,120</td><td>$ 6,340</td><td>$ 4,000</td></tr>\n"
    "<tr><td>Net income per diluted share</td><td>$ 0.46</td><td>$ 0.32</td><td>$ 0.20</td>"
    "</tr>\n"
    "</table></body></html>\n";

std::vector<std::string> Sequential(const std::string& prose) {
  std::string html = kSequential;
  html.replace(html.find("PROSE"), 5, prose);
  return NarrativeVerdicts(html, "sequential.htm", true);
}

const char kCurrentQuarter[] =
    "Revenues were $150.0 million, gross margin was 21.4%, and net income was $9.1 million or "
    "$0.46 per diluted share. ";

TEST(ComparedPeriodsTest, APeriodPhraseAtTheEndOfAComparedListIsEveryFiguresPeriod) {
  EXPECT_EQ(Sequential(std::string(kCurrentQuarter) +
                       "This compares to revenues of $140.0 million, operating margin of 6.5%, "
                       "and net income of $6.3 million or $0.32 per diluted share, in the prior "
                       "quarter."),
            (Strings{"$150.0 million verified", "21.4% verified", "$9.1 million verified",
                     "$0.46 per diluted share verified", "$140.0 million verified", "6.5% verified",
                     "$6.3 million verified", "$0.32 per diluted share verified"}));
  // Firing: the prior quarter's revenues, changed, read against that quarter's column; so is
  // a later item of the list.
  std::vector<std::string> got = Sequential(
      std::string(kCurrentQuarter) +
      "This compares to revenues of $145.0 million, operating margin of 6.5%, and net income of "
      "$6.8 million or $0.32 per diluted share, in the prior quarter.");
  ASSERT_EQ(got.size(), 8u);
  EXPECT_EQ(got[4].substr(0, 23), "$145.0 million mismatch");
  EXPECT_EQ(got[6].substr(0, 21), "$6.8 million mismatch");
}

TEST(ComparedPeriodsTest, ADatedPeriodPhraseAtTheEndOfAComparedListIsEveryFiguresPeriod) {
  EXPECT_EQ(Sequential(std::string(kCurrentQuarter) +
                       "This compares with revenues of $120.0 million and net income of $4.0 "
                       "million, or $0.20 per diluted share, in the second quarter of 2030."),
            (Strings{"$150.0 million verified", "21.4% verified", "$9.1 million verified",
                     "$0.46 per diluted share verified", "$120.0 million verified",
                     "$4.0 million verified", "$0.20 per diluted share verified"}));
  // Firing: the first item, changed, against the quarter the phrase names.
  std::vector<std::string> got = Sequential(
      std::string(kCurrentQuarter) +
      "This compares with revenues of $125.0 million and net income of $4.0 million, or $0.20 "
      "per diluted share, in the second quarter of 2030.");
  ASSERT_EQ(got.size(), 7u);
  EXPECT_EQ(got[4].substr(0, 23), "$125.0 million mismatch");
}

TEST(ComparedPeriodsTest, AComparedListStatesItsAmountsOnlyAfterASentenceThatDoes) {
  // Quiet: with no sentence before that states the release's own amounts, the list is not
  // known to be the amounts compared with: a changed figure is not verified, and no mismatch.
  std::vector<std::string> got = Sequential(
      "This compares to revenues of $145.0 million and net income of $6.3 million in the prior "
      "quarter.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0],
            "$145.0 million unverifiable: the figure differs from Revenues, but the sentence does "
            "not state it as that amount");
  EXPECT_EQ(got[1], "$6.3 million verified");
}

TEST(ComparedPeriodsTest, APeriodPhraseAfterAVerbIsNotTheWholeListsPeriod) {
  // Quiet: a clause of its own before the period phrase ("which was up from ..."): the list is
  // not closed by it, so the first figure's period stays unnamed (the release's quarter).
  std::vector<std::string> got = Sequential(
      "This compares to revenues of $150.0 million, and net income of $6.3 million which rose "
      "from the prior quarter.");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], "$150.0 million verified");
}

}  // namespace
}  // namespace tieout
