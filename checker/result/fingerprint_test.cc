#include "checker/result/fingerprint.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

Finding Footing() {
  Finding f;
  f.rule = "table-footing";
  f.file = "drafts/q3/release.txt";
  f.path = "drafts/q3/release.txt";
  f.line = 19;
  f.column = 47;
  f.message = "Total revenues does not foot: 12,410 + 3,250 is 15,660, the total shows 15,615";
  f.expected = "15,660";
  f.actual = "15,615";
  f.difference = "-45";
  return f;
}

TEST(FingerprintTest, StableAcrossLinesFoldersAndRelatedNotes) {
  Finding f = Footing();
  std::string fp = FingerprintOf(f);
  EXPECT_EQ(fp.size(), 16u);
  EXPECT_EQ(fp.find_first_not_of("0123456789abcdef"), std::string::npos);
  Finding moved = f;
  moved.line = 40;
  moved.column = 3;
  moved.file = "/home/me/other/release.txt";
  moved.path = moved.file;
  moved.source_line = "    Total revenues   15,615";
  moved.related.push_back(RelatedLocation{"release.txt", 37, 45, "Product 12,410", ""});
  EXPECT_EQ(FingerprintOf(moved), fp);
  Finding line_in_message = f;
  line_in_message.message += " (see line 12)";
  Finding other_line = f;
  other_line.message += " (see line 80)";
  EXPECT_EQ(FingerprintOf(line_in_message), FingerprintOf(other_line));
}

TEST(FingerprintTest, ChangesWithTheRuleTheDocumentAndTheValues) {
  Finding f = Footing();
  std::string fp = FingerprintOf(f);
  Finding rule = f;
  rule.rule = "net-income-from-components";
  EXPECT_NE(FingerprintOf(rule), fp);
  Finding doc = f;
  doc.file = "drafts/q3/release.txt#2";
  EXPECT_NE(FingerprintOf(doc), fp);
  Finding value = f;
  value.actual = "15,616";
  EXPECT_NE(FingerprintOf(value), fp);
  // Fields do not run into each other.
  Finding a = f, b = f;
  a.expected = "1";
  a.actual = "23";
  b.expected = "12";
  b.actual = "3";
  EXPECT_NE(FingerprintOf(a), FingerprintOf(b));
}

TEST(FingerprintTest, DocumentNameLeavesOutFolders) {
  EXPECT_EQ(FingerprintDocument("a/b/x.txt#2"), "x.txt#2");
  EXPECT_EQ(FingerprintDocument("x.txt"), "x.txt");
  EXPECT_EQ(FingerprintDocument("C:\\d\\x.htm"), "x.htm");
}

}  // namespace
}  // namespace tieout
