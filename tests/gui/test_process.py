"""The real app process: starts on the demo, and SIGTERM closes it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from support.waiting import wait_for

pytestmark = pytest.mark.gui


@pytest.mark.vlc
def test_sigterm_closes_the_gui_cleanly(tmp_path):
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs the X server that tests/run.sh starts")
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    stderr = (tmp_path / "stderr.txt").open(
        "w"
    )  # a file, not a pipe nobody reads (it would fill and block)
    proc = subprocess.Popen(
        [sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    log = tmp_path / "log" / "observer.log"
    try:
        assert wait_for(lambda: log.exists() and "open file://" in log.read_text()), (
            "the demo never started"
        )
        time.sleep(1)  # the scenario, not a synchronisation: quit a second into playback
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
        stderr.close()
    err = (tmp_path / "stderr.txt").read_text()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert (tmp_path / "config" / "window.ini").exists()  # closeEvent ran: geometry saved


def test_no_display_is_a_plain_message(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "No display" in result.stderr and "xvfb-run" in result.stderr


@pytest.mark.vlc
def test_draft_typed_then_kill_9_comes_back(tmp_path):
    """Type into the real app with xdotool, kill -9 it, and find the draft in the database."""
    import shutil
    import sqlite3

    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        pytest.skip("needs the X server of tests/run.sh and xdotool")
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    stderr = (tmp_path / "stderr.txt").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    log = tmp_path / "log" / "observer.log"
    try:
        assert wait_for(lambda: log.exists() and "open file://" in log.read_text()), (
            "the app never started"
        )
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(proc.pid)],
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout.split()
        assert window, "no window found"
        # No window manager on Xvfb: focus the window directly (activate needs a WM), and send
        # real key events (--window would send synthetic ones, which Qt ignores).
        subprocess.run(["xdotool", "windowfocus", "--sync", window[-1]], timeout=10)
        subprocess.run(["xdotool", "key", "ctrl+n"], timeout=10)
        subprocess.run(
            ["xdotool", "type", "--delay", "30", "Kenya asks for DT/33 online"], timeout=20
        )
        db_path = tmp_path / "data" / "observer.sqlite3"

        def draft_on_disk() -> bool:  # read as another process would, while the app runs
            db = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
            try:
                return db.execute("SELECT text FROM drafts").fetchall() == [
                    ("Kenya asks for DT/33 online",)
                ]
            finally:
                db.close()

        # The draft timer writes it about a second after typing stops; then the kill.
        assert wait_for(draft_on_disk, timeout=10), "the draft was never saved"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        stderr.close()
    db = sqlite3.connect(tmp_path / "data" / "observer.sqlite3")
    rows = db.execute("SELECT text, stamp FROM drafts").fetchall()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert [r[0] for r in rows] == ["Kenya asks for DT/33 online"]
    assert '"body_id": "com5"' in rows[0][1]  # stamped at Ctrl+N, on the committee shown
