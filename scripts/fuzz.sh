#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and fuzzes each for FUZZ_SECONDS (default 30)
# from its committed corpus. A crash leaves crash-* in tests/fuzz/; keep it in the corpus as a
# regression input once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
build="build-fuzz"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DGOVCAT_FUZZ=ON -DGOVCAT_SANITIZE=ON -DBUILD_TESTING=OFF
cmake --build "$build" --target fuzz_keyfile
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/keyfile/* "$work/"
ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_keyfile" -max_total_time="${FUZZ_SECONDS:-30}" \
  -max_len=4096 -artifact_prefix=tests/fuzz/ "$work" tests/fuzz/corpus/keyfile
echo "fuzz_keyfile: no crash in ${FUZZ_SECONDS:-30} s"
