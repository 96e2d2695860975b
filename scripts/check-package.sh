#!/usr/bin/env bash
# Builds the Release Debian package, checks its file list (exactly what a packager ships: no test
# binaries) and control fields, runs the packaged binary without a display, and runs lintian on it:
# any lintian error fails.
# Usage: scripts/check-package.sh [build-dir]   (default: build-package)
# A build directory without a CMakeCache.txt is configured as a packager builds: Release, tests off.
# One already configured is used as it is, without reconfiguring, so scripts/test.sh packages from its
# finished Release build (tests on, warnings as errors) in about 20 s; it must be a Release build
# without sanitizers or fuzz targets.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
packages=(dpkg-dev lintian appstream desktop-file-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q "${missing[@]}"
fi

build="${1:-build-package}"
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cache_value() { # the value of a CMakeCache.txt entry, empty when absent
  sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"
}
if [ -f "$build/CMakeCache.txt" ]; then
  if [ "$(cache_value CMAKE_BUILD_TYPE)" != Release ] || [ "$(cache_value GOVCAT_SANITIZE)" = ON ] ||
    [ "$(cache_value GOVCAT_FUZZ)" = ON ]; then
    echo "check-package: $build is not a plain Release build (CMAKE_BUILD_TYPE=$(cache_value CMAKE_BUILD_TYPE)," \
      "GOVCAT_SANITIZE=$(cache_value GOVCAT_SANITIZE), GOVCAT_FUZZ=$(cache_value GOVCAT_FUZZ))" >&2
    exit 1
  fi
else
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF "${launcher[@]}"
fi
rm -f "$build"/govcat_*.deb
cmake --build "$build" --target package -j "$(nproc)"

version="$(sed -n 's/^project(govcat VERSION \([0-9.]*\) .*/\1/p' CMakeLists.txt)"
deb="$build/govcat_${version}_amd64.deb"
if [ ! -f "$deb" ]; then
  echo "check-package: $deb was not made" >&2
  ls "$build"/*.deb >&2 || true
  exit 1
fi

desktop-file-validate resources/io.github.govcat.govcat.desktop
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.govcat.govcat.metainfo.xml"

dpkg-deb -I "$deb"
# Files only (not directories), sorted: compared below with the expected list, both ways.
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | LC_ALL=C sort > "$work/files"
expected=(
  /usr/bin/govcat
  /usr/share/applications/io.github.govcat.govcat.desktop
  /usr/share/metainfo/io.github.govcat.govcat.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/govcat.svg
  /usr/share/man/man1/govcat.1.gz
  /usr/share/doc/govcat/copyright
  /usr/share/doc/govcat/changelog.gz
)
for size in 16 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/govcat.png")
done
status=0
printf '%s\n' "${expected[@]}" | LC_ALL=C sort > "$work/expected"
while read -r f; do
  echo "check-package: $f is missing from $deb" >&2
  status=1
done < <(LC_ALL=C comm -23 "$work/expected" "$work/files")
# Anything else (a test binary, a static library, a header) is not what a packager ships.
while read -r f; do
  echo "check-package: $deb holds $f, which is not in the expected file list" >&2
  status=1
done < <(LC_ALL=C comm -13 "$work/expected" "$work/files")
# Dependencies come from dpkg-shlibdeps: the Qt, SQLCipher and libsodium libraries must be there.
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libqt6widgets6 libqt6sql6 libsqlcipher0 libsodium23 libc6; do
  if ! grep -q "$lib" <<<"$depends"; then
    echo "check-package: Depends lacks $lib: $depends" >&2
    status=1
  fi
done
if ! grep -q "qt6-qpa-plugins" <<<"$depends"; then
  echo "check-package: Depends lacks the Qt platform plugins: $depends" >&2
  status=1
fi
# The window is Chinese by default; a fresh Debian 12 has no font for it unless one is recommended.
recommends="$(dpkg-deb -f "$deb" Recommends)"
if ! grep -Eq "fonts-noto-cjk|fonts-wqy-" <<<"$recommends"; then
  echo "check-package: Recommends names no font with Simplified Chinese: $recommends" >&2
  status=1
fi
# The packaged binary (on this machine's libraries) prints its version and makes and checks a
# small database without a display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM).
bin="$work/root/usr/bin/govcat"
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
if ! "${nodisplay[@]}" "$bin" --version | grep -qx "govcat $version"; then
  echo "check-package: the packaged govcat --version does not print $version" >&2
  status=1
fi
if ! GOVCAT_PASSPHRASE="package check passphrase 7" "${nodisplay[@]}" "$bin" demo \
  --db "$work/check.govcat" --resources 100 --kdf interactive --quiet ||
  ! GOVCAT_PASSPHRASE="package check passphrase 7" "${nodisplay[@]}" "$bin" check \
    --db "$work/check.govcat" >/dev/null; then
  echo "check-package: the packaged govcat demo or check failed" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  exit "$status"
fi

# lintian exits non-zero on errors (its default --fail-on error); warnings are printed, not fatal.
lintian --info --display-level '>=warning' --fail-on error "$deb"
echo "check-package: $deb is complete and lintian reports no errors."
