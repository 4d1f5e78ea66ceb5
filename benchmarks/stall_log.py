"""Why the GUI thread stalled (issue 15): each event that keeps the event loop away longer than
a threshold is recorded with its wall time, the GUI thread's own CPU time in it, the time it
was ready to run but waited for a CPU (the machine's load: Linux's per-thread ``schedstat``),
the garbage collector's passes in it, and the Python stacks a watchdog thread sampled meanwhile
(``sys._current_frames``). Every turn of the event loop is also kept as (wall, GUI CPU), so
that the window's own work per turn can be told from the machine's load over a whole session.

CPU time against wall time tells real GUI work from starvation: a 200 ms stall in which the GUI
thread ran 10 ms waited (for the CPU that other processes had, for the disk, for a lock, or for
the GIL another thread of ours held); one in which it ran 190 ms computed. The run-queue wait
says which waiting it was: ready and not given a CPU (other processes' load), or blocked.
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
_SCHEDSTAT = "/proc/thread-self/schedstat"  # ns on a CPU, ns ready on a run queue, slices


def runqueue_wait() -> float:
    """Seconds the calling thread has been ready to run but waited for a CPU (0 where Linux's
    schedstat is not available)."""
    try:
        with open(_SCHEDSTAT, "rb") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass
class Stall:
    wall: float  # seconds the event loop was away
    cpu: float  # seconds of it the GUI thread ran
    process_cpu: float  # seconds of it all the process's threads ran (GIL holders included)
    gc: float  # seconds of full garbage collections in it
    samples: list[tuple[str, ...]] = field(default_factory=list)  # stacks seen, innermost last
    ready: float = 0.0  # seconds of it the GUI thread was ready to run and got no CPU
    # Where the kernel had the GUI thread sleep at each sample (/proc/.../wchan): a futex is a
    # lock or the GIL, poll the event loop waiting (for the X server's reply, or for nothing).
    sleeps: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.gc > self.wall / 2:
            return "garbage collector"
        if self.cpu >= self.wall / 2:
            return "GUI work"
        if self.process_cpu - self.cpu >= self.wall / 2:
            return "waiting for our other threads (the GIL)"
        if self.ready >= self.wall / 2:
            return "the machine's load (ready, no CPU given)"
        slept = collections.Counter(s for s in self.sleeps if s and s != "0").most_common(1)
        if slept and "futex" in slept[0][0]:
            return "waiting on a lock or the GIL (futex)"
        if slept and "poll" in slept[0][0]:
            return "waiting in the event loop's poll (the X server, or nothing due)"
        return "waiting (for X, the disk, a lock, or the CPU)"

    @property
    def ours(self) -> bool:
        """Whether the app had a part in it: work, the collector, our threads, or a wait that
        is neither the machine's load nor the event loop's own sleep."""
        return not self.kind.startswith("the machine's load")

    def where(self, depth: int = 3) -> str:
        """The app's frames seen most often during the stall (innermost first)."""
        counts = collections.Counter(s[-depth:] for s in self.samples if s)
        if not counts:
            return "(no sample: the stall ended before the watchdog looked)"
        stack, seen = counts.most_common(1)[0]
        return f"{' < '.join(reversed(stack))} ({seen}/{len(self.samples)} samples)"


