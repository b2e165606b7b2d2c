// One release in every format tieout reads gives the same checks and the same findings.
//
// fixtures/formats/ holds the release of fixtures/seeds/000 (an EDGAR text exhibit) as an HTML
// exhibit written by hand, a Markdown draft, a plain-text draft and a DOCX made from the HTML
// by LibreOffice (README.md, "Formats", tells how). Every rule runs on each; the lists of checks
// (rule, status, detail) and of findings (rule, severity, message, expected, actual) must be
// identical, only the locations differ. The same holds with one figure changed (R&D of the second
// quarter 1,455,000 -> 1,456,000, so its total no longer foots): the text formats are changed in
// memory, the DOCX is fixtures/formats/release-error.docx.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "checker/engine/engine.h"
#include "checker/ingest/reader.h"
#include "checker/testing/test_documents.h"
#include "checker/testing/test_paths.h"

namespace tieout {
namespace {

const std::string kSource = tieout::testing::kSourceDir;

std::string ReadBytes(const std::string& relative) {
  std::ifstream in(kSource + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in.good()) << relative;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Outcome {
  std::string format;
  std::vector<std::string> checks;
  std::vector<std::string> findings;
};

Outcome Check(const std::string& name, std::string bytes) {
  Outcome out;
  auto file = std::make_shared<const SourceFile>(name, std::move(bytes));
  auto docs = ReadDocuments(file, testing::DefaultRules()->vocabulary);
  EXPECT_TRUE(docs.ok()) << docs.status().message();
  if (!docs.ok()) return out;
  EXPECT_EQ(docs->size(), 1u) << name;
  Report report;
  Engine engine(testing::DefaultRules());
  for (const Document& doc : *docs) {
    out.format = doc.format;
    engine.CheckDocument(doc, &report);
  }
  for (const CheckResult& c : report.checks) {
    out.checks.push_back(c.rule + " " + CheckStatusName(c.status) + " " + c.detail);
  }
  for (const Finding& f : report.findings) {
    out.findings.push_back(f.rule + " " + SeverityName(f.severity) + " " + f.message +
                           " expected " + f.expected + " actual " + f.actual);
  }
  return out;
}

std::string Changed(std::string text) {
  size_t at = text.find("1,455,000");
  EXPECT_NE(at, std::string::npos);
  if (at != std::string::npos) text.replace(at, 9, "1,456,000");
  return text;
}

const char* const kTextFormats[] = {"fixtures/formats/release.html", "fixtures/formats/release.md",
                                    "fixtures/formats/release.txt"};

TEST(FormatsTest, EveryFormatGivesTheChecksOfTheSeed) {
  Outcome seed = Check("seed.txt", ReadBytes("fixtures/seeds/000_df8bf95f4356fb3c.txt"));
  EXPECT_EQ(seed.format, "edgar-text");
  // The table checks of the seed and one check per figure of its prose; the prose carries three
  // genuine mistakes (a mismatch, a truncation, a figure without its unit).
  ASSERT_EQ(seed.checks.size(), 70u);
  EXPECT_EQ(seed.findings.size(), 3u);
  std::vector<Outcome> others;
  for (const char* path : kTextFormats) others.push_back(Check(path, ReadBytes(path)));
  others.push_back(Check("release.docx", ReadBytes("fixtures/formats/release.docx")));
  EXPECT_EQ(others[0].format, "html");
  EXPECT_EQ(others[1].format, "text");
  EXPECT_EQ(others[2].format, "text");
  EXPECT_EQ(others[3].format, "docx");
  for (const Outcome& o : others) {
    EXPECT_EQ(o.checks, seed.checks) << o.format;
    EXPECT_EQ(o.findings, seed.findings) << o.format;
  }
}

TEST(FormatsTest, EveryFormatFindsTheSameError) {
  Outcome seed = Check("seed.txt", Changed(ReadBytes("fixtures/seeds/000_df8bf95f4356fb3c.txt")));
  ASSERT_EQ(seed.findings.size(), 4u);  // the footing error and the prose's three
  EXPECT_EQ(seed.findings[0],
            "table-footing error Total costs and expenses does not foot in quarter ended Dec "
            "31, 2003: 5,000 + 0 + 1,456,000 + 1,356,000 is 2,817,000, the total shows "
            "2,816,000 (difference -1,000); the same rows tie in 3 of 4 columns expected "
            "2,817,000 actual 2,816,000");
  std::vector<Outcome> others;
  for (const char* path : kTextFormats) others.push_back(Check(path, Changed(ReadBytes(path))));
  others.push_back(Check("release-error.docx", ReadBytes("fixtures/formats/release-error.docx")));
  for (const Outcome& o : others) {
    EXPECT_EQ(o.checks, seed.checks) << o.format;
    EXPECT_EQ(o.findings, seed.findings) << o.format;
  }
}

}  // namespace
}  // namespace tieout
