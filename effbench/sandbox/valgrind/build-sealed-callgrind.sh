#!/usr/bin/env bash
# Build callgrind with effbench's one-option patch (ignore-client-requests.patch, beside this script) and install it
# in place of the installed valgrind's own callgrind tool, which is kept beside it as callgrind-<platform>.orig.
# Why: under valgrind, machine code a sample makes can issue client requests that change its own count; with
# --ignore-client-requests=yes such requests do nothing (effbench/sandbox/sealing.py says more).
#
#   build-sealed-callgrind.sh [SOURCE_DIR]
#
# SOURCE_DIR: the source tree of the installed valgrind's version.  Without it, the distribution's source package is
# fetched with apt-get source (Debian and Ubuntu; a deb-src entry is added for the duration when there is none).
# Only the core and callgrind are built (about two minutes on two cores); needs a C compiler, make, patch, and write
# access to valgrind's tool directory.  Does nothing when the installed callgrind was built with this very patch
# (callgrind-<platform>.sealed holds the patch's digest) and starts as it should.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# the option taken, and nothing said: a tool that cannot find valgrind's library directory (where its client's
# preloaded core library lives) makes the dynamic loader complain on every start
probe() { [ -z "$(valgrind --tool=callgrind --vgdb=no --ignore-client-requests=yes --callgrind-out-file=/dev/null -q \
                  /bin/true 2>&1 >/dev/null)" ]; }
command -v valgrind >/dev/null || { echo "build-sealed-callgrind: no valgrind installed (apt-get install valgrind)" >&2; exit 2; }
digest=$(sha256sum < "$here/ignore-client-requests.patch" | cut -d' ' -f1)
plat=$(uname -m); case "$plat" in x86_64) plat=amd64 ;; aarch64) plat=arm64 ;; esac
libdir=""
for d in "${VALGRIND_LIB:-}" /usr/libexec/valgrind /usr/lib/valgrind /usr/local/libexec/valgrind /usr/local/lib/valgrind; do
  if [ -n "$d" ] && [ -f "$d/callgrind-$plat-linux" ]; then libdir="$d"; break; fi
done
[ -n "$libdir" ] || { echo "build-sealed-callgrind: callgrind-$plat-linux not found (set VALGRIND_LIB)" >&2; exit 2; }
[ "$(basename "$libdir")" = valgrind ] || { echo "build-sealed-callgrind: $libdir is not named valgrind" >&2; exit 2; }
tool="$libdir/callgrind-$plat-linux"
if probe && [ "$(cat "$tool.sealed" 2>/dev/null)" = "$digest" ]; then
  echo "build-sealed-callgrind: the installed callgrind already ignores client requests"
  exit 0
fi
[ -w "$libdir" ] || { echo "build-sealed-callgrind: $libdir is not writable (run as root)" >&2; exit 2; }
version=$(valgrind --version | sed 's/^valgrind-//')
work=$(mktemp -d /tmp/effbench-valgrind-XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ $# -ge 1 ]; then
  src="$(cd "$1" && pwd)"
else
  (
    cd "$work"
    added=""
    if ! apt-get source --download-only valgrind >/dev/null 2>&1; then
      for list in /etc/apt/sources.list.d/*.sources; do
        if [ ! -f "$list" ] || ! grep -q '^Types: deb$' "$list"; then continue; fi
        sed 's/^Types: deb$/Types: deb-src/' "$list" > "/etc/apt/sources.list.d/effbench-src-$(basename "$list")"
        added="$added /etc/apt/sources.list.d/effbench-src-$(basename "$list")"
      done
      if [ -f /etc/apt/sources.list ]; then
        grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > /etc/apt/sources.list.d/effbench-src.list || true
        added="$added /etc/apt/sources.list.d/effbench-src.list"
      fi
      apt-get update -qq >/dev/null
      apt-get source --download-only valgrind >/dev/null
    fi
    # shellcheck disable=SC2086
    [ -z "$added" ] || rm -f $added
  )
  tar xjf "$work"/valgrind_*.orig.tar.bz2 -C "$work"
  src="$work/valgrind-$version"
  [ -d "$src" ] || { echo "build-sealed-callgrind: the source package is not valgrind $version" >&2; exit 2; }
fi
grep -q "^PACKAGE_VERSION='$version'" "$src/configure" || {
  echo "build-sealed-callgrind: $src is not the source of the installed valgrind $version" >&2; exit 2; }
build="$work/build"
cp -a "$src" "$build"
cd "$build"
patch -p1 -s < "$here/ignore-client-requests.patch"
only64=""; [ "$plat" = amd64 ] && only64="--enable-only64bit"
# the tool finds its library directory by the path compiled into it: the installed one's
./configure -q $only64 --prefix=/usr --libexecdir="$(dirname "$libdir")" >/dev/null
jobs=$(nproc)
make -s include/vgversion.h default.supp >/dev/null
make -s -j"$jobs" -C VEX >/dev/null 2>&1
make -s -j"$jobs" -C coregrind >/dev/null 2>&1
make -s -j"$jobs" -C callgrind >/dev/null 2>&1
# the distribution's tool, kept once (a rebuild for a changed patch replaces only the sealed one)
[ -e "$tool.orig" ] || cp -p "$tool" "$tool.orig"
install -m 755 "callgrind/callgrind-$plat-linux" "$tool.new"
mv -f "$tool.new" "$tool"
probe || { echo "build-sealed-callgrind: the installed tool does not take --ignore-client-requests" >&2; exit 1; }
echo "$digest" > "$tool.sealed"
echo "build-sealed-callgrind: $tool ignores client requests (the distribution's is $tool.orig)"
