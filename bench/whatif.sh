#!/usr/bin/env bash
# bench/whatif.sh 'DDL;' [K]: tries a schema change (an index, say) on COPIES of the bench databases
# that bench/run.sh made, and prints a Markdown table of the suite's queries before and after it:
# govcat in-process (`govcat_bench sql`) on the encrypted copy and the sqlite3 CLI on the plain copy,
# CPU time (user + sys) medians of K runs (default 11), cache flushed (PRAGMA shrink_memory first)
# and warm, plus the query plans. The bench databases themselves are never modified.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: bench/whatif.sh 'CREATE INDEX ...;' [K]   (run bench/run.sh first)" >&2
    exit 1
fi
ddl=$1
repeat=${2:-11}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${BENCH_DIR:-$root/build-bench/bench-data}
resources=${BENCH_RESOURCES:-100000}
bin="$root/build-bench/bench/govcat_bench"
[[ -x $bin ]] || bin="$root/build-bench/snapshot/build/bench/govcat_bench" # bench/run.sh --snapshot
db="$dir/demo-$resources.govcat"
plain="$dir/demo-$resources-plain.db"
queries="$dir/queries.txt"
for f in "$bin" "$db" "$db.key" "$plain" "$queries"; do
    [[ -e $f ]] || { echo "bench/whatif.sh: $f is missing; run bench/run.sh first" >&2; exit 1; }
done
export GOVCAT_PASSPHRASE="${GOVCAT_PASSPHRASE:-govcat bench passphrase 2026}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/govcat-whatif-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "$db" "$tmp/e.govcat"
cp "$db.key" "$tmp/e.govcat.key"
cp "$plain" "$tmp/p.db"

median() { sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() {
    local when=$1 kind sql
    while IFS=$'\t' read -r kind sql; do
        printf '%s;\n' "$sql" >"$tmp/q.sql"
        local of ow out pf pw
        of=$("$bin" sql --db "$tmp/e.govcat" --flush --repeat "$repeat" <"$tmp/q.sql" | awk '!/^#/ { print $2 }' | median)
        ow=$("$bin" sql --db "$tmp/e.govcat" --repeat $((repeat + 1)) <"$tmp/q.sql" | awk '!/^#/ { print $2 }' | tail -n +2 | median)
        out=$({
            echo "PRAGMA cache_size=-65536;"
            echo "SELECT count(*) FROM sqlite_master;"
            echo ".timer on"
            for ((i = 0; i < repeat; i++)); do printf 'PRAGMA shrink_memory;\n%s;\n' "$sql"; done
            for ((i = 0; i < repeat; i++)); do printf '%s;\n' "$sql"; done
        } | sqlite3 -init /dev/null -batch "$tmp/p.db" | grep '^Run Time')
        pf=$(awk -v n="$repeat" 'NR <= 2 * n && NR % 2 == 0 { print ($6 + $8) * 1000 }' <<<"$out" | median)
        pw=$(awk -v n="$repeat" 'NR > 2 * n { print ($6 + $8) * 1000 }' <<<"$out" | median)
        echo "| $when | \`$kind\` | $of | $ow | $pf | $pw |"
    done <"$queries"
}

plans() {
    local kind sql
    while IFS=$'\t' read -r kind sql; do
        echo "$kind:"
        printf 'EXPLAIN QUERY PLAN %s;\n' "$sql" | "$bin" sql --db "$tmp/e.govcat" --print | grep '^    '
    done <"$queries"
}

echo "Schema change: \`$ddl\` (CPU ms, medians of $repeat)"
echo
echo "| When | Query | govcat, flushed | govcat, warm | plain sqlite3, flushed | plain sqlite3, warm |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
measure before
printf '%s\n' "$ddl" | "$bin" sql --db "$tmp/e.govcat" >/dev/null
sqlite3 -init /dev/null -batch "$tmp/p.db" "$ddl"
measure after
echo
echo '```text'
plans
echo '```'
