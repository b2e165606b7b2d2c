#!/usr/bin/env bash
# Installs the Debian packages tieout needs to build and test, when any is missing.
set -euo pipefail
packages=(g++ cmake ninja-build pkg-config libyaml-cpp-dev libboost-program-options-dev
  libboost-test-dev libgtest-dev nlohmann-json3-dev libxml2-dev libzip-dev clang-format
  python3 python3-jsonschema python3-yaml parallel libbenchmark-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tieout: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
# Optional: Debian's chromium, for the HTML review page test in headless Chromium (ctest
# html-review, skipped without it) and run.sh's screenshot. Measured: 43 s, 122 MB to fetch.
# A failure here leaves the rest of the build and tests as they were.
if ! command -v chromium >/dev/null 2>&1 && [ -z "${TIEOUT_NO_CHROMIUM:-}" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  { $SUDO apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium; } ||
    echo "tieout: chromium not installed; the html-review test will be skipped"
fi
