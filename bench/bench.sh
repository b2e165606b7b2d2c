#!/usr/bin/env bash
# The throughput benchmark of `tieout check`, one command from a fresh clone:
#
#   bench/bench.sh [SIZE_MB] [CORPUS_DIR]     default: 500 MB from ../shared/corpus/edgar
#   TIEOUT_BENCH_BIN=build/tieout bench/bench.sh 100    measures that binary, builds nothing
#   bench/bench.sh --micro [ARGS]             the Google Benchmark micro-benchmarks of the hot
#                                             parsers (bench/micro; libbenchmark-dev), ARGS to them
#
# Builds a Release binary (build-bench/), then a corpus of at least SIZE_MB by repeating the real
# filings of CORPUS_DIR (its .txt and its .htm files, as two parts), and reports on the same files
# in the same run: MB/s and documents/s with one thread (-j 1) and with every core, peak RSS,
# and the floors: `wc -w` over each part, and libxml2's own parse of the HTML part
# (`xmllint --html --noout`). Last, one synthetic release of 100 MB (a seed repeated): time and
# peak RSS. Not a ctest: it takes minutes and wants a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --micro ]; then
  shift
  cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIEOUT_TESTS=OFF \
    -DTIEOUT_MICROBENCH=ON >/dev/null
  cmake --build build-bench --target tieout_microbench >/dev/null
  exec build-bench/tieout_microbench "$@"
fi
size_mb=${1:-500}
corpus=${2:-../shared/corpus/edgar}
# A worktree one folder deeper than the checkout finds the corpus one more level up.
[ -d "$corpus" ] || [ -n "${2:-}" ] || corpus=../../shared/corpus/edgar
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "bench: xmllint is needed (apt-get install libxml2-utils)" >&2; exit 2; }
build=build-bench
if [ -n "${TIEOUT_BENCH_BIN:-}" ]; then
  bin=$TIEOUT_BENCH_BIN  # a binary already built (e.g. build/tieout), measured as it is
else
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIEOUT_TESTS=OFF >/dev/null
  cmake --build "$build" --target tieout >/dev/null
  bin=$build/tieout
fi
cores=$(nproc)
work=$build/bench-corpus
rm -rf "$work"
mkdir -p "$work/text" "$work/html"

# Copies of the part's files (ext: txt or htm) until the part holds about its share of SIZE_MB
# (the parts keep the corpus's proportions of text and HTML).
fill() {  # part ext share_mb
  local part=$1 ext=$2 share=$3 round=0 bytes=0
  mapfile -t files < <(find "$corpus" -type f -name "*.$ext" | sort)
  [ ${#files[@]} -gt 0 ] || return 0
  while [ "$bytes" -lt $((share * 1048576)) ]; do
    round=$((round + 1))
    for f in "${files[@]}"; do
      cp "$f" "$work/$part/r${round}_$(basename "$f")"
    done
    bytes=$(du -sb "$work/$part" | cut -f1)
  done
}
text_bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
html_bytes=$(find "$corpus" -type f -name '*.htm' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
text_share=$(awk -v t="$text_bytes" -v h="$html_bytes" -v s="$size_mb" 'BEGIN {printf "%d", s*t/(t+h) + 1}')
# Text is a small part of the corpus: give it at least a fifth, so its rate is measured too.
[ "$text_share" -lt $((size_mb / 5)) ] && text_share=$((size_mb / 5))
fill text txt "$text_share"
fill html htm $((size_mb - text_share))

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Wall seconds and CPU seconds (user + system, every thread): on a shared machine the CPU time
# is the measure; MB per CPU-second is the rate of one core.
printf '%-34s %9s %8s %9s %9s %10s %8s %9s\n' "run" "MB" "s" "MB/s" "docs/s" "peak RSS" "CPU s" "MB/CPU-s"
measure() {  # label dir docs command...
  local label=$1 dir=$2 docs=$3
  shift 3
  local mb start end
  mb=$(du -sb "$dir" | awk '{print $1 / 1048576}')
  start=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || true
  end=$(date +%s.%N)
  awk -v l="$label" -v mb="$mb" -v s="$start" -v e="$end" -v d="$docs" -v r="$(tail -1 "$tmp/rss")" \
    'BEGIN { t = e - s; split(r, f, " "); c = f[2] + f[3]; if (c <= 0) c = 0.01
      printf "%-34s %9.1f %8.2f %9.1f %9.1f %7.1f MB %8.2f %9.1f\n", l, mb, t, mb / t, d / t, f[1] / 1024, c, mb / c }' |
    tee -a "$tmp/table"
}
for part in text html; do
  dir=$work/$part
  docs=$(find "$dir" -type f | wc -l)
  [ "$docs" -gt 0 ] || continue
  measure "$part: tieout check -j 1" "$dir" "$docs" "$bin" check "$dir" -q -j 1 --fail-on none --format jsonl
  measure "$part: tieout check -j $cores" "$dir" "$docs" "$bin" check "$dir" -q -j "$cores" --fail-on none --format jsonl
  measure "$part: floor wc -w" "$dir" "$docs" sh -c "find '$dir' -type f -print0 | xargs -0 cat | wc -w"
  if [ "$part" = html ]; then
    measure "$part: floor xmllint --html" "$dir" "$docs" sh -c \
      "find '$dir' -type f -print0 | xargs -0 xmllint --html --noout --nowarning 2>/dev/null"
  fi
done
echo
echo "ratios (tieout CPU time / floor CPU time):"
awk '
  { label = substr($0, 1, 34); sub(/ +$/, "", label); secs[label] = $(NF - 1) }
  END {
    for (p = 1; p <= 2; p++) {
      part = p == 1 ? "text" : "html"
      for (l in secs) if (index(l, part ": tieout") == 1) {
        if ((part ": floor wc -w") in secs) printf "  %-34s %6.1fx wc -w\n", l, secs[l] / secs[part ": floor wc -w"]
        if ((part ": floor xmllint --html") in secs) printf "  %-34s %6.1fx xmllint\n", l, secs[l] / secs[part ": floor xmllint --html"]
      }
    }
  }' "$tmp/table"

# One release of 100 MB: the seed's statement repeated.
seed=fixtures/seeds/000_df8bf95f4356fb3c.txt
while [ "$(stat -c %s "$tmp/big.txt" 2>/dev/null || echo 0)" -lt $((100 * 1048576)) ]; do
  cat "$seed" "$seed" "$seed" "$seed" "$seed" "$seed" "$seed" "$seed" >>"$tmp/big.txt"
done
echo
measure "one 100 MB release" "$tmp/big.txt" 1 "$bin" check "$tmp/big.txt" -q --fail-on none --format jsonl
