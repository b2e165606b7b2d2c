// Test helper: where tests find the source folder (fixtures/, rules.yaml) and the built binary.
// Defined in a file the build generates (tests/CMakeLists.txt), so that no other object of the
// tests carries the absolute path of its checkout and the compiler cache can share them.
#ifndef TIEOUT_TESTING_TEST_PATHS_H_
#define TIEOUT_TESTING_TEST_PATHS_H_

#include <cstdlib>
#include <string>

namespace tieout::testing {

extern const char* const kSourceDir;   // the repository the build was configured from
extern const char* const kBinaryPath;  // the tieout binary of that build

// The source folder: $TIEOUT_SOURCE_DIR when set (ctest sets it), else the configured one.
inline std::string SourceDir() {
  const char* env = std::getenv("TIEOUT_SOURCE_DIR");
  return env ? env : kSourceDir;
}

}  // namespace tieout::testing

#endif  // TIEOUT_TESTING_TEST_PATHS_H_
