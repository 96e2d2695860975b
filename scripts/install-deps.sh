#!/usr/bin/env bash
# Installs every Debian 12 package govcat needs to build, run, test and benchmark.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang-format clang libclang-rt-14-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
  libsqlcipher-dev sqlcipher sqlite3 libsodium-dev
  libminizip-dev libxlsxwriter-dev python3-openpyxl libreoffice-calc-nogui
  postgresql-15 libqt6sql6-psql libcpp-httplib-dev
  xvfb xauth fonts-noto-cjk time
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q "${missing[@]}"
