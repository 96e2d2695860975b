#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and fuzzes each for FUZZ_SECONDS (default 30)
# from its committed corpus. A crash leaves crash-* in tests/fuzz/; keep it in the corpus as a
# regression input once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
build="build-fuzz"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOVCAT_WERROR=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DGOVCAT_FUZZ=ON -DGOVCAT_SANITIZE=ON -DBUILD_TESTING=OFF
cmake --build "$build" --target fuzz_keyfile fuzz_xlsx fuzz_csv fuzz_json fuzz_catalog fuzz_push
seconds="${FUZZ_SECONDS:-30}"
# target, corpus, libFuzzer options
for spec in "keyfile keyfile -max_len=4096" "xlsx xlsx -max_len=16384 -timeout=10" \
  "csv csv -max_len=8192 -timeout=10" "json json -max_len=16384 -timeout=10" \
  "catalog catalog -max_len=8192 -timeout=10" "push push -max_len=16384 -timeout=10"; do
  read -r target corpus options <<<"$spec"
  work="$(mktemp -d)"
  cp "tests/fuzz/corpus/$corpus"/* "$work/"
  ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" $options \
    -artifact_prefix=tests/fuzz/ "$work" "tests/fuzz/corpus/$corpus"
  rm -rf "$work"
  echo "fuzz_$target: no crash in $seconds s"
done
