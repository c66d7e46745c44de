#!/usr/bin/env bash
# Build the one-folder bundle at dist/oppgave/ and, on Linux, a tarball with a .desktop entry.
# Usage: installer/build.sh [--self-test]
#   --self-test   start the built bundle offscreen with --self-test and fail if it fails
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "pyinstaller>=6.5" >/dev/null
"$PY" -m PyInstaller installer/oppgave.spec --noconfirm --clean \
    --distpath dist --workpath build/pyinstaller >build/pyinstaller.log 2>&1 \
    || { tail -n 40 build/pyinstaller.log; exit 1; }
echo "bundle: dist/oppgave ($(du -sh dist/oppgave | cut -f1))"

if [ "$(uname -s)" = "Linux" ]; then
  version=$("$PY" -c "import oppgave; print(oppgave.__version__)")
  cp installer/linux/oppgave.desktop installer/linux/install.sh dist/oppgave/
  cp resources/icons/oppgave-256.png dist/oppgave/oppgave.png
  tar -C dist -czf "dist/oppgave-${version}-linux-$(uname -m).tar.gz" oppgave
  echo "tarball: dist/oppgave-${version}-linux-$(uname -m).tar.gz"
fi

if [ "${1:-}" = "--self-test" ]; then
  QT_QPA_PLATFORM=offscreen dist/oppgave/oppgave --self-test
fi
