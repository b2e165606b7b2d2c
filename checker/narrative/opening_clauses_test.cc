// Hand-made releases whose sentences open with a clause that says on what basis the figures are
// stated ("Excluding items identified on the reconciliation of GAAP and non-GAAP measures,
// earnings were ..."): the clause qualifies the measure, and what follows opens the sentence.
#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"

namespace tieout {
namespace {

// A statement of operations and a reconciliation to a non-GAAP measure, in thousands.
const char kReconciliation[] =
    "\n"
    "                          EPSILON PARTS INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                          Three Months Ended March 31,\n"
    "                                             2020            2019\n"
    "                                          ----------      ----------\n"
    "Net sales                                 $  254,300      $  283,800\n"
    "Earnings from continuing operations            9,600          13,000\n"
    "\n"
    "           RECONCILIATION OF GAAP AND NON-GAAP MEASURES\n"
    "                          (in thousands)\n"
    "\n"
    "                                          Three Months Ended March 31,\n"
    "                                             2020            2019\n"
    "                                          ----------      ----------\n"
    "Earnings from continuing operations       $    9,600      $   13,000\n"
    "Restructuring expenses                           236             158\n"
    "                                          ----------      ----------\n"
    "Non-GAAP earnings from continuing\n"
    "  operations                              $    9,836      $   13,158\n";

using Strings = std::vector<std::string>;

Strings Amounts(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kReconciliation, "t.txt", false);
}

TEST(OpeningClausesTest, AQualifyingClauseOpensTheSentenceBeforeItsSubject) {
  const std::string excluding =
      "Excluding items identified on the attached reconciliation of GAAP and non-GAAP measures, "
      "earnings from continuing operations for the first quarter of 2020 were ";
  // Quiet: the figures agree with the non-GAAP row.
  EXPECT_EQ(Amounts(excluding + "$9.8 million, compared to $13.2 million in the first quarter of "
                                "2019.\n"),
            (Strings{"$9.8 million verified", "$13.2 million verified"}));
  // Firing: the non-GAAP row is the one row bound; the clause's last noun ("measures") is no
  // item of a list with the subject.
  EXPECT_EQ(Amounts(excluding + "$10.1 million, compared to $13.2 million in the first quarter of "
                                "2019.\n"),
            (Strings{"$10.1 million mismatch", "$13.2 million verified"}));
  // Quiet: a clause that names no basis of rules.yaml leaves the subject in a list.
  EXPECT_EQ(Amounts("Excluding items identified on the attached list of plants and warehouses, "
                    "earnings from continuing operations for the first quarter of 2020 were $10.1 "
                    "million.\n"),
            (Strings{"$10.1 million unverifiable: no phrase names what the figure measures"}));
}

}  // namespace
}  // namespace tieout
