#!/usr/bin/env bash
# Shared libraries Qt needs even offscreen (and PyInstaller's bundle needs at build time):
# install the Debian packages if this machine lacks them. Used by .ci/run and ci-bundle.sh.
set -euo pipefail
missing=()
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libGL.so.1 libdbus-1.so.3 libglib-2.0.so.0; do
  ldconfig -p | grep -q "$lib" || missing+=("$lib")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system libraries for Qt (missing: ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libgl1 \
    libdbus-1-3 libglib2.0-0 >/dev/null
fi
