"""Human captions carried by an HLS stream: a SUBTITLES rendition of WebVTT segments.

libVLC shows such a track on the video but gives no subtitle text through its API (libVLC 3
has no subtitle callback; ``video_get_spu_description`` names tracks only), so the text is
read here: the master and the subtitle playlist with the ``m3u8`` library, the WebVTT
segments through the app's requests session (``net/session``). A live playlist is read again
every target duration as it grows; a VOD one (``#EXT-X-ENDLIST``) once.

Times: a cue's time is on the stream's timeline. Without ``X-TIMESTAMP-MAP`` (ffmpeg's
segmenter) it is the position in the stream. With one (Apple's packagers, live), ``LOCAL``
cue time equals ``MPEGTS`` (90 kHz), and the position is the cue's MPEG-TS time minus the
first timestamp of the stream's first media segment (read from the first 64 kB of that
segment, as players do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from observer_app.core.transcript import parse_captions

_MAP = re.compile(r"X-TIMESTAMP-MAP=([^\r\n]*)")
_LOCAL = re.compile(r"LOCAL:((?:\d+:)?\d{1,2}:\d{2}\.\d{3})")
_MPEGTS = re.compile(r"MPEGTS:(\d+)")
_HEAD_BYTES = 64 * 1024


class CaptionError(Exception):
    pass


@dataclass(frozen=True)
class Cue:
    start_ms: int  # position in the stream
    end_ms: int
    text: str
    language: str = ""


@dataclass(frozen=True)
class CaptionTrack:
    playlist_url: str  # the WebVTT media playlist
    language: str
    name: str
    first_media_url: str = ""  # the variant's first media segment (for X-TIMESTAMP-MAP)


def _ms(stamp: str) -> int:
    parts = [float(x) for x in stamp.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    return int(round(seconds * 1000))


def timestamp_map(vtt: str) -> tuple[int, int] | None:
    """(LOCAL ms, MPEGTS ms) of a WebVTT segment's ``X-TIMESTAMP-MAP``, or None."""
    found = _MAP.search(vtt[:400])
    if not found:
        return None
    local, mpegts = _LOCAL.search(found.group(1)), _MPEGTS.search(found.group(1))
    if not local or not mpegts:
        return None
    return _ms(local.group(1)), int(mpegts.group(1)) // 90


