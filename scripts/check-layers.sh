#!/usr/bin/env bash
# Fails when a layer includes what it must not (docs/ARCHITECTURE.md, "Layers"): the direction of
# the layers is checked here, not kept by habit. Tests and benchmarks may include anything.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
# forbid FOLDER PATTERN WHY: no file under FOLDER has an #include matching PATTERN.
forbid() {
  local folder="$1" pattern="$2" why="$3" hits
  hits="$(grep -rnE --include='*.h' --include='*.cpp' "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" \
    "$folder" || true)"
  if [ -n "$hits" ]; then
    echo "check-layers: $folder $why:" >&2
    echo "$hits" >&2
    status=1
  fi
}

storage='db/|catalog/|exchange/'
upper='models/|ui/|app/'
widgets='QtWidgets|QtCharts|QWidget|QDialog|QMessageBox|QApplication|QMainWindow'
forbid core "$storage|io/|$upper|QtSql|QSql|QtGui|$widgets" "includes storage, io, models or a GUI"
forbid db "catalog/|exchange/|io/|$upper|$widgets" "(storage) includes a domain, io, models or ui"
forbid catalog "exchange/|io/|$upper|$widgets" "(a domain's storage) includes io, exchange, models or ui"
forbid io "$storage|$upper|QtSql|QSql|$widgets" "includes storage, models or ui"
forbid exchange "$upper|$widgets" "includes models or ui"
forbid models "ui/|app/|$widgets" "includes ui or widgets"
forbid sync "$storage|io/|$upper|QtSql|QSql|QtGui|$widgets" "(the wire protocol) includes storage, io, models or a GUI"
forbid server "$storage|io/|$upper|QtGui|$widgets" "(the city server) includes the desktop's storage, io, models or a GUI"
forbid demo "exchange/|io/|$upper|$widgets" "includes io, exchange, models or ui"

# The window hosts domains it does not know: ui/shell/ includes no domain's UI (app/Workbench wires
# them), and a domain's UI includes no other domain's UI nor the window itself (only the Shell and
# DomainModule interface).
domains=()
for dir in ui/*/; do
  name="$(basename "$dir")"
  case "$name" in shell | session | common) ;; *) domains+=("$name") ;; esac
done
for domain in "${domains[@]}"; do
  forbid ui/shell "ui/$domain/" "(the window) includes the domain UI ui/$domain"
  pattern='ui/shell/MainWindow'
  for other in "${domains[@]}"; do
    if [ "$other" != "$domain" ]; then
      pattern+="|ui/$other/"
    fi
  done
  forbid "ui/$domain" "$pattern" "(a domain's UI) includes the window or another domain's UI"
done

# Only db/driver/ talks to the SQLite C API.
for folder in core db catalog exchange io models ui app demo sync server; do
  hits="$(grep -rnE --include='*.h' --include='*.cpp' '#[[:space:]]*include[[:space:]]*[<"](sqlcipher/)?sqlite3\.h' \
    "$folder" | grep -v '^db/driver/' || true)"
  if [ -n "$hits" ]; then
    echo "check-layers: only db/driver/ may include sqlite3.h:" >&2
    echo "$hits" >&2
    status=1
  fi
done

# Only ui/ and app/ link Qt Widgets or Qt Charts.
hits="$(grep -rlnE 'Qt6::(Widgets|Charts)' --include=CMakeLists.txt core db catalog exchange io models demo sync server || true)"
if [ -n "$hits" ]; then
  echo "check-layers: only ui/ and app/ may link Qt Widgets or Qt Charts:" >&2
  echo "$hits" >&2
  status=1
fi

# Storage does not link file formats: app_db and app_catalog link no app_io (exchange does).
hits="$(grep -nE '\bapp_(io|exchange|models|ui)\b' db/CMakeLists.txt db/driver/CMakeLists.txt catalog/CMakeLists.txt || true)"
if [ -n "$hits" ]; then
  echo "check-layers: storage links a layer above it:" >&2
  echo "$hits" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "check-layers: every layer includes only what is below it."
fi
exit "$status"
