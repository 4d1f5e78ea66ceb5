"""The one requests session factory: timeouts, retries with backoff, a User-Agent naming us,
and a bounded wait for every body (``Pace``).

TLS verification stays on (requests' default); nothing here ever turns it off.

Why ``Pace``: a read timeout bounds one silence, not a server that drips a few bytes every
few seconds (a document server did, and ``docs fetch`` was still running after 180 s). Every
body is read with ``paced_chunks``: a total deadline, and a minimum progress over a window
("less than 1 kB/s over 30 s" by default) below which the transfer is abandoned with
``TooSlow``. Bodies that requests reads for the caller (``stream=False``: feeds, WebDAV,
submissions) are read that way by the session's adapter; streamed ones (downloads, the
preflight) call ``paced_chunks`` themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from observer_app import __version__
from observer_app.net.pace import DEFAULT_PACE, Pace

USER_AGENT = (
    f"Observer/{__version__} (+https://github.com/observer-app; civil-society conference observer)"
)
#: (connect, read) seconds: slow hotel links are fine, a dead server is not waited for forever.
DEFAULT_TIMEOUT = (10, 30)
_CHUNK = 64 * 1024


class TooSlow(requests.exceptions.Timeout):
    """The server sent too little for too long, or the transfer passed its deadline."""


def paced_chunks(
    response: requests.Response,
    pace: Pace = DEFAULT_PACE,
    chunk_size: int = _CHUNK,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[bytes]:
    """The body as it arrives (``read1``: a chunk as soon as any bytes came, so a drip is seen
    between its drops, not after 64 kB). Raises ``TooSlow``; a silence longer than the read
    timeout still ends in requests' own timeout."""
    import urllib3.exceptions

    started = window_start = clock()
    in_window = 0
    raw = response.raw
    while True:
        try:
            data = raw.read1(chunk_size, decode_content=True)
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise requests.exceptions.ReadTimeout(exc) from None
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.DecodeError) as exc:
            raise requests.exceptions.ChunkedEncodingError(exc) from None
        if not data:
            response._content_consumed = True
            return
        now = clock()
        in_window += len(data)
        if now - started > pace.deadline_s:
            raise TooSlow("the transfer took too long")
        if now - window_start >= pace.window_s:
            if in_window < pace.min_bytes * (now - window_start) / pace.window_s:
                raise TooSlow(f"the server is sending too slowly ({pace.describe()})")
            window_start, in_window = now, 0
        yield data


def _pace_iter_content(response: requests.Response, pace: Pace) -> None:
    """Callers that stream with ``iter_content`` (feed fetches) get the paced reader too."""
    original = response.iter_content

    def iter_content(chunk_size: int | None = 1, decode_unicode: bool = False) -> Iterator[Any]:
        if decode_unicode or response._content_consumed:
            return iter(original(chunk_size, decode_unicode=decode_unicode))  # type: ignore[call-overload]
        return paced_chunks(response, pace, chunk_size or _CHUNK)

    response.iter_content = iter_content  # type: ignore[method-assign]


class _TimeoutAdapter(HTTPAdapter):
    def __init__(self, pace: Pace, **kwargs: Any):
        self.pace = pace
        super().__init__(**kwargs)

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = DEFAULT_TIMEOUT
        response = super().send(request, stream=True, **kwargs)
        if stream:
            _pace_iter_content(response, self.pace)
            return response
        try:  # read the body here, paced, as requests would have read it unbounded
            response._content = b"".join(paced_chunks(response, self.pace))
        except BaseException:
            response.close()
            raise
        response.raw.release_conn()  # read to the end: the connection can serve the next one
        return response


def make_session(retries: int = 3, pace: Pace = DEFAULT_PACE) -> requests.Session:
    session = requests.Session()
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=0.5,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
    )
    adapter = _TimeoutAdapter(pace, max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session
