#!/usr/bin/env bash
# Installs the Debian package once on a fresh Debian 12 (bookworm) root made with debootstrap, as a
# user would (`apt-get install ./govcat_*.deb`), and runs the installed govcat there without a
# display: --version, --help, and demo, check and export on a small demo database.
# Usage: scripts/check-install.sh [deb]   (default: build-package/govcat_<version>_amd64.deb, made
#                                          by scripts/check-package.sh)
# Needs root (sudo when not root) for debootstrap, chroot and mount, and network to deb.debian.org
# (GOVCAT_DEBIAN_MIRROR overrides the mirror).
# The minimal root is made once by debootstrap and kept as a tarball in GOVCAT_ROOT_CACHE (default
# ~/.cache/govcat/debian-bookworm-minbase.tar.gz); a tarball older than 7 days is made again. Each run
# unpacks a fresh copy into a temporary folder and removes it at the end, so no run sees another's
# install. The packages apt downloads are kept beside it (apt-archives/) for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi
if ! command -v debootstrap >/dev/null && [ ! -x /usr/sbin/debootstrap ]; then
  echo "Installing: debootstrap"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q debootstrap
fi

version="$(sed -n 's/^project(govcat VERSION \([0-9.]*\) .*/\1/p' CMakeLists.txt)"
deb="$(realpath "${1:-build-package/govcat_${version}_amd64.deb}")"
if [ ! -f "$deb" ]; then
  echo "check-install: $deb does not exist; make it with scripts/check-package.sh" >&2
  exit 1
fi
mirror="${GOVCAT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache="${GOVCAT_ROOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/govcat/debian-bookworm-minbase.tar.gz}"
archives="$(dirname "$cache")/apt-archives"

work="$(mktemp -d "${TMPDIR:-/tmp}/govcat-install.XXXXXX")"
root="$work/root"
cleanup() {
  for m in "$root/dev/pts" "$root/proc"; do
    if mountpoint -q "$m" 2>/dev/null; then
      "${SUDO[@]}" umount -l "$m" || true
    fi
  done
  "${SUDO[@]}" rm -rf --one-file-system "$work"
}
trap cleanup EXIT
mkdir "$root"

if [ -f "$cache" ] && [ -z "$(find "$cache" -mtime +7)" ]; then
  echo "== unpacking the cached bookworm root $cache"
  "${SUDO[@]}" tar -xzf "$cache" -C "$root" --numeric-owner
else
  echo "== debootstrap --variant=minbase bookworm ($mirror)"
  t=$SECONDS
  "${SUDO[@]}" debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    {
      tail -n 30 "$work/debootstrap.log" >&2
      exit 1
    }
  echo "debootstrap took $((SECONDS - t)) s"
  # A Debian 12 installation's sources: the release, its updates and security.
  "${SUDO[@]}" tee "$root/etc/apt/sources.list" >/dev/null <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
  "${SUDO[@]}" rm -rf "$root/var/cache/apt/archives/"*.deb
  mkdir -p "$(dirname "$cache")"
  "${SUDO[@]}" tar -czf "$cache.tmp" -C "$root" --numeric-owner .
  "${SUDO[@]}" mv "$cache.tmp" "$cache"
  echo "cached the root as $cache ($(du -h "$cache" | cut -f1))"
fi

