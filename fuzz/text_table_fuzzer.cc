// Table reconstruction from fixed-width text: every line of the input is a line of one <TABLE>.
#include "checker/ingest/text_lines.h"
#include "checker/ingest/text_table.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<tieout::TextLine> lines = tieout::SplitLines(text, tieout::SourceSpan{0, size});
  (void)tieout::BuildTextTable(lines, {"(in thousands, except per share data)"},
                               tieout_fuzz::DefaultRules().vocabulary);
  for (const tieout::TextLine& line : lines) (void)tieout::SplitFigures(line.text);
  return 0;
}
