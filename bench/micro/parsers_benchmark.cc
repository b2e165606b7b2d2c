// Google Benchmark micro-benchmarks of the hot parsers: the EDGAR text reader (text tables
// included), the HTML reader (libxml2 and the table reconstruction), the prose figure scanner,
// concept matching, and a whole check of one release. Built with -DTIEOUT_MICROBENCH=ON, run by
// bench/bench.sh --micro. No timing is asserted anywhere: the numbers are for reading.
//
// The inputs are the repository's fixtures (an EDGAR text seed and the HTML release); set
// TIEOUT_BENCH_TEXT / TIEOUT_BENCH_HTML to measure other files.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "checker/engine/engine.h"
#include "checker/ingest/edgar.h"
#include "checker/ingest/html_reader.h"
#include "checker/narrative/figures.h"
#include "checker/rules/rule_set.h"

namespace tieout {
namespace {

// The built-in rules, parsed once.
const std::shared_ptr<const RuleSet>& DefaultRules() {
  static const std::shared_ptr<const RuleSet> rules = [] {
    auto loaded = ParseRules(DefaultRulesText(), "<default rules>");
    if (!loaded.ok()) std::abort();
    return *loaded;
  }();
  return rules;
}

const RuleSet& Rules() { return *DefaultRules(); }

// The file named by `variable`, else the fixture; aborts when neither reads.
std::shared_ptr<const SourceFile> Input(const char* variable, const char* fixture) {
  const char* given = std::getenv(variable);
  std::string path = given ? given : std::string(TIEOUT_SOURCE_DIR) + "/" + fixture;
  std::ifstream in(path, std::ios::binary);
  if (!in) std::abort();
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::make_shared<const SourceFile>(path, bytes.str());
}

const std::shared_ptr<const SourceFile>& TextRelease() {
  static const auto file = Input("TIEOUT_BENCH_TEXT", "fixtures/seeds/000_df8bf95f4356fb3c.txt");
  return file;
}

const std::shared_ptr<const SourceFile>& HtmlRelease() {
  static const auto file = Input("TIEOUT_BENCH_HTML", "fixtures/formats/release.html");
  return file;
}

const std::vector<Document>& TextDocuments() {
  static const std::vector<Document> docs = [] {
    auto read = EdgarTextReader().Read(TextRelease(), Rules().vocabulary);
    if (!read.ok()) std::abort();
    return std::move(*read);
  }();
  return docs;
}

void BM_EdgarTextReader(benchmark::State& state) {
  const EdgarTextReader reader;
  for (auto _ : state) benchmark::DoNotOptimize(reader.Read(TextRelease(), Rules().vocabulary));
  state.SetBytesProcessed(state.iterations() * TextRelease()->text().size());
}
BENCHMARK(BM_EdgarTextReader);

void BM_HtmlReader(benchmark::State& state) {
  const HtmlReader reader;
  for (auto _ : state) benchmark::DoNotOptimize(reader.Read(HtmlRelease(), Rules().vocabulary));
  state.SetBytesProcessed(state.iterations() * HtmlRelease()->text().size());
}
BENCHMARK(BM_HtmlReader);

// The figures of every paragraph of the text release.
void BM_ExtractFigures(benchmark::State& state) {
  size_t bytes = 0;
  for (const Document& doc : TextDocuments()) {
    for (const Paragraph& p : doc.paragraphs) bytes += p.size();
  }
  for (auto _ : state) {
    for (const Document& doc : TextDocuments()) {
      for (const Paragraph& p : doc.paragraphs) benchmark::DoNotOptimize(ExtractFigures(p.Text()));
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ExtractFigures);

// Every row of the text release's tables against every concept, as the rules ask: with the
// labels already seen (range 1) and with a cache that starts empty each time (range 0: the
// cost of a release whose labels are new).
void BM_ConceptMatching(benchmark::State& state) {
  const bool warm = state.range(0) == 1;
  Concepts concepts = Rules().concepts;  // a copy starts with an empty cache
  int64_t pairs = 0;
  for (auto _ : state) {
    if (!warm) {
      state.PauseTiming();
      concepts = Rules().concepts;
      state.ResumeTiming();
    }
    for (const Document& doc : TextDocuments()) {
      for (const Table& table : doc.tables) {
        for (const auto& [name, patterns] : concepts.all()) {
          benchmark::DoNotOptimize(concepts.FindRows(table, name));
          pairs += static_cast<int64_t>(table.rows.size());
        }
      }
    }
  }
  state.SetItemsProcessed(pairs);
}
BENCHMARK(BM_ConceptMatching)->Arg(0)->Arg(1);

// A whole check of the text release: read, every rule, the report.
void BM_CheckTextRelease(benchmark::State& state) {
  const Engine engine(DefaultRules());
  for (auto _ : state) {
    Report report;
    for (const Document& doc : TextDocuments()) engine.CheckDocument(doc, &report);
    benchmark::DoNotOptimize(&report.checks);
  }
  state.SetBytesProcessed(state.iterations() * TextRelease()->text().size());
}
BENCHMARK(BM_CheckTextRelease);

}  // namespace
}  // namespace tieout

BENCHMARK_MAIN();
