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

// An income statement in a made-up release, with `net_income` for 2023.
std::string Statement(const std::string& net_income) {
  return "CONSOLIDATED STATEMENTS OF OPERATIONS\n"
         "<TABLE>\n<CAPTION>\n"
         "(In thousands)                          Year Ended December 31,\n"
         "                                         2023          2022\n"
         "<S>                                   <C>           <C>\n"
         "Net sales                             $ 61,200      $ 57,480\n"
         "Cost of sales                           45,900        43,010\n"
         "Net income                            $ " +
         net_income +
         "      $ 10,210\n"
         "</TABLE>\n\n";
}

std::vector<std::string> Rows(const DocumentRecord& r) {
  std::vector<std::string> out;
  for (const RecordRow& row : r.rows) {
    std::string s = row.label;
    for (const RecordCell& c : row.cells) {
      s += " | " + c.amount.value.ToDisplay() + " line " + std::to_string(c.line);
    }
    out.push_back(s);
  }
  return out;
}

TEST(RecordTest, AFigureRepeatedAlikeIsKeptOnceAndOneThatDiffersIsKept) {
  // Shown four times: the copies that agree add nothing to what the checks across documents
  // read (the first figure of each line item and period, and whether another differs). The
  // third copy's net income differs: kept, so the conflict stays known; the fourth's differs
  // too, and adds nothing more.
  DocumentRecord r = RecordOf(Statement("12,130") + Statement("12,130") + Statement("12,170") +
                              Statement("12,190"));
  EXPECT_EQ(Rows(r), (std::vector<std::string>{
                         "Net sales | 61,200,000 line 7 | 57,480,000 line 7",
                         "Cost of sales | 45,900,000 line 8 | 43,010,000 line 8",
                         "Net income | 12,130,000 line 9 | 10,210,000 line 9",
                         "Net income | 12,170,000 line 31",
                     }));
  // Quiet: shown once, every figure is kept.
  EXPECT_EQ(Rows(RecordOf(Statement("12,130"))).size(), 3u);
}

}  // namespace
}  // namespace tieout
