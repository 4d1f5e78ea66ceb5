"""The stream-output options that tap 16 kHz mono PCM off what libVLC plays (see ``pcm_tap``).

Text only, no libVLC: ``backend`` adds these options to a media it opens, ``pcm_tap`` to its
headless decoder; both import this module, which imports neither.
"""

from __future__ import annotations

from pathlib import Path

RATE = 16000


def _pcm_branch(pipe: Path | str) -> str:
    return (
        f"transcode{{vcodec=none,scodec=none,acodec=s16l,samplerate={RATE},channels=1}}"
        f':std{{access=file,mux=wav,dst="{pipe}"}}'
    )


def sout_options(pipe: Path | str, display: bool = True, no_video: bool = False) -> list[str]:
    """Media options that send the input to the display and a PCM copy into ``pipe``.

    ``no_video``: the stream output's display would open a video output even under
    ``:no-video`` (measured: it fell back to an ASCII-art one), so video is dropped from it."""
    branch = _pcm_branch(pipe)
    chain = f"#duplicate{{dst=display,dst='{branch}'}}" if display else f"#{branch}"
    return [f":sout={chain}", ":no-sout-spu", *([":no-sout-video"] if no_video else [])]


def pipe_alias(pipe: Path | str, n: int) -> str:
    """The same pipe under a different path string for every other ``n`` (".../x" or
    "..././x"): libVLC keeps a stream output whose chain did not change, and a finished WAV mux
    writes nothing more; a new chain makes it close the old one and open the pipe anew (the
    transcriber then sees a new WAV header: a new segment)."""
    path = str(pipe)
    folder, _, name = path.rpartition("/")
    return f"{folder}/./{name}" if n % 2 else path
