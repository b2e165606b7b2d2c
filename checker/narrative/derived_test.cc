// Derived figures of a bank release: changes between two columns of a balance row, read from the
// row of the amount they change, on releases written the way releases are written.
#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"

namespace tieout {
namespace {

const char kBank[] =
    "\n"
    "                          EPSILON BANCORP\n"
    "                   SELECTED FINANCIAL DATA (in thousands)\n"
    "\n"
    "                                  March 31,   December 31,   March 31,\n"
    "                                     2024         2023          2023\n"
    "                                  ----------   ----------   ----------\n"
    "Total assets                      $6,214,530   $6,102,877   $5,893,416\n"
    "Commercial loans                     912,340      884,105      850,762\n"
    "Total loans held for investment    4,418,260    4,350,915    4,127,488\n"
    "Loans 30-89 days past due              8,562        4,210       14,318\n"
    "Total deposits                     5,120,394    5,016,238    4,862,051\n"
    "\n"
    "                          PER SHARE DATA\n"
    "\n"
    "                                  March 31,   December 31,   March 31,\n"
    "                                     2024         2023          2023\n"
    "                                  ----------   ----------   ----------\n"
    "Book value per share                  31.42        31.49         29.87\n"
    "Tangible book value per share         24.18        24.30         22.65\n";

const char kStatement[] =
    "\n"
    "                          ZETA INSTRUMENTS INC.\n"
    "             CONDENSED STATEMENTS OF OPERATIONS (in thousands)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Net sales                            $  412,380      $  389,715\n"
    "Cost of products sold                   226,410         219,860\n"
    "Operating income                         63,512          41,270\n"
    "Net income                               44,905          29,318\n";

// "figure verdict: detail" for each figure of `prose` followed by `tables`.
std::vector<std::string> Read(const std::string& prose, const char* tables = kBank) {
  return testing::NarrativeVerdicts(prose + tables, "t.txt", true);
}

using Strings = std::vector<std::string>;

TEST(DerivedTest, AChangeAfterABalanceAgainstADateWrittenOut) {
  // "higher than March 31, 2023": a date with no "at" or "as of" before it.
  EXPECT_EQ(Read("Book value per share was $31.42 at March 31, 2024, $1.55 higher than March 31, "
                 "2023.\n"),
            (Strings{"$31.42 verified", "$1.55 verified"}));
  // Over the other change of the pair: "a decrease of $0.07 or 0.2% from the December 31 ...".
  EXPECT_EQ(Read("Book value per share as of March 31, 2024 was $31.42, a decrease of $0.07 or "
                 "0.2% from the December 31, 2023 book value.\n"),
            (Strings{"$31.42 verified", "$0.07 verified", "0.2% verified"}));
  // The row does not give it: unverifiable, with the arithmetic (a change is never a finding).
  EXPECT_EQ(Read("Book value per share was $31.42 at March 31, 2024, $1.45 higher than March 31, "
                 "2023.\n"),
            (Strings{"$31.42 verified",
                     "$1.45 unverifiable: the cells of the amount it changes do not give it: "
                     "31.42 - 29.87, Book value per share, at Mar 31, 2024 against at Mar 31, "
                     "2023"}));
}

TEST(DerivedTest, AChangeBeforeTheAmountAgainstTheOneComparedWith) {
  EXPECT_EQ(Read("Loans 30 to 89 days past due decreased $5.7 million to $8.6 million at March "
                 "31, 2024, compared to $14.3 million at March 31, 2023.\n"),
            (Strings{"$5.7 million verified: $8.6 million - $14.3 million = -$5.7 million",
                     "$8.6 million verified", "$14.3 million verified"}));
  // Wrong, but another figure may follow the one compared with: no finding.
  EXPECT_EQ(Read("Loans 30 to 89 days past due decreased $4.7 million to $8.6 million at March "
                 "31, 2024, compared to $14.3 million at March 31, 2023.\n"),
            (Strings{"$4.7 million unverifiable: the sentence's own figures give $8.6 million - "
                     "$14.3 million = -$5.7 million, but the change is stated before the amount, "
                     "not with the one compared with",
                     "$8.6 million verified", "$14.3 million verified"}));
}

TEST(DerivedTest, AShareOfAWholeInTheColumnOfTheAmountsCell) {
  // No period named: the amount's cell gives the column, and "sales" (no concept of its own)
  // names the whole's row by its words.
  EXPECT_EQ(Read("- GAAP operating income was $64 million or 15.4 percent of sales, compared to "
                 "$41 million or 10.6 percent of sales a year ago.\n",
                 kStatement),
            (Strings{"$64 million verified", "15.4 percent verified", "$41 million verified",
                     "10.6 percent verified"}));
  // Wrong, but what a release divides by is not always the row: no finding.
  EXPECT_EQ(Read("- GAAP operating income was $64 million or 16.4 percent of sales.\n", kStatement),
            (Strings{"$64 million verified",
                     "16.4 percent unverifiable: the cells give 63,512,000 (Operating income) / "
                     "412,380,000 (Net sales), quarter ended Mar 31, 2024 = 15.4%, but a share "
                     "of a whole is not always what the row shows"}));
  // The amount is not verified: no column to read the whole in.
  EXPECT_EQ(
      Read("- Segment operating income was $18 million or 5.4 percent of sales.\n", kStatement)[1],
      "5.4 percent unverifiable: the paragraph speaks of a part of the company (\"Segment\")");
}

TEST(DerivedTest, AChangeStatedAsAnAmountAndAPercentageOnARowTheSubjectNamesLoosely) {
  // "Loan growth" names no row by itself ("Commercial loans", "Total loans held for
  // investment"): the amount and the percentage both agreeing with one row's change between the
  // same two columns are the evidence. The annualized rate is the change times 12 over the
  // three months between the dates; the pair listed after is read on the same row.
  EXPECT_EQ(
      Read("Loan growth of $291 million, or 7%, compared to March 31, 2023, and $67 "
           "million, or 6% annualized, from December 31, 2023.\n"),
      (Strings{"$291 million verified", "7% verified", "$67 million verified", "6% verified"}));
  // Quiet: only the amount agrees (the percentage is wrong): one agreement is no evidence.
  EXPECT_EQ(Read("Loan growth of $291 million, or 9%, compared to March 31, 2023.\n"),
            (Strings{"$291 million unverifiable: a change between periods that no row labelled "
                     "\"loan\" shows",
                     "9% unverifiable: a change between periods that no row labelled \"loan\" "
                     "shows"}));
  // Quiet: the date compared with is named: the change from December 31 does not count.
  EXPECT_EQ(Read("Loan growth of $67 million, or 2%, compared to March 31, 2023.\n")[0],
            "$67 million unverifiable: a change between periods that no row labelled \"loan\" "
            "shows");
  // Quiet: not said to be annualized, 6% is not the change from December 31 (1.5%).
  EXPECT_EQ(Read("Loan growth of $291 million, or 7%, compared to March 31, 2023, and $67 "
                 "million, or 6%, from December 31, 2023.\n")[3]
                .substr(0, 15),
            "6% unverifiable");
}

// A carrier's statement: the revenue row names more than "revenue".
const char kCarrier[] =
    "\n"
    "                          THETA FREIGHT INC.\n"
    "             CONDENSED STATEMENTS OF OPERATIONS (in thousands)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "OPERATING REVENUE                    $  412,380      $  389,715\n"
    "Salaries, wages and benefits            226,410         219,860\n"
    "OPERATING INCOME                         63,512          41,270\n"
    "\n"
    "                          OPERATING STATISTICS\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Revenue per shipment                 $   236.18      $   224.07\n"
    "Revenue per hundredweight            $    17.92      $    17.15\n";

TEST(DerivedTest, AChangeAfterTheAmountWithNoPeriodComparedWithIsAgainstAYearEarlier) {
  // No period compared with: the same period a year earlier, on the amount's row (here the
  // row's words verify it too).
  EXPECT_EQ(Read("Revenue was $412.4 million, a 5.8% increase.\n", kCarrier),
            (Strings{"$412.4 million verified", "5.8% verified"}));
  // Wrong, but a change may compare with another period than the one a year earlier: no
  // finding.
  EXPECT_EQ(Read("Revenue was $412.4 million, a 6.8% increase.\n", kCarrier)[1],
            "6.8% unverifiable: the cells of the amount it changes do not give it: (412,380,000 - "
            "389,715,000) / 389,715,000, OPERATING REVENUE, quarter ended Mar 31, 2024 against "
            "quarter ended Mar 31, 2023");
  // Quiet: the change goes on to name what changed ("in tonnage"): not the amount's.
  EXPECT_EQ(Read("Revenue was $412.4 million, a 5.8% increase in tonnage.\n", kCarrier)[1].find(
                "verified"),
            std::string::npos);
}

}  // namespace
}  // namespace tieout
