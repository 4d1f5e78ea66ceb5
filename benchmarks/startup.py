"""Start-up as a person sees it (prints figures; asserts nothing): from spawning the process to
its window painted on screen, and to the first video pixels on screen, read from the screen
itself (an Xvfb framebuffer, see screen.py), not from a callback inside the app.

Three commands, interleaved run by run, bytecode caches warm (the package compiled first, and
PYTHONDONTWRITEBYTECODE, which tests/run.sh sets, left out: without it every start compiled
the app's 300 modules again; a warm-up round is not counted), the profile already created (a
user's second start):
* the app: ``observer-app`` opening the demo conference and playing its current sitting;
* the floor: a minimal PySide6 + python-vlc window playing the same file (floor_player.py);
* cvlc (VLC's own player, from apt vlc-bin) playing the same file, cold.
Memory while playing, 2 s after the first picture: the proportional set size (PSS: shared
libraries divided among the processes that map them, so a library cvlc and the app both load
counts the same for both) of each, summed over its processes; resident sets printed too, and
the unique set (USS, pages no other process shares), steadier than PSS on a machine where other
Qt and VLC processes come and go (they share, and so shrink, PSS).

Goals (issue 15): window <= 1.3x the floor, first picture <= 1.3x the floor and <= 1.3x cvlc,
memory while playing <= 1.3x cvlc.

usage: .venv/bin/python benchmarks/startup.py [--runs 5] [--before REV]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from compare import LOAD_NOTE, compare  # noqa: E402
from compare import app_at as compare_app_at  # noqa: E402
from screen import DEMO_BACKGROUNDS, VirtualScreen, wait_for  # noqa: E402

MEDIA = ROOT / "resources" / "demo" / "media"
DRAWN = 2000  # sampled pixels not black (of 16,000): a window is painted
VIDEO = 300  # sampled pixels of a demo video's background: a frame is on screen


def memory_kb(pid: int) -> tuple[int, int, int]:
    """(PSS, RSS, USS) of ``pid`` and its descendants, in kB (/proc/PID/smaps_rollup)."""
    pss = rss = uss = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text().splitlines()
            fields = {line.split(":")[0]: line.split()[1] for line in rollup[1:] if ":" in line}
            pss, rss = pss + int(fields["Pss"]), rss + int(fields["Rss"])
            uss += int(fields["Private_Clean"]) + int(fields["Private_Dirty"])
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, KeyError, IndexError):
            continue
        todo += [int(c) for c in children]
    return pss, rss, uss


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) ``pid`` and its descendants used so far."""
    total, todo, tick = 0.0, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, IndexError, ValueError):
            continue
        todo += [int(c) for c in children]
    return total


