#!/usr/bin/env bash
# Throughput and memory of `tieout check`: the EDGAR corpus (MB/s) and one synthetic release of
# about 100 MB (MB/s and peak memory). Usage: bench/bench.sh [CORPUS_DIR] [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/edgar}
size_mb=${2:-100}
bin=build/tieout
[ -x "$bin" ] || { echo "build first: ./run.sh" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() {  # label, bytes, command...
  local label=$1 bytes=$2
  shift 2
  local start end rss
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  rss=$(cat "$tmp/rss")
  awk -v l="$label" -v b="$bytes" -v s="$start" -v e="$end" -v r="$rss" 'BEGIN {
    t = e - s; mb = b / 1048576;
    printf "%-28s %8.1f MB %8.2f s %8.1f MB/s  peak RSS %7.1f MB\n", l, mb, t, mb / t, r / 1024 }'
}

if [ -d "$corpus" ]; then
  bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.htm*' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
  measure "corpus ($(find "$corpus" -type f \( -name '*.txt' -o -name '*.htm*' \) | wc -l) files)" "$bytes" \
    "$bin" check "$corpus" --quiet --fail-on none
fi

# A release with the seed's statement repeated until it is SIZE_MB large.
seed=fixtures/seeds/000_df8bf95f4356fb3c.txt
while [ "$(stat -c %s "$tmp/big.txt" 2>/dev/null || echo 0)" -lt $((size_mb * 1048576)) ]; do
  cat "$seed" "$seed" "$seed" "$seed" "$seed" "$seed" "$seed" "$seed" >> "$tmp/big.txt"
done
measure "synthetic release" "$(stat -c %s "$tmp/big.txt")" "$bin" check "$tmp/big.txt" --quiet --fail-on none
