// Hand-made releases whose sentences open with the period ("Third quarter sales were ..."): the
// ordinal names the release's latest period of that length, so the figure binds its column.
// A sentence that names no period speaks of the release's own period, the one its headline
// names, when the tables show the quarter and the year to date.
#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"
#include "checker/testing/statement_text.h"

namespace tieout {
namespace {

// The rows of a 10-Q's statement with the quarter and nine months, in thousands.
const char kQuarterAndNineMonthsRows[] =
    "Sales                    $174,358     $128,406      $497,215     $381,932\n"
    "Selling, general and\n"
    "  administrative           31,842       23,190        90,517       61,200\n"
    "Net income               $ 40,100     $ 27,300      $115,200     $ 80,700\n";

using Strings = std::vector<std::string>;

Strings Amounts(const std::string& prose) {
  return testing::NarrativeVerdicts(prose +
                                        testing::QuarterAndNineMonthsHeading("DELTA WIDGETS INC.") +
                                        kQuarterAndNineMonthsRows,
                                    "t.txt", false);
}

TEST(OpeningPeriodsTest, AnOpeningOrdinalNamesTheLatestPeriodOfItsLength) {
  // Quiet: the figures agree with the quarter's and the nine months' columns.
  EXPECT_EQ(Amounts("Third quarter sales were $174.4 million.\n"),
            Strings{"$174.4 million verified"});
  EXPECT_EQ(Amounts("First nine months sales were $497.2 million.\n"),
            Strings{"$497.2 million verified"});
  // Firing: a changed figure binds one row and one column, the quarter's (not the nine
  // months', which the sentence does not name).
  EXPECT_EQ(Amounts("Third quarter sales were $174.7 million.\n"),
            Strings{"$174.7 million mismatch"});
  EXPECT_EQ(Amounts("Third-quarter selling, general and administrative expenses of $32.2 "
                    "million are $8.7 million higher than the same quarter a year ago.\n"),
            (Strings{"$32.2 million mismatch", "$8.7 million verified"}));
  EXPECT_EQ(Amounts("First nine months sales were $497.5 million.\n"),
            Strings{"$497.5 million mismatch"});
  // Quiet: an ordinal that is not the latest quarter names no column of the tables.
  EXPECT_EQ(Amounts("Second quarter sales were $150.0 million.\n"),
            Strings{"$150.0 million unverifiable: the subject of \"were\" is \"sales\""});
}

const char kThirdQuarterHeadline[] = "DELTA WIDGETS REPORTS THIRD QUARTER 1997 RESULTS\n\n";

TEST(OpeningPeriodsTest, ASentenceThatNamesNoPeriodSpeaksOfTheHeadlinesPeriod) {
  const std::string headline = kThirdQuarterHeadline;
  // Quiet: the figure agrees with the quarter's column, or with the nine months'.
  EXPECT_EQ(Amounts(headline + "Sales were $174.4 million.\n"), Strings{"$174.4 million verified"});
  EXPECT_EQ(Amounts(headline + "Sales were $497.2 million.\n"), Strings{"$497.2 million verified"});
  // Firing: a figure that agrees with neither binds the headline's quarter.
  EXPECT_EQ(Amounts(headline + "Sales were $174.7 million.\n"), Strings{"$174.7 million mismatch"});
  // Quiet: without a headline, or with one that names both lengths, the period is in doubt.
  EXPECT_EQ(Amounts("Sales were $174.7 million.\n"),
            Strings{"$174.7 million unverifiable: the rows labelled \"sales\" show different "
                    "values or periods"});
  EXPECT_EQ(Amounts("DELTA WIDGETS REPORTS THIRD QUARTER AND NINE MONTHS 1997 RESULTS\n\n"
                    "Sales were $174.7 million.\n"),
            Strings{"$174.7 million unverifiable: the rows labelled \"sales\" show different "
                    "values or periods"});
}

// A nine months' cash flow statement beside the quarter's statement of operations.
const char kNineMonthsCashFlows[] =
    "\n"
    "                    CONDENSED STATEMENTS OF CASH FLOWS\n"
    "                              (in thousands)\n"
    "\n"
    "                                            Nine Months Ended September 30,\n"
    "                                                1997            1996\n"
    "                                             ----------      ----------\n"
    "Net income                                    $115,200        $ 80,700\n"
    "Depreciation                                    12,000          10,000\n"
    "Changes in working capital                     (31,800)        (20,600)\n"
    "                                             ----------      ----------\n"
    "Net cash provided by operating activities     $ 95,400        $ 70,100\n";

TEST(OpeningPeriodsTest, ARowOnlyTheYearToDateShowsIsBoundThere) {
  const std::string headline = kThirdQuarterHeadline;
  EXPECT_EQ(Amounts(headline + "Depreciation was $12.0 million.\n" + kNineMonthsCashFlows),
            Strings{"$12.0 million verified"});
  // Firing: the headline's quarter shows no such row; the nine months' is the one bound.
  EXPECT_EQ(Amounts(headline + "Depreciation was $12.3 million.\n" + kNineMonthsCashFlows),
            Strings{"$12.3 million mismatch"});
}

// A 10-K's statement of operations and balance sheet, in millions.
const char kYearsAndBalances[] =
    "\n"
    "                          ETA ENERGY CORP.\n"
    "                      STATEMENTS OF OPERATIONS\n"
    "                            (in millions)\n"
    "\n"
    "                                      Years Ended December 31,\n"
    "                                        2016            2015\n"
    "                                     ----------      ----------\n"
    "Revenues                             $    5,318      $    7,204\n"
    "Net loss                             $   (5,487)     $   (2,913)\n"
    "\n"
    "                            BALANCE SHEETS\n"
    "                            (in millions)\n"
    "\n"
    "                                          December 31,\n"
    "                                        2016            2015\n"
    "                                     ----------      ----------\n"
    "Cash and cash equivalents            $    2,918      $    2,604\n"
    "Total assets                         $   30,472      $   33,580\n"
    "Long-term debt                       $    7,215      $    6,938\n";

Strings BalanceAmounts(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kYearsAndBalances, "t.txt", false);
}

TEST(OpeningPeriodsTest, TheEndOfAPeriodIsItsBalanceSheetDate) {
  // Quiet: "at year end" and "Year-end 2016" are the balance sheet date, not the year.
  EXPECT_EQ(BalanceAmounts("At year end, long-term debt was $7.2 billion.\n"),
            Strings{"$7.2 billion verified"});
  EXPECT_EQ(BalanceAmounts("Year-end 2016 cash and cash equivalents totaled $2.9 billion.\n"),
            Strings{"$2.9 billion verified"});
  EXPECT_EQ(BalanceAmounts("Year-end 2015 long-term debt was $6.9 billion.\n"),
            Strings{"$6.9 billion verified"});
  // Firing: the changed figure against the one date's cell.
  EXPECT_EQ(BalanceAmounts("At year end, long-term debt was $7.5 billion.\n"),
            Strings{"$7.5 billion mismatch"});
  EXPECT_EQ(BalanceAmounts("Year-end 2015 long-term debt was $6.6 billion.\n"),
            Strings{"$6.6 billion mismatch"});
}

// A segment table with the quarter and the nine months, in thousands.
const char kSegmentsQuarterAndNineMonths[] =
    "\n"
    "                     SUPPLEMENTAL SEGMENT INFORMATION\n"
    "                              (in thousands)\n"
    "\n"
    "                        Three Months Ended      Nine Months Ended\n"
    "                           September 30,           September 30,\n"
    "                         1997        1996        1997        1996\n"
    "                       --------    --------    --------    --------\n"
    "Revenue:\n"
    "  Imaging Device        $14,862     $15,937     $48,120     $50,002\n"
    "  Diagnostics             5,741       4,906      19,300      16,100\n"
    "  Total revenue         $20,603     $20,843     $67,420     $66,102\n";

Strings SegmentAmounts(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kSegmentsQuarterAndNineMonths, "t.txt", false);
}

TEST(OpeningPeriodsTest, ASegmentsSentenceThatNamesNoPeriodSpeaksOfTheHeadlinesPeriod) {
  const std::string headline = kThirdQuarterHeadline;
  EXPECT_EQ(SegmentAmounts(headline + "Revenue in Imaging Device was $14.9 million.\n"),
            Strings{"$14.9 million verified"});
  EXPECT_EQ(SegmentAmounts(headline + "Revenue in Imaging Device was $48.1 million.\n"),
            Strings{"$48.1 million verified"});
  // Firing: the segment's row in the headline's quarter.
  EXPECT_EQ(SegmentAmounts(headline + "Revenue in Imaging Device was $15.2 million.\n"),
            Strings{"$15.2 million mismatch"});
  // Quiet: no headline names the period.
  EXPECT_EQ(SegmentAmounts("Revenue in Imaging Device was $15.2 million.\n"),
            Strings{"$15.2 million unverifiable: the rows labelled \"revenue in imaging device\" "
                    "show different values or periods"});
}

}  // namespace
}  // namespace tieout
