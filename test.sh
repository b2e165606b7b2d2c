#!/usr/bin/env bash
# Installs what is missing, builds tieout with warnings as errors, and runs every test through
# ctest: once in a normal build, once under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh
jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIEOUT_WERROR=ON -DTIEOUT_MICROBENCH=ON \
  >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTIEOUT_SANITIZE=ON -DTIEOUT_WERROR=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"
# With clang installed: the fuzz harnesses as libFuzzer targets, each run for 20 seconds
# (scripts/fuzz.sh runs them longer).
if command -v clang++ >/dev/null; then
  CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIEOUT_FUZZ=ON \
    -DTIEOUT_TESTS=OFF -DTIEOUT_WERROR=ON >/dev/null
  cmake --build build-fuzz -j "$jobs"
  ctest --test-dir build-fuzz --output-on-failure
fi
