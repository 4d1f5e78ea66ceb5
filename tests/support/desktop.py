"""The real app process on the test X server, under a real window manager, driven by xdotool.

Used by the scripted walk (tests/gui/test_live_walk.py) and benchmarks/keypress.py. Openbox
gives real focus and activation (bare Xvfb gives neither, see the project's platform notes);
xdotool sends real key events through the X server, as a keyboard does.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from support.waiting import wait_for

REPO = Path(__file__).resolve().parents[2]


def missing_tools() -> list[str]:
    return [t for t in ("openbox", "xdotool", "xprop") if not shutil.which(t)]


def _wm_running() -> bool:
    """A manager's check window is named on the root and still exists: openbox leaves the root
    property behind when it is stopped, pointing at a window that is gone (a test that started
    and stopped its own openbox made the next one believe a manager was running)."""
    out = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True
    ).stdout
    if "window id" not in out:
        return False
    check = out.rsplit(" ", 1)[-1].strip()
    return (
        subprocess.run(
            ["xprop", "-id", check, "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True
        ).returncode
        == 0
    )


def start_openbox() -> subprocess.Popen | None:
    """Openbox on $DISPLAY, once it manages the screen; None if a manager already runs."""
    if _wm_running():
        return None
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    if not wait_for(lambda: _wm_running() or wm.poll() is not None, timeout=30) or not (
        _wm_running()
    ):
        stop(wm)
        raise RuntimeError(
            f"openbox did not start on {os.environ.get('DISPLAY', '?')} "
            f"(exit {wm.returncode}): {wm.stderr.read() if wm.stderr else ''}"
        )
    return wm


def stop(proc: subprocess.Popen | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def xdo(*args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=30
    ).stdout.strip()


class AppProcess:
    """``observer-app --data-dir DIR`` on the demo conference, its window active."""

    def __init__(self, data_dir: Path, extra_env: dict[str, str] | None = None):
        self.data_dir = Path(data_dir)
        env = {**os.environ, "OBSERVER_NO_FIRST_RUN": "1", **(extra_env or {})}
        env.pop("QT_QPA_PLATFORM", None)  # the real X server, not offscreen
        self._stderr = (self.data_dir / "stderr.txt").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "observer_app", "--data-dir", str(self.data_dir)],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.log = self.data_dir / "log" / "observer.log"
        self.db_path = self.data_dir / "data" / "observer.sqlite3"
        self.window = ""

    def wait_ready(self, timeout: float = 40) -> None:
        """Until the demo plays and the main window is shown and active."""
        if not wait_for(
            lambda: self.log.exists() and "open file://" in self.log.read_text(), timeout
        ):
            raise RuntimeError("the app never started playing:\n" + self.stderr())
        found = wait_for(lambda: bool(self._main_window()), timeout)
        assert found, "no main window"
        self.window = self._main_window()
        xdo("windowactivate", "--sync", self.window)
        assert wait_for(lambda: xdo("getactivewindow") == self.window, 10), "window not active"

    def _main_window(self) -> str:
        """The top-level window, titled "<conference> — Observer". Its native children (the
        video, the docks) are named "Observer" too, and under load one of them can come first
        in xdotool's list: activating it never makes the main window active."""
        ids = xdo("search", "--onlyvisible", "--pid", str(self.proc.pid), "--name", "Observer")
        titled = [i for i in ids.split() if xdo("getwindowname", i).endswith(" — Observer")]
        return titled[0] if titled else ""

    def windows(self) -> set[str]:
        """Every visible X window of the app (a dialog or a completion list adds one)."""
        return set(xdo("search", "--onlyvisible", "--pid", str(self.proc.pid)).split())

    def active_window(self) -> str:
        return xdo("getactivewindow")

    def key(self, *keys: str) -> None:
        xdo("key", "--clearmodifiers", *keys)

    def type(self, text: str, delay_ms: int = 12) -> None:
        xdo("type", "--delay", str(delay_ms), text)

    def notes(self) -> list[dict]:
        """Every note row in the profile's SQLite file, read as another program would."""
        if not self.db_path.exists():
            return []
        db = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=10)
        db.row_factory = sqlite3.Row
        try:
            rows = db.execute(
                "SELECT text, speaker, agenda_item, stance, tags, for_feedback, deleted, utc "
                "FROM notes ORDER BY utc"
            ).fetchall()
        except sqlite3.OperationalError:  # not created yet
            return []
        finally:
            db.close()
        return [{**dict(r), "tags": tuple(json.loads(r["tags"]))} for r in rows]

    def live_notes(self) -> list[dict]:
        return [n for n in self.notes() if not n["deleted"]]

    def stderr(self) -> str:
        if not self._stderr.closed:
            self._stderr.flush()
        return (self.data_dir / "stderr.txt").read_text()

    def close(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._stderr.close()
        return self.proc.returncode
