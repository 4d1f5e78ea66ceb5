"""Read conference sources (files or URLs) the same way for the GUI and the CLI.

A URL is fetched with a conditional request (``source_fetch``); the last good copy is what the
observer gets when the network is down, the server fails, or the fresh bytes do not parse (a captive portal's HTML page must never replace a good schedule), and
a warning says how old it is. ``load`` is the one place this happens, for every kind: a single
source, a profile, the project's own feed. A bearer token (Indico) comes from the keyring by
name and never appears in a message or a log line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar
from urllib.parse import urlparse, urlsplit, urlunsplit

from observer_app.core.feeds.base import SourceResult, slug
from observer_app.core.feeds.combine import combine
from observer_app.core.feeds.detect import detect_kind
from observer_app.core.feeds.parse import parse_source, sniff_json
from observer_app.core.feeds.profile import Profile, ProfileError, ProfileSource, parse_profile
from observer_app.core.model import Conference
from observer_app.net.webcast import RESOLVE_DEADLINE_S, resolve_streams
from observer_app.services.source_fetch import (
    Fetched,
    Origin,
    cache_paths,
    cached_copy,
    fetch_source,
    is_url,
    keep_copy,
    meta_file_of,
    read_meta,
    stale_note,
)

if TYPE_CHECKING:
    import requests

#: The bearer token kept under a secret's name (default: the keyring).
GetToken = Callable[[str], str | None]

log = logging.getLogger("observer.sources")


class Unusable(ValueError):
    """Nothing usable came of a source; ``result`` is the parser's own report when it made one."""

    def __init__(
        self, source: str, problem: str, place: str = "", result: SourceResult | None = None
    ):
        self.source, self.place, self.problem, self.result = source, place, problem, result
        super().__init__(f"{source}, {place}: {problem}" if place else f"{source}: {problem}")


#: What ``load``'s parser makes of a source's bytes.
T = TypeVar("T")


@dataclass
class Loaded(Generic[T]):
    """What ``load``'s parser made of a source; ``warnings``: the last good copy was used, and why."""

    value: T
    fetched: Fetched
    warnings: list[str] = field(default_factory=list)


def load(
    url_or_path: str,
    cache_dir: Path | None,
    parse: Callable[[bytes, str], T],
    session: requests.Session | None = None,
    token: str | None = None,
    fresh_for_s: float = 0,
    data: bytes | None = None,
    kind: str = "",
) -> Loaded[T]:
    """The one way a source is had: ``parse(bytes, content_type)`` of its current bytes, or of its
    last good copy when the network is down, the server fails, sends a web page (a login page)
    or bytes that ``parse`` refuses (it raises ``ValueError``). Bytes that parsed become the last
    good copy. ``data``: bytes the caller already fetched. Raises ``Unusable`` (or ``parse``'s own
    error) when there is nothing to fall back on. ``kind`` names what was expected, in messages."""
    fetched = (
        fetch_source(url_or_path, cache_dir, session, token, fresh_for_s)
        if data is None
        else _given(url_or_path, data, cache_dir)
    )
    if fetched.data is None:
        raise Unusable(url_or_path, fetched.problem or "could not be read")
    try:
        if _login_page(fetched, url_or_path, kind):
            raise Unusable(
                url_or_path,
                f"the server sent a web page (a login page?) instead of "
                f"{_expected(kind, fetched.cache, url_or_path)} (HTML)",
            )
        value = parse(fetched.data, fetched.headers.get("Content-Type", ""))
    except ValueError as exc:
        if fetched.origin != Origin.NETWORK or fetched.cache is None or not fetched.cache.exists():
            raise
        earlier = cached_copy(
            url_or_path, fetched.cache, read_meta(meta_file_of(fetched.cache)), Origin.CACHE
        )
        assert earlier.data is not None, "_cached read it from the file"
        try:
            value = parse(earlier.data, earlier.headers.get("Content-Type", ""))
        except ValueError:
            raise exc from None
        return Loaded(value, earlier, [stale_note(_reason(exc), fetched.cache)])
    keep_copy(fetched)
    return Loaded(value, fetched, list(fetched.warnings))


def _login_page(fetched: Fetched, url_or_path: str, kind: str) -> bool:
    """Whether the server sent a web page where a source of another kind was expected: a
    source of a stated kind, or one whose last good copy is not a page (a captive portal's
    login page must never replace a good schedule). A page given as such is a source itself."""
    if fetched.origin != Origin.NETWORK or fetched.data is None:
        return False
    if detect_kind(fetched.data, url_or_path) != "html":
        return False
    if kind == "page":
        return False
    if kind:
        return True
    cache = fetched.cache
    if cache is None or not cache.exists():
        return False  # read as a page; a page without anything usable is refused as one
    try:
        earlier = cache.read_bytes()[:65536]
    except OSError:
        return True
    return detect_kind(earlier, url_or_path) != "html"


