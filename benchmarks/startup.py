"""Time from `make run` to the first video frame of the demo (median of N runs).

Prints figures; asserts nothing. Needs a display: under no DISPLAY it re-runs itself in
xvfb-run. The app's OBSERVER_BENCH_FIRST_FRAME hook prints "first-frame" once libVLC reports
a video output and a moving clock, then quits.

usage: .venv/bin/python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(command: list[str]) -> tuple[float, float]:
    env = {**os.environ, "OBSERVER_BENCH_FIRST_FRAME": "1", "OBSERVER_VLC_ARGS": "--aout=dummy"}
    start = time.monotonic()
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    inside = float("nan")
    for line in proc.stdout:
        if line.startswith("first-frame"):
            wall = time.monotonic() - start
            word = line.split()[1]
            inside = float(word) if word != "timeout" else float("nan")
            proc.wait(timeout=20)
            return wall, inside
    proc.wait(timeout=20)
    raise RuntimeError("the app exited without showing a frame")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        return subprocess.call(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv]
        )
    results = {}
    for label, make_cmd in (
        ("make run -> first frame", lambda d: ["make", "-s", "run", f"ARGS=--data-dir {d}"]),
        (
            "observer-app -> first frame",
            lambda d: [str(ROOT / ".venv/bin/observer-app"), "--data-dir", d],
        ),
    ):
        walls = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as data_dir:
                wall, _inside = one_run(make_cmd(data_dir))
                walls.append(wall)
        results[label] = walls
        print(
            f"{label}: median {statistics.median(walls):.3f} s  (runs: {', '.join(f'{w:.3f}' for w in walls)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
