// The command line: parses arguments (the only user of Boost.Program_options), runs the
// subcommand and returns the exit code: 0 clean, 1 findings at or above --fail-on, 2 usage,
// rules or input error.
#ifndef TIEOUT_CLI_CLI_H_
#define TIEOUT_CLI_CLI_H_

#include <ostream>

namespace tieout {

int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace tieout

#endif  // TIEOUT_CLI_CLI_H_
