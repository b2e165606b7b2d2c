#include "checker/report/jsonl_reporter.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tieout {
namespace {

TEST(JsonlReporterTest, OneLinePerDocumentWithItsChecksAndFindings) {
  Report report;
  for (auto [name, format] : {std::pair{"a.txt", "edgar-text"}, std::pair{"b.htm", "html"}}) {
    DocumentSummary d;
    d.file = d.name = name;
    d.format = format;
    report.documents.push_back(d);
  }
  report.checks.push_back(
      CheckResult{"table-footing", CheckResult::Status::kPass, "b.htm", 3, 1, "Total foots"});
  Finding f;
  f.rule = "table-footing";
  f.file = "a.txt";
  f.line = 7;
  f.message = "Total does not foot";
  report.findings.push_back(f);
  report.errors.push_back(InputError{"c.txt", "c.txt: empty file, no release to check"});
  report.left_out.push_back(LeftOutFile{"README.md", "no table and no amount of money"});
  std::ostringstream out;
  JsonlReporter().Write(report, out, ReportOptions{});
  std::string text = out.str();
  std::istringstream lines(text);
  std::string a, b, c, d, rest;
  std::getline(lines, a);
  std::getline(lines, b);
  std::getline(lines, c);
  std::getline(lines, d);
  EXPECT_FALSE(std::getline(lines, rest));
  EXPECT_EQ(a.find(R"({"type":"document","file":"a.txt","format":"edgar-text","tables":0,)"), 0u);
  EXPECT_NE(a.find(R"("checks":[],"findings":[{"rule":"table-footing")"), std::string::npos);
  EXPECT_NE(b.find(R"("checks":[{"rule":"table-footing","status":"pass")"), std::string::npos);
  EXPECT_NE(b.find(R"("findings":[]})"), std::string::npos);
  EXPECT_EQ(
      c, R"({"type":"error","file":"c.txt","message":"c.txt: empty file, no release to check"})");
  EXPECT_EQ(d,
            R"({"type":"left_out","file":"README.md","reason":"no table and no amount of money"})");
}

TEST(JsonlReporterTest, AFindingNamesItsCheckWithinItsLine) {
  Report report;
  for (const char* name : {"a.txt", "b.txt"}) {
    DocumentSummary d;
    d.file = d.name = name;
    report.documents.push_back(d);
    report.checks.push_back(
        CheckResult{"table-footing", CheckResult::Status::kFail, name, 3, 1, "does not foot"});
    Finding f;
    f.rule = "table-footing";
    f.file = name;
    f.line = 3;
    f.check = static_cast<int>(report.checks.size()) - 1;
    report.findings.push_back(f);
  }
  std::ostringstream out;
  JsonlReporter().Write(report, out, ReportOptions{});
  std::istringstream lines(out.str());
  std::string a, b;
  std::getline(lines, a);
  std::getline(lines, b);
  EXPECT_NE(a.find(R"("fingerprint":"","check":0,)"), std::string::npos) << a;
  EXPECT_NE(b.find(R"("fingerprint":"","check":0,)"), std::string::npos) << b;  // 1 in the run
}

TEST(JsonlReporterTest, ChecksOfNoDocumentGoOnTheAcrossLine) {
  Report report;
  report.checks.push_back(
      CheckResult{"rollforward", CheckResult::Status::kPass, "q2.txt", 3, 0, "ties"});
  std::ostringstream out;
  JsonlReporter().Write(report, out, ReportOptions{});
  EXPECT_EQ(out.str().find(R"({"type":"across","checks":[{"rule":"rollforward")"), 0u);
  std::ostringstream empty;
  JsonlReporter().Write(Report{}, empty, ReportOptions{});
  EXPECT_EQ(empty.str(), "");
}

// The pass across documents runs after every file: its checks and findings go on the "across"
// line, naming their document and line, even where that document has a line of its own; a
// finding there names its check within that line.
TEST(JsonlReporterTest, ChecksAcrossDocumentsGoOnTheAcrossLine) {
  Report report;
  DocumentSummary d;
  d.file = d.name = "q2.txt";
  report.documents.push_back(d);
  report.checks.push_back(
      CheckResult{"table-footing", CheckResult::Status::kPass, "q2.txt", 3, 1, "foots"});
  CheckResult across{"rollforward", CheckResult::Status::kFail, "q2.txt", 9, 0, "does not tie"};
  across.across = true;
  report.checks.push_back(across);
  Finding f;
  f.rule = "rollforward";
  f.file = "q2.txt";
  f.line = 9;
  f.check = 1;
  f.across = true;
  report.findings.push_back(f);
  std::ostringstream out;
  JsonlReporter().Write(report, out, ReportOptions{});
  std::istringstream lines(out.str());
  std::string doc, line, rest;
  std::getline(lines, doc);
  std::getline(lines, line);
  EXPECT_FALSE(std::getline(lines, rest));
  EXPECT_NE(doc.find(R"("checks":[{"rule":"table-footing","status":"pass")"), std::string::npos);
  EXPECT_NE(doc.find(R"(}],"findings":[]})"), std::string::npos) << doc;
  EXPECT_EQ(doc.find("rollforward"), std::string::npos) << doc;
  EXPECT_EQ(
      line.find(
          R"({"type":"across","checks":[{"rule":"rollforward","status":"fail","file":"q2.txt","line":9,)"),
      0u)
      << line;
  EXPECT_NE(line.find(R"("check":0,)"), std::string::npos) << line;
}

// A batch streamed a file at a time: each file's document lines, then, after every file, the
// errors, files left out and the "across" line of the whole - what Write writes of the whole.
TEST(JsonlReporterTest, WrittenInTwoPartsAsWrittenWhole) {
  auto file = [](const char* name, bool fails) {
    Report r;
    DocumentSummary d;
    d.file = d.name = name;
    r.documents.push_back(d);
    r.checks.push_back(CheckResult{"table-footing",
                                   fails ? CheckResult::Status::kFail : CheckResult::Status::kPass,
                                   name, 3, 1, "foots"});
    if (fails) {
      Finding f;
      f.rule = "table-footing";
      f.file = name;
      f.line = 3;
      f.check = 0;
      r.findings.push_back(f);
    }
    return r;
  };
  Report whole, after;
  std::ostringstream parts;
  for (auto [name, fails] : {std::pair{"q1.txt", false}, std::pair{"q2.txt", true}}) {
    Report r = file(name, fails);
    JsonlReporter().WriteDocuments(r, parts);
    whole.Append(file(name, fails));
    // What the run keeps of a written file: its findings, without their checks.
    r.documents.clear();
    r.checks.clear();
    for (Finding& f : r.findings) f.check = -1;
    after.Append(std::move(r));
  }
  for (Report* r : {&whole, &after}) {
    CheckResult across{"rollforward", CheckResult::Status::kFail, "q2.txt", 9, 0, "no tie"};
    across.across = true;
    r->checks.push_back(across);
    Finding f;
    f.rule = "rollforward";
    f.file = "q2.txt";
    f.check = static_cast<int>(r->checks.size()) - 1;
    f.across = true;
    r->findings.push_back(f);
    r->errors.push_back(InputError{"c.txt", "c.txt: empty file, no release to check"});
  }
  JsonlReporter().WriteAfterDocuments(after, parts);
  std::ostringstream all;
  JsonlReporter().Write(whole, all, ReportOptions{});
  EXPECT_EQ(parts.str(), all.str());
  EXPECT_NE(all.str().find(R"("findings":[{"rule":"rollforward")"), std::string::npos);
  EXPECT_NE(all.str().find(R"({"type":"error")"), std::string::npos);
}

}  // namespace
}  // namespace tieout
