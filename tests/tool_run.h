// Running the built tieout binary in end-to-end tests: from the source folder, so that paths
// in its output are relative and stable, with stdout, stderr and the exit status captured.
#ifndef TIEOUT_TESTS_TOOL_RUN_H_
#define TIEOUT_TESTS_TOOL_RUN_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "checker/testing/test_paths.h"

namespace tieout_test {

namespace fs = std::filesystem;

inline const std::string kSource = tieout::testing::kSourceDir;
inline const std::string kBinary = tieout::testing::kBinaryPath;

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A folder of this test process's own, removed by the last test case.
inline fs::path ScratchDir() {
  static fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("tieout-e2e-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

// Runs `tieout ARGS` in `cwd` (default: the source folder); `prefix` goes before the command
// (environment assignments, or "cat FILE |").
inline Run RunTool(const std::string& args, const std::string& cwd = kSource,
                   const std::string& prefix = "") {
  static int counter = 0;
  fs::path out = ScratchDir() / ("out" + std::to_string(counter));
  fs::path err = ScratchDir() / ("err" + std::to_string(counter++));
  std::string cmd = "cd '" + cwd + "' && " + prefix + " '" + kBinary + "' " + args + " >'" +
                    out.string() + "' 2>'" + err.string() + "'";
  int raw = std::system(cmd.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

}  // namespace tieout_test

#endif  // TIEOUT_TESTS_TOOL_RUN_H_
