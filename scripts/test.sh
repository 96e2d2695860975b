#!/usr/bin/env bash
# Installs dependencies, builds govcat and runs every test three times: a Debug build, an
# AddressSanitizer + UndefinedBehaviorSanitizer build and a Release build, checks the Debian package
# made from that Release build, then a bounded fuzz pass. Also checks formatting and translations.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs="$(nproc)"

scripts/check-format.sh
scripts/check-translations.sh
scripts/check-layers.sh
scripts/check-code-rules.sh
scripts/check-translations-selftest.sh

# ccache, when installed, only speeds up rebuilds; the results are the same without it.
launcher=()
if command -v ccache > /dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# Debug, ASan + UBSan, and Release (what a packager builds, tests included); warnings are errors.
for variant in debug asan release; do
  build="build-test-$variant"
  extra=("${launcher[@]}" -DGOVCAT_WERROR=ON)
  type=Debug
  if [ "$variant" = asan ]; then
    extra+=(-DGOVCAT_SANITIZE=ON)
  elif [ "$variant" = release ]; then
    type=Release
  fi
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${extra[@]}"
  cmake --build "$build" -j "$jobs"
  (cd "$build" && ctest --output-on-failure -j "$jobs" --timeout 900)
done
# The Debian package from the Release build just tested: no reconfigure, no rebuild, only CPack,
# the file list (no test binaries), desktop-file-validate, appstreamcli and lintian.
scripts/check-package.sh build-test-release
# A bounded libFuzzer pass over the parsers of untrusted files (clang, ASan + UBSan).
FUZZ_SECONDS="${FUZZ_SECONDS:-30}" scripts/fuzz.sh
echo "All tests passed (debug, asan+ubsan and release, package check, fuzz pass)."
