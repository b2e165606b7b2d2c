// The labelled set: every prose figure of real releases of ../shared/corpus/edgar, labelled by
// hand in fixtures/expected/labels/*.tsv as a tie to a table cell, a derived figure (a change, a
// ratio, a sum of cells) or none (in no table), and tieout measured against them. Skipped, with a
// message, where the corpus is absent. TIEOUT_LABELS_DUMP=1 prints every figure of the
// labelled files with tieout's verdict, to propose labels that a person then judges.
//
// A label line: file, line, column, figure as written, kind (tie | derived | none | error), and
// a note (the row and column, the formula, why it is in no table, or for an error what the
// table says instead: a figure the release itself gets wrong).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include "checker/ingest/reader.h"
#include "checker/narrative/analysis.h"
#include "checker/testing/test_documents.h"
#include "checker/testing/test_paths.h"

namespace tieout {
namespace {

// The share of ties and of derived figures verified, in percent, as last measured (12 releases:
// ties 162/201, derived 50/64): a change that verifies fewer fails here.
constexpr int kTieFloor = 80;
constexpr int kDerivedFloor = 78;

using testing::SourceDir;

// The corpus beside the repository (CI: ../shared), or beside its parent (a worktree).
std::string CorpusDir() {
  for (const char* up : {"/../shared/corpus/edgar", "/../../shared/corpus/edgar"}) {
    std::string dir = SourceDir() + up;
    if (std::filesystem::is_directory(dir)) return dir;
  }
  return "";
}

struct Label {
  std::string file;
  int line = 0;
  int column = 0;
  std::string text;
  std::string kind;
  std::string note;
};

std::vector<Label> ReadLabels() {
  std::vector<Label> out;
  std::string dir = SourceDir() + "/fixtures/expected/labels";
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".tsv") continue;
    std::ifstream in(entry.path());
    std::string row;
    while (std::getline(in, row)) {
      if (row.empty() || row[0] == '#') continue;
      std::vector<std::string> f;
      std::stringstream ss(row);
      std::string cell;
      while (std::getline(ss, cell, '\t')) f.push_back(cell);
      if (f.size() < 5) {
        ADD_FAILURE() << entry.path() << ": a label needs 5 fields: " << row;
        continue;
      }
      out.push_back(
          Label{f[0], std::stoi(f[1]), std::stoi(f[2]), f[3], f[4], f.size() > 5 ? f[5] : ""});
    }
  }
  return out;
}

struct Seen {
  std::string text;
  FigureVerdict verdict = FigureVerdict::kUnverifiable;
  std::string detail;
};

// Every prose figure of `path`, by line and column.
std::map<std::pair<int, int>, Seen> Figures(const std::string& path) {
  std::map<std::pair<int, int>, Seen> out;
  auto rules = testing::DefaultRules();
  auto docs = ReadDocuments(path, rules->vocabulary);
  EXPECT_TRUE(docs.ok()) << path;
  if (!docs.ok()) return out;
  for (const Document& doc : *docs) {
    NarrativeAnalysis a = AnalyzeNarrative(doc, rules->concepts, rules->narrative);
    for (const NarrativeFigure& f : a.figures) {
      Location l = doc.Locate(f.span.begin);
      Seen s;
      s.text = f.text;
      s.verdict = f.Verdict(&s.detail);
      out[{l.line, l.column}] = s;
    }
  }
  return out;
}

TEST(LabelledSetTest, TieoutAgainstTheHandLabels) {
  std::string corpus = CorpusDir();
  if (corpus.empty())
    GTEST_SKIP() << "../shared/corpus is absent: the labelled set is not measured";
  std::vector<Label> labels = ReadLabels();
  ASSERT_FALSE(labels.empty()) << "no labels in fixtures/expected/labels";
  std::map<std::string, std::map<std::pair<int, int>, Seen>> figures;
  for (const Label& l : labels) {
    if (!figures.count(l.file)) figures[l.file] = Figures(corpus + "/" + l.file);
  }
  if (std::getenv("TIEOUT_LABELS_DUMP")) {
    for (const auto& [file, seen] : figures) {
      for (const auto& [pos, s] : seen) {
        std::cout << file << "\t" << pos.first << "\t" << pos.second << "\t" << s.text << "\t"
                  << FigureVerdictName(s.verdict) << "\t" << s.detail << "\n";
      }
    }
  }
  int ties = 0, ties_verified = 0, derived = 0, derived_verified = 0, labelled = 0;
  int errors = 0, errors_reported = 0;
  std::vector<std::string> false_findings;
  std::map<std::string, std::set<std::pair<int, int>>> labelled_at;
  for (const Label& l : labels) {
    ++labelled;
    labelled_at[l.file].insert({l.line, l.column});
    auto it = figures[l.file].find({l.line, l.column});
    if (it == figures[l.file].end()) {
      ADD_FAILURE() << l.file << ":" << l.line << ":" << l.column << " " << l.text
                    << ": labelled, but tieout reads no figure there";
      continue;
    }
    const Seen& s = it->second;
    EXPECT_EQ(s.text, l.text) << l.file << ":" << l.line << ":" << l.column;
    bool verified = s.verdict == FigureVerdict::kVerified;
    bool reported = s.verdict == FigureVerdict::kMismatch || s.verdict == FigureVerdict::kSign ||
                    s.verdict == FigureVerdict::kTruncated;
    if (l.kind == "error") {
      ++errors;
      errors_reported += reported;
      continue;
    }
    // Every other labelled figure agrees with its tables (or is in none): a report is false.
    if (reported) {
      false_findings.push_back(l.file + ":" + std::to_string(l.line) + " " + l.text + ": " +
                               FigureVerdictName(s.verdict));
    }
    if (l.kind == "tie") {
      ++ties;
      ties_verified += verified;
    } else if (l.kind == "derived") {
      ++derived;
      derived_verified += verified;
    }
  }
  // Every figure of a labelled release is labelled.
  for (const auto& [file, seen] : figures) {
    for (const auto& [pos, s] : seen) {
      EXPECT_TRUE(labelled_at[file].count(pos))
          << file << ":" << pos.first << ":" << pos.second << " " << s.text << " is not labelled";
    }
  }
  std::cout << "labelled set: " << labelled << " figures; ties " << ties_verified << "/" << ties
            << " verified; derived " << derived_verified << "/" << derived << " verified; errors "
            << errors_reported << "/" << errors << " reported; false findings "
            << false_findings.size() << "\n";
  EXPECT_TRUE(false_findings.empty()) << ::testing::PrintToString(false_findings);
  // The floor measured when these labels were made (the target is 90% and 70%): a
  // change that verifies fewer fails here.
  EXPECT_GE(ties_verified * 100, ties * kTieFloor);
  EXPECT_GE(derived_verified * 100, derived * kDerivedFloor);
}

}  // namespace
}  // namespace tieout