"${SUDO[@]}" cp /etc/resolv.conf "$root/etc/resolv.conf"
# No service starts inside the root.
printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$root/usr/sbin/policy-rc.d" >/dev/null
"${SUDO[@]}" chmod 755 "$root/usr/sbin/policy-rc.d"
"${SUDO[@]}" mount -t proc proc "$root/proc"
"${SUDO[@]}" mkdir -p "$root/dev/pts"
"${SUDO[@]}" mount -t devpts devpts "$root/dev/pts" 2>/dev/null || true
"${SUDO[@]}" cp "$deb" "$root/tmp/"
if compgen -G "$archives/*.deb" >/dev/null; then
  "${SUDO[@]}" cp "$archives"/*.deb "$root/var/cache/apt/archives/"
fi
name="$(basename "$deb")"

# Everything in the root runs with a clean environment: no DISPLAY, WAYLAND_DISPLAY or
# QT_QPA_PLATFORM, as on a server or in a cron job.
in_root() {
  "${SUDO[@]}" chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

echo "== apt-get install -y ./$name (in the bookworm root)"
t=$SECONDS
in_root apt-get update -q >"$work/apt-update.log" 2>&1 || {
  cat "$work/apt-update.log" >&2
  exit 1
}
in_root sh -c "cd /tmp && apt-get install -y ./$name" >"$work/apt-install.log" 2>&1 || {
  cat "$work/apt-install.log" >&2
  echo "check-install: apt-get install ./$name failed" >&2
  exit 1
}
mkdir -p "$archives"
"${SUDO[@]}" find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec cp -u -t "$archives" {} +
sed -n '/^The following NEW packages will be installed:/,/^[0-9]* upgraded/p' "$work/apt-install.log"
grep -E '^(Need to get|After this operation)' "$work/apt-install.log" || true
echo "apt-get update and install took $((SECONDS - t)) s"

status=0
fail() {
  echo "check-install: $*" >&2
  status=1
}
run() { # prints the command and its output, returns its exit code
  echo "\$ $*"
  local code=0
  in_root "$@" 2>&1 || code=$?
  echo "(exit $code)"
  return "$code"
}

echo "== the installed govcat, no display"
listed="$(in_root dpkg -L govcat)" || fail "dpkg -L govcat failed"
grep -qx /usr/bin/govcat <<<"$listed" || fail "dpkg -L govcat lacks /usr/bin/govcat"
out="$(run govcat --version)" || fail "govcat --version failed"
echo "$out"
grep -qx "govcat $version" <<<"$out" || fail "govcat --version does not print govcat $version"
out="$(run govcat --help)" || fail "govcat --help failed"
echo "$out"
for sub in check demo export import profile; do
  grep -qw -- "$sub" <<<"$out" || fail "govcat --help does not list $sub"
done
printf 'install check passphrase 7\n' | "${SUDO[@]}" tee "$root/tmp/passphrase" >/dev/null
"${SUDO[@]}" chmod 600 "$root/tmp/passphrase"
run govcat demo --db /tmp/demo.govcat --resources 100 --kdf interactive \
  --passphrase-file /tmp/passphrase || fail "govcat demo failed"
run govcat check --db /tmp/demo.govcat --passphrase-file /tmp/passphrase || fail "govcat check failed"
run govcat export --db /tmp/demo.govcat --passphrase-file /tmp/passphrase --format xlsx \
  --out /tmp/demo.xlsx --quiet || fail "govcat export failed"
in_root test -s /tmp/demo.xlsx || fail "govcat export wrote no /tmp/demo.xlsx"
# The man page is where man(1) looks.
in_root test -s /usr/share/man/man1/govcat.1.gz || fail "the man page is not installed"
# The window speaks Simplified Chinese by default: a fresh system must get a font that has it, or
# every label is a row of boxes.
echo "\$ fc-list :lang=zh-cn family"
code=0
fonts="$(in_root fc-list :lang=zh-cn family 2>&1)" || code=$?
echo "${fonts:-(none)}"
if [ "$code" -ne 0 ] || [ -z "$fonts" ]; then
  fail "no font with Simplified Chinese is installed (fc-list :lang=zh-cn, exit $code)"
fi
# The GUI starts on the installed libraries and plugins (offscreen stands in for a display): it
# is still waiting for a passphrase after 10 s, not dead.
echo "\$ QT_QPA_PLATFORM=offscreen timeout 10 govcat --db /tmp/demo.govcat"
code=0
gui="$(in_root QT_QPA_PLATFORM=offscreen timeout 10 govcat --db /tmp/demo.govcat 2>&1)" || code=$?
printf '%s\n(exit %s)\n' "$gui" "$code"
[ "$code" -eq 124 ] || fail "the GUI did not keep running on the offscreen platform (exit $code)"

echo "check-install took $((SECONDS - start)) s"
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
echo "check-install: $name installs on a fresh Debian 12 root and govcat runs there without a display."
