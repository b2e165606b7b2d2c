// The whole path of `tieout check` on one file: format detection, the reader, every rule, and
// every reporter (the output must be written, whatever the bytes).
#include <sstream>

#include "checker/engine/engine.h"
#include "checker/ingest/reader.h"
#include "checker/report/reporters.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tieout::Engine engine(std::shared_ptr<const tieout::RuleSet>(
      &tieout_fuzz::DefaultRules(), [](const tieout::RuleSet*) {}));
  tieout::Report report;
  auto docs = tieout::ReadDocuments(tieout_fuzz::FuzzFile(data, size), engine.rules().vocabulary);
  if (docs.ok()) {
    for (const tieout::Document& doc : *docs) engine.CheckDocument(doc, &report);
  }
  for (const tieout::Reporter* r : tieout::Reporters()) {
    std::ostringstream out;
    r->Write(report, out, tieout::ReportOptions{.show_passed = true});
  }
  return 0;
}
