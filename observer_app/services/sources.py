"""Read conference sources (files or URLs) the same way for the GUI and the CLI.

A URL is fetched with a conditional request (the ETag / Last-Modified of the last good copy);
the last good copy is what the observer gets when the network is down, the server fails, or the
fresh bytes do not parse (a captive portal's HTML page must never replace a good schedule), and
a warning says how old it is. A bearer token (Indico) comes from the keyring by name and never
appears in a message or a log line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from observer_app.core.feeds.base import SourceResult
from observer_app.core.feeds.combine import combine
from observer_app.core.feeds.parse import parse_source
from observer_app.core.feeds.profile import Profile, ProfileSource, parse_profile
from observer_app.core.model import Conference
from observer_app.net.reasons import plain_reason

log = logging.getLogger("observer.sources")


@dataclass
class Fetched:
    """The bytes of a source and how we got them. ``data`` is None when nothing could be had."""

    source: str
    data: bytes | None = None
    #: "file", "network", "not-modified" (304: the cached copy is current), "fresh" (the copy is
    #: younger than the source's refresh interval: no request made), "cache" (stale copy).
    origin: str = "file"
    problem: str = ""
    warnings: list[str] = field(default_factory=list)
    cache: Path | None = None
    headers: dict[str, str] = field(default_factory=dict)


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


def _cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    stem = cache_dir / "sources" / hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
    return stem.with_suffix(".body"), stem.with_suffix(".meta.json")


def _age(path: Path) -> str:
    minutes = max(0, int((time.time() - path.stat().st_mtime) // 60))
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes != 1 else ''} old"
    if minutes < 48 * 60:
        return f"{minutes // 60} hours old"
    return f"{minutes // 1440} days old"


def _read_local(source: str) -> Fetched:
    path = Path(unquote(urlparse(source).path)) if source.startswith("file:") else Path(source).expanduser()
    try:
        return Fetched(source, path.read_bytes(), "file")
    except FileNotFoundError:
        return Fetched(source, problem="no such file")
    except IsADirectoryError:
        return Fetched(source, problem="is a directory, not a source file")
    except OSError as exc:
        return Fetched(source, problem=f"cannot be read: {exc.strerror or exc}")


def fetch_source(url_or_path: str, cache_dir: Path | None, session=None, token: str | None = None,
                 fresh_for_s: float = 0) -> Fetched:
    """The current bytes of a source. A cached copy checked less than ``fresh_for_s`` ago (the
    source's refresh interval) is used without asking; otherwise the request is conditional;
    on failure the cached copy comes back with origin "cache" and a warning giving its age."""
    if not is_url(url_or_path):
        return _read_local(url_or_path)
    body, meta_path = _cache_paths(cache_dir, url_or_path) if cache_dir else (None, None)
    if fresh_for_s > 0 and body is not None and body.exists() and time.time() - body.stat().st_mtime < fresh_for_s:
        return Fetched(url_or_path, body.read_bytes(), "fresh", cache=body)
    import requests  # only for URLs: local sources start without it

    from observer_app.net.session import make_session

    headers = {}
    if body is not None and body.exists() and meta_path.exists():
        meta = _read_meta(meta_path)
        if meta.get("etag"):
            headers["If-None-Match"] = meta["etag"]
        if meta.get("last_modified"):
            headers["If-Modified-Since"] = meta["last_modified"]
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = (session or make_session(retries=1)).get(url_or_path, headers=headers)
        if response.status_code == 304 and body is not None and body.exists():
            return Fetched(url_or_path, body.read_bytes(), "not-modified", cache=body)
        response.raise_for_status()
    except requests.RequestException as exc:
        reason = plain_reason(exc)
        if body is not None and body.exists():
            return Fetched(url_or_path, body.read_bytes(), "cache", "",
                           [f"{reason}; using the copy saved earlier ({_age(body)})"], body)
        return Fetched(url_or_path, problem=reason, cache=body)
    kept = {k: response.headers[k] for k in ("ETag", "Last-Modified", "Content-Type") if k in response.headers}
    return Fetched(url_or_path, response.content, "network", cache=body, headers=kept)


def _read_meta(path: Path) -> dict:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        return meta if isinstance(meta, dict) else {}
    except (OSError, ValueError):
        return {}


def keep_copy(fetched: Fetched) -> None:
    """Save fresh bytes that parsed as the last good copy (with the validators for next time)."""
    if fetched.cache is not None and fetched.origin == "not-modified":
        try:  # checked now: the refresh interval counts from here
            os.utime(fetched.cache)
        except OSError:
            pass
    if fetched.cache is None or fetched.origin != "network" or fetched.data is None:
        return
    meta_path = fetched.cache.with_name(fetched.cache.name.removesuffix(".body") + ".meta.json")
    meta = {"url": fetched.source, "etag": fetched.headers.get("ETag", ""),
            "last_modified": fetched.headers.get("Last-Modified", ""), "saved": time.time()}
    try:
        fetched.cache.parent.mkdir(parents=True, exist_ok=True)
        for path, content in ((fetched.cache, fetched.data), (meta_path, json.dumps(meta).encode())):
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_bytes(content)
            tmp.replace(path)
    except OSError as exc:  # an unwritable cache costs offline use, not the conference
        log.warning("cannot keep a copy of %s: %s", fetched.source, exc.strerror or exc)


def read_source(url_or_path: str, cache_dir: Path | None = None, session=None, token: str | None = None,
                kind: str | None = None, fresh_for_s: float = 0, data: bytes | None = None) -> SourceResult:
    """Fetch and parse one source; fall back to its last good copy when the fresh bytes do not
    parse. ``data``: the bytes, already fetched by the caller (they are kept as the last good
    copy like fetched ones). Never raises."""
    fetched = fetch_source(url_or_path, cache_dir, session, token, fresh_for_s) if data is None else \
        _given(url_or_path, data, cache_dir)
    if fetched.data is None:
        result = SourceResult(url_or_path)
        result.problems.append(fetched.problem or "could not be read")
        return result
    result = parse_source(fetched.data, url_or_path, kind)
    result.warnings[:0] = fetched.warnings
    if result.ok:
        keep_copy(fetched)
        return result
    if fetched.origin == "network" and fetched.cache is not None and fetched.cache.exists():
        fallback = parse_source(fetched.cache.read_bytes(), url_or_path, kind)
        if fallback.ok:
            fallback.warnings.insert(0, f"{'; '.join(result.problems)}; using the copy saved earlier "
                                        f"({_age(fetched.cache)})")
            return fallback
    return result


def _given(url_or_path: str, data: bytes, cache_dir: Path | None) -> Fetched:
    if not is_url(url_or_path):
        return Fetched(url_or_path, data, "file")
    return Fetched(url_or_path, data, "network", cache=_cache_paths(cache_dir, url_or_path)[0] if cache_dir else None)


def open_sources(sources: list[str | ProfileSource], cache_dir: Path | None = None, session=None,
                 name: str = "", timezone: str = "", get_token=None,
                 prefetched: dict[str, bytes] | None = None) -> tuple[Conference, list[SourceResult], list[str]]:
    """Read every source and combine the usable ones: (conference, per-source results, merge
    warnings). ``get_token(secret_name)`` supplies bearer tokens (default: the keyring);
    ``prefetched`` maps a source to bytes the caller already has (not fetched again)."""
    if get_token is None:
        from observer_app.secrets import get_secret as get_token
    results = []
    for entry in sources:
        spec = entry if isinstance(entry, ProfileSource) else ProfileSource(str(entry))
        token = get_token(spec.token_secret) if spec.token_secret else None
        # A profile's source is asked again only after its own refresh interval.
        fresh_for = spec.refresh_minutes * 60 if isinstance(entry, ProfileSource) else 0
        result = read_source(spec.url, cache_dir, session, token, spec.kind or None, fresh_for,
                             (prefetched or {}).get(spec.url))
        if spec.token_secret and not token:
            result.warnings.insert(0, f"no secret {spec.token_secret!r} stored (observer-app secret set "
                                      f"{spec.token_secret}); read without a token")
        results.append(result)
    results += _named_guides(results, cache_dir, session)
    notes: list[str] = []
    conference = combine(results, fallback_name=name, profile_timezone=timezone, warnings=notes)
    return conference, results, notes


def _named_guides(results: list[SourceResult], cache_dir: Path | None, session) -> list[SourceResult]:
    """The XMLTV guides that playlists name (``x-tvg-url``) and that were not given as sources:
    a playlist with a guide is a schedule too. A guide that cannot be read is a warning on
    the playlist, not a failed conference."""
    given = {r.source for r in results}
    guides = []
    for playlist in [r for r in results if r.ok and r.guide_url and r.guide_url not in given]:
        given.add(playlist.guide_url)
        guide = read_source(playlist.guide_url, cache_dir, session, kind="xmltv")
        if guide.ok:
            guides.append(guide)
        else:
            playlist.warnings.append(f"its guide {playlist.guide_url} could not be used: {'; '.join(guide.problems)}")
    return guides


def open_profile(path_or_url: str, cache_dir: Path | None = None, session=None,
                 get_token=None, data: bytes | None = None) -> tuple[Profile, Conference, list[SourceResult], list[str]]:
    """A profile's conference (``data``: its bytes, if the caller has them already).
    ``ProfileError`` (a ValueError) when the profile itself is unusable."""
    from observer_app.core.feeds.profile import ProfileError

    fetched = fetch_source(path_or_url, cache_dir, session) if data is None else _given(path_or_url, data, cache_dir)
    if fetched.data is None:
        raise ProfileError(path_or_url, "", fetched.problem)
    profile = parse_profile(fetched.data, path_or_url)
    keep_copy(fetched)
    conference, results, notes = open_sources(profile.sources, cache_dir, session, profile.name, profile.timezone,
                                              get_token)
    return profile, conference, results, profile.warnings + fetched.warnings + notes
