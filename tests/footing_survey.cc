// Measures how the readers do on a corpus: documents, tables, statement tables (tables with a
// money figure under a rule mark), and how many of those foot. Not a test: a tool for reading
// parser changes against real filings, e.g.
//
//   build/tests/tieout_footing_survey /work/shared/corpus/edgar/html [--verbose]
//
// It runs the footing rules of the default rule set on each table on its own, so every check
// and finding is attributed to the table it came from.
#include <iostream>
#include <string>
#include <vector>

#include "checker/engine/engine.h"
#include "checker/ingest/reader.h"
#include "checker/rules/rule_set.h"

namespace tieout {
namespace {

bool IsStatementTable(const Table& table) {
  for (const Row& row : table.rows) {
    if (row.is_heading || row.kind != ValueKind::kMoney) continue;
    for (size_t c = 0; c < row.cells.size() && c < row.rule_above.size(); ++c) {
      if (row.cells[c].amount && row.rule_above[c] != RuleMark::kNone) return true;
    }
  }
  return false;
}

int Run(int argc, char** argv) {
  std::vector<std::string> paths;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else {
      paths.push_back(a);
    }
  }
  auto rules = ParseRules(DefaultRulesText(), "<default rules>");
  if (!rules.ok()) {
    std::cerr << rules.status().message() << "\n";
    return 2;
  }
  GatheredInputs inputs = GatherInputs(paths);
  int documents = 0, tables = 0, statements = 0, checked = 0, footing = 0, checks = 0, failed = 0;
  for (const InputFile& file : inputs.files) {
    auto docs = ReadDocuments(file.path, (*rules)->vocabulary);
    if (!docs.ok()) {
      std::cout << "error: " << docs.status().message() << "\n";
      continue;
    }
    for (const Document& doc : *docs) {
      ++documents;
      for (size_t ti = 0; ti < doc.tables.size(); ++ti) {
        const Table& table = doc.tables[ti];
        ++tables;
        if (!IsStatementTable(table)) continue;
        ++statements;
        Document one = doc;
        one.tables = {table};
        one.paragraphs.clear();
        Report report;
        Results results(one, &report);
        RuleContext context{(*rules)->concepts, (*rules)->vocabulary};
        for (const auto& rule : (*rules)->rules) {
          if (rule->spec().kind == "footing") rule->Run(one, context, &results);
        }
        int pass = 0, fail = 0;
        for (const CheckResult& c : report.checks) {
          if (c.status == CheckResult::Status::kPass) ++pass;
          if (c.status == CheckResult::Status::kFail) ++fail;
        }
        checks += pass + fail;
        failed += fail;
        if (pass + fail > 0) ++checked;
        if (fail == 0) ++footing;
        Location at = doc.Locate(table.span.begin);
        if (verbose || fail > 0) {
          std::cout << (fail > 0 ? "FAIL " : "ok   ") << doc.name << ":" << at.line << ":"
                    << at.column << " table " << ti + 1 << " " << table.title.substr(0, 60) << " ("
                    << pass << " passed, " << fail << " failed)\n";
        }
        for (const Finding& f : report.findings) {
          std::cout << "     " << f.line << ":" << f.column << " " << f.message << "\n";
        }
      }
    }
  }
  std::cout << "documents " << documents << ", tables " << tables << ", statement tables "
            << statements << " (" << checked << " with footing checks), footing " << footing << "/"
            << statements;
  if (statements > 0) std::cout << " = " << (100.0 * footing / statements) << "%";
  std::cout << "; footing checks " << checks << ", failed " << failed << "\n";
  return 0;
}

}  // namespace
}  // namespace tieout

int main(int argc, char** argv) { return tieout::Run(argc, argv); }
