"""Observer's player against plain cvlc on the same local HLS stream. Prints figures, asserts nothing.

Note (issue 15): "Observer" here is the player core (QtPlayer) in a bare Qt window, not the app,
and its time to first frame starts a warm ``play()`` while cvlc starts cold. What the user waits
for is measured by startup.py (spawn -> window, -> first pixels, memory, vs a minimal PySide6 +
python-vlc window and cvlc) and body_switch.py (choose a body in the running app vs cvlc cold);
`make bench` runs those. This script stays for its CPU and reconnect figures.

All figures use one 45 s, 640x360, 25 fps HLS VOD (make_vod_muxed) or, for reconnects, a live
encoder (start_live, 1 s segments), served by StreamServer on 127.0.0.1. Both players run the same
libVLC 3 with the same flags (--aout=dummy plus Observer's backend flags), so differences are the
app's own: Python, Qt, resolving the stream, timers. Observer's windows are exactly the video
size, like cvlc's, so neither scales.

1. Time to first frame, median of 5 cold processes each (Observer and cvlc alternate).
   "pixels on screen" = from just before the process is spawned until this script sees the test
   picture (saturated colours) in the window's screen area, grabbed with QScreen.grabWindow every
   10 ms. The SAME detector serves both players, so their ratio compares like with like: cvlc has
   no API, its window is mapped before any frame, and its -vv log says when a picture was
   decoded ("Received first picture"), not shown. Observer also reports its own signal,
   backend.has_video() and raw_time_ms() > 0 (polled every 10 ms), from spawn and from play();
   for HLS libVLC's clock moves in steps, so that signal can trail the first picture.
2. CPU and peak memory, one and two streams (one Observer process with two QtPlayers on two
   native widgets; one or two cvlc processes): 3 s warm-up, then utime+stime from /proc/PID/stat
   over 20 s of wall time, as % of one core; peak RSS = VmHWM from /proc/PID/status (summed over
   the cvlc processes). The X server's share (the same for both) is not counted.
3. Reconnect: QtPlayer plays the live stream; the server stops for 15 s and restarts on the same
   port. Figure = restart -> watchdog phase PLAYING (which by construction means state "playing"
   and raw time moved between two watchdog samples). 3 runs. During the last outage a cvlc plays
   the same stream from its own server, to show what plain libVLC does (it does not reconnect).

cvlc refuses to run as root: it then runs as `nobody` via setpriv, with a readable copy of the X
cookie. Children die with the script (PDEATHSIG) and are stopped by it. Without DISPLAY the
script re-runs itself in xvfb-run.   usage: .venv/bin/python benchmarks/player.py
"""

from __future__ import annotations

import ctypes
import logging
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
W, H = 640, 360
VLC_FLAGS = [
    "--aout=dummy",
    "--no-video-title-show",
    "--no-snapshot-preview",
    "--no-stats",
    "--quiet",
]
CHILDREN: list[subprocess.Popen] = []
NAN = float("nan")


def observer_child(url: str, count: int) -> None:
    """`player.py --child URL COUNT`: COUNT native widgets side by side at the top left, a
    QtPlayer in each; prints monotonic stamps of play() and of Observer's first-frame signal."""
    ctypes.CDLL(None).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG: die with the benchmark
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from observer_app.core.sources import StreamSource
    from observer_app.player.qt_player import PlayRequest, QtPlayer

    app = QApplication([])
    widgets = [native_widget(slot * W, 0, W, H) for slot in range(count)]
    players = [QtPlayer(video=True) for _ in widgets]
    for widget, player in zip(widgets, players, strict=True):
        player.set_window(int(widget.winId()))
    print(f"play {time.monotonic()}", flush=True)
    for player in players:
        player.play(PlayRequest(StreamSource(url), live=False))

    def poll() -> None:
        if all(p.backend.has_video() and p.backend.raw_time_ms() > 0 for p in players):
            print(f"frame {time.monotonic()}", flush=True)
            timer.stop()

    timer = QTimer(interval=10, timeout=poll)
    timer.start()
    app.exec()


def native_widget(x: int, y: int, w: int, h: int):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    widget.setGeometry(x, y, w, h)  # no window manager on Xvfb: the window lands exactly there
    widget.show()
    return widget


