"""A source's bytes, fetched with a conditional request and a kept copy.

A URL is asked for with the ETag / Last-Modified of the last good copy; that copy is what the
observer gets when the network is down or the server fails, with a warning saying how old it
is. ``services.sources.load`` decides when the fresh bytes are good enough to keep.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from observer_app.net.reasons import plain_reason

if TYPE_CHECKING:
    import requests

log = logging.getLogger("observer.sources")
#: The most a source may be (its bytes as received, unpacked): a guide of a year of 5,000 channels is ~100 MB.
MAX_SOURCE_BYTES = 200 << 20
#: The words every "the last good copy was used" warning carries (see ``stale_note``).
STALE_MARK = "using the copy saved earlier"


class Origin(StrEnum):
    """Where a source's bytes came from (a StrEnum: equal to the text it replaced)."""

    FILE = "file"  # a file on this computer
    NETWORK = "network"  # the server sent them now
    NOT_MODIFIED = "not-modified"  # 304: the cached copy is current
    FRESH = "fresh"  # the copy is younger than the source's refresh interval: no request made
    CACHE = "cache"  # the server failed: the copy saved earlier (stale)


@dataclass
class Fetched:
    """The bytes of a source and how we got them. ``data`` is None when nothing could be had."""

    source: str
    data: bytes | None = None
    origin: Origin = Origin.FILE
    problem: str = ""
    warnings: list[str] = field(default_factory=list)
    cache: Path | None = None
    headers: dict[str, str] = field(default_factory=dict)


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


def cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    """Where a URL's last good copy and its validators are kept."""
    stem = cache_dir / "sources" / hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
    return stem.with_suffix(".body"), stem.with_suffix(".meta.json")


_cache_paths = cache_paths


def _age(path: Path) -> str:
    minutes = max(0, int((time.time() - path.stat().st_mtime) // 60))
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes != 1 else ''} old"
    if minutes < 48 * 60:
        return f"{minutes // 60} hours old"
    return f"{minutes // 1440} days old"


def _read_local(source: str) -> Fetched:
    if not source.strip():
        return Fetched(source, problem="no source given")
    path = (
        Path(unquote(urlparse(source).path))
        if source.startswith("file:")
        else Path(source).expanduser()
    )
    try:
        return Fetched(source, path.read_bytes(), Origin.FILE)
    except FileNotFoundError:
        return Fetched(source, problem="no such file")
    except IsADirectoryError:
        return Fetched(source, problem="is a directory, not a source file")
    except OSError as exc:
        return Fetched(source, problem=f"cannot be read: {exc.strerror or exc}")


def fetch_source(
    url_or_path: str,
    cache_dir: Path | None,
    session: requests.Session | None = None,
    token: str | None = None,
    fresh_for_s: float = 0,
) -> Fetched:
    """The current bytes of a source. A cached copy checked less than ``fresh_for_s`` ago (the
    source's refresh interval) is used without asking; otherwise the request is conditional;
    on failure the cached copy comes back with origin ``Origin.CACHE`` and a warning giving its age."""
    if not is_url(url_or_path):
        return _read_local(url_or_path)
    body, meta_path = cache_paths(cache_dir, url_or_path) if cache_dir else (None, None)
    meta = (
        read_meta(meta_path)
        if body is not None and body.exists() and meta_path is not None and meta_path.exists()
        else {}
    )
    if (
        fresh_for_s > 0
        and body is not None
        and body.exists()
        and time.time() - body.stat().st_mtime < fresh_for_s
    ):
        return cached_copy(url_or_path, body, meta, Origin.FRESH)
    import requests  # only for URLs: local sources start without it

    from observer_app.net.session import make_session

    headers = {}
    if meta.get("etag"):
        headers["If-None-Match"] = meta["etag"]
    if meta.get("last_modified"):
        headers["If-Modified-Since"] = meta["last_modified"]
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = (session or make_session(retries=1)).get(
            url_or_path, headers=headers, stream=True
        )
        if response.status_code == 304 and body is not None and body.exists():
            return cached_copy(url_or_path, body, meta, Origin.NOT_MODIFIED)
        response.raise_for_status()
        chunks, size = [], 0  # read up to a cap, counted unpacked (Content-Encoding: gzip bombs)
        for chunk in response.iter_content(1 << 16):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_SOURCE_BYTES:
                response.close()
                raise requests.RequestException(
                    f"the server sent more than {MAX_SOURCE_BYTES >> 20} MB; not read"
                )
    except requests.RequestException as exc:
        reason = plain_reason(exc)
        if body is not None and body.exists():
            return cached_copy(url_or_path, body, meta, Origin.CACHE, [stale_note(reason, body)])
        return Fetched(url_or_path, problem=reason, cache=body)
    kept = {
        k: response.headers[k]
        for k in ("ETag", "Last-Modified", "Content-Type")
        if k in response.headers
    }
    return Fetched(url_or_path, b"".join(chunks), Origin.NETWORK, cache=body, headers=kept)


def cached_copy(
    url: str, body: Path, meta: dict[str, Any], origin: Origin, warnings: list[str] | None = None
) -> Fetched:
    """The last good copy, with the Content-Type it was served with (an RSS feed's charset)."""
    headers = {"Content-Type": meta["content_type"]} if meta.get("content_type") else {}
    return Fetched(url, body.read_bytes(), origin, "", warnings or [], body, headers)


def stale_note(reason: str, copy: Path) -> str:
    """The one wording for "the last good copy was used": the command line picks these out."""
    return f"{reason}; {STALE_MARK} ({_age(copy)})"


def is_stale_note(message: str) -> bool:
    return STALE_MARK in message


def read_meta(path: Path) -> dict[str, Any]:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        return meta if isinstance(meta, dict) else {}
    except (OSError, ValueError):
        return {}


def keep_copy(fetched: Fetched) -> None:
    """Save fresh bytes that parsed as the last good copy (with the validators for next time)."""
    if fetched.cache is not None and fetched.origin == Origin.NOT_MODIFIED:
        try:  # checked now: the refresh interval counts from here
            os.utime(fetched.cache)
        except OSError:
            pass
    if fetched.cache is None or fetched.origin != Origin.NETWORK or fetched.data is None:
        return
    meta_path = meta_file_of(fetched.cache)
    meta = {
        "url": fetched.source,
        "etag": fetched.headers.get("ETag", ""),
        "last_modified": fetched.headers.get("Last-Modified", ""),
        "content_type": fetched.headers.get("Content-Type", ""),
        "saved": time.time(),
    }
    try:
        fetched.cache.parent.mkdir(parents=True, exist_ok=True)
        for path, content in (
            (fetched.cache, fetched.data),
            (meta_path, json.dumps(meta).encode()),
        ):
            tmp = path.with_name(
                f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp"
            )  # (refresh child, GUI)
            tmp.write_bytes(content)
            tmp.replace(path)
    except OSError as exc:  # an unwritable cache costs offline use, not the conference
        log.warning("cannot keep a copy of %s: %s", fetched.source, exc.strerror or exc)


def meta_file_of(body: Path) -> Path:
    return body.with_name(body.name.removesuffix(".body") + ".meta.json")
