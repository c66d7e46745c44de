"""Checking, before Qt starts, that the Linux system libraries Qt needs are installed.

Without them Qt aborts the whole process (SIGABRT, exit 134, a core dump) with "no Qt platform
plugin could be initialized", and its own hint names the wrong package. The PySide6 wheel
bundles Qt but not the X11/xcb, OpenGL and font libraries of the system, so a bare Debian
machine lacks some of them (``libxcb-icccm4`` and ``libxcb-keysyms1`` are the usual ones).

:data:`DEBIAN_PACKAGES` is the one list of what to install: ``installer/linux/system-deps.sh``
and the README name the same packages (``tests/test_system_libraries.py`` keeps them equal and
checks the list against what the installed xcb plugin really links). Qt-free and stdlib-only:
this runs before PySide6's GUI modules are loaded.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from oppgave.i18n import translate

#: Shared library (soname) → the Debian package that ships it, for everything Qt's GUI and its
#: xcb platform plugin link beyond the C/C++ runtime. Order: the order of the apt-get command.
GUI_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
}
#: What the xcb platform plugin (``plugins/platforms/libqxcb.so``) adds: needed only on X11.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


#: Every Debian package the desktop app needs, each once.
DEBIAN_PACKAGES: tuple[str, ...] = _unique([*GUI_LIBRARIES.values(), *XCB_LIBRARIES.values()])

EXIT_MISSING_LIBRARIES = 1  # like every other "Feil: …" of the command


def _tr(text: str) -> str:
    return translate("SystemLibraries", text)


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """True if Qt will pick its X11 (xcb) platform plugin in this environment.

    ``QT_QPA_PLATFORM`` wins when set (``offscreen``, ``wayland``, ``xcb``, or a list such as
    ``wayland;xcb`` whose first entry is tried first); otherwise Qt 6 prefers Wayland when a
    Wayland session is running and uses xcb on X11.
    """
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(";")[0].split(":")[0].strip() == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(
    environ: Mapping[str, str] | None = None,
    loads: Callable[[str], bool] = _loads,
) -> tuple[str, ...]:
    """The Debian packages whose libraries the dynamic loader cannot find (empty off Linux).

    ``loads(soname)`` asks the dynamic loader itself (``dlopen``), so ``LD_LIBRARY_PATH`` and
    libraries outside ``/usr/lib`` count as installed, exactly as for Qt.
    """
    if not sys.platform.startswith("linux"):
        return ()
    environment = os.environ if environ is None else environ
    needed = dict(GUI_LIBRARIES)
    if uses_xcb(environment):
        needed.update(XCB_LIBRARIES)
    return _unique([package for soname, package in needed.items() if not loads(soname)])


def install_command(packages: tuple[str, ...] = DEBIAN_PACKAGES) -> str:
    """The apt-get command line; ``sudo`` only for a user who is not root."""
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    return ("" if root else "sudo ") + "apt-get install -y " + " ".join(packages)


def missing_message(packages: tuple[str, ...]) -> str:
    """The message printed instead of Qt's abort: what is missing and the one command to run."""
    return _tr(
        "Feil: skrivebordsprogrammet kan ikke starte fordi Qt mangler systembiblioteker "
        "({packages}).\nInstaller dem med:\n\n    {command}\n\n"
        "Kommandolinjen (oppgave analyse, oppgave report …) virker uten dem."
    ).format(packages=", ".join(packages), command=install_command(packages))


def check_before_qt(
    environ: Mapping[str, str] | None = None,
    loads: Callable[[str], bool] = _loads,
) -> int | None:
    """Print the install command and return an exit code if libraries are missing, else None."""
    environment = os.environ if environ is None else environ
    packages = missing_packages(environment, loads)
    if not packages:
        if (
            sys.platform.startswith("linux")
            and uses_xcb(environment)
            and not environment.get("DISPLAY")
        ):
            print(
                _tr(
                    "Feil: skrivebordsprogrammet finner ingen skjerm (DISPLAY er ikke satt). "
                    "Start det fra skrivebordet, eller bruk kommandolinjen (oppgave --help)."
                ),
                file=sys.stderr,
            )
            return EXIT_MISSING_LIBRARIES
        return None
    print(missing_message(packages), file=sys.stderr)
    return EXIT_MISSING_LIBRARIES
