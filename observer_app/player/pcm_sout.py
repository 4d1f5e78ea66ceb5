"""The stream-output options that tap 16 kHz mono PCM off what libVLC plays (see ``pcm_tap``).

Text only, no libVLC: ``backend`` adds these options to a media it opens, ``pcm_tap`` to its
headless decoder; both import this module, which imports neither.
"""

from __future__ import annotations

from pathlib import Path

from observer_app.core.hls import MediaPlaylist

RATE = 16000


def _pcm_branch(pipe: Path | str) -> str:
    return (
        f"transcode{{vcodec=none,scodec=none,acodec=s16l,samplerate={RATE},channels=1}}"
        f':std{{access=file,mux=wav,dst="{pipe}"}}'
    )


def sout_options(pipe: Path | str, display: bool = True, no_video: bool = False) -> list[str]:
    """Media options that send the input to the display and a PCM copy into ``pipe``.

    ``no_video``: the stream output's display would open a video output even under
    ``:no-video`` (measured: it fell back to an ASCII-art one), so video is dropped from it.
    ``:no-sout-all``: only the selected streams go out. By default every audio rendition of an
    HLS master reached the chain and the pipe got whichever came first: asked for English,
    the PCM was French in 4 opens out of 6 (measured); with it, 6 of 6 English, 3 of 3
    French, and the DEFAULT rendition without ``:audio-language``."""
    branch = _pcm_branch(pipe)
    chain = f"#duplicate{{dst=display,dst='{branch}'}}" if display else f"#{branch}"
    return [
        f":sout={chain}",
        ":no-sout-all",
        ":no-sout-spu",
        *([":no-sout-video"] if no_video else []),
    ]


def tap_demux(matroska: bool, start_ms: int) -> list[str]:
    """The demuxer for a tapped open of a Matroska/WebM file at ``start_ms``: FFmpeg's.

    libVLC's own Matroska demuxer reaches ``:start-time`` by reading the file from its start
    (measured, libVLC 3.0.24: opened at 9 s, and at 90 s of a 120 s file, local or over
    HTTP, cues at the end or at the front, the PCM always began at 0 s); the display drops
    what comes before (pre-roll), the stream output does not, so the lines came late by the
    position. FFmpeg's demuxer (libVLC's avformat module) seeks in the cues to the video
    keyframe at or before the position (measured: 9 s -> 5.0, 12 s -> 10.0 with a 5 s GOP),
    where ``player/keyframes.py`` finds it too, as it does for MP4."""
    return [":demux=avformat"] if matroska and start_ms > 0 else []


def pipe_alias(pipe: Path | str, n: int) -> str:
    """The same pipe under a different path string for every other ``n`` (".../x" or
    "..././x"): libVLC keeps a stream output whose chain did not change, and a finished WAV mux
    writes nothing more; a new chain makes it close the old one and open the pipe anew (the
    transcriber then sees a new WAV header: a new segment)."""
    path = str(pipe)
    folder, _, name = path.rpartition("/")
    return f"{folder}/./{name}" if n % 2 else path


def tap_start_ms(start_ms: int, media: MediaPlaylist | None) -> int:
    """Where in the media the tap's first sample lies when a recording opens at ``start_ms``.

    libVLC's display skips to ``:start-time`` (pre-roll), but the stream output gets every
    block the demuxer reads, and the HLS demuxer starts at the segment holding ``start_ms``.
    Measured (libVLC 3.0.24, 2 s segments, one or two audio renditions): opened at 3.5, 7.3,
    9.9 and 13.1 s, the PCM began at 2.0, 6.0, 8.0 and 12.0 s, so lines anchored at the open
    position came up to a segment late. An MPEG-TS file starts within 0.1 s of ``start_ms``;
    an MP4 at the video keyframe before it (not known here: see docs/architecture.md)."""
    if media is None or media.live or not media.segments:
        return start_ms
    return int(round(media.segment_start_s(start_ms / 1000) * 1000))
