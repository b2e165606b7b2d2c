// Rules files: YAML (yaml-cpp) and its validation.
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)tieout::ParseRules(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
  return 0;
}
