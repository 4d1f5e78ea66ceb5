"""Why the GUI thread stalled (issue 15): each event that keeps the event loop away longer than
a threshold is recorded with its wall time, the GUI thread's own CPU time in it, the garbage
collector's passes in it, and the Python stacks a watchdog thread sampled meanwhile
(``sys._current_frames``).

CPU time against wall time tells real GUI work from starvation: a 200 ms stall in which the GUI
thread ran 10 ms waited (for the CPU that other processes had, for the disk, for a lock, or for
the GIL another thread of ours held); one in which it ran 190 ms computed.
"""

from __future__ import annotations

import collections
import gc
import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field

APP = os.sep + "observer_app" + os.sep


@dataclass
class Stall:
    wall: float  # seconds the event loop was away
    cpu: float  # seconds of it the GUI thread ran
    process_cpu: float  # seconds of it all the process's threads ran (GIL holders included)
    gc: float  # seconds of full garbage collections in it
    samples: list[tuple[str, ...]] = field(default_factory=list)  # stacks seen, innermost last

    @property
    def kind(self) -> str:
        if self.gc > self.wall / 2:
            return "garbage collector"
        if self.cpu >= self.wall / 2:
            return "GUI work"
        if self.process_cpu - self.cpu >= self.wall / 2:
            return "waiting for our other threads (the GIL)"
        return "waiting (the process got no CPU, or waited for X, the disk or a lock)"

    def where(self, depth: int = 3) -> str:
        """The app's frames seen most often during the stall (innermost first)."""
        counts = collections.Counter(s[-depth:] for s in self.samples if s)
        if not counts:
            return "(no sample: the stall ended before the watchdog looked)"
        stack, seen = counts.most_common(1)[0]
        return f"{' < '.join(reversed(stack))} ({seen}/{len(self.samples)} samples)"


class StallLog:
    """Start it on the GUI thread (it beats with a 1 ms Qt timer); ``stop`` returns the stalls."""

    def __init__(self, threshold: float = 0.05, every: float = 0.005) -> None:
        from PySide6.QtCore import QTimer

        self.threshold, self.every = threshold, every
        self.stalls: list[Stall] = []
        self._gui = threading.get_ident()
        self._beat_at = 0.0
        self._cpu_at = 0.0
        self._process_at = 0.0
        self._samples: list[tuple[str, ...]] = []
        self._gc_started = 0.0
        self._gc_spent = 0.0
        self._running = False
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)
        self._watchdog: threading.Thread | None = None

    def start(self) -> None:
        self.stalls, self._running = [], True
        self._beat_at, self._cpu_at = time.perf_counter(), time.thread_time()
        self._process_at = time.process_time()
        gc.callbacks.append(self._on_gc)
        self._timer.start()
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
        self._watchdog.start()

    def stop(self) -> list[Stall]:
        self._running = False
        self._timer.stop()
        gc.callbacks.remove(self._on_gc)
        if self._watchdog is not None:
            self._watchdog.join()
        return self.stalls

    def _beat(self) -> None:  # GUI thread
        now, cpu, process = time.perf_counter(), time.thread_time(), time.process_time()
        wall = now - self._beat_at
        if wall > self.threshold:
            self.stalls.append(
                Stall(
                    wall,
                    cpu - self._cpu_at,
                    process - self._process_at,
                    self._gc_spent,
                    self._samples,
                )
            )
        self._beat_at, self._cpu_at, self._process_at = now, cpu, process
        self._samples, self._gc_spent = [], 0.0

    def _on_gc(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started:
            self._gc_spent += time.perf_counter() - self._gc_started

    def _watch(self) -> None:  # its own thread
        while self._running:
            time.sleep(self.every)  # the sampling period of a profiler, not a synchronisation
            if time.perf_counter() - self._beat_at <= self.threshold:
                continue
            frame = sys._current_frames().get(self._gui)
            if frame is not None:
                self._samples.append(_app_frames(frame))


def _app_frames(frame) -> tuple[str, ...]:
    """The stack as "module:line function", the app's frames only (else the innermost ones)."""
    stack = traceback.extract_stack(frame)
    mine = [f for f in stack if APP in f.filename] or stack[-3:]
    return tuple(f"{f.filename.rsplit(os.sep, 1)[-1][:-3]}:{f.lineno} {f.name}" for f in mine[-8:])


def print_stalls(stalls: list[Stall], limit: int = 12) -> None:
    """One line per stall, the longest first: wall, GUI CPU, kind, where."""
    if not stalls:
        print("  no stall over the threshold")
        return
    kinds = collections.Counter(s.kind for s in stalls)
    print(
        f"  {len(stalls)} stalls over the threshold: "
        + ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
    )
    work = max(s.cpu for s in stalls) * 1000
    print(
        f"  the most the GUI thread ran in one of them: {work:.0f} ms (what the window itself "
        f"did; goal < 50 ms): {'MET' if work < 50 else 'MISSED'}"
    )
    for stall in sorted(stalls, key=lambda s: -s.wall)[:limit]:
        print(
            f"  {stall.wall * 1000:6.0f} ms wall, GUI thread CPU {stall.cpu * 1000:4.0f} ms, "
            f"process CPU {stall.process_cpu * 1000:4.0f} ms"
            f"{f', full GC {stall.gc * 1000:.0f} ms' if stall.gc else ''}: {stall.kind}; "
            f"{stall.where()}"
        )
