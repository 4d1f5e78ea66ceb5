"""The headless tap (``observer-app transcribe``) polls libVLC's state to know a file is done:
real libVLC decoding a real file into a real named pipe."""

from __future__ import annotations

import subprocess
import threading

import pytest
from support.waiting import wait_for

from observer_app.player.pcm_tap import PcmTap, drain_then_remove, make_pipe
from observer_app.player.states import PlayerState

pytestmark = pytest.mark.vlc


def test_the_tap_says_finished_once_the_file_has_ended(tmp_path):
    media = tmp_path / "tone.wav"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "sine=duration=1", str(media)],
        check=True,
    )
    pipe = make_pipe(tmp_path)
    tap = PcmTap(media.as_uri(), pipe)
    released = threading.Event()
    drain = drain_then_remove(pipe, released.is_set, timeout=60)  # libVLC must not block
    try:
        assert tap.state() is PlayerState.IDLE and not tap.finished()
        tap.start()
        assert wait_for(tap.finished, timeout=30), f"still {tap.state()}"
        assert tap.state() is PlayerState.ENDED
    finally:
        tap.release()
        released.set()
        drain.join(10)
