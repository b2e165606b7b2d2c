// What the fuzz harnesses share: the default rules, loaded once, and a source file made of the
// fuzzer's bytes.
//
// Each harness (*_fuzzer.cc) defines LLVMFuzzerTestOneInput for one parser. Built with clang's
// -fsanitize=fuzzer (TIEOUT_FUZZ=ON, scripts/fuzz.sh) it is a libFuzzer target; built with
// replay_main.cc by any compiler it runs the saved inputs of fuzz/regressions/ as a ctest.
#ifndef TIEOUT_FUZZ_FUZZ_SUPPORT_H_
#define TIEOUT_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "checker/base/source.h"
#include "checker/rules/rule_set.h"

namespace tieout_fuzz {

// The built-in rules (vocabulary, concepts, rules), parsed on first use.
inline const tieout::RuleSet& DefaultRules() {
  static const std::shared_ptr<const tieout::RuleSet> rules = [] {
    auto loaded = tieout::ParseRules(tieout::DefaultRulesText(), "<default rules>");
    if (!loaded.ok()) std::abort();
    return *loaded;
  }();
  return *rules;
}

inline std::shared_ptr<const tieout::SourceFile> FuzzFile(const uint8_t* data, size_t size) {
  return std::make_shared<const tieout::SourceFile>(
      "fuzz-input", std::string(reinterpret_cast<const char*>(data), size));
}

}  // namespace tieout_fuzz

#endif  // TIEOUT_FUZZ_FUZZ_SUPPORT_H_
