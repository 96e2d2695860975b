#!/usr/bin/env bash
# bench/run.sh: builds govcat_bench and govcat_bench_gui (Release, in build-bench/), generates a
# 100,000-resource demo city (once; --reuse keeps it), runs the benchmark suites and prints Markdown
# reports of the medians: the foundation suite (open, first page, the same SQL in the CLIs) and the
# catalog-editing suite of issue 3 (search and filter changes, the 200-item editor, saves, bulk
# change, memory). --write-doc also puts each report into docs/PERFORMANCE.md between its markers.
# Not part of the test suite. Needs the README's packages, sqlcipher and sqlite3 among them.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/run.sh [--suite foundation|editing|all] [--reuse] [--runs N] [--repeat K] [--bulk-repeat K]
                    [--resources N] [--dir DIR] [--snapshot] [--write-doc] [--no-build] [--no-gui]
  --suite S      foundation, editing (issue 3) or all (default all)
  --reuse        keep an existing bench database and its generation figures instead of generating anew
  --runs N       runs of every measurement; medians are reported (default 7)
  --repeat K     cache-flushed and warm repeats inside each process (default 10)
  --bulk-repeat K  the same for the 10,000-resource bulk change (default 1)
  --resources N  size of the demo city (default 100000)
  --dir DIR      where the bench databases live (default build-bench/bench-data; the editing suite
                 writes two copies into DIR/editing)
  --snapshot     build the committed product code (git archive HEAD) with the working tree's bench/,
                 in build-bench/snapshot/: for a checkout where others have unfinished changes
  --write-doc    also replace the results sections of docs/PERFORMANCE.md
  --no-build     use the existing binaries
  --no-gui       skip govcat_bench_gui (main window memory, the resource editor)
The passphrase comes from GOVCAT_PASSPHRASE (default: a fixed bench passphrase), never from an
argument. BENCH_JOBS sets ninja's -j (default: nproc).
EOF
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-bench"
command_line="bench/run.sh $*"
suite=all
reuse=0
runs=7
repeat=10
bulk_repeat=1
resources=100000
dir="$build/bench-data"
snapshot=0
write_doc=0
do_build=1
gui=1
while [[ $# -gt 0 ]]; do
    case "$1" in
    --suite) suite=$2; shift ;;
    --reuse) reuse=1 ;;
    --runs) runs=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --bulk-repeat) bulk_repeat=$2; shift ;;
    --resources) resources=$2; shift ;;
    --dir) dir=$2; shift ;;
    --snapshot) snapshot=1 ;;
    --write-doc) write_doc=1 ;;
    --no-build) do_build=0 ;;
    --no-gui) gui=0 ;;
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

case "$suite" in foundation | editing | all) ;; *) usage >&2; exit 1 ;; esac

export GOVCAT_PASSPHRASE="${GOVCAT_PASSPHRASE:-govcat bench passphrase 2026}"
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ $snapshot == 1 ]]; then
    # The committed tree, with the bench from the working tree; nothing else uncommitted is built.
    src="$build/snapshot/src"
    tree="$build/snapshot/build"
    if [[ $do_build == 1 ]]; then
        incoming="$build/snapshot/incoming"
        rm -rf "$incoming"
        mkdir -p "$incoming"
        git -C "$root" archive HEAD | tar -x -C "$incoming"
        rm -rf "$incoming/bench"
        cp -r "$root/bench" "$incoming/bench"
        # Only files that differ are copied (with a new mtime), so ninja rebuilds only what changed.
        mkdir -p "$src"
        (cd "$incoming" && find . -type f) | while IFS= read -r f; do
            if ! cmp -s "$incoming/$f" "$src/$f"; then
                mkdir -p "$(dirname "$src/$f")"
                cp "$incoming/$f" "$src/$f"
            fi
        done
        (cd "$src" && find . -type f) | while IFS= read -r f; do
            [[ -e $incoming/$f ]] || rm -f "$src/$f"
        done
        rm -rf "$incoming"
        printf '%s\n' "$commit" >"$build/snapshot/commit"
        if [[ -n $(git -C "$root" status --porcelain --untracked-files=all -- bench 2>/dev/null) ]]; then
            printf '%s\n' "$commit (bench/ from the working tree, uncommitted)" >"$build/snapshot/commit"
        fi
    fi
    # What the snapshot was built from (HEAD may have moved on since a build with --no-build after it).
    if [[ -f $build/snapshot/commit ]]; then
        commit=$(cat "$build/snapshot/commit")
    else
        commit="unknown (no snapshot recorded)"
    fi
else
    src="$root"
    tree="$build"
    if [[ -n $(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
        commit="$commit (working tree with uncommitted changes)"
    fi
fi
bin="$tree/bench/govcat_bench"
gui_bin="$tree/bench/govcat_bench_gui"

if [[ $do_build == 1 ]]; then
    cmake -S "$src" -B "$tree" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    ninja -C "$tree" -j "${BENCH_JOBS:-$(nproc)}" govcat_bench
    if [[ $gui == 1 && $suite != foundation ]] && ! ninja -C "$tree" -j "${BENCH_JOBS:-$(nproc)}" govcat_bench_gui; then
        echo "bench/run.sh: govcat_bench_gui does not build; the editing suite runs without it" >&2
        gui=0
    fi
fi
[[ -x $bin ]] || { echo "bench/run.sh: $bin is missing; run without --no-build" >&2; exit 1; }
[[ -x $gui_bin ]] || gui=0

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

if [[ $suite != editing ]]; then
    "$bin" suite --db "$db" --plain "$plain" --runs "$runs" --repeat "$repeat" --gen "$gen" \
        --commit "$commit" --out "$dir/results.md"
fi
if [[ $suite != foundation ]]; then
    gui_args=()
    [[ $gui == 1 ]] && gui_args=(--gui "$gui_bin")
    "$bin" editing --db "$db" --work "$dir/editing" --runs "$runs" --repeat "$repeat" \
        --bulk-repeat "$bulk_repeat" "${gui_args[@]}" --commit "$commit" --command "$command_line" \
        --out "$dir/results-editing.md"
    # The two copies take twice the database's size; the next run makes them again.
    rm -rf "$dir/editing"
fi

# Replaces what lies between a begin and an end marker of docs/PERFORMANCE.md with a results file.
write_section() {
    local name=$1 results=$2
    local doc="$root/docs/PERFORMANCE.md"
    local begin="<!-- $name:begin -->"
    local end="<!-- $name:end -->"
    if ! grep -qF "$begin" "$doc" || ! grep -qF "$end" "$doc"; then
        echo "bench/run.sh: $doc has no $begin / $end markers" >&2
        exit 1
    fi
    awk -v results="$results" -v begin="$begin" -v end="$end" '
        $0 == begin { print; print ""; while ((getline line < results) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }
    ' "$doc" >"$doc.tmp"
    mv "$doc.tmp" "$doc"
    echo "wrote $results into $doc" >&2
}

if [[ $write_doc == 1 && $suite != editing ]]; then
    write_section bench-results "$dir/results.md"
fi
if [[ $write_doc == 1 && $suite != foundation ]]; then
    write_section bench-editing "$dir/results-editing.md"
fi
