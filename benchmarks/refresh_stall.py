"""The GUI event loop while every source of a big conference is refreshed (prints figures).

Goal (issue #7): the largest stall of the GUI thread under 50 ms while a refresh runs. The
conference is the real 4,602-channel playlist (or a generated one of that size) plus a
generated 2,000-event calendar. A 5 ms QTimer records the gaps between its ticks:
* during the fetch and parse (a child process, see observer_app/isolate.py; then the unpickle
  and the comparison with the conference shown, on a worker thread);
* during the application of the changed conference to the panels (GUI thread).
Each run appends a channel to the playlist, so that every refresh has a change to apply.

usage: .venv/bin/python benchmarks/refresh_stall.py [--runs 3] [--channels 50000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    if os.environ.get("SWITCH"):
        sys.setswitchinterval(float(os.environ["SWITCH"]))
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--channels", type=int, default=0, help="a generated playlist of this many channels"
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):  # a display of its own
        raise SystemExit(
            subprocess.call(
                ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv]
            )
        )
    os.environ.setdefault("OBSERVER_VLC_ARGS", "--aout=dummy")
    from feeds import CORPUS, generated_calendar, generated_playlist

    from observer_app.runtime import qtfix

    qtfix.immortalize_singletons()
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from observer_app.runtime.paths import resolve
    from observer_app.services.context import open_profile
    from observer_app.ui.app import build_window

    work = Path(tempfile.mkdtemp(prefix="observer-stall-"))
    playlist = work / "channels.m3u"
    if args.channels:
        playlist.write_bytes(generated_playlist(args.channels))
    else:
        playlist.write_bytes(CORPUS.read_bytes() if CORPUS.exists() else generated_playlist())
    calendar = work / "schedule.ics"
    calendar.write_bytes(generated_calendar())
    source = f"{playlist}\n{calendar}"
    app = QApplication(["observer-bench"])
    profile = open_profile(resolve(work / "profile"))
    profile.settings.set("conference.last_feed", source)
    window = build_window(profile, source)
    window.show()
    print(
        f"conference: {len(window.conference.bodies)} bodies, {len(window.conference.streams)} streams, "
        f"{len(window.conference.sessions)} sessions"
    )
    run_loop(3.0)  # let start-up finish (first paint, the player's first try)

    clock = QElapsedTimer()
    gaps: list[tuple[float, str]] = []
    phase = ["idle"]
    last = [0.0]

    def tick():
        now = clock.nsecsElapsed() / 1e6
        gaps.append((now - last[0], phase[0]))
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    worst = {"fetch+parse (worker)": [], "apply (GUI thread)": []}
    from stall_log import StallLog, print_stalls, print_work

    why = StallLog(threshold=0.05)  # each stall over 50 ms: its stack, and work or waiting
    why.start()
    for run in range(args.runs):
        with calendar.open("ab") as f:  # a change, so that the refresh has something to apply
            f.write(b"")
        playlist.write_bytes(
            playlist.read_bytes()
            + f'\n#EXTINF:-1 group-title="Run {run}",Extra {run}\n'
            f"https://example.org/extra{run}.m3u8\n".encode()
        )
        done = []
        original_done = window.refresher._done

        def done_then_apply(result, original_done=original_done):
            phase[0] = "apply"  # the gap that includes applying the conference counts as "apply"
            original_done(result)

        # The refresh job's result goes to done_then_apply instead of straight to _done.
        window.refresher.job.finished.disconnect(original_done)
        window.refresher.job.finished.connect(done_then_apply)
        gaps.clear()
        clock.start()
        last[0] = 0.0
        ticker.start()
        phase[0] = "fetch"
        profiler = None
        if os.environ.get("PROFILE_FETCH"):
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        window.refresher.refresh()
        run_loop(60.0, until=lambda: not window.refresher.busy)
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(22)
        phase[0] = "after"
        run_loop(0.3)
        ticker.stop()
        window.refresher.job.finished.disconnect(done_then_apply)
        window.refresher.job.finished.connect(original_done)
        done.append(1)
        fetch = [g for g, p in gaps if p == "fetch"]
        apply = [g for g, p in gaps if p in ("apply", "after")]
        worst["fetch+parse (worker)"].append(max(fetch, default=0.0))
        worst["apply (GUI thread)"].append(max(apply, default=0.0))
        print(
            f"run {run}: fetch {worst['fetch+parse (worker)'][-1]:.0f} ms, apply {worst['apply (GUI thread)'][-1]:.0f} ms"
        )
    if os.environ.get("PROFILE_APPLY"):
        import cProfile
        import pstats

        from observer_app.services.conference import open_feed

        opened = open_feed(source, profile.paths.cache)
        opened.feed.conference = __import__("dataclasses").replace(
            opened.feed.conference, name="changed"
        )
        cProfile.runctx(
            "window.apply_refresh(opened)", globals(), locals(), str(work / "apply.prof")
        )
        pstats.Stats(str(work / "apply.prof")).sort_stats("cumulative").print_stats(25)
    print("stalls over 50 ms, with the GUI thread's CPU time in each (benchmarks/stall_log.py):")
    stalls = why.stop()
    print_work(why)
    print_stalls(stalls)
    for name, values in worst.items():
        print(
            f"{name:24s} largest GUI stall: median {statistics.median(values):6.1f} ms, worst {max(values):6.1f} ms "
            f"(goal < 50 ms) {'MET' if max(values) < 50 else 'MISSED'}"
        )
    window.close()
    profile.close()


def run_loop(seconds: float, until=None) -> None:
    """Run the window's event loop (waiting in poll() as a user's window does, not spinning
    processEvents(): a spinning GUI thread took a whole CPU from the refresh it waited for, and
    the scheduler then made it wait longer at each wake-up) for ``seconds``, or until
    ``until()`` is true (looked at every 5 ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline, check = QTimer(loop), QTimer(loop)  # (owned by the loop: gone with it)
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(round(seconds * 1000))
    if until is not None:
        check.timeout.connect(lambda: until() and loop.quit())
        check.start(5)
    if until is None or not until():
        loop.exec()
    deadline.stop()
    check.stop()
    if until is not None:
        check.timeout.disconnect()  # (the lambda holds the loop: no cycle left behind)


if __name__ == "__main__":
    main()