def _reason(exc: ValueError) -> str:
    """An error's message without its source's name (the warning sits under the source)."""
    problem, place = getattr(exc, "problem", None), getattr(exc, "place", "")
    if problem is None:
        return str(exc)
    return f"{place}: {problem}" if place else problem


_EXPECTED = {
    "observer": "the conference feed",
    "profile": "the conference profile",
    "m3u": "the playlist",
    "xmltv": "the programme guide",
    "ical": "the calendar",
    "indico": "the Indico export",
    "pretalx": "the schedule",
    "rss": "the document feed",
}
_SUFFIX_KINDS = {
    ".m3u": "m3u",
    ".m3u8": "m3u",
    ".ics": "ical",
    ".rss": "rss",
    ".atom": "rss",
    ".xmltv": "xmltv",
}


def _expected(kind: str, cache: Path | None, source: str) -> str:
    """What the server should have sent: the given kind, else the last good copy's, else the name's."""
    if not kind and cache is not None and cache.exists():
        try:
            kind = detect_kind(cache.read_bytes(), source)
        except OSError:
            kind = ""
    if not kind:
        kind = _SUFFIX_KINDS.get(Path(urlparse(source).path).suffix.lower(), "")
    return _EXPECTED.get(kind, "the source")


def parse_bytes(
    data: bytes, source: str, kind: str | None = None, content_type: str = ""
) -> SourceResult:
    """``parse_source``, except that an RSS/Atom feed is read with the Content-Type the server gave
    (its charset is weighed against the XML declaration: a warning only for a real mismatch)."""
    if (
        content_type
        and kind in (None, "", "rss")
        and not sniff_json(data)
        and detect_kind(data, source) == "rss"
    ):
        from observer_app.core.feeds.rss import parse_rss

        try:
            return parse_rss(data, source, content_type)
        except Exception:  # noqa: BLE001 - parse_source below turns the same failure into a problem
            log.debug(
                "RSS with its Content-Type failed; reading it as parse_source does", exc_info=True
            )
    result = parse_source(data, source, kind)
    if result.kind == "page" and is_url(source):
        resolve_page(result)
    return result


def is_page_address(source: str) -> bool:
    """Whether ``source`` may be a conference's web page: a web address, or a saved ``.html``."""
    return is_url(source) or Path(urlparse(source).path).suffix.lower() in (".html", ".htm")


#: Language tags that stand for the floor (the original speakers, several languages).
_FLOOR_TAGS = {"mul", "und", "zxx", "qaa", "mis"}


def resolve_page(result: SourceResult, deadline_s: float = RESOLVE_DEADLINE_S) -> None:
    """The webcast streams of a web page, found by yt-dlp (``resolve_streams``), in place of
    the media links read from its markup; when it finds none, the markup's stay and a warning
    says why."""
    from observer_app.core.feeds.base import language_code
    from observer_app.core.model import FLOOR, AudioChannel, Body, Stream, StreamKind

    found, problem = resolve_streams(result.source, deadline_s)
    if not found:
        result.warnings.append(f"the webcast resolver found no stream on the page: {problem}")
        return
    result.problems.clear()  # a page whose webcast only the resolver could read
    body = (
        result.bodies[0]
        if result.bodies
        else Body(slug(result.name or "Webcast", "webcast"), result.name or "Webcast")
    )
    streams = []
    for n, item in enumerate(found, 1):
        streams.append(
            Stream(
                f"{body.id}-{n}",
                body.id,
                item["url"],
                StreamKind.LIVE if item["live"] else StreamKind.ARCHIVE,
                tuple(
                    AudioChannel(FLOOR if language in _FLOOR_TAGS else language_code(language))
                    for language in item["languages"]
                    if language in _FLOOR_TAGS or language_code(language)
                ),
                audio_only=item["audio_only"],
                page=result.source,  # its address may expire: the player finds it again here
            )
        )
    result.bodies = [body, *[b for b in result.bodies if b.id != body.id]]
    result.streams = streams
    result.warnings = [w for w in result.warnings if "need the resolver" not in w]
    languages = sorted({c.language for s in streams for c in s.audio})
    result.warnings.append(
        f"the webcast resolver (yt-dlp) found {len(streams)} stream{'s' if len(streams) > 1 else ''}"
        + (f" with audio in {', '.join(languages)}" if languages else "")
    )


