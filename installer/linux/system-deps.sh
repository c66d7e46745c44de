#!/usr/bin/env bash
# The Debian packages Qt needs (its GUI libraries and the X11/xcb platform plugin; the PySide6
# wheel bundles Qt but not these system libraries): install those this machine lacks.
# Extra package names given as arguments are installed too (.ci/run adds xvfb and x11-utils).
# Used by .ci/run and ci-bundle.sh. The list is oppgave/system_libraries.py's DEBIAN_PACKAGES
# (the app checks the same list at start); tests/test_system_libraries.py keeps them equal.
set -euo pipefail
packages=(
  libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0 libx11-6
  libxcb1 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)
packages+=("$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "missing system packages (not a Debian system, install the equivalents): ${missing[*]}"
    exit 0
  fi
  echo "installing system packages for Qt: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