def first_pts_ms(data: bytes) -> int | None:
    """The earliest presentation timestamp in an MPEG-TS segment's head (ms), or None."""
    found: list[int] = []
    for at in range(0, len(data) - 187, 188):
        packet = data[at : at + 188]
        if packet[0] != 0x47 or not packet[1] & 0x40:  # sync byte, payload unit start
            continue
        control, offset = (packet[3] >> 4) & 3, 4
        if control & 2:
            offset += 1 + packet[4]
        pes = packet[offset:]
        if not control & 1 or pes[:3] != b"\x00\x00\x01" or not 0xC0 <= pes[3] <= 0xEF:
            continue
        if len(pes) >= 14 and pes[7] & 0x80:
            p = pes[9:14]
            pts = ((p[0] >> 1) & 7) << 30 | p[1] << 22 | (p[2] >> 1) << 15 | p[3] << 7 | p[4] >> 1
            found.append(pts // 90)
    return min(found) if found else None  # of every stream: audio may start before video


def find_caption_track(session: Any, url: str, language: str | None = None) -> CaptionTrack | None:
    """The stream's WebVTT caption rendition (the one in ``language`` if offered, else the
    default, else the first), or None when ``url`` is not an HLS master with SUBTITLES."""
    import m3u8

    text, base = _playlist_text(session, url)
    if text is None:
        return None
    master = m3u8.loads(text, uri=base)
    subtitles = [m for m in master.media if (m.type or "").upper() == "SUBTITLES" and m.uri]
    if not master.is_variant or not subtitles:
        return None
    wanted = (language or "").lower()[:2]
    chosen = (
        next((m for m in subtitles if (m.language or "").lower()[:2] == wanted), None)
        if wanted
        else None
    ) or next((m for m in subtitles if (m.default or "").upper() == "YES"), subtitles[0])
    first_media = ""
    if master.playlists:
        first_media = urljoin(base, master.playlists[0].uri)
    return CaptionTrack(
        urljoin(base, chosen.uri), chosen.language or "", chosen.name or "", first_media
    )


def _playlist_text(session: Any, url: str, limit: int = 4 << 20) -> tuple[str | None, str]:
    """What ``url`` serves when it is a playlist (up to ``limit`` bytes), else None; and its
    final URL. Only the first block is read to tell: a recording (an MP4 of gigabytes) was
    downloaded whole, and decoded as text, before Transcribe could start Whisper."""
    with session.get(url, timeout=(10, 30), stream=True) as response:
        response.raise_for_status()
        blocks = response.iter_content(64 * 1024)
        body = next(blocks, b"")
        if b"#EXTM3U" not in body[:1024]:
            return None, response.url or url
        for block in blocks:
            body += block
            if len(body) > limit:
                break
        return body.decode("utf-8-sig", errors="replace"), response.url or url


@dataclass
class CaptionFollower:
    """Reads a caption playlist and its new WebVTT segments; each ``read`` gives new cues."""

    session: Any
    track: CaptionTrack
    finished: bool = False
    wait_s: float = 2.0  # until the next read of a live playlist
    _done: set[str] = field(default_factory=set)  # segment URLs already read
    _said: set[tuple[int, str]] = field(default_factory=set)  # cues repeated across segments
    _base_ms: int | None = None  # the stream's first media timestamp (with a timestamp map)

    def read(self) -> list[Cue]:
        import m3u8

        response = self.session.get(self.track.playlist_url, timeout=(10, 30))
        response.raise_for_status()
        playlist = m3u8.loads(response.text, uri=response.url or self.track.playlist_url)
        self.finished = bool(playlist.is_endlist)
        self.wait_s = max(1.0, float(playlist.target_duration or 2))
        cues: list[Cue] = []
        for segment in playlist.segments:
            url = urljoin(response.url or self.track.playlist_url, segment.uri)
            if url in self._done:
                continue
            body = self.session.get(url, timeout=(10, 30))
            body.raise_for_status()
            self._done.add(url)
            cues += self._new_cues(body.content.decode("utf-8-sig", errors="replace"))
        return cues

    def _new_cues(self, vtt: str) -> list[Cue]:
        shift = self._shift(timestamp_map(vtt))
        out = []
        for start, end, text in parse_captions(vtt):
            key = (start + shift, text)
            if key in self._said:  # a cue that spans two segments is written in both
                continue
            self._said.add(key)
            out.append(Cue(start + shift, end + shift, text, self.track.language))
        return out

    def _shift(self, mapping: tuple[int, int] | None) -> int:
        if mapping is None:
            return 0
        local, mpegts = mapping
        if self._base_ms is None:
            self._base_ms = self._media_base() if self.track.first_media_url else None
            if self._base_ms is None:
                self._base_ms = mpegts  # unknown: take the map's own origin as the start
        return mpegts - local - self._base_ms

    def _media_base(self) -> int | None:
        """The first timestamp of the stream's first media segment (MPEG-TS only)."""
        import m3u8

        try:
            variant = self.session.get(self.track.first_media_url, timeout=(10, 30))
            variant.raise_for_status()
            media = m3u8.loads(variant.text, uri=variant.url or self.track.first_media_url)
            if not media.segments:
                return None
            first = urljoin(variant.url or self.track.first_media_url, media.segments[0].uri)
            head = self.session.get(
                first, headers={"Range": f"bytes=0-{_HEAD_BYTES - 1}"}, timeout=(10, 30)
            )
            head.raise_for_status()
            return first_pts_ms(head.content[:_HEAD_BYTES])
        except Exception:  # noqa: BLE001 (a missing base only shifts times; cues still come)
            return None
