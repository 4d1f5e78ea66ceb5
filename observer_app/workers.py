"""Run slow work off the GUI thread and get the result back by signal (Picard's ``run_task``)."""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("observer.ui")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, which shows it
            log.debug("task failed", exc_info=True)
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
    """Run ``fn`` on the global pool; ``on_done(result)`` or ``on_error(exc)`` run on the GUI thread."""
    relay = _Relay()  # lives in the GUI thread, so its signals are delivered there (queued)
    _live.add(relay)

    def finish(callback, value):
        _live.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda r: finish(on_done, r))
    relay.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(_Task(fn, relay))
