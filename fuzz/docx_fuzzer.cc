// DOCX drafts: the zip archive (libzip) and word/document.xml.
#include "checker/ingest/docx_reader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const tieout::DocxReader reader;
  (void)reader.Read(tieout_fuzz::FuzzFile(data, size), tieout_fuzz::DefaultRules().vocabulary);
  return 0;
}