def read_source(
    url_or_path: str,
    cache_dir: Path | None = None,
    session: requests.Session | None = None,
    token: str | None = None,
    kind: str | None = None,
    fresh_for_s: float = 0,
    data: bytes | None = None,
) -> SourceResult:
    """Fetch and parse one source, falling back to its last good copy (see ``load``). ``data``:
    the bytes, already fetched by the caller (kept as the last good copy like fetched ones).
    Never raises."""

    def parse(raw: bytes, content_type: str) -> SourceResult:
        result = parse_bytes(raw, url_or_path, kind, content_type)
        if not result.ok:
            raise Unusable(url_or_path, "; ".join(result.problems), result=result)
        return result

    try:
        loaded = load(url_or_path, cache_dir, parse, session, token, fresh_for_s, data, kind or "")
    except Unusable as exc:
        if exc.result is not None:
            return exc.result
        failed = SourceResult(url_or_path)
        failed.problems.append(exc.problem)
        return failed
    result: SourceResult = loaded.value
    result.warnings[:0] = loaded.warnings
    return result


def _given(url_or_path: str, data: bytes, cache_dir: Path | None) -> Fetched:
    if not is_url(url_or_path):
        return Fetched(url_or_path, data, Origin.FILE)
    return Fetched(
        url_or_path,
        data,
        Origin.NETWORK,
        cache=cache_paths(cache_dir, url_or_path)[0] if cache_dir else None,
    )


@dataclass(frozen=True)
class Naming:
    """What the caller knows of a conference besides its sources: a ``name`` for when they
    give none, a profile's own ``profile_name`` and ``timezone`` (both win over the sources'),
    and its ``location`` (a nameless conference's id comes from it)."""

    name: str = ""
    timezone: str = ""
    profile_name: str = ""
    location: str = ""


@dataclass
class Combined:
    """Sources read and combined into one conference."""

    conference: Conference
    results: list[SourceResult]  # each source's, in the order read (guides and links after)
    warnings: list[str]  # the merge's (with a profile: its own first)
    profile: Profile | None = None  # the conference profile the sources came from, if any


def open_sources(
    sources: Sequence[str | ProfileSource],
    cache_dir: Path | None = None,
    session: requests.Session | None = None,
    naming: Naming = Naming(),
    get_token: GetToken | None = None,
    prefetched: dict[str, bytes] | None = None,
    given: dict[str, SourceResult] | None = None,
    fresh_for_s: float = 0,
) -> Combined:
    """Read every source and combine the usable ones. ``get_token(secret_name)`` supplies bearer tokens (default: the keyring);
    ``prefetched`` maps a source to bytes the caller already has (not fetched again), ``given``
    to a result the caller already read. A plain address's kept copy younger than
    ``fresh_for_s`` is used without asking (a profile's source has its own interval)."""
    if get_token is None:
        from observer_app.runtime.secrets import get_secret

        get_token = get_secret
    results = []
    for entry in sources:
        spec = entry if isinstance(entry, ProfileSource) else ProfileSource(str(entry))
        if given and spec.url in given:
            results.append(given[spec.url])
            continue
        token = get_token(spec.token_secret) if spec.token_secret else None
        # A profile's source is asked again only after its own refresh interval.
        fresh_for = spec.refresh_minutes * 60 if isinstance(entry, ProfileSource) else fresh_for_s
        result = read_source(
            spec.url,
            cache_dir,
            session,
            token,
            spec.kind or None,
            fresh_for,
            (prefetched or {}).get(spec.url),
        )
        if spec.token_secret and not token:
            result.warnings.insert(
                0,
                f"no secret {spec.token_secret!r} stored (observer-app secret set "
                f"{spec.token_secret}); read without a token",
            )
        results.append(result)
    results += named_guides(results, cache_dir, session, fresh_for_s)
    results += linked_sources(results, cache_dir, session, fresh_for_s)
    notes: list[str] = []
    conference = combine(
        results,
        fallback_name=naming.name,
        profile_timezone=naming.timezone,
        warnings=notes,
        profile_name=naming.profile_name,
        location=naming.location,
    )
    return Combined(conference, results, notes)


