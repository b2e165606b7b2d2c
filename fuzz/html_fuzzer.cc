// HTML releases: libxml2's parse, paragraphs, grid tables, CSS borders.
#include "checker/ingest/html_reader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tieout::HtmlReader reader;
  (void)reader.Read(tieout_fuzz::FuzzFile(data, size), tieout_fuzz::DefaultRules().vocabulary);
  return 0;
}
