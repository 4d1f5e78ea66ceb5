"""Ask the server about a stream before handing it to libVLC, to explain failures plainly.

libVLC reports a 404, an HTML login page or a hanging server only as a generic error (or not
at all). One small GET with a short timeout tells the observer what is actually wrong, and,
for HLS, returns the manifest so the player can list languages and variants.
"""

from __future__ import annotations

from dataclasses import dataclass

import requests

from observer_app.core.sources import StreamFormat, StreamSource
from observer_app.net.pace import Pace
from observer_app.net.reasons import read_timed_out
from observer_app.net.session import TooSlow, paced_chunks

#: Short: a dead server must be reported in seconds, not after the default 30 s.
PREFLIGHT_TIMEOUT = (5, 8)
_MAX_BYTES = 512 * 1024
#: A playlist is a few KB: all of it within 15 s, and 1 kB in any 5 s.
PREFLIGHT_PACE = Pace(deadline_s=15.0, min_bytes=1024, window_s=5.0)

EBML_MAGIC = b"\x1a\x45\xdf\xa3"  # Matroska and WebM
_MEDIA_MAGIC = (b"\x47", EBML_MAGIC, b"ID3", b"\x00\x00\x00", b"FLV", b"OggS", b"RIFF")
MATROSKA = "matroska"


@dataclass(frozen=True)
class Preflight:
    ok: bool
    reason: str  # plain words for the observer ("" when ok)
    kind: StreamFormat = StreamFormat.UNKNOWN
    status: int | None = None
    content_type: str = ""
    final_url: str = ""
    body: bytes = b""  # the manifest for HLS (capped), empty for media
    #: MATROSKA when the media's first bytes say so (the transcript's tap opens it otherwise)
    container: str = ""


def _read_head(response: requests.Response, pace: Pace) -> bytes:
    """A few KB tell what it is; only a playlist is read further (a video would be wasted
    bytes). Paced: a server dripping its playlist is abandoned, not waited for."""
    chunks = paced_chunks(response, pace, 4096)
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= 4096:
            break
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:7].upper() == b"#EXTM3U":
        for chunk in chunks:
            head += chunk
            if len(head) >= 4096 + _MAX_BYTES:
                break
    return head


def preflight(
    source: StreamSource, session: requests.Session, pace: Pace = PREFLIGHT_PACE
) -> Preflight:
    headers = {}
    if source.user_agent:
        headers["User-Agent"] = source.user_agent
    if source.referrer:
        headers["Referer"] = source.referrer
    try:
        with session.get(
            source.url, headers=headers, timeout=PREFLIGHT_TIMEOUT, stream=True
        ) as response:
            head = _read_head(response, pace) if response.ok else b""
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if not response.ok:
                return Preflight(
                    False,
                    f"the server answered {response.status_code} {response.reason}",
                    status=response.status_code,
                    content_type=content_type,
                    final_url=response.url,
                )
            return _classify(head, content_type, response.status_code, response.url)
    except requests.exceptions.SSLError:
        return Preflight(False, "the server's TLS certificate could not be verified")
    except TooSlow as exc:
        return Preflight(False, str(exc))
    except requests.exceptions.ConnectTimeout:
        return Preflight(False, "the server did not accept the connection in time")
    except (requests.exceptions.ReadTimeout, requests.exceptions.Timeout):
        return Preflight(False, "the server accepted the connection but did not answer in time")
    except requests.exceptions.ConnectionError as exc:
        # Without retries urllib3 wraps a read timeout in MaxRetryError, which requests reports
        # as a connection error: look inside, the two need different words.
        if read_timed_out(exc):
            return Preflight(False, "the server accepted the connection but did not answer in time")
        return Preflight(
            False, "cannot connect to the server (offline, wrong address, or the server is down)"
        )
    except requests.exceptions.InvalidURL:
        return Preflight(False, "this is not a valid address")
    except requests.RequestException as exc:
        return Preflight(False, f"request failed: {exc}")


def _classify(head: bytes, content_type: str, status: int, url: str) -> Preflight:
    text_start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if text_start.startswith(b"#extm3u") or "mpegurl" in content_type:
        if not text_start.startswith(b"#extm3u"):
            return Preflight(
                False,
                "the server says this is a playlist, but it is not one",
                status=status,
                content_type=content_type,
                final_url=url,
            )
        return Preflight(True, "", StreamFormat.HLS, status, content_type, url, head)
    if (
        text_start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body"))
        or content_type == "text/html"
    ):
        return Preflight(
            False,
            "this address is a web page, not a media stream",
            status=status,
            content_type=content_type,
            final_url=url,
        )
    if content_type.startswith(
        ("video/", "audio/", "application/octet-stream", "application/mp4")
    ) or head.startswith(_MEDIA_MAGIC):
        container = MATROSKA if head.startswith(EBML_MAGIC) else ""
        return Preflight(
            True, "", StreamFormat.MEDIA, status, content_type, url, container=container
        )
    if not head:
        return Preflight(
            False,
            "the server sent nothing",
            status=status,
            content_type=content_type,
            final_url=url,
        )
    return Preflight(
        False,
        f"this does not look like a media stream ({content_type or 'unknown type'})",
        status=status,
        content_type=content_type,
        final_url=url,
    )
