"""Worker results back on the GUI thread (issue 16): ``ui.jobs.run_task`` (a queued signal of a
relay on the GUI thread: a posted event) against the design it replaced (a 20 ms QTimer that
drained a queue while any task ran), interleaved in the same run.

Two figures:
- delivery latency: from the worker's last instruction to the callback running on the GUI
  thread (goal: p95 <= 5 ms; polling costs up to a period);
- wake-ups of the GUI thread's event loop while one task waits 1 s on the network (goal: none
  caused by the mechanism; polling wakes it every 20 ms).
Prints figures; asserts nothing.

usage: nice .venv/bin/python benchmarks/jobs.py [--runs 40]
"""

from __future__ import annotations

import argparse
import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from compare import LOAD_NOTE, compare, goal, interleaved, percentile  # noqa: E402


class PollingTasks:
    """The replaced design (observer_app/workers.py before issue 16), for comparison only."""

    def __init__(self) -> None:
        from PySide6.QtCore import QCoreApplication, QTimer

        self.results: queue.SimpleQueue = queue.SimpleQueue()
        self.pending = 0
        self.timer = QTimer(QCoreApplication.instance())
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.drain)

    def drain(self) -> None:
        while True:
            try:
                callback, value = self.results.get_nowait()
            except queue.Empty:
                break
            self.pending -= 1
            callback(value)
        if self.pending == 0:
            self.timer.stop()

    def run_task(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.pending += 1
        self.timer.start()
        threading.Thread(target=lambda: self.results.put((on_done, fn())), daemon=True).start()


def latency(app: Any, run_task: Callable[[Callable[[], Any], Callable[[Any], None]], None]):
    """Seconds from the worker's return to the callback, for one task."""
    from PySide6.QtCore import QEventLoop

    finished_at: list[float] = []
    arrived: list[float] = []
    loop = QEventLoop()

    def work() -> float:
        time.sleep(0.005)  # a little work, so the GUI thread is idle in its loop meanwhile
        finished_at.append(time.perf_counter())
        return 0.0

    def on_done(_value: Any) -> None:
        arrived.append(time.perf_counter())
        loop.quit()

    run_task(work, on_done)
    loop.exec()
    return arrived[0] - finished_at[0]


def wakeups(app: Any, run_task: Callable[[Callable[[], Any], Callable[[Any], None]], None]):
    """Event-loop wake-ups while one task waits a second (its result counts as one)."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop

    dispatcher = QAbstractEventDispatcher.instance()
    count = [0]

    def awake() -> None:
        count[0] += 1

    loop = QEventLoop()
    dispatcher.awake.connect(awake)
    run_task(lambda: time.sleep(1.0), lambda _v: loop.quit())
    loop.exec()
    dispatcher.awake.disconnect(awake)
    return float(count[0])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from observer_app.ui import jobs

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    polling = PollingTasks()

    def new(fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        jobs.run_task(fn, on_done, lambda exc: on_done(exc))

    print(LOAD_NOTE)
    app_side, old_side = interleaved(
        lambda: latency(app, new), lambda: latency(app, polling.run_task), args.runs
    )
    compare("worker result -> callback on the GUI thread", app_side, old_side, "polling 20 ms")
    goal("p95 latency (app)", percentile(app_side, 95) * 1000, 5.0)
    app_wakes, old_wakes = interleaved(
        lambda: wakeups(app, new), lambda: wakeups(app, polling.run_task), 3
    )
    print("event-loop wake-ups while one task waits 1 s")
    print(f"  app:            {sorted(app_wakes)}")
    print(f"  polling 20 ms:  {sorted(old_wakes)}")
    goal("wake-ups per waiting second (app, worst)", max(app_wakes), 3.0, unit="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
