// tieout: ticks and ties financial press releases.
#include <iostream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "checker/cli/cli.h"

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // No fast bins in glibc's allocator: a parsed HTML tree freed leaves thousands of small chunks
  // in them, and each larger allocation after it merges them all again (malloc_consolidate),
  // about a sixth of the time of an HTML batch. The small chunks still go to the thread caches.
  mallopt(M_MXFAST, 0);
#endif
  return tieout::RunCli(argc, argv, std::cout, std::cerr);
}
