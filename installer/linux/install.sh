#!/usr/bin/env bash
# Per-user install of the unpacked bundle (no root): ~/.local/opt/oppgave, a launcher in
# ~/.local/bin, a menu entry, the icon and the .oppgave file type.
# Usage: ./install.sh            install (or update) from the folder this script is in
#        ./install.sh --uninstall remove everything install.sh put in place
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="${HOME}/.local/opt/oppgave"
launcher="${HOME}/.local/bin/oppgave"
desktop="${data}/applications/oppgave.desktop"
icon_png="${data}/icons/hicolor/256x256/apps/oppgave.png"
icon_svg="${data}/icons/hicolor/scalable/apps/oppgave.svg"
mime="${data}/mime/packages/oppgave.xml"

refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "${data}/mime" || true; fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database "${data}/applications" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$launcher" "$desktop" "$icon_png" "$icon_svg" "$mime"
  refresh
  echo "Oppgave er avinstallert (arbeidsfilene dine er ikke rørt)."
  exit 0
fi

mkdir -p "${HOME}/.local/opt" "$(dirname "$launcher")" "$(dirname "$desktop")" \
         "$(dirname "$icon_png")" "$(dirname "$icon_svg")" "$(dirname "$mime")"
if [ "$here" != "$target" ]; then
  rm -rf "$target" && cp -a "$here" "$target"
fi
ln -sf "$target/oppgave" "$launcher"
cp "$here/oppgave.png" "$icon_png"
cp "$here/oppgave.svg" "$icon_svg"
cp "$here/oppgave-mime.xml" "$mime"
sed "s|^Exec=.*|Exec=${target}/oppgave %f|" "$here/oppgave.desktop" > "$desktop"
refresh
echo "Installert i $target. Start med: oppgave (avinstaller med: $target/install.sh --uninstall)"