# -- processes ------------------------------------------------------------------------------------
def spawn(cmd: list[str], env: dict | None = None) -> subprocess.Popen:
    proc = subprocess.Popen(
        cmd,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    CHILDREN.append(proc)
    return proc


def launch_observer(url: str, count: int) -> tuple[subprocess.Popen, dict[str, float]]:
    """Start the Observer child; its "play"/"frame" stamps land in the returned dict."""
    proc = spawn([sys.executable, __file__, "--child", url, str(count)])
    stamps: dict[str, float] = {}

    def read() -> None:
        for line in proc.stdout:
            key, _, value = line.partition(" ")
            if key in ("play", "frame"):
                stamps[key] = float(value)

    threading.Thread(target=read, daemon=True).start()
    return proc, stamps


def cvlc_command(url: str, scratch: Path) -> tuple[list[str], dict]:
    cmd = [
        "setpriv",
        "--pdeathsig",
        "KILL",
        "cvlc",
        "--no-dbus",
        *VLC_FLAGS,
        "--play-and-exit",
        url,
    ]
    if os.geteuid() != 0:
        return cmd, {}
    home, cookie = scratch / "home", scratch / "xauthority"  # cvlc runs as nobody: readable copies
    home.mkdir(exist_ok=True)
    os.chown(home, 65534, 65534)
    source = Path(os.environ.get("XAUTHORITY", Path.home() / ".Xauthority"))
    if source.exists():
        shutil.copyfile(source, cookie)
        cookie.chmod(0o644)
    return cmd[:1] + ["--reuid=65534", "--regid=65534", "--clear-groups"] + cmd[1:], {
        "HOME": str(home),
        "XAUTHORITY": str(cookie),
    }


def vlc_windows() -> set[str]:
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--class", "vlc"], capture_output=True, text=True
    )
    return set(out.stdout.split())


def launch_cvlc(url: str, scratch: Path, slot: int | None = None) -> subprocess.Popen:
    """cvlc maps its window at 0,0 (it ignores --video-x here). With a ``slot``, wait for the
    window and move it there (not while timing the first frame: xdotool costs CPU)."""
    before = vlc_windows() if slot is not None else set()
    proc = spawn(*cvlc_command(url, scratch))
    if slot is not None:
        end = time.monotonic() + 10
        while not (new := vlc_windows() - before) and time.monotonic() < end:
            time.sleep(0.05)
        for window in new:
            subprocess.run(["xdotool", "windowmove", window, str(slot * W), "0"], check=False)
    return proc


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf(
        "SC_CLK_TCK"
    )  # utime + stime, all threads


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return next(
        int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")
    )


# -- screen and waiting ---------------------------------------------------------------------------
def colourful(app, slot: int = 0) -> float:
    """Share of sampled pixels in window slot ``slot`` that are saturated (the test picture);
    X's grey root weave, Qt's grey widget and a black video surface all give 0."""
    image = app.primaryScreen().grabWindow(0, slot * W, 0, W, H).toImage()
    samples = [image.pixelColor(x, y) for x in range(8, W, 24) for y in range(8, H, 24)]
    hits = sum(
        1
        for c in samples
        if max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 100
    )
    return hits / len(samples)


