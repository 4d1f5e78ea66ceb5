"""HLS manifests (RFC 8216), read with the ``m3u8`` library: what an observer can choose.

- multivariant playlists: variants (bandwidth, resolution, audio-only or not) and the
  ``EXT-X-MEDIA TYPE=AUDIO`` renditions (the interpretation channels) and subtitles;
- media playlists: segments with their ``EXT-X-PROGRAM-DATE-TIME``, live or not.

libVLC 3 exposes none of this (not even the program date-time), so the player reads the
manifests itself. Pure: the caller fetches the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import cast
from urllib.parse import urljoin

from observer_app.core import clock
from observer_app.core.languages import code_for


class ManifestError(ValueError):
    pass


@dataclass(frozen=True)
class Rendition:
    group: str
    language: str | None  # code from LANGUAGE or NAME ("floor", "en"...), None if unknown
    name: str
    default: bool
    uri: str | None


@dataclass(frozen=True)
class Variant:
    uri: str
    bandwidth: int
    resolution: tuple[int, int] | None
    codecs: str
    audio_group: str | None

    @property
    def audio_only(self) -> bool:
        """No video codec declared and no resolution: an audio-only rendition of the stream."""
        codecs = [c.strip().lower() for c in self.codecs.split(",") if c.strip()]
        if self.resolution:
            return False
        return bool(codecs) and all(
            c.startswith(("mp4a", "ac-3", "ec-3", "opus", "flac")) for c in codecs
        )

    def label(self) -> str:
        if self.audio_only:
            return f"audio only, {self.bandwidth // 1000} kbit/s"
        size = f"{self.resolution[1]}p, " if self.resolution else ""
        return f"{size}{self.bandwidth // 1000} kbit/s"


@dataclass
class MasterPlaylist:
    variants: list[Variant] = field(default_factory=list)
    audio: list[Rendition] = field(default_factory=list)
    subtitles: list[Rendition] = field(default_factory=list)

    def audio_only_variant(self) -> Variant | None:
        candidates = [v for v in self.variants if v.audio_only]
        return max(candidates, key=lambda v: v.bandwidth) if candidates else None

    def lowest_video_variant(self) -> Variant | None:
        video = [v for v in self.variants if not v.audio_only]
        return min(video, key=lambda v: v.bandwidth) if video else None

    def languages(self) -> list[str]:
        seen: list[str] = []
        for r in self.audio:
            if r.language and r.language not in seen:
                seen.append(r.language)
        return seen


@dataclass(frozen=True)
class Segment:
    uri: str
    duration_s: float
    program_date_time: datetime | None  # UTC


@dataclass
class MediaPlaylist:
    segments: list[Segment]
    live: bool  # no EXT-X-ENDLIST
    target_duration_s: float
    media_sequence: int

    def window_start_utc(self) -> datetime | None:
        """The PROGRAM-DATE-TIME of the first segment (extrapolated from a later one if needed)."""
        offset = 0.0
        for segment in self.segments:
            if segment.program_date_time is not None:
                return segment.program_date_time - timedelta(seconds=offset)
            offset += segment.duration_s
        return None

    def live_edge_utc(self) -> datetime | None:
        start = self.window_start_utc()
        if start is None:
            return None
        return start + timedelta(seconds=sum(s.duration_s for s in self.segments))

    def segment_start_s(self, offset_s: float) -> float:
        """Where the segment holding ``offset_s`` (seconds into this playlist) starts; past the
        last segment, ``offset_s`` itself."""
        elapsed = 0.0
        for segment in self.segments:
            if elapsed + segment.duration_s > offset_s:
                return elapsed
            elapsed += segment.duration_s
        return offset_s

    def utc_at(self, offset_s: float) -> datetime | None:
        """The program date-time at ``offset_s`` seconds into this playlist window."""
        elapsed = 0.0
        last: tuple[float, datetime] | None = None
        for segment in self.segments:
            if segment.program_date_time is not None:
                last = (elapsed, segment.program_date_time)
            if elapsed + segment.duration_s > offset_s and last is not None:
                break
            elapsed += segment.duration_s
        if last is None:
            return None
        return last[1] + timedelta(seconds=offset_s - last[0])


def _text(data: bytes | str) -> str:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ManifestError("the playlist is not UTF-8 text") from None
    data = data.lstrip("\ufeff")
    if "#EXTM3U" not in data[:1024]:
        if data.lstrip()[:1] == "<":
            raise ManifestError("this is a web page, not an HLS playlist")
        raise ManifestError("not an HLS playlist (no #EXTM3U header)")
    return data


def is_master(data: bytes | str) -> bool:
    return "#EXT-X-STREAM-INF" in _text(data)


def parse_master(data: bytes | str, base_url: str) -> MasterPlaylist:
    import m3u8  # 70 ms of start-up that local files and the demo never need

    try:
        playlist = m3u8.loads(_text(data), uri=base_url)
    except ManifestError:
        raise
    except Exception as exc:  # m3u8 raises assorted errors on bad input
        raise ManifestError(f"unreadable playlist: {exc}") from None
    result = MasterPlaylist()
    for p in playlist.playlists:
        info = p.stream_info
        result.variants.append(
            Variant(
                uri=urljoin(base_url, p.uri),
                bandwidth=int(info.bandwidth or 0),
                resolution=(
                    # m3u8 reads RESOLUTION=WxH as two ints
                    cast("tuple[int, int]", tuple(info.resolution)) if info.resolution else None
                ),
                codecs=info.codecs or "",
                audio_group=info.audio,
            )
        )
    for media in playlist.media:
        rendition = Rendition(
            group=media.group_id or "",
            language=code_for(media.language) or code_for(media.name),
            name=media.name or media.language or "",
            default=(media.default or "").upper() == "YES",
            uri=urljoin(base_url, media.uri) if media.uri else None,
        )
        if media.type == "AUDIO":
            result.audio.append(rendition)
        elif media.type == "SUBTITLES":
            result.subtitles.append(rendition)
    return result


def parse_media(data: bytes | str, base_url: str) -> MediaPlaylist:
    import m3u8

    try:
        playlist = m3u8.loads(_text(data), uri=base_url)
    except ManifestError:
        raise
    except Exception as exc:
        raise ManifestError(f"unreadable playlist: {exc}") from None
    segments = [
        Segment(
            urljoin(base_url, s.uri),
            float(s.duration or 0),
            clock.ensure_utc(s.current_program_date_time) if s.current_program_date_time else None,
        )
        for s in playlist.segments
    ]
    return MediaPlaylist(
        segments,
        live=not playlist.is_endlist,
        target_duration_s=float(playlist.target_duration or 0),
        media_sequence=int(playlist.media_sequence or 0),
    )


_URI_ATTR = re.compile(r'URI="([^"]*)"')


def rewrite_master(data: bytes | str, base_url: str, drop_audio_only: bool = True) -> str:
    """A copy of a multivariant playlist with absolute URIs, without its audio-only variants.

    libVLC 3.0.24 starts on an audio-only variant when one is listed, then switches to video
    and loses the floor track, selecting another language on its own. Playing a local copy
    without those variants avoids it; absolute URIs keep the copy working from anywhere.
    """
    lines = _text(data).splitlines()
    out: list[str] = []
    skip_next_uri = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("#EXT-X-STREAM-INF:"):
            attrs = stripped.split(":", 1)[1]
            codecs = re.search(r'CODECS="([^"]*)"', attrs)
            resolution = "RESOLUTION=" in attrs
            variant = Variant(
                "", 0, (1, 1) if resolution else None, codecs.group(1) if codecs else "", None
            )
            if drop_audio_only and variant.audio_only:
                skip_next_uri = True
                continue
            out.append(stripped)
        elif stripped and not stripped.startswith("#"):
            if skip_next_uri:
                skip_next_uri = False
                continue
            out.append(urljoin(base_url, stripped))
        elif "URI=" in stripped:
            out.append(_URI_ATTR.sub(lambda m: f'URI="{urljoin(base_url, m.group(1))}"', stripped))
        else:
            out.append(stripped)
    return "\n".join(out) + "\n"
