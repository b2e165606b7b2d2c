#!/usr/bin/env bash
# Builds the committed tree as a user would - a fresh clone, `cmake -DCMAKE_BUILD_TYPE=Release`,
# no -Werror - once with GCC and once with clang, and lists the compiler warnings of each.
#
#   scripts/release_builds.sh [COMPILER...]     default: g++ clang++ (those installed)
#
# The clones and builds go to a temporary folder, removed at the end (kept with KEEP=1). Exits 1
# when a build fails or prints a warning.
set -euo pipefail
cd "$(dirname "$0")/.."
compilers=("$@")
[ ${#compilers[@]} -gt 0 ] || compilers=(g++ clang++)
work=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
status=0
for cxx in "${compilers[@]}"; do
  command -v "$cxx" >/dev/null || { echo "$cxx: not installed, skipped"; continue; }
  git clone -q . "$work/$cxx"
  log=$work/$cxx.log
  if CXX=$cxx cmake -S "$work/$cxx" -B "$work/$cxx/rel" -DCMAKE_BUILD_TYPE=Release >"$log" 2>&1 &&
    cmake --build "$work/$cxx/rel" -j "$(nproc)" >>"$log" 2>&1; then
    warnings=$(grep -c 'warning:' "$log" || true)
    echo "$cxx Release: built, $warnings warning(s)"
    [ "$warnings" = 0 ] || { grep 'warning:' "$log" | head -20; status=1; }
  else
    echo "$cxx Release: FAILED"
    tail -20 "$log"
    status=1
  fi
done
exit $status
