"""A guard against a reference-counting bug of PySide6 6.12 on CPython 3.11.

With PySide6 6.12.0 every call from Python to a Qt function that returns nothing (``setText``,
``drawText``, ``processEvents`` …) takes one reference away from ``None`` without having added
one. On Python 3.12 and later ``None``, ``True`` and ``False`` are immortal and nothing happens;
on 3.11 the count runs down and the interpreter aborts with "Fatal Python error: none_dealloc"
once it reaches zero – painting the board a few dozen times is enough
(``tests/ui/test_refcount_guard.py`` shows it).

Until the app requires Python 3.12 (or PySide6 is fixed), a timer keeps the counts of these
singletons far from zero on CPython < 3.12 by raising them directly. The references taken away
were never real, so adding them back changes nothing else; the singletons are never freed in any
case. On Python 3.12+ and other interpreters this module does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

#: Below this many references the count is raised by BOOST.
FLOOR = 1_000_000
BOOST = 100_000_000
INTERVAL_MS = 200
_SINGLETONS = (None, True, False)

_timer: QTimer | None = None


def needed() -> bool:
    """Whether this interpreter counts references on ``None`` (CPython before 3.12)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def top_up() -> None:
    """Raise the reference count of ``None``, ``True`` and ``False`` when it runs low."""
    if not needed():
        return
    for singleton in _SINGLETONS:
        # ob_refcnt is the first field of every CPython object, at the address id() gives
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < FLOOR:
            count.value += BOOST


def install(parent: QObject) -> None:
    """Start the guard (once per process) on a timer owned by ``parent`` (the application)."""
    global _timer
    if not needed() or _timer is not None:
        return
    top_up()
    _timer = QTimer(parent)
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(top_up)
    _timer.start()
