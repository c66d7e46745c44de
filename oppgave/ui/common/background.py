"""Running a plain function off the UI thread and getting its result back on it.

Loading a department of 10,000 tasks takes long enough to freeze a window; the computation is a
plain function (a service call) and this only moves it to Qt's thread pool and delivers the result
or the error through a signal, which Qt queues back to the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


def load_on_gui_thread(*loaders: Callable[[], object]) -> None:
    """Run ``loaders`` (functions that import what a job will use) here, before the job starts.

    The first import of a native extension (OR-Tools, NumPy) on a worker thread, while the GUI
    thread imports the lazily built tabs through PySide6's import hook, crashed the app: a
    segfault in OR-Tools' ``CpModel()`` in 2 of 3 runs of «Lag turnus» under Xvfb; with the
    import done on the GUI thread first, 0 of 4. An import already done costs nothing.
    """
    for load in loaders:
        load()


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._function = function
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._function()
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread as is
            self._relay.failed.emit(error)
            return
        self._relay.finished.emit(result)


class BackgroundRunner(QObject):
    """Runs one kind of job at a time; a newer job makes the results of older ones ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running = 0
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def start(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._generation += 1
        generation = self._generation
        relay = _Relay()
        self._relays.add(relay)
        self._running += 1

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._running -= 1
            self._relays.discard(relay)
            if generation == self._generation:
                callback(value)

        relay.finished.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda error: finish(on_error, error))
        QThreadPool.globalInstance().start(_Job(function, relay))

    def cancel(self) -> None:
        """Forget the running job's result (the work itself finishes in the background)."""
        self._generation += 1
