#!/usr/bin/env bash
# Renders resources/icons/govcat.svg to the committed PNGs (16 to 256 px) that the .qrc and the
# package use. Rerun after editing the SVG and commit the PNGs with it.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
if ! command -v rsvg-convert >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q librsvg2-bin
fi
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --output "govcat-$size.png" govcat.svg
done
