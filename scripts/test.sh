#!/usr/bin/env bash
# Installs dependencies, builds govcat and runs every test twice: a normal build and an
# AddressSanitizer + UndefinedBehaviorSanitizer build, then a bounded fuzz pass. Also checks
# formatting and translations.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs="$(nproc)"

scripts/check-format.sh
scripts/check-translations.sh

# ccache, when installed, only speeds up rebuilds; the results are the same without it.
launcher=()
if command -v ccache > /dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

for variant in debug asan; do
  build="build-test-$variant"
  extra=("${launcher[@]}")
  if [ "$variant" = asan ]; then
    extra+=(-DGOVCAT_SANITIZE=ON)
  fi
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "${extra[@]}"
  cmake --build "$build" -j "$jobs"
  (cd "$build" && ctest --output-on-failure -j "$jobs" --timeout 900)
done
# A bounded libFuzzer pass over the parsers of untrusted files (clang, ASan + UBSan).
FUZZ_SECONDS="${FUZZ_SECONDS:-30}" scripts/fuzz.sh
echo "All tests passed (debug and asan+ubsan, fuzz pass)."
