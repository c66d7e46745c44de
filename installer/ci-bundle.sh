#!/usr/bin/env bash
# CI step: build the Linux one-folder bundle (installer/build.sh, own build venv) and start it
# offscreen with --self-test, which fails if anything is missing from the bundle. Also checks
# the tarball holds the desktop integration files. Prints how long the step took.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash installer/linux/system-deps.sh
bash installer/build.sh
QT_QPA_PLATFORM=offscreen dist/oppgave/oppgave --self-test
tarball=$(ls dist/oppgave-*-linux-*.tar.gz)
for member in oppgave/oppgave oppgave/install.sh oppgave/oppgave.desktop oppgave/oppgave-mime.xml \
              oppgave/oppgave.png; do
  tar -tzf "$tarball" "$member" >/dev/null || { echo "missing from $tarball: $member"; exit 1; }
done
echo "bundle step: $(( $(date +%s) - started )) s"
