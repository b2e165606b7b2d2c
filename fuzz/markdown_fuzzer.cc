// Markdown and plain-text drafts: paragraphs, pipe tables, aligned tables.
#include "checker/ingest/text_reader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tieout::PlainTextReader reader;
  (void)reader.Read(tieout_fuzz::FuzzFile(data, size), tieout_fuzz::DefaultRules().vocabulary);
  return 0;
}