class StallLog:
    """Start it on the GUI thread (it beats with a 1 ms Qt timer); ``stop`` returns the stalls.
    ``turns`` keeps (wall, GUI CPU) of every beat's gap; a gap whose GUI CPU alone exceeds
    ``work_threshold`` is recorded as a stall too (with its stack), whatever its wall time."""

    def __init__(
        self, threshold: float = 0.05, every: float = 0.005, work_threshold: float = 0.01
    ) -> None:
        from PySide6.QtCore import QTimer

        self.threshold, self.every, self.work_threshold = threshold, every, work_threshold
        self.stalls: list[Stall] = []
        self.turns: list[tuple[float, float]] = []
        self._gui = threading.get_ident()
        self._wchan = f"/proc/self/task/{threading.get_native_id()}/wchan"
        self._sleeps: list[str] = []
        self._beat_at = 0.0
        self._cpu_at = 0.0
        self._process_at = 0.0
        self._ready_at = 0.0
        self._samples: list[tuple[str, ...]] = []
        self._gc_started = 0.0
        self._gc_spent = 0.0
        self._running = False
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)
        self._watchdog: threading.Thread | None = None

    def start(self) -> None:
        self.stalls, self.turns, self._running = [], [], True
        self._beat_at, self._cpu_at = time.perf_counter(), time.thread_time()
        self._process_at, self._ready_at = time.process_time(), runqueue_wait()
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
        ready = runqueue_wait()
        wall, work = now - self._beat_at, cpu - self._cpu_at
        self.turns.append((wall, work))
        if wall > self.threshold or work > self.work_threshold:
            self.stalls.append(
                Stall(
                    wall,
                    work,
                    process - self._process_at,
                    self._gc_spent,
                    self._samples,
                    ready - self._ready_at,
                    self._sleeps,
                )
            )
        self._beat_at, self._cpu_at, self._process_at = now, cpu, process
        self._ready_at = ready
        self._samples, self._gc_spent, self._sleeps = [], 0.0, []

    def _on_gc(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started:
            self._gc_spent += time.perf_counter() - self._gc_started

    def _watch(self) -> None:  # its own thread
        low = min(self.threshold, self.work_threshold)
        while self._running:
            time.sleep(self.every)  # the sampling period of a profiler, not a synchronisation
            if time.perf_counter() - self._beat_at <= low:
                continue
            frame = sys._current_frames().get(self._gui)
            if frame is not None:
                self._samples.append(_app_frames(frame))
            # Let go of the frame at once: held until the next sample, it kept a paintEvent's
            # locals (its QPainter) alive past the event, destroyed later on this thread.
            del frame
            self._sleeps.append(_read(self._wchan))


def _read(path: str) -> str:
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ""


def _app_frames(frame) -> tuple[str, ...]:
    """The stack as "module:line function", the app's frames only (else the innermost ones)."""
    stack = traceback.extract_stack(frame)
    mine = [f for f in stack if APP in f.filename] or stack[-3:]
    return tuple(f"{f.filename.rsplit(os.sep, 1)[-1][:-3]}:{f.lineno} {f.name}" for f in mine[-8:])


def _percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else 0.0


def print_work(log: StallLog) -> None:
    """The GUI thread's own CPU time per event-loop turn (what the window did, whatever the
    machine's load), and how much of the session's wall time it was ready but got no CPU."""
    work = [cpu for _, cpu in log.turns]
    if not work:
        return
    top = max(work) * 1000
    print(
        f"  GUI thread CPU per event-loop turn: p50 {_percentile(work, 50) * 1000:.2f} ms, "
        f"p99 {_percentile(work, 99) * 1000:.1f} ms, max {top:.1f} ms "
        f"(the window's own work; goal < 50 ms): {'MET' if top < 50 else 'MISSED'}"
    )


def print_stalls(stalls: list[Stall], limit: int = 12, threshold: float = 0.05) -> None:
    """One line per stall over ``threshold`` (the longest first): wall, GUI CPU, run-queue
    wait, kind, where; then the turns in which the GUI thread itself worked the longest."""
    long = [s for s in stalls if s.wall > threshold]
    if not long:
        print("  no stall over the threshold")
    else:
        kinds = collections.Counter(s.kind for s in long)
        theirs = sum(not s.ours for s in long)
        print(
            f"  {len(long)} stalls over the threshold: "
            + ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
            + f"; {theirs} of them the machine's load, not ours"
        )
        work = max(s.cpu for s in long) * 1000
        print(
            f"  the most the GUI thread ran in one of them: {work:.0f} ms (what the window itself "
            f"did; goal < 50 ms): {'MET' if work < 50 else 'MISSED'}"
        )
        for stall in sorted(long, key=lambda s: -s.wall)[:limit]:
            print("  " + _line(stall))
    busy = sorted((s for s in stalls if s.cpu > 0), key=lambda s: -s.cpu)[:5]
    if busy:
        print("  the turns in which the GUI thread itself ran longest:")
        for stall in busy:
            print("  " + _line(stall))


def _line(stall: Stall) -> str:
    return (
        f"{stall.wall * 1000:6.0f} ms wall, GUI thread CPU {stall.cpu * 1000:4.0f} ms, "
        f"ready without CPU {stall.ready * 1000:4.0f} ms, "
        f"process CPU {stall.process_cpu * 1000:4.0f} ms"
        f"{f', full GC {stall.gc * 1000:.0f} ms' if stall.gc else ''}: {stall.kind}; "
        f"{stall.where()}{_slept(stall)}"
    )


def _slept(stall: Stall) -> str:
    counts = collections.Counter(s for s in stall.sleeps if s and s != "0")  # 0: not asleep
    return f"; kernel wait: {counts.most_common(1)[0][0]}" if counts else ""
