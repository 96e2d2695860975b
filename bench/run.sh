#!/usr/bin/env bash
# bench/run.sh: builds govcat_bench (Release, in build-bench/), generates a 100,000-resource demo city
# (once; --reuse keeps it), runs the benchmark suite and prints a Markdown report of the medians.
# --write-doc also puts the report into docs/PERFORMANCE.md between its bench-results markers.
# Not part of the test suite. Needs the README's packages, sqlcipher and sqlite3 among them.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/run.sh [--reuse] [--runs N] [--repeat K] [--resources N] [--dir DIR] [--write-doc] [--no-build]
  --reuse        keep an existing bench database and its generation figures instead of generating anew
  --runs N       runs of every measurement; medians are reported (default 7)
  --repeat K     cache-flushed and warm repeats inside each process (default 10)
  --resources N  size of the demo city (default 100000)
  --dir DIR      where the bench databases live (default build-bench/bench-data)
  --write-doc    also replace the results section of docs/PERFORMANCE.md
  --no-build     use the existing build-bench/bench/govcat_bench
The passphrase comes from GOVCAT_PASSPHRASE (default: a fixed bench passphrase), never from an
argument. BENCH_JOBS sets ninja's -j (default: nproc).
EOF
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-bench"
reuse=0
runs=7
repeat=10
resources=100000
dir="$build/bench-data"
write_doc=0
do_build=1
while [[ $# -gt 0 ]]; do
    case "$1" in
    --reuse) reuse=1 ;;
    --runs) runs=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --resources) resources=$2; shift ;;
    --dir) dir=$2; shift ;;
    --write-doc) write_doc=1 ;;
    --no-build) do_build=0 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 1 ;;
    esac
    shift
done

for tool in sqlcipher sqlite3 cmake ninja; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench/run.sh: $tool not found; install the README's packages (apt-get install -y sqlcipher sqlite3 ...)" >&2
        exit 1
    fi
done

export GOVCAT_PASSPHRASE="${GOVCAT_PASSPHRASE:-govcat bench passphrase 2026}"
bin="$build/bench/govcat_bench"

if [[ $do_build == 1 ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    ninja -C "$build" -j "${BENCH_JOBS:-$(nproc)}" govcat_bench
fi
[[ -x $bin ]] || { echo "bench/run.sh: $bin is missing; run without --no-build" >&2; exit 1; }

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    commit="$commit (working tree with uncommitted changes)"
fi

mkdir -p "$dir"
db="$dir/demo-$resources.govcat"
plain="$dir/demo-$resources-plain.db"
gen="$dir/demo-$resources.gen.txt"
if [[ $reuse == 1 && -f $db && -f $db.key && -f $gen ]]; then
    echo "reusing $db (generated $(sed -n 's/^gen.measured_at=//p' "$gen"))" >&2
else
    rm -f "$db" "$db.key" "$db-wal" "$db-shm" "$plain" "$gen"
    echo "generating $resources resources into $db" >&2
    timing="$dir/generate.time"
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$timing" "$bin" generate --db "$db" --resources "$resources" --seed 1 >"$gen.part"
    else
        "$bin" generate --db "$db" --resources "$resources" --seed 1 >"$gen.part"
        : >"$timing"
    fi
    {
        cat "$gen.part"
        echo "gen.measured_at=$(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "gen.commit=$commit"
        # /usr/bin/time's peak counts only what follows the program's VmHWM reset after Database::create.
        sed -n 's/^\s*Maximum resident set size (kbytes): /time.maxrss_kib=/p; s/^\s*Elapsed (wall clock) time.*: /time.elapsed=/p' "$timing"
    } >"$gen"
    rm -f "$gen.part"
fi

"$bin" suite --db "$db" --plain "$plain" --runs "$runs" --repeat "$repeat" --gen "$gen" \
    --commit "$commit" --out "$dir/results.md"

if [[ $write_doc == 1 ]]; then
    doc="$root/docs/PERFORMANCE.md"
    begin='<!-- bench-results:begin -->'
    end='<!-- bench-results:end -->'
    if ! grep -qF "$begin" "$doc" || ! grep -qF "$end" "$doc"; then
        echo "bench/run.sh: $doc has no $begin / $end markers" >&2
        exit 1
    fi
    awk -v results="$dir/results.md" -v begin="$begin" -v end="$end" '
        $0 == begin { print; print ""; while ((getline line < results) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }
    ' "$doc" >"$doc.tmp"
    mv "$doc.tmp" "$doc"
    echo "wrote the results into $doc" >&2
fi
