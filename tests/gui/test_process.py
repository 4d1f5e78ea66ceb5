"""The real app process: starts on the demo, and SIGTERM closes it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.gui


def wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.vlc
def test_sigterm_closes_the_gui_cleanly(tmp_path):
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs the X server that tests/run.sh starts")
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    stderr = (tmp_path / "stderr.txt").open("w")  # a file, not a pipe nobody reads (it would fill and block)
    proc = subprocess.Popen([sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path)], env=env,
                            stdout=subprocess.DEVNULL, stderr=stderr)
    log = tmp_path / "log" / "observer.log"
    try:
        assert wait_for(lambda: log.exists() and "open file://" in log.read_text()), "the demo never started"
        time.sleep(1)
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
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "No display" in result.stderr and "xvfb-run" in result.stderr
