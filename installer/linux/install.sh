#!/usr/bin/env bash
# Per-user install of the unpacked bundle (no root): ~/.local/opt/oppgave, a launcher in
# ~/.local/bin, a menu entry and the .oppgave file type.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${HOME}/.local/opt/oppgave"
mkdir -p "${HOME}/.local/opt" "${HOME}/.local/bin" "${HOME}/.local/share/applications" \
         "${HOME}/.local/share/icons/hicolor/256x256/apps" "${HOME}/.local/share/mime/packages"
rm -rf "$target" && cp -a "$here" "$target"
ln -sf "$target/oppgave" "${HOME}/.local/bin/oppgave"
cp "$here/oppgave.png" "${HOME}/.local/share/icons/hicolor/256x256/apps/oppgave.png"
sed "s|^Exec=.*|Exec=${target}/oppgave %f|" "$here/oppgave.desktop" \
    > "${HOME}/.local/share/applications/oppgave.desktop"
cat > "${HOME}/.local/share/mime/packages/oppgave.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-oppgave">
    <comment>Oppgave-arbeidsfil</comment>
    <glob pattern="*.oppgave"/>
  </mime-type>
</mime-info>
XML
command -v update-mime-database >/dev/null && update-mime-database "${HOME}/.local/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "${HOME}/.local/share/applications" || true
echo "Installert i $target. Start med: oppgave"