def one_run(screen: VirtualScreen, command: list[str], env: dict) -> dict:
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        shown = wait_for(lambda: screen.drawn() >= DRAWN, started)
        shown_cpu = cpu_seconds(proc.pid)  # steadier than wall time when the machine is busy
        picture = wait_for(lambda: screen.video() >= VIDEO, started)
        settle = time.perf_counter() + 2.0  # memory once playing has settled
        while time.perf_counter() < settle:
            time.sleep(0.05)
        memory, resident, unique = memory_kb(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    wait_for(lambda: screen.drawn() < DRAWN, time.perf_counter(), timeout=10)
    return {
        "shown": shown,
        "shown_cpu": shown_cpu,
        "picture": picture,
        "memory": memory,
        "resident": resident,
        "unique": unique,
    }


def app_at(rev: str, data_dir: str) -> list[str]:
    """The app as of ``rev`` (extracted next to the profile) on the same profile and resources."""
    return compare_app_at(rev, Path(data_dir) / f"app-{rev}", ROOT) + ["--data-dir", data_dir]


def playing_body(screen: VirtualScreen, command: list[str], env: dict) -> str:
    """Which demo file the app plays at start (the floor and cvlc then play the same)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: screen.video() >= VIDEO, started)
        counts = {body: screen.video([colour]) for body, colour in DEMO_BACKGROUNDS.items()}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
    return max(counts, key=counts.get)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--before",
        metavar="REV",
        help="also run the app as of git revision REV, interleaved: before/after figures",
    )
    args = parser.parse_args()
    cvlc = shutil.which("cvlc")
    screen = VirtualScreen()
    data_dir = tempfile.mkdtemp(prefix="bench-startup-")
    env = {
        **screen.env(),
        "OBSERVER_NO_FIRST_RUN": "1",
        "OBSERVER_VLC_ARGS": "--aout=dummy",
        "OBSERVER_RESOURCES": str(ROOT / "resources"),  # (an --before copy has none of its own)
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's bytecode caches are written and warm
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "observer_app")], check=True
    )
    app = [str(ROOT / ".venv" / "bin" / "observer-app"), "--data-dir", data_dir]
    try:
        body = playing_body(screen, app, env)
        media = str(MEDIA / f"{body}.mkv")
        commands = {
            "app": app,
            "floor": [sys.executable, str(ROOT / "benchmarks" / "floor_player.py"), media, "30"],
        }
        if args.before:
            commands["before"] = app_at(args.before, data_dir)
        if cvlc:
            commands["cvlc"] = [cvlc, "--no-dbus", "--aout=dummy", "--no-video-title-show", media]
            if os.geteuid() == 0:  # cvlc refuses root: it runs as nobody, with a home of its own
                home = Path(data_dir) / "cvlc-home"
                home.mkdir()
                os.chown(home, 65534, 65534)
                commands["cvlc"][:0] = [
                    "setpriv",
                    "--reuid=65534",
                    "--regid=65534",
                    "--clear-groups",
                ]
                commands["cvlc"] = ["env", f"HOME={home}", *commands["cvlc"]]
        else:
            print("cvlc not found (apt install vlc-bin; `make bench` does): no cvlc comparison")
        results: dict[str, list[dict]] = {name: [] for name in commands}
        for round_ in range(args.runs + 1):  # round 0 warms caches and is not counted
            for name, command in commands.items():
                figures = one_run(screen, command, env)
                if round_:
                    results[name].append(figures)
    finally:
        screen.close()
        shutil.rmtree(data_dir, ignore_errors=True)

    def series(name: str, key: str) -> list[float]:
        return [r[key] for r in results[name]]

    print(LOAD_NOTE)
    print(f"start-up, demo playing {body}.mkv, {args.runs} interleaved runs, warm caches")
    compare(
        "spawn -> window painted on screen",
        series("app", "shown"),
        series("floor", "shown"),
        "floor",
        1.3,
    )
    compare(
        "CPU time used by the process until its window is painted (all threads; read at the "
        "sample that saw it, so up to a few ms late)",
        series("app", "shown_cpu"),
        series("floor", "shown_cpu"),
        "floor",
    )
    compare(
        "spawn -> first video pixels on screen",
        series("app", "picture"),
        series("floor", "picture"),
        "floor",
        1.3,
    )
    if "cvlc" in results:
        compare(
            "spawn -> first video pixels on screen, vs cvlc cold",
            series("app", "picture"),
            series("cvlc", "picture"),
            "cvlc",
            1.3,
        )

    if "before" in results:
        print(f"before/after: the app now vs the app at {args.before}, same runs")
        for key, label in (
            ("shown", "spawn -> window painted"),
            ("shown_cpu", "CPU until the window is painted"),
            ("picture", "spawn -> first video pixels"),
        ):
            compare(f"  {label}", series("app", key), series("before", key), "before")
        compare(
            "  memory while playing (PSS)",
            series("app", "memory"),
            series("before", "memory"),
            "before",
            scale=1 / 1024,
            unit=" MB",
        )

    def mb(name: str, key: str = "memory") -> float:
        return statistics.median(series(name, key)) / 1024

    print("memory while playing, median: PSS (RSS, USS)")
    names = [n for n in ("app", "floor", "cvlc") if n in results]
    print(
        "  "
        + ", ".join(
            f"{n} {mb(n):.0f} MB ({mb(n, 'resident'):.0f}, {mb(n, 'unique'):.0f} MB)" for n in names
        )
    )
    if "cvlc" in results:
        compare(
            "memory while playing (PSS) vs cvlc",
            series("app", "memory"),
            series("cvlc", "memory"),
            "cvlc",
            1.3,
            scale=1 / 1024,
            unit=" MB",
        )
        compare(
            "memory while playing (USS, unshared) vs cvlc",
            series("app", "unique"),
            series("cvlc", "unique"),
            "cvlc",
            scale=1 / 1024,
            unit=" MB",
        )
        floor_ratio = mb("floor") / mb("cvlc")
        print(
            f"  the floor alone (PySide6 + python-vlc window, no app code) is {floor_ratio:.2f}x "
            f"cvlc in PSS ({mb('floor', 'unique') / mb('cvlc', 'unique'):.2f}x in USS): the part "
            "of the ratio no app change can remove"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
