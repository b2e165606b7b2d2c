// The narrative tie-out of the seed releases against expectations written by hand in
// fixtures/expected/narrative/NNN.narrative.tsv: every figure and every direction word, classified.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "checker/narrative/analysis.h"
#include "checker/testing/test_documents.h"
#include "checker/testing/test_paths.h"

namespace tieout {
namespace {

using testing::SourceDir;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string PeriodKey(const Period& p) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%dm:%04d-%02d-%02d", p.months, p.year, p.month, p.day);
  return buf;
}

std::string Periods(const std::vector<Period>& periods) {
  if (periods.empty()) return "-";
  std::string out;
  for (const Period& p : periods) out += (out.empty() ? "" : ",") + PeriodKey(p);
  return out;
}

// The tool's reading of a seed, in the format of the expectation files.
std::vector<std::string> Rows(const std::string& seed) {
  auto rules = testing::DefaultRules();
  auto file = std::make_shared<const SourceFile>(seed, ReadFile(SourceDir() + "/" + seed));
  auto docs = ReadDocuments(file, rules->vocabulary);
  EXPECT_TRUE(docs.ok());
  std::vector<std::string> rows;
  if (!docs.ok()) return rows;
  for (const Document& doc : *docs) {
    NarrativeAnalysis a = AnalyzeNarrative(doc, rules->concepts, rules->narrative);
    for (const NarrativeFigure& f : a.figures) {
      std::string detail;
      FigureVerdict v = f.Verdict(&detail);
      std::string cls = v == FigureVerdict::kVerified       ? "verified"
                        : v == FigureVerdict::kUnverifiable ? "unverifiable"
                                                            : "mismatch";
      std::string finding = v == FigureVerdict::kMismatch    ? "error"
                            : v == FigureVerdict::kTruncated ? "warning"
                            : f.missing_unit                 ? "note"
                                                             : "-";
      bool bound = v != FigureVerdict::kUnverifiable || !f.concept_name.empty();
      rows.push_back("figure\t" + std::to_string(doc.Locate(f.span.begin).line) + "\t" + f.text +
                     "\t" + cls + "\t" + (bound ? f.concept_name : "-") + "\t" +
                     (v == FigureVerdict::kUnverifiable ? "-" : Periods(f.periods)) + "\t" +
                     finding);
    }
    for (const DirectionClaim& c : a.directions) {
      std::string outcome = c.outcome == DirectionClaim::Outcome::kHolds         ? "holds"
                            : c.outcome == DirectionClaim::Outcome::kContradicts ? "contradicts"
                                                                                 : "unverifiable";
      rows.push_back("direction\t" + std::to_string(doc.Locate(c.span.begin).line) + "\t" + c.word +
                     "\t" + outcome + "\t" + c.concept_name + "\t" + PeriodKey(c.current_period) +
                     "/" + PeriodKey(c.prior_period));
    }
  }
  return rows;
}

std::vector<std::string> Expected(const std::string& path) {
  std::istringstream in(ReadFile(SourceDir() + "/" + path));
  std::vector<std::string> rows;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') rows.push_back(line);
  }
  return rows;
}

void ExpectSame(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  std::multiset<std::string> e(expected.begin(), expected.end());
  std::multiset<std::string> a(actual.begin(), actual.end());
  for (const std::string& row : e) {
    EXPECT_TRUE(a.count(row) >= e.count(row)) << "expected, not found: " << row;
  }
  for (const std::string& row : a) {
    EXPECT_TRUE(e.count(row) >= a.count(row)) << "found, not expected: " << row;
  }
}

TEST(NarrativeSeedsTest, Release000MatchesHandClassification) {
  std::vector<std::string> expected = Expected("fixtures/expected/narrative/000.narrative.tsv");
  EXPECT_EQ(expected.size(), 40u);
  ExpectSame(expected, Rows("fixtures/seeds/000_df8bf95f4356fb3c.txt"));
}

TEST(NarrativeSeedsTest, Release001MatchesHandClassification) {
  std::vector<std::string> expected = Expected("fixtures/expected/narrative/001.narrative.tsv");
  EXPECT_EQ(expected.size(), 27u);
  ExpectSame(expected, Rows("fixtures/seeds/001_e9ce24d2199f0f52.txt"));
}

// The genuine narrative errors of the seeds, and nothing else: no false error, warning or note
// anywhere in the five releases.
TEST(NarrativeSeedsTest, FindingsInTheFiveSeedsAreTheGenuineOnes) {
  Engine engine(testing::DefaultRules());
  Report report;
  for (const char* seed :
       {"000_df8bf95f4356fb3c.txt", "001_e9ce24d2199f0f52.txt", "002_3653ecbb43dffe08.txt",
        "003_39b7fae3f4b46a72.txt", "004_533b4a0d66f662f7.txt"}) {
    engine.CheckFile(SourceDir() + "/fixtures/seeds/" + seed, &report);
  }
  std::vector<std::string> findings;
  for (const Finding& f : report.findings) {
    if (f.rule.rfind("narrative", 0) != 0) continue;
    findings.push_back(f.file.substr(f.file.rfind('/') + 1) + ":" + std::to_string(f.line) + ":" +
                       std::to_string(f.column) + ": " + SeverityName(f.severity) + "[" + f.rule +
                       "]: " + f.message);
  }
  EXPECT_EQ(findings,
            (std::vector<std::string>{
                "000_df8bf95f4356fb3c.txt:123:13: error[narrative-matches-table]: narrative says "
                "$0.3 million for inventory provision (quarter ended Dec 31, 2002); the table says "
                "171,000 ($0.2 million) in \"Cost of product sales and rentals - provision for "
                "obsolete and excess inventory\", Quarter ended December 31, 2002",
                "000_df8bf95f4356fb3c.txt:129:23: warning[narrative-truncated]: narrative says "
                "$1.3 million for selling, general and administrative expenses (quarter ended Dec "
                "31, 2003); the table says 1,356,000, which rounds to $1.4 million: the figure is "
                "truncated, not rounded",
                "000_df8bf95f4356fb3c.txt:130:62: note[narrative-missing-unit]: $2.0 has no unit; "
                "it is read as $2.0 million, like the figures around it"}));
  EXPECT_EQ(report.narrative.figures, 56);
  EXPECT_EQ(report.narrative.verified, 44);
  EXPECT_EQ(report.narrative.mismatched, 1);
  EXPECT_EQ(report.narrative.truncated, 1);
  EXPECT_EQ(report.narrative.unverifiable, 10);
}

}  // namespace
}  // namespace tieout
