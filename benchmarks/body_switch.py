"""Choosing a body in the running app until its pictures are on screen, against cvlc started
cold on the same file (prints figures; asserts nothing).

The app runs in this process on a virtual screen of our own (screen.py); ``MainWindow.watch``
is what choosing a body in the schedule calls. A thread reads the screen's framebuffer until the
chosen body's video background covers a large area: pixels on screen, not a player callback.
Each switch goes to a body not on screen before it (cold for that file); cvlc is a new process
each time (cold). Interleaved: app switch, cvlc spawn, app switch, cvlc spawn...

Goal (issue 15): first picture of a local stream <= 1.3x cvlc cold.

usage: .venv/bin/python benchmarks/body_switch.py [--runs 8]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from compare import LOAD_NOTE, compare, interleaved  # noqa: E402
from screen import DEMO_BACKGROUNDS, VirtualScreen  # noqa: E402

VIDEO = 300  # sampled pixels of the body's background: its picture is on screen
BODIES = ["com6", "wgpl", "plenary", "com5"]


def watch_until_shown(app, screen: VirtualScreen, start, colour) -> float:
    """Run ``start()`` on the GUI thread, keep the event loop turning, and return the seconds
    until a thread sees ``colour`` over a large area of the screen (nan after 30 s)."""
    seen = threading.Event()
    stop = threading.Event()

    def look() -> None:
        while not stop.is_set():
            if screen.video([colour]) >= VIDEO:
                seen.set()
                return
            time.sleep(0.004)

    watcher = threading.Thread(target=look, daemon=True)
    started = time.perf_counter()
    start()
    watcher.start()
    while not seen.is_set() and time.perf_counter() - started < 30:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - started if seen.is_set() else float("nan")
    stop.set()
    watcher.join()
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    cvlc = shutil.which("cvlc")
    if not cvlc:
        raise SystemExit("cvlc is needed (apt install vlc-bin; `make bench` installs it)")
    screen = VirtualScreen()
    os.environ.update(screen.env())
    os.environ.pop("QT_QPA_PLATFORM", None)
    os.environ["OBSERVER_NO_FIRST_RUN"] = "1"
    os.environ.setdefault("OBSERVER_VLC_ARGS", "--aout=dummy")
    scratch = Path(tempfile.mkdtemp(prefix="bench-switch-"))
    try:
        return run(args, screen, cvlc, scratch)
    finally:
        screen.close()
        shutil.rmtree(scratch, ignore_errors=True)


def cvlc_command(cvlc: str, media: Path, scratch: Path) -> tuple[list[str], dict]:
    command = [cvlc, "--no-dbus", "--aout=dummy", "--no-video-title-show", str(media)]
    env = dict(os.environ)
    if os.geteuid() == 0:  # cvlc refuses root: it runs as nobody, with a home of its own
        home = scratch / "cvlc-home"
        home.mkdir(exist_ok=True)
        os.chown(home, 65534, 65534)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        env["HOME"] = str(home)
    return command, env


def run(args, screen: VirtualScreen, cvlc: str, scratch: Path) -> int:
    from observer_app.runtime import qtfix

    qtfix.immortalize_singletons()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from observer_app.runtime import paths as app_paths
    from observer_app.services.context import open_profile
    from observer_app.ui import i18n
    from observer_app.ui.app import build_window

    paths = app_paths.resolve(scratch / "profile")
    profile = open_profile(paths)
    i18n.install("en", paths.cache)
    window = build_window(profile, None)
    window.show()
    media = ROOT / "resources" / "demo" / "media"
    order = iter(BODIES * (args.runs + 2))
    last = {"body": "com5"}

    def app_switch() -> float:
        body = next(order)
        if body == last["body"]:
            body = next(order)
        last["body"] = body
        return watch_until_shown(
            app, screen, lambda: window.watch(body, None), DEMO_BACKGROUNDS[body]
        )

    def cvlc_cold() -> float:
        command, env = cvlc_command(cvlc, media / f"{last['body']}.mkv", scratch)
        proc = None

        def spawn() -> None:
            nonlocal proc
            proc = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )

        # cvlc's window opens over the app's (no window manager): the same picture detector
        window.hide()
        colour = DEMO_BACKGROUNDS[last["body"]]
        gone = time.perf_counter() + 10
        while screen.video([colour]) >= VIDEO and time.perf_counter() < gone:
            app.processEvents()  # until the app's picture has left the screen
        took = watch_until_shown(app, screen, spawn, DEMO_BACKGROUNDS[last["body"]])
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
        window.show()
        return took

    app_times, cvlc_times = interleaved(app_switch, cvlc_cold, args.runs)
    print(LOAD_NOTE)
    compare(
        "choose a body -> its first pictures on screen, running app vs cvlc spawned cold",
        app_times,
        cvlc_times,
        "cvlc",
        1.3,
    )
    window.close()
    profile.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
