#!/usr/bin/env bash
# Fails when a user-visible string has no English translation: runs lupdate on a copy of the
# committed .ts and looks for unfinished or new entries.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp translations/govcat_en.ts "$tmp/govcat_en.ts"
"$lupdate" -silent -no-obsolete -locations none -source-language zh_CN -target-language en_US \
  app ui models -ts "$tmp/govcat_en.ts"
if grep -q 'type="unfinished"' "$tmp/govcat_en.ts"; then
  echo "Untranslated UI strings (run lupdate on translations/govcat_en.ts and translate them):" >&2
  grep -B1 'type="unfinished"' "$tmp/govcat_en.ts" | grep '<source>' >&2
  exit 1
fi
