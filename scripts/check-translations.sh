#!/usr/bin/env bash
# Fails when translations/govcat_en.ts is not complete and current: runs lupdate (-no-obsolete) over
# every source folder with user text on a copy of the committed .ts and fails on
#   (a) an unfinished entry (a new string, or one never translated),
#   (b) any difference from the committed file (an entry whose source string vanished, or a stale
#       or reordered entry: the committed .ts must be exactly what lupdate produces),
#   (c) an entry with an empty English translation.
# Usage: scripts/check-translations.sh [path/to/govcat_en.ts]  (default: the committed one)
set -euo pipefail
cd "$(dirname "$0")/.."

# Top-level source folders that produce user text; a listed folder that does not exist is skipped,
# so a new domain folder only needs its name here.
SOURCE_DIRS="core db io models ui app catalog exchange resources sync server"

lupdate=/usr/lib/qt6/bin/lupdate
ts="${1:-translations/govcat_en.ts}"
dirs=()
for d in $SOURCE_DIRS; do
  [[ -d "$d" ]] && dirs+=("$d")
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/govcat_en.ts"
"$lupdate" -silent -no-obsolete -locations none -source-language zh_CN -target-language en_US \
  "${dirs[@]}" -ts "$tmp/govcat_en.ts"

status=0
if grep -q 'type="unfinished"' "$tmp/govcat_en.ts"; then
  echo "Untranslated strings (run lupdate on translations/govcat_en.ts and translate them):" >&2
  grep -B1 'type="unfinished"' "$tmp/govcat_en.ts" | grep '<source>' >&2 || true
  status=1
fi
if grep -Eq '<translation( [^>]*)?(/>|></translation>)' "$tmp/govcat_en.ts"; then
  echo "Strings with an empty English translation:" >&2
  grep -B1 -E '<translation( [^>]*)?(/>|></translation>)' "$tmp/govcat_en.ts" | grep '<source>' >&2 || true
  status=1
fi
if ! diff -q "$ts" "$tmp/govcat_en.ts" >/dev/null; then
  echo "$ts is not what lupdate produces from the sources (vanished or stale entries); differences:" >&2
  diff -u "$ts" "$tmp/govcat_en.ts" | grep -E '^[-+] ' | head -40 >&2 || true
  status=1
fi
exit "$status"