def wait(app, seconds: float, until=lambda: False) -> float:
    """Run the Qt event loop for up to ``seconds``; the time at which until() held, else NAN."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return time.monotonic()
        time.sleep(0.01)
    return NAN


# -- measurements ---------------------------------------------------------------------------------
def first_frames(app, url: str, scratch: Path, runs: int) -> dict[str, list[float]]:
    """Alternate cold Observer and cvlc processes; seconds per run for each figure."""
    out: dict[str, list[float]] = {}
    for _ in range(runs):
        for kind in ("Observer", "cvlc"):
            wait(app, 5, lambda: colourful(app) < 0.1)  # the previous window is gone
            t0 = time.monotonic()
            proc, stamps = (
                launch_observer(url, 1) if kind == "Observer" else (launch_cvlc(url, scratch), {})
            )
            seen = wait(app, 20, lambda: colourful(app) > 0.5)
            figures = {f"{kind:8s}  spawn -> pixels on screen": seen - t0}
            if kind == "Observer":
                wait(app, 10, lambda stamps=stamps: "frame" in stamps)
                play, frame = stamps.get("play", NAN), stamps.get("frame", NAN)
                figures.update(
                    {
                        "Observer  spawn -> play() called": play - t0,
                        "Observer  spawn -> has_video & time > 0": frame - t0,
                        "Observer  play() -> has_video & time > 0": frame - play,
                        "Observer  play() -> pixels on screen": seen - play,
                    }
                )
            for name, value in figures.items():
                out.setdefault(name, []).append(value)
            stop(proc)
    return out


def load(app, kind: str, url: str, scratch: Path, count: int) -> tuple[float, float, float]:
    """(% of one core, peak RSS MB, share of windows showing video at the end)."""
    if kind == "Observer":
        procs = [launch_observer(url, count)[0]]
    else:
        procs = [launch_cvlc(url, scratch, slot) for slot in range(count)]
    time.sleep(3)
    cpu0, t0 = sum(cpu_seconds(p.pid) for p in procs), time.monotonic()
    time.sleep(20)
    cpu1, t1 = sum(cpu_seconds(p.pid) for p in procs), time.monotonic()
    rss = sum(peak_rss_mb(p.pid) for p in procs)
    showing = sum(colourful(app, slot) > 0.5 for slot in range(count)) / count
    for proc in procs:
        stop(proc)
    return 100 * (cpu1 - cpu0) / (t1 - t0), rss, showing


def reconnects(app, scratch: Path, runs: int, outage: float = 15) -> tuple[list[float], str]:
    from support.media import start_live
    from support.server import StreamServer

    from observer_app.core.sources import StreamSource
    from observer_app.player.qt_player import PlayRequest, QtPlayer
    from observer_app.player.watchdog import Phase

    encoder = start_live(scratch / "live", segment_seconds=1)
    server, cvlc_server = (
        StreamServer(scratch / "live").start(),
        StreamServer(scratch / "live").start(),
    )
    widget = native_widget(0, 400, 320, 180)
    player = QtPlayer(video=True)
    player.set_window(int(widget.winId()))
    playing = lambda: player.watchdog.phase is Phase.PLAYING and player.backend.raw_time_ms() > 0  # noqa: E731
    times, verdict = [], "not checked"
    try:
        encoder.wait_ready(segments=3)
        player.play(PlayRequest(StreamSource(server.url("live.m3u8")), title="bench", live=True))
        wait(app, 20, playing)
        for run in range(runs):
            cvlc = (
                launch_cvlc(cvlc_server.url("live.m3u8"), scratch, 1) if run == runs - 1 else None
            )
            wait(app, 5)
            server.stop()
            cvlc_server.stop()
            stopped = time.monotonic()
            cvlc_ended = wait(
                app, outage, lambda cvlc=cvlc: cvlc is not None and cvlc.poll() is not None
            )
            wait(app, stopped + outage - time.monotonic())
            cvlc_server.reset_counts()
            restarted = time.monotonic()
            server.start()
            cvlc_server.start()
            times.append(wait(app, 30, playing) - restarted)
            if cvlc is not None:
                wait(app, restarted + 8 - time.monotonic())
                asked = sum(cvlc_server.all_hits().values())
                ended = (
                    "still running"
                    if math.isnan(cvlc_ended)
                    else f"exited {cvlc_ended - stopped:.1f} s into the outage"
                )
                verdict = f"{ended}; {asked} requests in the {time.monotonic() - restarted:.0f} s after the restart"
                stop(cvlc)
    finally:
        player.release()
        widget.close()
        server.stop()
        cvlc_server.stop()
        encoder.stop()
    return times, verdict


# -- main -----------------------------------------------------------------------------------------
def fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s  ({', '.join(f'{v:.3f}' for v in values)})"


def main() -> int:
    if not os.environ.get("DISPLAY"):
        return subprocess.call(
            [
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1280x800x24 -nolisten tcp",
                sys.executable,
                *sys.argv,
            ]
        )
    if not shutil.which("cvlc"):
        print("cvlc missing: apt-get install --no-install-recommends vlc-bin")
        return 1
    os.environ.update(
        OBSERVER_VLC_ARGS="--aout=dummy",
        DBUS_SESSION_BUS_ADDRESS="disabled:",
        QT_QPA_PLATFORM="xcb",
    )
    from PySide6.QtWidgets import QApplication
    from support import media
    from support.server import StreamServer

    logging.getLogger("observer").setLevel(logging.ERROR)  # the reconnect warnings are expected
    app = QApplication([])
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="observer-bench-") as tmp:
        scratch = Path(tmp)
        scratch.chmod(0o755)  # cvlc may run as nobody
        media.SIZE = f"{W}x{H}"
        media.make_vod_muxed(scratch / "vod", seconds=45)
        media.SIZE = "320x180"
        server = StreamServer(scratch / "vod").start()
        url = server.url("index.m3u8")
        try:
            print(f"stream: {url} (45 s HLS VOD, {W}x{H} 25 fps, 3 AAC tracks, 2 s segments)\n")
            ff = first_frames(app, url, scratch, runs=5)
            print("1. time to first frame (5 cold processes each)")
            for name, values in ff.items():
                print(f"   {name:42s} {fmt(values)}")
            loads = {}
            for count in (1, 2):
                for kind in ("Observer", "cvlc"):
                    loads[kind, count] = cpu, rss, showing = load(app, kind, url, scratch, count)
                    print(
                        f"2. {kind:8s} {count} stream(s): CPU {cpu:5.1f} % of one core, peak RSS {rss:6.1f} MB, "
                        f"video visible in {showing:.0%} of windows"
                    )
        finally:
            server.stop()
        times, verdict = reconnects(app, scratch, runs=3)
        print(f"3. Observer reconnect, restart -> playing again  {fmt(times)}")
        print(f"   cvlc, same outage, own server: {verdict}")

    ratio = lambda a, b: f"{a / b:.2f}x"  # noqa: E731
    obs_ff, vlc_ff = (
        statistics.median(ff[f"{k:8s}  spawn -> pixels on screen"]) for k in ("Observer", "cvlc")
    )
    # The figure is "choosing a body -> first frame": in the running app that is
    # play() -> pixels; cvlc has no running state, so its figure is launch -> pixels. The cold
    # process start (Python + Qt before play()) is printed too, for what it is.
    obs_play = statistics.median(ff["Observer  play() -> pixels on screen"])
    rows = [
        (
            "choose a body -> first frame",
            f"{obs_play:.3f} s",
            f"{vlc_ff:.3f} s",
            ratio(obs_play, vlc_ff),
            "<= 1.10x",
        ),
        (
            "cold process -> first frame (spawn -> pixels)",
            f"{obs_ff:.3f} s",
            f"{vlc_ff:.3f} s",
            ratio(obs_ff, vlc_ff),
            "",
        ),
    ]
    for count in (1, 2):
        (oc, orss, _), (vc, vrss, _) = loads["Observer", count], loads["cvlc", count]
        rows.append(
            (
                f"CPU, {count} stream(s), % of one core",
                f"{oc:.1f} %",
                f"{vc:.1f} %",
                ratio(oc, vc),
                "<= 1.15x",
            )
        )
        rows.append(
            (
                f"peak RSS, {count} stream(s)",
                f"{orss:.0f} MB",
                f"{vrss:.0f} MB",
                ratio(orss, vrss),
                "",
            )
        )
    rows.append(
        (
            "reconnect after a 15 s outage (median)",
            f"{statistics.median(times):.2f} s",
            "never",
            "",
            "< 3 s",
        )
    )
    print(f"\nsummary ({time.monotonic() - started:.0f} s)")
    print(f"{'figure':46s} {'Observer':>10s} {'cvlc':>10s} {'ratio':>7s}  goal")
    for name, obs, vlc, r, goal in rows:
        print(f"{name:46s} {obs:>10s} {vlc:>10s} {r:>7s}  {goal}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        observer_child(sys.argv[2], int(sys.argv[3]))
        sys.exit(0)
    try:
        sys.exit(main())
    finally:
        for child in CHILDREN:
            stop(child)