def named_guides(
    results: list[SourceResult],
    cache_dir: Path | None,
    session: requests.Session | None = None,
    fresh_for_s: float = 0,
) -> list[SourceResult]:
    """The XMLTV guides that playlists name (``x-tvg-url``) and that were not given as sources:
    a playlist with a guide is a schedule too. A guide that cannot be read is a warning on
    the playlist, not a failed conference."""
    given = {address_key(r.source) for r in results}
    guides = []
    wanted = [
        (playlist, url)
        for playlist in results
        if playlist.ok
        for url in playlist.guide_urls or ([playlist.guide_url] if playlist.guide_url else [])
    ]
    for playlist, url in wanted:
        if address_key(url) in given:
            continue
        given.add(address_key(url))
        guide = read_source(url, cache_dir, session, kind="xmltv", fresh_for_s=fresh_for_s)
        if guide.ok:
            guides.append(guide)
        else:
            playlist.warnings.append(
                f"its guide {url} could not be used: {'; '.join(guide.problems)}"
            )
    return guides


#: At most this many sources linked from one web page are read (a page of a hundred feeds
#: would otherwise stall the opening; the rest are named in a warning).
MAX_LINKED = 12


def linked_sources(
    results: list[SourceResult],
    cache_dir: Path | None,
    session: requests.Session | None = None,
    fresh_for_s: float = 0,
) -> list[SourceResult]:
    """The conference sources web pages link to (feeds, calendars, schedules, guides) that were
    not given as sources, read as sources of their own; one that cannot be used is a warning
    on the page saying why."""
    given = {address_key(r.source) for r in results}
    found = []
    for page in [r for r in results if r.ok and r.linked]:
        links = [u for u in page.linked if address_key(u) not in given]
        for url in links[:MAX_LINKED]:
            given.add(address_key(url))
            linked = read_source(url, cache_dir, session, fresh_for_s=fresh_for_s)
            if linked.ok:
                found.append(linked)
            else:
                page.warnings.append(
                    f"its link {url} could not be used: {'; '.join(linked.problems)}"
                )
        if len(links) > MAX_LINKED:
            page.warnings.append(
                f"{len(links) - MAX_LINKED} more linked sources not read (only the first "
                f"{MAX_LINKED} are)"
            )
    return found


_DEFAULT_PORTS = {"http": 80, "https": 443}


def address_key(source: str) -> str:
    """One spelling per place, to tell whether two addresses name the same source: a path, a
    relative path and a file: URI of the same file are equal; so are web addresses that differ
    only in the case of the scheme or host, a default port or a fragment."""
    text = source.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    try:
        if scheme in _DEFAULT_PORTS:
            port = parts.port if parts.port not in (None, _DEFAULT_PORTS[scheme]) else None
            user = f"{parts.username}@" if parts.username else ""
            netloc = f"{user}{(parts.hostname or '').lower()}{f':{port}' if port else ''}"
            return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
        from urllib.request import url2pathname  # noqa: PLC0415 - 0.05 s (http, ssl, email)

        path = url2pathname(parts.path) if scheme == "file" else text
        if (
            scheme and scheme != "file" and len(scheme) > 1
        ):  # another scheme (and not a Windows drive)
            return text
        return str(Path(path).expanduser().resolve())
    except (ValueError, OSError, RuntimeError):
        return text


def open_profile(
    path_or_url: str,
    cache_dir: Path | None = None,
    session: requests.Session | None = None,
    get_token: GetToken | None = None,
    data: bytes | None = None,
) -> Combined:
    """A profile's conference (``data``: its bytes, if the caller has them already); a profile
    URL falls back to its last good copy like any source. ``ProfileError`` (a ValueError) when
    the profile itself is unusable."""
    try:
        loaded = load(
            path_or_url,
            cache_dir,
            lambda raw, _type: parse_profile(raw, path_or_url),
            session,
            data=data,
            kind="profile",
        )
    except Unusable as exc:
        raise ProfileError(exc.source, exc.place, exc.problem) from None
    return profile_conference(
        loaded.value,
        cache_dir,
        session,
        get_token,
        [f"{path_or_url}, {w}" for w in loaded.warnings],
    )


def profile_conference(
    profile: Profile,
    cache_dir: Path | None = None,
    session: requests.Session | None = None,
    get_token: GetToken | None = None,
    notes: list[str] | None = None,
) -> Combined:
    """The conference of a profile already read; its warnings: ``notes`` first, then the
    profile's own, then the merge's."""
    # The profile's name wins over its sources', and its location gives the conference its id.
    combined = open_sources(
        profile.sources,
        cache_dir,
        session,
        Naming(timezone=profile.timezone, profile_name=profile.name, location=profile.source),
        get_token,
    )
    warnings = [*(notes or []), *profile.warnings, *combined.warnings]
    return Combined(combined.conference, combined.results, warnings, profile)
