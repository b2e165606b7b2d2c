// tieout: ticks and ties financial press releases.
#include <iostream>

#include "checker/cli/cli.h"

int main(int argc, char** argv) { return tieout::RunCli(argc, argv, std::cout, std::cerr); }
