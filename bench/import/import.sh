#!/usr/bin/env bash
# bench/import/import.sh: times the import of a 10,000-resource / 100,000-item .xlsx (written by
# openpyxl, bench/import/make_import_xlsx.py) into fresh copies of the 100,000-resource demo city of
# bench/run.sh: reading + parsing, the dry run, and the write, each run in a new process on a new
# copy; prints the medians as Markdown. Not part of the tests. Needs bench/run.sh to have made the
# bench database first (build-bench/bench-data/demo-100000.govcat).
#   bench/import/import.sh [--runs N] [--resources R] [--items I] [--no-build]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
runs=5
resources=10000
items=10
build_it=1
while [[ $# -gt 0 ]]; do
    case "$1" in
    --runs) runs=$2; shift ;;
    --resources) resources=$2; shift ;;
    --items) items=$2; shift ;;
    --no-build) build_it=0 ;;
    *) echo "usage: bench/import/import.sh [--runs N] [--resources R] [--items I] [--no-build]" >&2; exit 1 ;;
    esac
    shift
done
build=build-bench-import
db=build-bench/bench-data/demo-100000.govcat
[[ -f $db && -f $db.key ]] || { echo "bench/import/import.sh: $db is missing; run bench/run.sh first" >&2; exit 1; }
if [[ $build_it == 1 ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    ninja -C "$build" -j"${BENCH_JOBS:-1}" govcat_bench_import >/dev/null
fi
file="$build/import-$resources-$items.xlsx"
[[ -f $file ]] || /usr/bin/python3 bench/import/make_import_xlsx.py "$file" "$resources" "$items"
changed_file="$build/import-$resources-$items-changed.xlsx"
[[ -f $changed_file ]] || /usr/bin/python3 bench/import/make_import_xlsx.py "$changed_file" "$resources" "$items" changed
export GOVCAT_PASSPHRASE="${GOVCAT_PASSPHRASE:-govcat bench passphrase 2026}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govcat-import-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
out="$tmp/figures.txt"
for ((i = 1; i <= runs; i++)); do
    cp "$db" "$tmp/copy.govcat"
    cp "$db.key" "$tmp/copy.govcat.key"
    sync
    "$build/bench/govcat_bench_import" --db "$tmp/copy.govcat" --file "$file" --apply --reimport "$changed_file" | sed "s/^/$i /" >>"$out"
    rm -f "$tmp"/copy.govcat*
    # The reference: the file's data items and their outbox entries through raw SQLite statements.
    cp "$db" "$tmp/copy.govcat"
    cp "$db.key" "$tmp/copy.govcat.key"
    sync
    "$build/bench/govcat_bench_import" --db "$tmp/copy.govcat" --floor $((resources * items)) | sed "s/^/$i /" >>"$out"
    rm -f "$tmp"/copy.govcat*
done
median() { grep " $1=" "$out" | sed 's/.*=//' | sort -g | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
echo "Measured $(date -u '+%Y-%m-%d %H:%M') UTC on commit $(git rev-parse --short HEAD), $runs runs, medians;" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| File | $(median resources) resources, $(median items) items ($(du -h "$file" | cut -f1)) |"
echo "| --- | --- |"
echo "| read + parse (ms, wall / CPU) | $(median read_ms) / $(median read_cpu_ms) |"
echo "| dry run (ms, wall / CPU) | $(median plan_ms) / $(median plan_cpu_ms) |"
echo "| dry run total, read + plan (ms) | $(awk -v a="$(median read_ms)" -v b="$(median plan_ms)" 'BEGIN {print a + b}') |"
echo "| apply, one transaction (ms, wall / CPU) | $(median apply_ms) / $(median apply_cpu_ms) |"
echo "| reference: $(median floor_items) data items + their outbox entries, raw SQLite statements (ms, inserts wall / CPU, commit wall) | $(median floor_ms) / $(median floor_cpu_ms), $(median floor_commit_ms) |"
echo "| then the same resources changed (a returned kit): read + parse, dry run, apply (ms, wall / CPU) | $(median reimport_read_ms) / $(median reimport_read_cpu_ms), $(median reimport_plan_ms) / $(median reimport_plan_cpu_ms), $(median reimport_apply_ms) / $(median reimport_apply_cpu_ms) ($(median reimport_changed) changed, $(median reimport_rejected) rejected), peak RSS $(awk -v k="$(median reimport_peak_rss_kib)" 'BEGIN {printf "%.0f", k / 1024}') MiB |"
echo "| preview counts | new $(median new), changed $(median changed), unchanged $(median unchanged), rejected $(median rejected) |"
echo "| peak RSS (MiB; after unlock) | $(awk -v k="$(median peak_rss_kib)" 'BEGIN {printf "%.0f", k / 1024}') ($(awk -v k="$(median rss_after_open_kib)" 'BEGIN {printf "%.0f", k / 1024}')) |"
