"""Run slow work off the GUI thread and get the result back on it (after Picard's ``run_task``).

Plain daemon threads, not QThreadPool: Qt waits for its pool when the app quits, so a feed
download stuck in a 30 s timeout would hold the window open. The result goes through a
thread-safe queue that a GUI-thread timer drains; no Qt object is touched off the GUI thread.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

log = logging.getLogger("observer.ui")

_results: queue.SimpleQueue = queue.SimpleQueue()
_timer: QTimer | None = None
_pending = 0


def _drain() -> None:
    global _pending
    while True:
        try:
            callback, value = _results.get_nowait()
        except queue.Empty:
            break
        _pending -= 1
        try:
            callback(value)
        except Exception:  # a failing callback must not stop the others
            log.exception("task callback failed")
    if _pending == 0 and _timer is not None:
        _timer.stop()


def run_task(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    """Run ``fn`` on a daemon thread; ``on_done(result)`` or ``on_error(exc)`` run on the GUI thread."""
    global _timer, _pending
    if _timer is None:
        _timer = QTimer(QCoreApplication.instance())
        _timer.setInterval(20)
        _timer.timeout.connect(_drain)
    _pending += 1
    _timer.start()

    def work() -> None:
        try:
            result = fn()
        except Exception as exc:
            log.debug("task failed", exc_info=True)
            _results.put((on_error, exc))
        else:
            _results.put((on_done, result))

    threading.Thread(target=work, name="observer-task", daemon=True).start()


class Latest:
    """One kind of request answered off the GUI thread, the latest winning (a search box, a
    filter, a preview): while a request runs, newer ones replace each other and only the last
    of them runs next; an answer that a newer request made stale is dropped, not shown.
    ``on_done`` and ``on_error`` run on the GUI thread, for the latest request only."""

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        self.on_done, self.on_error = on_done, on_error
        self.asked = 0  # requests made so far; the answer to number ``asked`` is the one wanted
        self._waiting: tuple[int, Callable[[], Any]] | None = None
        self._running = False

    @property
    def busy(self) -> bool:
        """A request is running or waiting: what is shown may be stale."""
        return self._running or self._waiting is not None

    def ask(self, fn: Callable[[], Any]) -> None:
        self.asked += 1
        self._waiting = (self.asked, fn)
        if not self._running:
            self._start()

    def cancel(self) -> None:
        """Nothing asked so far will be delivered (the window that wanted it is closing)."""
        self.asked += 1
        self._waiting = None

    def _start(self) -> None:
        assert self._waiting is not None
        (number, fn), self._waiting = self._waiting, None
        self._running = True
        run_task(
            fn,
            lambda value: self._finish(number, value, self.on_done),
            lambda exc: self._finish(number, exc, self.on_error),
        )

    def _finish(self, number: int, value: Any, deliver: Callable[[Any], None]) -> None:
        self._running = False
        if self._waiting is not None:
            self._start()  # a newer request came meanwhile: this answer is already stale
        elif number == self.asked:
            deliver(value)
