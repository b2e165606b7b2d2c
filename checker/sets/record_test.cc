#include "checker/sets/record.h"

#include <gtest/gtest.h>

#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

DocumentRecord RecordOf(const std::string& text) {
  std::vector<Document> docs = testing::ReadText(text, "f/release.txt");
  EXPECT_EQ(docs.size(), 1u);
  return BuildRecord(docs.at(0), testing::DefaultRules()->sets);
}

std::vector<std::string> Officers(const DocumentRecord& r) {
  std::vector<std::string> out;
  for (const Officer& o : r.officers) {
    out.push_back(o.name + " | " + o.title + (o.executive ? " | executive" : "") +
                  (o.financial ? " | financial" : "") + " | line " + std::to_string(o.line));
  }
  return out;
}

TEST(RecordTest, OfficersAreReadInCapitalsAsInMixedCase) {
  DocumentRecord r = RecordOf(
      "SPRINGFIELD, OHIO, FEBRUARY 4, 2004 -- Acme Widgets, Inc. (NASDAQ: ACME) today reported "
      "results for the second quarter ended December 31, 2003.\n\n"
      "\"We grew,\" said JOHN Q. PUBLIC, PRESIDENT AND CHIEF EXECUTIVE OFFICER of Acme.\n\n"
      "\"Cash is strong,\" said Mary Roe, Ph.D., Chief Financial Officer.\n");
  EXPECT_EQ(r.company, "Acme Widgets, Inc.");
  EXPECT_EQ(r.company_key, "acme widgets");
  EXPECT_EQ(DateString(r.release_date), "2004-02-04");
  EXPECT_EQ(Officers(r),
            (std::vector<std::string>{
                "JOHN Q. PUBLIC | PRESIDENT AND CHIEF EXECUTIVE OFFICER | executive | line 3",
                "Mary Roe | Chief Financial Officer | financial | line 5"}));
  EXPECT_EQ(NormalizePerson("JOHN Q. PUBLIC", {}), NormalizePerson("John Q. Public", {}));
}

TEST(RecordTest, CapitalizedWordsWithoutAnOfficersTitleAreNoOfficer) {
  DocumentRecord r = RecordOf(
      "ACME WIDGETS, INC. REPORTS SECOND QUARTER RESULTS\n\n"
      "The meeting is at ACME HALL, SPRINGFIELD, OHIO.\n");
  EXPECT_TRUE(r.officers.empty());
}

}  // namespace
}  // namespace tieout
