"""Run slow work off the GUI thread and get the result back on it (after Picard's ``run_task``
and ``to_main``, and Anki's ``QueryOp``).

Plain daemon threads, not QThreadPool: Qt waits for its pool when the app quits, so a feed
download stuck in a 30 s timeout would hold the window open. They are kept for the next task
(``_Workers``): starting a thread makes the caller wait until it runs. The result comes back as a Qt
event: the worker emits a signal of a relay object that lives on the GUI thread, through a
queued connection, so the callback runs in the GUI thread's event loop. Nothing polls, and no
Qt object is touched off the GUI thread.

- ``run_task(fn, on_done, on_error)``: one piece of work, two callbacks.
- ``Job``: a named piece of work that runs again and again (a backup, the outbox, a refresh),
  with typed signals (started, progress, finished, failed) and a ``JobState``; starting a
  running job does nothing, which is what the old "already busy" flags did.
- ``Latest``: a request asked again and again (a search box), the latest winning.
- ``in_turns(steps, owner)``: GUI-thread work cut in steps, one per event-loop turn.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from enum import StrEnum
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

log = logging.getLogger("observer.ui")


class _Relay(QObject):
    """Lives on the GUI thread; ``call`` may be emitted from any thread and the callable it
    carries runs on the GUI thread (queued connection: a posted event, no timer)."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, callback: Callable[[], None]) -> None:
        try:
            callback()
        except Exception:  # a failing callback must not stop the others
            log.exception("task callback failed")


_relay: _Relay | None = None


def _gui_relay() -> _Relay:
    """The relay, made on first use on the GUI thread (the application's thread)."""
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_task needs a QCoreApplication")
        _relay = _Relay()
        _relay.moveToThread(app.thread())
    return _relay


def to_main(callback: Callable[[], None]) -> None:
    """Run ``callback`` on the GUI thread soon (callable from any thread)."""
    _gui_relay().call.emit(callback)


def run_task(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    """Run ``fn`` on a daemon thread; ``on_done(result)`` or ``on_error(exc)`` run on the GUI thread."""
    relay = _gui_relay()  # made here, on the GUI thread, not by the worker

    def work() -> None:
        try:
            result = fn()
        except Exception as exc:
            log.debug("task failed", exc_info=True)
            relay.call.emit(partial(on_error, exc))
        else:
            relay.call.emit(partial(on_done, result))

    _workers.submit(work)


def in_turns(steps: Iterator[object], owner: QObject) -> None:
    """Take one step of ``steps`` per event-loop turn on the GUI thread, the window answering
    in between, while ``owner`` lives (gone, the rest is dropped with the pending timer)."""

    def step() -> None:
        if next(steps, _DONE) is not _DONE:
            QTimer.singleShot(0, owner, step)

    QTimer.singleShot(0, owner, step)


_DONE = object()


class _Workers:
    """Daemon threads kept for the next task. ``Thread.start()`` waits until the new thread
    runs: on a loaded machine that held the GUI thread up to 130 ms (measured with
    benchmarks/stall_log.py) at each filter or search. A thread that finished its task waits
    for the next one; a new thread starts only when none is free (a long task never holds up
    another)."""

    def __init__(self) -> None:
        self._tasks: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._idle = 0  # threads waiting for a task (each put is taken by one of them)
        self._lock = threading.Lock()

    def submit(self, work: Callable[[], None]) -> None:
        with self._lock:
            free = self._idle > 0
            if free:
                self._idle -= 1
        if free:
            self._tasks.put(work)
        else:
            threading.Thread(
                target=self._serve, args=(work,), name="observer-task", daemon=True
            ).start()

    def _serve(self, first: Callable[[], None]) -> None:
        task: Callable[[], None] | None = first
        del first  # nothing of a finished task is kept alive while the thread waits
        while task is not None:
            task()
            task = None
            with self._lock:
                self._idle += 1
            task = self._tasks.get()


_workers = _Workers()


class JobState(StrEnum):
    IDLE = "idle"  # never started
    RUNNING = "running"
    DONE = "done"  # the last run finished
    FAILED = "failed"  # the last run raised


class Job(QObject):
    """One kind of background work, run on demand (a timer of the controller, a menu item):
    at most one run at a time. ``work(report, *args)`` gets the arguments of ``start`` and a
    ``report(value)`` function it may call from its thread; each value arrives as ``progress``
    on the GUI thread. Signals come in order:
    started, progress..., then finished or failed."""

    started = Signal()
    progress = Signal(object)
    finished = Signal(object)  # the value ``work`` returned
    failed = Signal(Exception)

    def __init__(self, name: str, work: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._work = work
        self.state = JobState.IDLE

    @property
    def running(self) -> bool:
        return self.state is JobState.RUNNING

    def start(self, *args: Any) -> bool:
        """Start a run off the GUI thread; False (and nothing done) if one is running."""
        if self.running:
            return False
        self.state = JobState.RUNNING
        self.started.emit()
        run_task(lambda: self._work(self._report, *args), self._finish, self._fail)
        return True

    def _report(self, value: Any) -> None:  # on the worker thread
        to_main(partial(self._progress, value))

    def _progress(self, value: Any) -> None:
        if shiboken6.isValid(self) and self.running:
            self.progress.emit(value)

    def _finish(self, value: Any) -> None:
        if not shiboken6.isValid(self):
            return  # its owner (the window) was deleted meanwhile
        self.state = JobState.DONE
        self.finished.emit(value)

    def _fail(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.state = JobState.FAILED
        log.error("%s failed: %s", self.objectName(), exc)
        self.failed.emit(exc)


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
