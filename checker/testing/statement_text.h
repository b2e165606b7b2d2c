// Test helper: the heading of a hand-made EDGAR text statement, shared by the fixtures of the
// narrative tests.
#ifndef TIEOUT_TESTING_STATEMENT_TEXT_H_
#define TIEOUT_TESTING_STATEMENT_TEXT_H_

#include <string>

namespace tieout::testing {

// The lines above the rows of a 10-Q's statement of operations for the third quarter and the
// nine months of 1997 and 1996, in thousands, under the company's name: a blank line, the
// name and the title centred, "(in thousands)", the two period headings, the years and the
// rule line under them. The rows that follow start at column 0 with the figures under the years.
inline std::string QuarterAndNineMonthsHeading(const std::string& company) {
  return "\n"
         "                          " +
         company +
         "\n"
         "                 CONDENSED STATEMENTS OF OPERATIONS\n"
         "                          (in thousands)\n"
         "\n"
         "                           Three Months Ended          Nine Months Ended\n"
         "                              September 30,              September 30,\n"
         "                           1997         1996          1997         1996\n"
         "                         --------     --------      --------     --------\n";
}

}  // namespace tieout::testing

#endif  // TIEOUT_TESTING_STATEMENT_TEXT_H_
