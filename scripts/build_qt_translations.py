"""Compile our Norwegian bokmål translation of Qt's own dialogs.

    python scripts/build_qt_translations.py

PySide6-Essentials ships Qt's translations for Danish, Swedish and Nynorsk, but no
``qtbase_nb.qm``, so Qt's file dialogs, standard buttons («Save», «Cancel») and text-field menus
would stay English in the Norwegian app. ``resources/qt_translations/qtbase_nb.ts`` holds the
bokmål texts (same contexts and source strings as Qt's own catalogue); this compiles it with
``pyside6-lrelease`` into the ``qtbase_nb.qm`` that :mod:`oppgave.ui.startup.translations` loads
when no ``qtbase_nb.qm`` is found in Qt's translations folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "qt_translations"


def main() -> int:
    code = (
        "import sys; from PySide6.scripts import pyside_tool; "
        "sys.argv[0] = 'pyside6-lrelease'; sys.exit(pyside_tool.lrelease())"
    )
    for source in sorted(FOLDER.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run(
            [sys.executable, "-c", code, "-silent", str(source), "-qm", str(target)], check=True
        )
        print(f"{source.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
