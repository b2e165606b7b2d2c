// Figures in prose: the scanner, and each figure written back.
#include "checker/narrative/figures.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const tieout::Figure& f : tieout::ExtractFigures(text)) {
    if (f.begin > f.end || f.end > size) __builtin_trap();
    (void)tieout::FormatFigure(f);
    (void)tieout::FormatLike(f.value, f);
  }
  return 0;
}
