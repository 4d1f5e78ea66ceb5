"""A webcast address read from a web page has expired: read the page again for a fresh one. No Qt.

Resolved stream addresses (Kaltura, YouTube, many CDNs) carry signed tokens that expire; the
server then refuses the manifest or its segments (401/403/404/410). The page itself still
names the webcast, with a fresh token: ``find_again`` asks the page resolver (yt-dlp in a child
process with its deadline, ``net.webcast.resolve_streams``, which the app hands to the
player: this layer needs no yt-dlp) and picks the address that stands for the same
stream. ``stream.resolve`` calls it off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from observer_app.core.sources import StreamSource

log = logging.getLogger("observer.player")

#: What a server answers for an expired or revoked signed address.
EXPIRED_STATUSES = frozenset({401, 403, 404, 410})
#: How long one page may take to resolve (fetching the page and its players).
DEADLINE_S = 45.0

#: ``resolver(page_url, deadline_s) -> ([{"url": ...}, ...], problem)``
Resolver = Callable[[str, float], tuple[Sequence[Mapping[str, Any]], str]]


def expired(status: int | None) -> bool:
    """Whether a refusal with this HTTP status may be an address whose token expired."""
    return status in EXPIRED_STATUSES


def _same_stream_score(old: str, new: str) -> tuple[bool, int]:
    """How alike two addresses are: the same host, then how many trailing path parts they share
    (``.../TOKEN/index.m3u8`` and ``.../OTHER/index.m3u8`` share one)."""
    a, b = urlparse(old), urlparse(new)
    old_parts = PurePosixPath(a.path).parts[::-1]
    new_parts = PurePosixPath(b.path).parts[::-1]
    shared = 0
    for x, y in zip(old_parts, new_parts, strict=False):
        if x != y:
            break
        shared += 1
    return a.hostname == b.hostname, shared


def find_again(
    source: StreamSource, resolver: Resolver | None = None, deadline_s: float = DEADLINE_S
) -> tuple[StreamSource | None, str]:
    """The fresh address of ``source``'s stream on its page, and "" ; or None and why not."""
    if not source.page:
        return None, "the stream was not read from a web page"
    if not source.page.startswith(("http://", "https://")):
        return None, saved_page_reason(source.page)
    if resolver is None:
        return None, "no page resolver was given to the player"
    found, problem = resolver(source.page, deadline_s)
    urls = [item["url"] for item in found if item.get("url")]
    if not urls:
        return None, f"the page no longer names a webcast ({problem or 'nothing found'})"
    best = max(urls, key=lambda url: _same_stream_score(source.url, url))  # first of equals
    log.info("the page %s now names %s for %s", source.page, best, source.url)
    return replace(source, url=best), ""


def saved_page_reason(page: str) -> str:
    """Why an expired address from a saved page is not found again (it is not retried
    silently: the reconnect messages carry this)."""
    name = PurePosixPath(unquote(urlparse(page).path) or page).name or page
    return (
        f"its address came from a saved copy of a web page ({name}), which cannot give a fresh "
        "one: open the page's web address instead (File > Open conference)"
    )


def expired_notice(page: str) -> str:
    """What the status line says once the player found the webcast again."""
    return f"The webcast's address expired; found it again on {page}"
