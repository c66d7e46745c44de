#!/usr/bin/env bash
# Build the one-folder bundle at dist/oppgave/ and, on Linux, a tarball with a .desktop entry,
# install.sh, the icon and the MIME type for .oppgave files.
# Works on a fresh machine: PyInstaller and the app's dependencies go into their own build venv
# (build/venv), never into the developer's venv.
# Usage: installer/build.sh [--self-test]
#   --self-test   start the built bundle offscreen with --self-test and fail if it fails
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${OPPGAVE_BUILD_VENV:-build/venv}
mkdir -p build
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.5" >build/pip.log 2>&1 \
  || { tail -n 40 build/pip.log; exit 1; }
PY="$VENV/bin/python"

started=$(date +%s)
"$PY" -m PyInstaller installer/oppgave.spec --noconfirm --clean \
    --distpath dist --workpath build/pyinstaller >build/pyinstaller.log 2>&1 \
    || { tail -n 40 build/pyinstaller.log; exit 1; }
echo "bundle: dist/oppgave ($(du -sh dist/oppgave | cut -f1), built in $(( $(date +%s) - started )) s)"

if [ "$(uname -s)" = "Linux" ]; then
  version=$("$PY" -c "import oppgave; print(oppgave.__version__)")
  cp installer/linux/oppgave.desktop installer/linux/install.sh \
     installer/linux/oppgave-mime.xml dist/oppgave/
  cp resources/icons/oppgave-256.png dist/oppgave/oppgave.png
  cp resources/icons/oppgave.svg dist/oppgave/oppgave.svg
  tarball="dist/oppgave-${version}-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$tarball" oppgave
  echo "tarball: $tarball ($(du -sh "$tarball" | cut -f1))"
fi

if [ "${1:-}" = "--self-test" ]; then
  QT_QPA_PLATFORM=offscreen dist/oppgave/oppgave --self-test
fi
