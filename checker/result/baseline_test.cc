#include "checker/result/baseline.h"

#include <gtest/gtest.h>

#include <sstream>

#include "checker/result/fingerprint.h"

namespace tieout {
namespace {

Report TwoFindings() {
  Report r;
  for (const char* actual : {"15,615", "15,615", "900"}) {
    Finding f;
    f.rule = "table-footing";
    f.file = "release.txt";
    f.message = "does not foot";
    f.actual = actual;
    r.findings.push_back(f);
  }
  SetFingerprints(&r);
  return r;
}

TEST(BaselineTest, WrittenAndReadBackAcceptsTheSameFindingsByCount) {
  Report r = TwoFindings();
  std::ostringstream text;
  WriteBaseline(r, text);
  auto baseline = ParseBaseline(text.str(), "accepted.json");
  ASSERT_TRUE(baseline.ok()) << baseline.status().message();
  EXPECT_EQ(baseline->entries.size(), 2u);
  EXPECT_EQ(baseline->entries.at(r.findings[0].fingerprint).count, 2);

  // A new run with a third copy of the first finding: two accepted, the third still fails.
  Report next = TwoFindings();
  next.findings.push_back(next.findings[0]);
  ApplyBaseline(*baseline, &next);
  ASSERT_TRUE(next.findings[0].suppression);
  EXPECT_EQ(next.findings[0].suppression->source, Suppression::Source::kBaseline);
  EXPECT_EQ(next.findings[0].suppression->reason, "accepted in the baseline");
  EXPECT_EQ(next.findings[0].suppression->where, "accepted.json");
  EXPECT_TRUE(next.findings[1].suppression);
  EXPECT_TRUE(next.findings[2].suppression);
  EXPECT_FALSE(next.findings[3].suppression);
  EXPECT_TRUE(next.HasFindingsAtOrAbove(Severity::kError));
  Report::Summary s = next.Summarize();
  EXPECT_EQ(s.errors, 1);
  EXPECT_EQ(s.suppressed, 3);
}

TEST(BaselineTest, AReasonWrittenInIsKeptAndRewritten) {
  Report r = TwoFindings();
  std::string fp = r.findings[2].fingerprint;
  auto baseline = ParseBaseline(
      R"({"findings": [{"fingerprint": ")" + fp + R"(", "reason": "restated in Q4"}]})", "b.json");
  ASSERT_TRUE(baseline.ok()) << baseline.status().message();
  ApplyBaseline(*baseline, &r);
  ASSERT_TRUE(r.findings[2].suppression);
  EXPECT_EQ(r.findings[2].suppression->reason, "restated in Q4");
  EXPECT_TRUE(r.HasFindingsAtOrAbove(Severity::kError));  // the other two
  std::ostringstream text;
  WriteBaseline(r, text);
  EXPECT_NE(text.str().find("\"reason\": \"restated in Q4\""), std::string::npos);
}

TEST(BaselineTest, SuppressedInlineOrByConfigurationIsNotWritten) {
  Report r = TwoFindings();
  r.findings[2].suppression = Suppression{Suppression::Source::kInline, "draft", "release.txt:3"};
  std::ostringstream text;
  WriteBaseline(r, text);
  auto baseline = ParseBaseline(text.str(), "b.json");
  ASSERT_TRUE(baseline.ok());
  EXPECT_EQ(baseline->entries.count(r.findings[2].fingerprint), 0u);
}

TEST(BaselineTest, AMalformedFileNamesWhereAndWhat) {
  auto bad = ParseBaseline("{\n  \"findings\": [\n    {\"fingerprint\": 12,}\n", "b.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "b.json:3:24: not a baseline: the JSON does not parse");
  auto shape = ParseBaseline("[]", "b.json");
  ASSERT_FALSE(shape.ok());
  EXPECT_EQ(shape.status().message(),
            "b.json: not a baseline: expected {\"findings\": [{\"fingerprint\": ...}]} (written "
            "by 'tieout check --write-baseline')");
  auto entry = ParseBaseline(R"({"findings": [{"fingerprint": "ab"}, {"rule": "x"}]})", "b.json");
  ASSERT_FALSE(entry.ok());
  EXPECT_EQ(entry.status().message(), "b.json: finding 2 has no \"fingerprint\" string");
  auto missing = LoadBaseline("/nonexistent/b.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "/nonexistent/b.json: cannot read the baseline");
}

}  // namespace
}  // namespace tieout
