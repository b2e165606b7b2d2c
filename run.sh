#!/usr/bin/env bash
# Installs what is missing, builds tieout, and checks the bundled fixtures with the default
# rules, writing the reports into reports/.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
mkdir -p reports
status=0
# Every bundled release (fixtures/bad holds broken files for the tests, not releases).
mapfile -t inputs < <(find fixtures -mindepth 1 -maxdepth 1 -type d ! -name bad ! -name expected | sort)
build/tieout check "${inputs[@]}" --rules rules.yaml --out reports --quiet >/dev/null || status=$?
echo
echo "run.sh: built build/tieout and checked the bundled releases in ${inputs[*]}."
echo "Reports written to reports/: $(cd reports && ls report.* | tr '\n' ' ')"
echo "(report.txt lists every check, passed ones too)."
grep -E '^[0-9]+ documents?, ' reports/report.txt || true
# A screenshot of the review page (reports/report.html) when Debian's chromium is installed.
if command -v chromium >/dev/null 2>&1; then
  /usr/bin/python3 tests/validate_html.py build/tieout . reports/review.png reports/report.html \
    >/dev/null 2>&1 &&
    echo "Screenshot of the review page (report.html, opened in headless Chromium): reports/review.png"
fi
case "$status" in
  0) echo "tieout found nothing to report." ;;
  1) echo "tieout found the mistakes below. That is expected: the bundled releases carry real"
     echo "mistakes on purpose (a column that does not foot, a figure in the prose that does not"
     echo "match its table), so that you can see what a finding looks like. run.sh succeeded."
     echo
     grep -E '^[^ ].*: (error|warning)\[' reports/report.txt | head -n 12 || true
     echo "(the whole list: reports/report.txt)" ;;
  *) echo "tieout could not read an input or the rules (exit status $status): see the messages above."
     exit 1 ;;
esac
