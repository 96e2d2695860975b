#!/usr/bin/env bash
# Tests scripts/check-translations.sh itself: it passes on the committed .ts and fails on copies
# with (a) an unfinished entry, (b) a stale entry whose source string no longer exists, (c) an
# empty English translation.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
ts=translations/govcat_en.ts
check=scripts/check-translations.sh

"$check" "$ts" > /dev/null
# The first finished translation of the file, to break in the copies.
line="$(grep -n -m1 -E '<translation>[^<]+</translation>' "$ts" | cut -d: -f1)"
sed "${line}s|<translation>|<translation type=\"unfinished\">|" "$ts" > "$tmp/unfinished.ts"
sed "${line}s|<translation>[^<]*</translation>|<translation></translation>|" "$ts" > "$tmp/empty.ts"
awk '/<\/context>/ && !done { print "    <message>\n        <source>已删除的句子</source>\n        <translation>Gone</translation>\n    </message>"; done = 1 } { print }' \
  "$ts" > "$tmp/stale.ts"
for case in unfinished empty stale; do
  if "$check" "$tmp/$case.ts" > /dev/null 2>&1; then
    echo "check-translations.sh passed a .ts with a $case entry" >&2
    exit 1
  fi
done
echo "check-translations.sh: ok (fails on unfinished, empty and stale entries)"
