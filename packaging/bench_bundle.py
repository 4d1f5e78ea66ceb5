"""Figures for the PyInstaller bundle against the venv (`make run`): size, `doctor`, time to
the main window and to the first video frame. Prints figures; asserts nothing.

Needs dist/observer-app (make bundle) and a display: without DISPLAY it re-runs itself under
xvfb-run. The window is "shown" when xdotool sees a visible window of the process; the first
frame comes from the app's OBSERVER_BENCH_FIRST_FRAME hook (see benchmarks/startup.py).

usage: .venv/bin/python packaging/bench_bundle.py [--runs 5] [--build]
  --build  also time `make bundle` from a clean build directory (about half a minute)
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
BUNDLE = ROOT / "dist" / "observer-app"
VENV_APP = ROOT / ".venv" / "bin" / "observer-app"
ENV = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _median(label: str, values: list[float]) -> None:
    runs = ", ".join(f"{v:.3f}" for v in values)
    good = [v for v in values if v == v]  # failed starts (NaN) are reported, not averaged
    median = f"{statistics.median(good):.3f} s" if good else "n/a"
    print(f"  {label:<34} median {median}  (runs: {runs})")


def time_doctor(command) -> float:
    with tempfile.TemporaryDirectory() as data:
        start = time.monotonic()
        subprocess.run(
            command(data, ["doctor", "--json"]),
            env=ENV,
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )
        return time.monotonic() - start


def time_window(command) -> tuple[float, float]:
    """(seconds to a visible window, seconds to the first video frame) for one start."""
    with tempfile.TemporaryDirectory() as data:
        env = {**ENV, "OBSERVER_BENCH_FIRST_FRAME": "1"}
        start = time.monotonic()
        errors = open(Path(data) / "stderr.txt", "w+")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(
            command(data, []), env=env, stdout=subprocess.PIPE, cwd=ROOT, stderr=errors, text=True
        )
        shown = float("nan")
        deadline = start + 30
        while time.monotonic() < deadline and proc.poll() is None:
            # By title: under `make run` the window belongs to make's child, not to proc.
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Observer"],
                capture_output=True,
                text=True,
            )
            if found.stdout.strip():
                shown = time.monotonic() - start
                break
            time.sleep(0.03)
        frame = float("nan")
        for line in proc.stdout:  # the hook prints "first-frame ..." and quits
            if line.startswith("first-frame"):
                frame = time.monotonic() - start
                break
        code = proc.wait(timeout=30)
        if frame != frame:  # NaN: say why instead of hiding a failed start in a median
            errors.seek(0)
            tail = errors.read().strip().splitlines()[-3:]
            print(f"    a start showed no frame (exit code {code}): {' | '.join(tail)}")
        errors.close()
        return shown, frame


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        return subprocess.call(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv]
        )

    if args.build:
        shutil.rmtree(ROOT / "build" / "pyinstaller", ignore_errors=True)
        start = time.monotonic()
        subprocess.run(["make", "-s", "bundle"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(
            f"make bundle (clean build directory, {os.cpu_count()} cores): {time.monotonic() - start:.1f} s"
        )
    exe = BUNDLE / "observer-app"
    if not exe.exists():
        print(f"no bundle at {BUNDLE}: run `make bundle` first", file=sys.stderr)
        return 1

    internal = BUNDLE / "_internal"
    total = _du(BUNDLE)
    print(f"bundle size: {total / 2**20:.0f} MiB in {sum(1 for _ in BUNDLE.rglob('*'))} files")
    parts = {
        "PySide6 (Qt)": _du(internal / "PySide6"),
        "libVLC plugins": _du(internal / "vlc"),
        "resources": _du(internal / "resources"),
    }
    libs = sum(
        p.stat().st_size for p in internal.glob("*.so*") if p.is_file() and not p.is_symlink()
    )
    parts["shared libraries (ffmpeg, libVLC, ...)"] = libs
    parts["the rest (Python modules)"] = total - sum(parts.values())
    for name, size in parts.items():
        print(f"  {name:<40} {size / 2**20:6.0f} MiB")
    venv = ROOT / ".venv"
    if venv.is_dir():
        print(f"venv for comparison (.venv, with test tools): {_du(venv) / 2**20:.0f} MiB")

    faces = {
        "bundle": lambda d, a: [str(exe), "--data-dir", d, *a],
        "venv": lambda d, a: [str(VENV_APP), "--data-dir", d, *a],
        "make run": lambda d, a: ["make", "-s", "run", f"ARGS=--data-dir {d} {' '.join(a)}"],
    }
    print(f"\nobserver-app doctor --json (plays the demo 2 s), {args.runs} runs")
    for name, command in faces.items():
        _median(name, [time_doctor(command) for _ in range(args.runs)])
    print(f"\nstart to main window / to first video frame (Xvfb), {args.runs} runs")
    for name, command in faces.items():
        results = [time_window(command) for _ in range(args.runs)]
        _median(f"{name}: window shown", [r[0] for r in results])
        _median(f"{name}: first frame", [r[1] for r in results])
    return 0


if __name__ == "__main__":
    sys.exit(main())
