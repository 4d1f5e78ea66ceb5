"""Open a conference feed (path or URL) the same way for the GUI and the CLI.

A URL is fetched through ``services.sources.load``, the one place that keeps a source's last
good copy and falls back on it, so an observer who goes offline (or meets a hotel's login page)
still has the conference. When the asked-for feed cannot be used the caller gets the error
*and* can fall back to the demo (``open_with_fallback``).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from observer_app.core.feeds.ownjson import FeedError, LoadedFeed, load_schema, parse_feed
from observer_app.core.feeds.profile import Profile, parse_profile
from observer_app.runtime import paths as app_paths

if TYPE_CHECKING:
    from observer_app.core.feeds.base import SourceResult
    from observer_app.services.sources import Combined

log = logging.getLogger("observer.feed")


@dataclass
class OpenResult:
    feed: LoadedFeed
    #: Problems met on the way (the asked-for feed was unusable and the demo opened instead...).
    problems: list[str] = field(default_factory=list)
    is_demo: bool = False
    #: The warnings (also in ``feed.warnings``, first) saying a source came from its last good
    #: copy, why and how old: offline, a server error, a login page. The command line prints them.
    stale: list[str] = field(default_factory=list)
    #: The source that was asked for when the demo opened in its place (else "").
    wanted: str = ""


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


def split_sources(source: str) -> list[str]:
    """Several sources (a playlist, a calendar, a document feed) are kept as one line each."""
    return [line.strip() for line in source.splitlines() if line.strip()]


#: Kinds read as conference sources; the rest (observer, json, html, unknown...) as the own
#: feed, whose messages say what an Observer feed should look like.
# "html": a conference's web page is a source too (issue 17, ``feeds.webpage``).
_SOURCE_KINDS = ("m3u", "xmltv", "ical", "indico", "pretalx", "rss", "binary", "html")


def open_feed(
    source: str,
    cache_dir: Path | None = None,
    now: datetime | None = None,
    fresh_for_s: float = 0,
) -> OpenResult:
    """Open a conference from ``source``: the project's own feed, a conference profile, any
    other source kind (M3U, XMLTV, iCalendar, Indico, pretalx, RSS), or several of these one
    per line, combined into one conference. A URL falls back to its last good copy (offline,
    a server error, a login page) with a warning; a copy younger than ``fresh_for_s`` (the
    window's refresh interval, for headless commands) is used without asking the server.
    Raises ``FeedError`` when nothing usable came."""
    from observer_app.services import sources as feed_sources

    sources = split_sources(source)
    if len(sources) != 1:
        return _open_combined(sources or [source], cache_dir, fresh_for_s=fresh_for_s)
    source = sources[0]
    _adopt_old_copy(source, cache_dir)
    try:  # fetched once: the kind is known only from the bytes, which then are parsed as it
        loaded = feed_sources.load(
            source,
            cache_dir,
            lambda data, content_type: _read(data, content_type, source, now),
            fresh_for_s=fresh_for_s,
        )
    except ValueError as exc:
        raise _feed_error(exc, source) from None
    value = loaded.value
    if isinstance(value, LoadedFeed):
        value.warnings[:0] = [f"{source}, {w}" for w in loaded.warnings]
        demo = not is_url(source) and Path(source).resolve() == app_paths.demo_feed().resolve()
        return _with_stale(OpenResult(value, [], is_demo=demo))
    if isinstance(value, Profile):
        combined = feed_sources.profile_conference(
            value, cache_dir, notes=[f"{source}, {w}" for w in loaded.warnings]
        )
        return _combined_result(source, combined)
    value.warnings[:0] = loaded.warnings
    return _open_combined([source], cache_dir, given={source: value}, fresh_for_s=fresh_for_s)


def _read(
    data: bytes, content_type: str, source: str, now: datetime | None
) -> Profile | LoadedFeed | SourceResult:
    """One source's bytes as what they are: a ``Profile``, a ``LoadedFeed`` (the own feed) or a
    usable ``SourceResult``; ``ValueError`` (so the last good copy is tried) when unusable."""
    from observer_app.core.feeds.detect import detect_kind
    from observer_app.services import sources as feed_sources
    from observer_app.services.sources import Unusable, parse_bytes

    bundled = not is_url(source) and Path(source).resolve() == app_paths.demo_feed().resolve()
    # The demo shipped with the app is an Observer feed, which the test suite checks, not each
    # start: telling its kind parsed its JSON once more (and imported three other readers).
    kind = "observer" if bundled else detect_kind(data, source)
    if kind == "html" and not feed_sources.is_page_address(source):
        kind = "observer"  # a feed.json that is HTML is a broken feed, said as such
    if kind not in _SOURCE_KINDS:  # the source parsers do this themselves
        from observer_app.core.feeds.parse import prepare

        data, notes, problem = prepare(data)  # a gzipped or BOM-less UTF-16 feed or profile
        if problem:
            raise Unusable(source, problem.format("a conference feed"))
        if notes:
            log.info("%s: %s", source, "; ".join(notes))
    if kind == "profile":
        return parse_profile(data, source)
    if kind in _SOURCE_KINDS:
        result = parse_bytes(data, source, None, content_type)
        if not result.ok:
            raise Unusable(source, "; ".join(result.problems), result=result)
        return result
    # The demo shipped with the app is validated by the test suite, not at each start.
    schema = None if bundled else load_schema(app_paths.feed_schema())
    return parse_feed(data, source, schema, now=now)


def _feed_error(exc: ValueError, source: str) -> FeedError:
    if isinstance(exc, FeedError):
        return exc
    return FeedError(
        getattr(exc, "source", "") or source,
        getattr(exc, "place", ""),
        getattr(exc, "problem", "") or str(exc),
    )


def _adopt_old_copy(source: str, cache_dir: Path | None) -> None:
    """Earlier versions kept an own feed's last good copy in ``cache/feeds/``: move it to where
    every source's copy now lives, so an upgrade made offline still opens the conference."""
    if cache_dir is None or not is_url(source):
        return
    from observer_app.services.source_fetch import cache_paths

    old = cache_dir / "feeds" / (hashlib.sha256(source.encode()).hexdigest()[:24] + ".json")
    body = cache_paths(cache_dir, source)[0]
    try:
        if old.exists() and not body.exists():
            body.parent.mkdir(parents=True, exist_ok=True)
            old.replace(body)  # keeps its time: the warning gives its true age
    except OSError as exc:
        log.warning("cannot move the old copy %s: %s", old, exc.strerror or exc)


def _open_combined(
    sources: list[str],
    cache_dir: Path | None,
    given: dict[str, SourceResult] | None = None,
    fresh_for_s: float = 0,
) -> OpenResult:
    """Several sources (or one of another kind); ``given``: results already read."""
    from observer_app.services import sources as feed_sources

    combined = feed_sources.open_sources(sources, cache_dir, given=given, fresh_for_s=fresh_for_s)
    return _combined_result(
        sources[0] if len(sources) == 1 else f"{len(sources)} sources", combined
    )


def _combined_result(name: str, combined: Combined) -> OpenResult:
    results = combined.results
    if not any(r.ok for r in results):
        problems = "; ".join(m for r in results for m in r.messages()) or "no source could be read"
        raise FeedError(name, "", problems)
    return _with_stale(
        OpenResult(
            LoadedFeed(
                combined.conference, combined.warnings + [m for r in results for m in r.messages()]
            ),
            [],
        )
    )


def _with_stale(result: OpenResult) -> OpenResult:
    """Put the "last good copy" warnings first (the window shows the first; a profile's own,
    which comes before its sources', leads) and list them."""
    from observer_app.services.source_fetch import is_stale_note

    result.stale = [w for w in result.feed.warnings if is_stale_note(w)]
    result.feed.warnings[:] = result.stale + [
        w for w in result.feed.warnings if not is_stale_note(w)
    ]
    return result


def open_with_fallback(
    source: str | None,
    cache_dir: Path | None = None,
    now: datetime | None = None,
    fresh_for_s: float = 0,
) -> OpenResult:
    """Open ``source``; if that fails, open the demo and report why in ``problems``."""
    if source:
        try:
            return open_feed(source, cache_dir, now, fresh_for_s)
        except FeedError as exc:
            log.info("cannot open feed: %s", exc)
            result = open_feed(str(app_paths.demo_feed()), cache_dir, now)
            result.problems.insert(0, f"{exc} — opened the demo conference instead.")
            result.wanted = source
            return result
    return open_feed(str(app_paths.demo_feed()), cache_dir, now)


@dataclass(frozen=True)
class PackedFeed:
    """``open_feed``'s answer as a child process sends it back (see ``isolate``)."""

    #: Of the conference alone: the window tells "nothing changed" without unpacking it.
    digest: str
    #: The ``OpenResult``, packed by ``isolate.dumps_in_pieces``.
    packed: bytes
    #: Its messages (a source gone offline changes them, not the conference).
    messages: list[str]


def open_feed_in_pieces(source: str, cache_dir: Path | None = None) -> PackedFeed:
    """``open_feed`` as run in a child process for a background refresh: the window's worker
    thread unpacks a 50,000-channel conference a piece at a time, letting the GUI thread run
    between pieces (issue 15)."""
    import pickle

    from observer_app import isolate

    result = open_feed(source, cache_dir)
    digest = hashlib.sha256(
        pickle.dumps(result.feed.conference, pickle.HIGHEST_PROTOCOL)
    ).hexdigest()
    return PackedFeed(
        digest, isolate.dumps_in_pieces(result), result.problems + result.feed.warnings
    )
