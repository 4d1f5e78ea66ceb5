"""Where libVLC's stream output starts when an MP4 or Matroska recording opens at a position.

libVLC's MP4 demuxer seeks to the video keyframe at or before ``:start-time`` and reads every
track from there; the display drops what comes before the position (pre-roll), the stream
output does not. So the transcript's PCM begins at that keyframe (measured, libVLC 3.0.24,
5 s GOP over HTTP: opened at 9.0 s, the PCM began at 5.0; at 12.0, at 10.0) and lines
anchored at the open position were late by up to a GOP. FFmpeg's MP4 reader (PyAV, which
faster-whisper already brings) finds the same keyframe from the file's index: a few small
range reads. A tapped Matroska file is opened with FFmpeg's demuxer (``pcm_sout.tap_demux``:
libVLC's own read it from 0), which starts at the keyframe PyAV finds in its cues the same
way. MPEG-TS is left alone: it starts within 0.1 s of the position.

The lookup is I/O, so ``KeyframeLookup`` runs it on a thread; the caller asks again until it
has the answer (the lines of that segment wait, as they do for a live anchor).
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger("observer.player")

#: FFmpeg's name for the ISO base media family (MP4, MOV, M4V, 3GP).
MP4_FAMILY = "mov,mp4,m4a,3gp,3g2,mj2"
#: FFmpeg's name for Matroska and WebM.
MATROSKA_FAMILY = "matroska,webm"


def keyframe_at_or_before(url: str, position_ms: int, timeout_s: float = 10.0) -> int:
    """The time (ms) of the video keyframe at or before ``position_ms`` in an MP4 or Matroska
    ``url`` (a file path or http(s) URL), where libVLC's stream output starts; ``position_ms``
    itself for other containers, audio-only files, or when the file cannot be read."""
    import av

    try:
        with av.open(url, timeout=timeout_s, options=_tls_verified(url)) as container:
            videos = container.streams.video
            if container.format.name not in (MP4_FAMILY, MATROSKA_FAMILY) or not videos:
                return position_ms
            video = videos[0]
            base = video.time_base
            if base is None:
                return position_ms
            container.seek(int(position_ms / 1000 / base), stream=video, backward=True)
            for packet in container.demux(video):
                if packet.pts is not None:
                    return min(position_ms, max(0, int(round(packet.pts * base * 1000))))
    except (av.error.FFmpegError, OSError, StopIteration) as exc:
        log.info("no keyframe index for %s: %s", url, exc)
    return position_ms


def _tls_verified(url: str) -> dict[str, str]:
    """FFmpeg does not verify a server's certificate unless told (``tls_verify``); the same
    CA bundle as our requests session (certifi)."""
    if not url.startswith("https://"):
        return {}
    import certifi

    return {"tls_verify": "1", "ca_file": certifi.where()}


class KeyframeLookup:
    """``keyframe_at_or_before`` off the caller's thread, one answer kept per (url, position)."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, int], int] = {}
        self._asked: set[tuple[str, int]] = set()
        self._lock = threading.Lock()

    def start_of(self, url: str, position_ms: int) -> int | None:
        """The tap's start for an open of ``url`` at ``position_ms``; None while looking."""
        key = (url, position_ms)
        with self._lock:
            if key in self._found:
                return self._found[key]
            if key in self._asked:
                return None
            self._asked.add(key)

        def run() -> None:
            found = keyframe_at_or_before(url, position_ms)
            with self._lock:
                self._found[key] = found

        threading.Thread(target=run, name="keyframe-lookup", daemon=True).start()
        return None
