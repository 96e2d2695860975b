#!/usr/bin/env bash
# Spreadsheet reading for import (issue 4): govcat's .xlsx reader next to LibreOffice headless on the
# same file, an items sheet of ROWS rows written by bench/io/make_items_xlsx.py (openpyxl). Prints
# key=value lines; docs/PERFORMANCE.md ("Spreadsheet reading") has the results and how to read them.
#   - govcat in-process: govcat_bench_io xlsx-read FILE --runs 5 (open + stream the sheet, 5 times in
#     one process, medians);
#   - govcat as a process: govcat_bench_io xlsx-read FILE --runs 1, 5 processes, median wall time;
#   - LibreOffice: soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' FILE
#     (comma, quotes, UTF-8), 3 processes after one untimed run that creates its profile, median wall;
#   - the CSV LibreOffice wrote, in UTF-8 and (iconv) GB18030, read by govcat_bench_io csv-read.
#
#   bench/io/xlsx-read.sh [--rows N] [--file F.xlsx] [--build DIR] [--no-build]
# Defaults: 100000 rows, build-bench-io/ (Release, ninja -j$BENCH_JOBS, default 1), the file in it.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=100000
build=build-bench-io
file=""
build_it=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --file) file="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --no-build) build_it=0; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ "$build_it" = 1 ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  ninja -C "$build" -j"${BENCH_JOBS:-1}" govcat_bench_io
fi
bench="$build/bench/govcat_bench_io"
file="${file:-$build/items$rows.xlsx}"
[ -f "$file" ] || /usr/bin/python3 bench/io/make_items_xlsx.py "$file" "$rows"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "file=$file"
echo "file_bytes=$(stat -c %s "$file")"
echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
"$bench" xlsx-read "$file" --runs 5 | sed 's/^/govcat_inprocess_/'
govcat=()
for run in 1 2 3 4 5; do
  start=$(now_ms)
  "$bench" xlsx-read "$file" --runs 1 >/dev/null
  govcat+=($(( $(now_ms) - start )))
done
echo "govcat_process_ms=${govcat[*]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/profile" # a throwaway LibreOffice profile
csv='csv:Text - txt - csv (StarCalc):44,34,76,1'
soffice --headless --convert-to "$csv" --outdir "$work/out" "$file" >/dev/null 2>&1
office=()
for run in 1 2 3; do
  rm -rf "$work/out"
  start=$(now_ms)
  soffice --headless --convert-to "$csv" --outdir "$work/out" "$file" >/dev/null 2>&1
  office+=($(( $(now_ms) - start )))
done
echo "soffice_process_ms=${office[*]}"
out="$work/out/$(basename "${file%.xlsx}").csv"
echo "soffice_csv_lines=$(wc -l <"$out")"
iconv -f UTF-8 -t GB18030 "$out" >"$work/gb18030.csv"
"$bench" csv-read "$out" --runs 5 | grep -v '^run ' | sed 's/^/csv_utf8_/'
"$bench" csv-read "$work/gb18030.csv" --runs 5 | grep -v '^run ' | sed 's/^/csv_gb18030_/'
echo "soffice_version=$(soffice --version 2>/dev/null | head -1)"
govcat_median=$(median "${govcat[@]}")
office_median=$(median "${office[@]}")
echo "govcat_process_ms_median=$govcat_median"
echo "soffice_process_ms_median=$office_median"
awk -v g="$govcat_median" -v o="$office_median" 'BEGIN { printf "ratio_soffice_over_govcat=%.1f\n", o / g }'
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
