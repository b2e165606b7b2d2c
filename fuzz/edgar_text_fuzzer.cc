// The EDGAR envelope and text-format bodies (tables included): the reader of .txt submissions.
#include "checker/ingest/edgar.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tieout::EdgarTextReader reader;
  (void)reader.Read(tieout_fuzz::FuzzFile(data, size), tieout_fuzz::DefaultRules().vocabulary);
  return 0;
}
