#include "checker/sets/document_set.h"

#include <gtest/gtest.h>

#include "checker/sets/testing.h"

namespace tieout {
namespace {

using settest::AddRow;
using settest::Months;
using settest::Record;

std::vector<std::string> Names(const DocumentSet& set) {
  std::vector<std::string> out;
  for (const DocumentRecord* r : set.documents) out.push_back(r->name);
  return out;
}

Certification Signed(Date date) {
  Certification c;
  c.dated = true;
  c.date = date;
  c.signers.push_back(Officer{"Alan M. Wright", "Chief Financial Officer", false, true, 5, 1});
  return c;
}

TEST(DocumentSetTest, DocumentsOfOneCompanyAreOrderedByPeriodThenDate) {
  std::vector<DocumentRecord> records;
  records.push_back(Record("f/certifications.txt"));  // no dateline: dated by its signatures
  records.back().certifications.push_back(Signed(Date{2004, 2, 13}));
  records.push_back(Record("f/q2.txt"));
  AddRow(&records.back(), StatementKind::kIncome, "Revenues", {{Months(3, 2003, 12, 31), 1}}, 9);
  records.back().release_date = Date{2004, 2, 4};
  records.push_back(Record("f/financing.txt"));
  records.back().release_date = Date{2003, 10, 1};
  records.push_back(Record("f/q1.txt"));
  AddRow(&records.back(), StatementKind::kIncome, "Revenues", {{Months(3, 2003, 9, 30), 1}}, 9);
  records.back().release_date = Date{2003, 11, 10};
  std::vector<DocumentSet> sets = GroupIntoSets(records, SetManifest{});
  ASSERT_EQ(sets.size(), 1u);
  EXPECT_EQ(sets[0].name, "acme in f");
  EXPECT_EQ(Names(sets[0]), (std::vector<std::string>{"f/q1.txt", "f/financing.txt", "f/q2.txt",
                                                      "f/certifications.txt"}));
}

TEST(DocumentSetTest, CompaniesAreTwoSetsAndANameJoinsTheSetOfItsCik) {
  std::vector<DocumentRecord> records;
  records.push_back(Record("f/a1.txt"));
  records.back().cik = "1234";
  records.push_back(Record("f/a2.txt"));  // the same name, no CIK
  records.push_back(Record("f/b.txt"));
  records.back().company_key = "other industries";
  records.push_back(Record("g/a3.txt"));  // the same company in another folder
  records.back().folder = "g";
  std::vector<DocumentSet> sets = GroupIntoSets(records, SetManifest{});
  ASSERT_EQ(sets.size(), 3u);
  EXPECT_EQ(Names(sets[0]), (std::vector<std::string>{"f/a1.txt", "f/a2.txt"}));
  EXPECT_EQ(Names(sets[1]), (std::vector<std::string>{"f/b.txt"}));
  EXPECT_EQ(Names(sets[2]), (std::vector<std::string>{"g/a3.txt"}));
}

}  // namespace
}  // namespace tieout
