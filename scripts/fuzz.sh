#!/usr/bin/env bash
# Fuzzes every parser of tieout with libFuzzer (Debian's clang, AddressSanitizer and
# UndefinedBehaviorSanitizer), SECONDS each, one target at a time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      default: 60 seconds, every target in fuzz/
#   scripts/fuzz.sh --run-only SECONDS TARGET  no build (the ctest of a TIEOUT_FUZZ build)
#
# The build goes to build-fuzz/ (or $TIEOUT_FUZZ_BUILD). Seeds come from fixtures/ and, when it
# is there, ../shared/corpus; the corpus each target grows is kept in build-fuzz/corpus/TARGET
# across runs. An input that crashes, leaks or hangs is written to build-fuzz/crashes/TARGET/
# and the script exits 1: fix the parser, then copy the input to fuzz/regressions/TARGET/, which
# every ctest run replays.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${TIEOUT_FUZZ_BUILD:-$root/build-fuzz}
run_only=0
if [ "${1:-}" = "--run-only" ]; then
  run_only=1
  shift
fi
seconds=${1:-60}
shift || true
all=(check_fuzzer docx_fuzzer edgar_text_fuzzer figures_fuzzer html_fuzzer markdown_fuzzer
  rules_yaml_fuzzer text_table_fuzzer)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

if [ "$run_only" = 0 ]; then
  command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2; exit 2; }
  CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIEOUT_FUZZ=ON \
    -DTIEOUT_TESTS=OFF >/dev/null
  cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"
fi

# The seed files of a target, one per line.
seeds() {
  local corpus=${TIEOUT_CORPUS:-../shared/corpus/edgar} small=(-size -300k)
  # A worktree one folder deeper than the checkout finds the corpus one more level up.
  [ -d "$corpus" ] || [ -n "${TIEOUT_CORPUS:-}" ] || corpus=../../shared/corpus/edgar
  case $1 in
    docx_fuzzer) ls fixtures/formats/*.docx ;;
    html_fuzzer)
      ls fixtures/formats/*.html
      [ -d "$corpus" ] && find "$corpus" -name '*.htm*' "${small[@]}" | sort | head -20 ;;
    rules_yaml_fuzzer) ls rules.yaml tests/data/*.yaml ;;
    markdown_fuzzer) ls fixtures/formats/*.md fixtures/formats/*.txt fixtures/bad/* ;;
    *)
      find fixtures/seeds fixtures/cases fixtures/bad fixtures/formats -type f ! -name '*.docx' | sort
      [ -d "$corpus" ] && find "$corpus" -name '*.txt' "${small[@]}" | sort | head -20 ;;
  esac
  [ -d "fuzz/regressions/$1" ] && find "fuzz/regressions/$1" -type f
  return 0
}

failed=()
for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t" "$build/seeds/$t" "$build/crashes/$t"
  seeds "$t" | while read -r f; do cp "$f" "$build/seeds/$t/$(echo "$f" | tr / _)"; done
  echo "== $t: $seconds s"
  # The smoke run of ctest (--run-only) fails on a crash, never on a slow machine: no time
  # limit per input there (a hang still ends at the ctest's own time limit). A long run reports
  # an input slower than 30 s, which is a bug of its own.
  timeout=30
  [ "$run_only" = 1 ] && timeout=0
  if ! nice -n 10 "$build/fuzz/$t" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
      -max_len=32768 -print_final_stats=1 -artifact_prefix="$build/crashes/$t/" \
      "$build/corpus/$t" "$build/seeds/$t" >"$build/$t.log" 2>&1; then
    failed+=("$t")
    grep -E "ERROR|SUMMARY|Test unit written" "$build/$t.log" | head -5
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$build/$t.log" | tr '\n' ' '
  echo
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashes in ${failed[*]} (inputs in $build/crashes/)" >&2
  exit 1
fi
