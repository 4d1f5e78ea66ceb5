"""What every benchmark prints the same way: the app's figure, its comparison measured in the
same run (interleaved: app, comparison, app, comparison...), the min/median/max of the pairwise
ratios, and the goal with MET or MISSED.

Interleaving matters on a shared machine: a burst of load hits both sides of a pair, so the
ratio of a pair is steadier than the ratio of two medians measured minutes apart. A warm-up
pair runs first and is not counted (bytecode and page caches warm, as a user's are).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

LOAD_NOTE = "(shared 2-core machine under load from other work: figures vary from run to run)"


def timed(fn: Callable[[], object]) -> float:
    """Seconds ``fn()`` took."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def interleaved(
    app: Callable[[], float], comparison: Callable[[], float], runs: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """``runs`` pairs of measurements (each callable returns its own figure), after ``warmup``
    pairs that are thrown away."""
    for _ in range(warmup):
        app(), comparison()
    pairs = [(app(), comparison()) for _ in range(runs)]
    return [a for a, _ in pairs], [c for _, c in pairs]


def figure(value: float) -> str:
    """Three significant digits, never in exponent form ("3370", not "3.37e+03")."""
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"


def spread(values: list[float], scale: float = 1.0, unit: str = "") -> str:
    values = sorted(v * scale for v in values)
    return (
        f"median {figure(statistics.median(values))}{unit} "
        f"(min {figure(values[0])}, max {figure(values[-1])}, n={len(values)})"
    )


def ratios(app: list[float], comparison: list[float]) -> list[float]:
    return [a / c for a, c in zip(app, comparison, strict=True) if c > 0]


def verdict(met: bool) -> str:
    return "MET" if met else "MISSED"


def compare(
    label: str,
    app: list[float],
    comparison: list[float],
    comparison_label: str,
    goal_ratio: float | None = None,
    scale: float = 1000.0,
    unit: str = " ms",
) -> float:
    """Print the figures of one comparison; returns the median pairwise ratio."""
    r = sorted(ratios(app, comparison))
    median = statistics.median(r) if r else float("nan")
    print(f"{label}")
    print(f"  app:        {spread(app, scale, unit)}")
    print(f"  {comparison_label + ':':<11} {spread(comparison, scale, unit)}")
    print(
        f"  ratio app/{comparison_label}: min {r[0]:.2f}x  median {median:.2f}x  max {r[-1]:.2f}x"
    )
    if goal_ratio is not None:
        print(f"  goal <= {goal_ratio:g}x (median ratio): {verdict(median <= goal_ratio)}")
    return median


def goal(label: str, value: float, limit: float, unit: str = " ms") -> bool:
    """Print one absolute goal with MET or MISSED."""
    met = value <= limit
    print(f"  goal {label} <= {limit:g}{unit}: {value:.3g}{unit} {verdict(met)}")
    return met


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


class StallMeter:
    """The GUI thread's stalls, seen from inside the event loop: a zero-interval timer records
    the gaps between its runs (a gap is how long the window could not react)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps, self._last = [], 0.0
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return self.gaps


def app_at(rev: str, folder: Path, root: Path) -> list[str]:
    """The command running the app's package as of git revision ``rev`` of the checkout at
    ``root``, extracted into ``folder`` and bytecode compiled like the app's (``--before``)."""
    folder.mkdir()
    archive = subprocess.run(
        ["git", "archive", rev, "observer_app"], cwd=root, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)], check=True)
    code = (
        f"import sys; sys.path.insert(0, {str(folder)!r}); "
        "from observer_app.__main__ import main; sys.exit(main())"
    )
    return [sys.executable, "-c", code]
