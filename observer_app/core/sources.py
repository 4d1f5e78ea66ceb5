"""Stream addresses as playlists write them: URL plus the HTTP headers a server insists on.

IPTV-style playlists append headers to the URL (``http://x/live.m3u8|User-Agent=Foo&Referer=...``)
or put them in ``#EXTVLCOPT:http-user-agent=...`` lines; both end up here as one ``StreamSource``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote


@dataclass(frozen=True)
class StreamSource:
    url: str
    user_agent: str | None = None
    referrer: str | None = None
    page: str | None = None  # the web page it was resolved from (see ``Stream.page``)


class StreamFormat(StrEnum):
    """What an address carries, as the preflight (``net.preflight``) and the player's resolve
    (``player.stream``) find it (a StrEnum: ``observer-app probe --json`` prints its text)."""

    HLS = "hls"  # a playlist: the player reads it for renditions and the live edge
    MEDIA = "media"  # a media file or stream libVLC reads as it is
    FILE = "file"  # a local file or another scheme: libVLC opens it directly, unchecked
    UNKNOWN = ""  # not known (the address could not be played)


_HEADER_NAMES = {"user-agent": "user_agent", "referer": "referrer", "referrer": "referrer"}


def parse_source(
    text: str, user_agent: str | None = None, referrer: str | None = None
) -> StreamSource:
    """Split a ``|Header=value&...`` suffix off a URL. Unknown headers are ignored."""
    url, sep, suffix = text.strip().partition("|")
    found = {"user_agent": user_agent, "referrer": referrer}
    if sep:
        for part in suffix.split("&"):
            name, eq, value = part.partition("=")
            key = _HEADER_NAMES.get(name.strip().lower())
            if eq and key and value.strip():
                found[key] = unquote(value.strip())
    return StreamSource(url.strip(), found["user_agent"], found["referrer"])


def parse_vlcopt(line: str) -> tuple[str, str] | None:
    """``#EXTVLCOPT:http-user-agent=Foo`` -> ("user_agent", "Foo"); None for other options."""
    body = line.strip()
    if not body.upper().startswith("#EXTVLCOPT:"):
        return None
    name, eq, value = body[len("#EXTVLCOPT:") :].partition("=")
    key = {
        "http-user-agent": "user_agent",
        "http-referrer": "referrer",
        "http-referer": "referrer",
    }.get(name.strip().lower())
    if not eq or key is None or not value.strip():
        return None
    return key, value.strip()
