"""Turn "play this stream, in French, audio only" into what libVLC should open. No Qt.

Runs off the GUI thread (it does HTTP): a preflight GET explains failures plainly, the HLS
manifests give the languages, variants and the PROGRAM-DATE-TIME that maps positions to wall
clock. ``probe`` and the GUI both call ``resolve``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from observer_app.core import hls
from observer_app.core.clock import MediaAnchor
from observer_app.core.sources import StreamFormat, StreamSource
from observer_app.player import page_refresh
from observer_app.player.backend import OpenRequest

if TYPE_CHECKING:
    import requests

    from observer_app.net.preflight import Preflight

log = logging.getLogger("observer.player")


@dataclass(frozen=True)
class PlayRequest:
    """What a tile asks its player to play (kept for reconnects)."""

    source: StreamSource
    title: str = ""  # "Committee 5", for messages
    start_ms: int = 0
    loop: bool = False
    live: bool = True


class Quality(StrEnum):
    """The picture the observer asked for (a slow link asks for the lowest)."""

    AUTO = "auto"  # libVLC's adaptive choice
    LOWEST = "lowest"  # the smallest video variant


@dataclass(frozen=True)
class Choice:
    """What the observer asked for; kept across reconnects."""

    language: str | None = None
    audio_only: bool = False
    quality: Quality = Quality.AUTO


@dataclass
class ResolvedStream:
    request: OpenRequest | None  # None when the stream cannot be played (see ``problem``)
    problem: str = ""
    kind: StreamFormat = StreamFormat.UNKNOWN
    master: hls.MasterPlaylist | None = None
    media: hls.MediaPlaylist | None = None
    #: position 0 of what libVLC will play <-> this UTC instant (from PROGRAM-DATE-TIME)
    anchor: MediaAnchor | None = None
    notes: list[str] = field(default_factory=list)  # what was chosen and why, for the status line
    #: The address found again on the stream's web page when the old one expired (else None):
    #: the player keeps it for its next reconnects.
    source: StreamSource | None = None

    @property
    def ok(self) -> bool:
        return self.request is not None


def _media_playlist_url(master: hls.MasterPlaylist, choice: Choice) -> str | None:
    """The media playlist whose segments libVLC will time: the chosen variant (else the first)."""
    if not master.variants:
        return None
    if choice.quality is Quality.LOWEST:
        variant = master.lowest_video_variant() or master.variants[0]
    else:
        variant = next((v for v in master.variants if not v.audio_only), master.variants[0])
    return variant.uri


#: A Matroska/WebM file's first bytes (net/preflight.py sniffs served files the same way; not
#: imported from there: it loads requests, which local files never need).
_EBML_MAGIC = b"\x1a\x45\xdf\xa3"


def _local_matroska(url: str) -> bool:
    """Whether a local file (a path or file: URL) is Matroska/WebM, from its first bytes."""
    from urllib.parse import unquote

    parts = urlparse(url)
    if parts.scheme not in ("", "file"):
        return False
    try:
        with open(unquote(parts.path) if parts.scheme else url, "rb") as file:
            return file.read(4) == _EBML_MAGIC
    except OSError:
        return False


def resolve(
    request: PlayRequest,
    choice: Choice,
    session: requests.Session | None,
    *,
    work_dir: Path | None = None,
    refresh_page: bool = False,
    page_resolver: page_refresh.Resolver | None = None,
) -> ResolvedStream:
    """What libVLC should open for ``request`` (its source, from ``start_ms``, looped or
    live) as ``choice`` asks. ``work_dir`` receives rewritten copies of manifests that libVLC
    mishandles. A stream read from a web page is found again there when its address was
    refused as expired, or when ``refresh_page`` (the player's reconnects keep failing)."""
    source = request.source
    base = OpenRequest(
        source.url,
        start_ms=request.start_ms,
        loop=request.loop,
        live=request.live,
        user_agent=source.user_agent,
        referrer=source.referrer,
        adaptive_logic="lowest" if choice.quality is Quality.LOWEST else None,
    )
    scheme = urlparse(source.url).scheme
    if scheme not in ("http", "https"):
        # Local files and other schemes go straight to libVLC; it reports its own errors.
        local = replace(base, no_video=choice.audio_only, matroska=_local_matroska(source.url))
        return ResolvedStream(local, kind=StreamFormat.FILE)

    import requests  # noqa: F401 - loaded here, not at start-up: local files never need it

    from observer_app.net.preflight import MATROSKA, preflight

    assert session is not None, "a network stream is read with the app's session"

    check = preflight(source, session)
    fresh, check = _find_again(source, check, session, refresh_page, page_resolver)
    source = fresh or source
    base = replace(base, url=source.url)
    if not check.ok:
        return ResolvedStream(None, problem=check.reason)
    if check.kind is not StreamFormat.HLS:
        media = replace(base, no_video=choice.audio_only, matroska=check.container == MATROSKA)
        return ResolvedStream(media, kind=StreamFormat.MEDIA, source=fresh)

    result = ResolvedStream(base, kind=StreamFormat.HLS, source=fresh)
    try:
        _read_manifests(result, check, source, choice, session, work_dir)
    except hls.ManifestError as exc:
        return ResolvedStream(None, problem=str(exc))
    except __import__("requests").RequestException as exc:
        result.notes.append(f"could not read the media playlist ({exc}); no wall-clock mapping")
    _anchor_and_audio(result, choice)
    return result


def _read_manifests(
    result: ResolvedStream,
    check: Preflight,
    source: StreamSource,
    choice: Choice,
    session: requests.Session,
    work_dir: Path | None,
) -> None:
    """Fill ``result`` from the HLS manifests: for a master, its renditions and variants (the
    request adjusted for the quality and audio-only choices) and the media playlist that will
    play; else the media playlist the preflight read."""
    if not hls.is_master(check.body):
        result.media = hls.parse_media(check.body, check.final_url or source.url)
        return
    master_url = check.final_url or source.url
    result.master = hls.parse_master(check.body, master_url)
    _choose_variant(result, choice, check.body, master_url, work_dir)
    assert result.request is not None  # (for mypy: the request stays set from here on)
    # The clock comes from the playlist actually played: a rendition or variant URL when
    # audio only, else the video variant libVLC will pick.
    played = result.request.url
    media_url = (
        played
        if played.startswith("http") and played != master_url
        else _media_playlist_url(result.master, choice)
    )
    if media_url:
        result.media = _fetch_media(media_url, source, session)


def _choose_variant(
    result: ResolvedStream, choice: Choice, body: bytes, master_url: str, work_dir: Path | None
) -> None:
    """The request for a master playlist: the lowest video height when asked, a rewritten local
    copy when an audio-only variant would mislead libVLC, and the language when audio only."""
    assert result.request is not None and result.master is not None
    if choice.quality is Quality.LOWEST:
        lowest = result.master.lowest_video_variant()
        # adaptive-logic=lowest would pick an audio-only variant: cap the height instead.
        if lowest is not None and lowest.resolution:
            result.request = replace(
                result.request, adaptive_logic=None, max_height=lowest.resolution[1]
            )
            result.notes.append(f"lowest quality: {lowest.label()}")
    if result.master.audio_only_variant() is not None and work_dir is not None:
        copy = _write_copy(work_dir, hls.rewrite_master(body, master_url))
        result.request = replace(result.request, url=copy.as_uri())
    if choice.audio_only:
        result.request = _audio_only_request(result, choice, result.request)


def _anchor_and_audio(result: ResolvedStream, choice: Choice) -> None:
    """The wall-clock anchor of position 0, and no video decoded for an audio-only choice on a
    plain media playlist (a master's audio-only request is chosen with the variant)."""
    if result.media is not None:
        # libVLC counts time from the start of the playlist window it opened (for a live stream
        # that is the window at open time, which is what we just read).
        start = result.media.window_start_utc()
        if start is not None:
            result.anchor = MediaAnchor(0, start)
    if choice.audio_only and result.master is None:
        assert result.request is not None
        result.request = replace(result.request, no_video=True)
        result.notes.append("audio only: video is not decoded")


def _find_again(
    source: StreamSource,
    check: Preflight,
    session: requests.Session,
    refresh_page: bool,
    resolver: page_refresh.Resolver | None,
) -> tuple[StreamSource | None, Preflight]:
    """A stream read from a web page whose address was refused as expired (or ``refresh_page``):
    its fresh address on the page and that address's preflight. (None, ``check``) when there is
    nothing to do or the page names no other address (a refusal then says what the page said)."""
    from observer_app.net.preflight import preflight

    if not source.page or not (refresh_page or page_refresh.expired(check.status)):
        return None, check
    fresh, why = page_refresh.find_again(source, resolver)
    if fresh is None or fresh.url == source.url:
        if not check.ok and why:
            check = replace(check, reason=f"{check.reason}; {why}")
        return None, check
    return fresh, preflight(fresh, session)


def _write_copy(work_dir: Path, text: str) -> Path:
    work_dir.mkdir(parents=True, exist_ok=True)
    path = work_dir / f"master-{hashlib.sha256(text.encode()).hexdigest()[:16]}.m3u8"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    return path


def _fetch_media(url: str, source: StreamSource, session: requests.Session) -> hls.MediaPlaylist:
    headers = {"User-Agent": source.user_agent} if source.user_agent else {}
    if source.referrer:
        headers["Referer"] = source.referrer
    response = session.get(url, headers=headers, timeout=(5, 8))
    response.raise_for_status()
    return hls.parse_media(response.content, response.url)


def _audio_only_request(result: ResolvedStream, choice: Choice, base: OpenRequest) -> OpenRequest:
    """Save bandwidth for real: an audio rendition in the wanted language, an audio-only variant,
    or (when the stream has neither) the full stream without decoding video."""
    master = result.master
    if master is not None:
        rendition = next((r for r in master.audio if r.language == choice.language and r.uri), None)
        if rendition is not None and rendition.uri:
            result.notes.append(f"audio only: the {rendition.name} rendition alone")
            return replace(base, url=rendition.uri, no_video=True)
        variant = master.audio_only_variant()
        if variant is not None:
            result.notes.append(f"audio only: {variant.label()} variant")
            return replace(base, url=variant.uri, no_video=True)
    result.notes.append("audio only: this stream has no audio-only version; video is not decoded")
    return replace(base, no_video=True)
