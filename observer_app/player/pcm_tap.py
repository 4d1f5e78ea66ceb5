"""16 kHz mono PCM of what the player plays, for the transcriber, without a second download.

Chosen: libVLC's stream output duplicates the decoded input, one copy to the normal display
(picture and speakers, as without a tap) and one transcoded to 16 kHz mono s16 and written as
WAV into a named pipe the transcriber child reads. Measured here (libVLC 3.0.24, 9.7 s HLS):
speakers and pipe both get the whole audio; the pipe runs at real time (the display paces the
input) about 1.7 s ahead of what is heard, and CPU for the extra transcode is a few percent.
Rejected: ``audio_set_callbacks`` replaces the speakers (we would have to play the sound
ourselves); a second decode (libVLC or ffmpeg) downloads the stream twice and drifts from it.

A reopen (seek, reconnect) must change the chain's text (``pcm_sout.pipe_alias``), or libVLC keeps the
finished output and writes nothing. Times come from counting samples (16,000 a second from the segment's start), not from arrival:
the pipe's lead does not shift them. Named pipes are POSIX; on Windows this needs a file (not
built yet).

``PcmTap`` is the headless form (``observer-app transcribe``, benchmarks): no display, so a
file is decoded as fast as the CPU allows; a live stream arrives at its own pace.
"""

from __future__ import annotations

import os
import select
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from observer_app.player.backend import load_vlc
from observer_app.player.pcm_sout import sout_options
from observer_app.player.states import LIBVLC_STATES, PlayerState


def make_pipe(directory: Path | None = None) -> Path:
    """A fresh named pipe in a private temporary folder (only this user can open it)."""
    folder = Path(tempfile.mkdtemp(prefix="observer-pcm-", dir=directory))
    pipe = folder / "audio.wav"
    os.mkfifo(pipe, 0o600)
    return pipe


def drain_then_remove(
    pipe: Path, done: Callable[[], bool], timeout: float = 15.0
) -> threading.Thread:
    """Read and drop what is still written into ``pipe`` until ``done()`` (the player reopened
    without the tap) or ``timeout``, then remove it. libVLC opens its output file read-write,
    so with nobody else reading, a full pipe blocks its write, its input thread, and then any
    call into the player (measured: the window froze when the transcriber had stopped)."""

    def run() -> None:
        deadline = time.monotonic() + timeout
        try:
            fd = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            remove_pipe(pipe)
            return
        try:
            while time.monotonic() < deadline and not done():
                ready, _, _ = select.select([fd], [], [], 0.2)
                try:
                    if ready and not os.read(fd, 1 << 16):
                        time.sleep(0.05)  # no writer right now; look again later
                except BlockingIOError:
                    continue  # another reader took the bytes first
        finally:
            os.close(fd)
            remove_pipe(pipe)

    thread = threading.Thread(target=run, name="pcm-drain", daemon=True)
    thread.start()
    return thread


def remove_pipe(pipe: Path) -> None:
    try:
        pipe.unlink()
        pipe.parent.rmdir()
    except OSError:
        pass


class PcmTap:
    """A headless libVLC that only decodes ``url`` into ``pipe`` (no picture, no sound)."""

    def __init__(self, url: str, pipe: Path, options: list[str] | None = None):
        vlc = load_vlc()
        args = ["--no-video", "--quiet", "--no-stats", "--aout=dummy"]
        self._instance: Any = vlc.Instance(args)
        self._player: Any = self._instance.media_player_new()
        media = self._instance.media_new(
            url, *sout_options(pipe, display=False, no_video=True), *(options or [])
        )
        self._player.set_media(media)
        media.release()
        self._vlc = vlc

    def start(self) -> None:
        self._player.play()

    def state(self) -> PlayerState:
        """libVLC's state, polled (python-vlc spells it ``State.Ended``)."""
        name = str(self._player.get_state()).rsplit(".", 1)[-1]
        return LIBVLC_STATES.get(name, PlayerState.IDLE)

    def finished(self) -> bool:
        return self.state().finished

    def stop(self) -> None:
        self._player.stop()

    def release(self) -> None:
        self._player.stop()
        self._player.release()
        self._instance.release()
