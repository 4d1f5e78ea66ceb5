"""Open a conference feed (path or URL) the same way for the GUI and the CLI.

A URL is fetched through the shared session and its last good copy kept in the cache, so an
observer who goes offline still has the conference. When the asked-for feed cannot be used the
caller gets the error *and* can fall back to the demo (``open_with_fallback``).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from observer_app import paths as app_paths
from observer_app.core.feeds.ownjson import FeedError, LoadedFeed, load_schema, parse_feed
from observer_app.net.reasons import plain_reason

log = logging.getLogger("observer.feed")


@dataclass
class OpenResult:
    feed: LoadedFeed
    #: Problems met on the way (the asked-for feed was unusable, a cached copy was used...).
    problems: list[str] = field(default_factory=list)
    is_demo: bool = False


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


def _cache_path(cache_dir: Path, url: str) -> Path:
    return cache_dir / "feeds" / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".json")


def read_source(source: str, cache_dir: Path | None, session=None) -> tuple[bytes, list[str], Path | None]:
    """The bytes of a feed, problems met, and the cached copy to fall back on (URLs only).

    A URL's bytes are *not* cached here: only a copy that parsed is worth keeping (a captive
    portal's HTML page must not replace the last good feed); see ``open_feed``.
    """
    problems: list[str] = []
    if not is_url(source):
        path = Path(source).expanduser()
        try:
            return path.read_bytes(), problems, None
        except FileNotFoundError:
            raise FeedError(str(path), "", "no such file") from None
        except IsADirectoryError:
            raise FeedError(str(path), "", "is a directory, not a feed file") from None
        except OSError as exc:
            raise FeedError(str(path), "", f"cannot be read: {exc.strerror or exc}") from None
    import requests  # only for URLs: the demo and local feeds start without loading it

    from observer_app.net.session import make_session

    cached = _cache_path(cache_dir, source) if cache_dir else None
    try:
        response = (session or make_session(retries=1)).get(source)
        response.raise_for_status()
        return response.content, problems, cached
    except requests.RequestException as exc:
        reason = plain_reason(exc)
        if cached and cached.exists():
            problems.append(f"{source}: {reason}; using the copy saved {_age(cached)}")
            return cached.read_bytes(), problems, None
        raise FeedError(source, "", reason) from None


def _age(path: Path) -> str:
    minutes = int((datetime.now().timestamp() - path.stat().st_mtime) // 60)
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    return f"{minutes // 60} hours ago"


def _keep_copy(cached: Path, data: bytes) -> None:
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(cached)
    except OSError as exc:  # an unwritable cache costs offline use, not the conference
        log.warning("cannot keep a copy of the feed in %s: %s", cached, exc)


def split_sources(source: str) -> list[str]:
    """Several sources (a playlist, a calendar, a document feed) are kept as one line each."""
    return [line.strip() for line in source.splitlines() if line.strip()]


def open_feed(source: str, cache_dir: Path | None = None, now: datetime | None = None) -> OpenResult:
    """Open a conference from ``source``: the project's own feed, a conference profile, any
    other source kind (M3U, XMLTV, iCalendar, Indico, pretalx, RSS), or several of these one
    per line, combined into one conference. Raises ``FeedError`` when nothing usable came."""
    sources = split_sources(source)
    if len(sources) != 1:
        return _open_combined(sources or [source], cache_dir)
    data, problems, cached = read_source(sources[0], cache_dir)
    from observer_app.core.feeds.detect import detect_kind

    kind = detect_kind(data, sources[0])
    if kind in ("m3u", "xmltv", "ical", "indico", "pretalx", "rss", "profile"):
        # The bytes just read go along: a playlist URL is fetched once per open, not twice.
        return _open_combined(sources, cache_dir, data, is_profile=kind == "profile")
    return _open_own(sources[0], data, problems, cached, cache_dir, now)


def _open_combined(sources: list[str], cache_dir: Path | None, data: bytes | None = None,
                   is_profile: bool = False) -> OpenResult:
    """Several sources (or one of another kind, or a profile); ``data``: the first one's bytes."""
    from observer_app.core.feeds.profile import ProfileError
    from observer_app.services import sources as feed_sources

    try:
        if is_profile:
            _profile, conference, results, notes = feed_sources.open_profile(sources[0], cache_dir, data=data)
        else:
            prefetched = {sources[0]: data} if data is not None else None
            conference, results, notes = feed_sources.open_sources(sources, cache_dir, prefetched=prefetched)
    except ProfileError as exc:
        raise FeedError(exc.source, exc.place, exc.problem) from None
    usable = [r for r in results if r.ok]
    if not usable:
        problems = "; ".join(m for r in results for m in r.messages()) or "no source could be read"
        raise FeedError(sources[0] if len(sources) == 1 else f"{len(sources)} sources", "", problems)
    warnings = [m for r in results for m in r.messages()] + notes
    return OpenResult(LoadedFeed(conference, warnings), [])


def _open_own(source: str, data: bytes, problems: list[str], cached: Path | None, cache_dir: Path | None,
              now: datetime | None) -> OpenResult:
    schema = load_schema(app_paths.feed_schema())
    try:
        loaded = parse_feed(data, source, schema, now=now)
    except FeedError as exc:
        if cached is None or not cached.exists():
            raise
        # Fresh bytes unusable (a login page, a half-written file): the last good copy still is.
        loaded = parse_feed(cached.read_bytes(), source, schema, now=now)
        problems.append(f"{exc}; using the copy saved {_age(cached)}")
        return OpenResult(loaded, problems)
    if cached is not None:
        _keep_copy(cached, data)
    return OpenResult(loaded, problems, is_demo=Path(source).resolve() == app_paths.demo_feed().resolve()
                      if not is_url(source) else False)


def open_with_fallback(source: str | None, cache_dir: Path | None = None, now: datetime | None = None) -> OpenResult:
    """Open ``source``; if that fails, open the demo and report why in ``problems``."""
    if source:
        try:
            return open_feed(source, cache_dir, now)
        except FeedError as exc:
            log.info("cannot open feed: %s", exc)
            result = open_feed(str(app_paths.demo_feed()), cache_dir, now)
            result.problems.insert(0, f"{exc} — opened the demo conference instead.")
            return result
    return open_feed(str(app_paths.demo_feed()), cache_dir, now)


def open_feed_packed(source: str, cache_dir: Path | None = None) -> tuple[str, bytes]:
    """``open_feed`` as run in a child process for a background refresh (see ``isolate``): a
    digest of the conference, so the window can tell "nothing changed" without unpacking it,
    and the pickled ``OpenResult``."""
    import pickle

    result = open_feed(source, cache_dir)
    digest = hashlib.sha256(pickle.dumps(result.feed.conference, pickle.HIGHEST_PROTOCOL)).hexdigest()
    return digest, pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
