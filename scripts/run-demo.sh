#!/usr/bin/env bash
# Installs dependencies, builds govcat, creates the encrypted demo city database (once) and opens it.
# Demo passphrase: see README.md. Options: GOVCAT_DEMO_RESOURCES (default 100000), BUILD_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build="${BUILD_DIR:-build-release}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" --target govcat
db="demo-data/demo.govcat"
mkdir -p demo-data
if [ ! -f "$db" ]; then
  GOVCAT_PASSPHRASE="govcat-demo-2026" "$build/app/govcat" demo --db "$db" \
    --resources "${GOVCAT_DEMO_RESOURCES:-100000}" --seed 1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting govcat under xvfb-run (use a desktop session to see it)."
  exec xvfb-run -a "$build/app/govcat" --db "$db"
fi
exec "$build/app/govcat" --db "$db"
