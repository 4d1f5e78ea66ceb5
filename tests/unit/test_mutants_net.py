"""Bugs planted in net/ (``make mutate ARGS=net``) that the integration tests let through.

Every test talks to a real socket on 127.0.0.1 (tests/support/scripted.py: an HTTP(S) server
whose answer the test sets, raw listeners that close, stay silent or never accept) with a
throwaway CA (trustme) for TLS, and checks what a caller relies on: the plain words, whether a
failure is worth retrying, what went on the wire. Each docstring names the planted bug it
catches. They are kept fast: mutmut runs them once per mutant.
"""

from __future__ import annotations

import ssl
import time

import pytest
import requests
import trustme
from support.scripted import RawListener, ScriptedHttp, free_port

from observer_app.core.sources import StreamSource
from observer_app.net import preflight as preflight_module
from observer_app.net import session as session_module
from observer_app.net.pace import Pace
from observer_app.net.preflight import Preflight, preflight
from observer_app.net.reasons import plain_reason
from observer_app.net.session import TooSlow, make_session, paced_chunks


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def web():
    with ScriptedHttp() as server:
        yield server


@pytest.fixture(scope="module")
def tls_web(ca):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with ScriptedHttp(context) as server:
        yield server


def _failure(call) -> BaseException:
    try:
        call()
    except BaseException as exc:  # noqa: BLE001 - the test looks at what was raised
        return exc
    raise AssertionError("no exception")


# -- reasons.plain_reason ---------------------------------------------------------------------------
def test_plain_reason_of_an_http_error_names_the_status_and_its_phrase(web):
    """Planted: the sentence's words changed, ``.rstrip()`` dropped (a status without a phrase
    left a trailing blank), or ``and`` for ``or``."""
    session = make_session(retries=0)
    web.reply(410, reason="Gone Away")
    exc = _failure(lambda: session.get(web.url("/feed")).raise_for_status())
    assert plain_reason(exc) == "the server answered 410 Gone Away"
    web.reply(404, reason="")
    exc = _failure(lambda: session.get(web.url("/feed")).raise_for_status())
    assert plain_reason(exc) == "the server answered 404"
    assert plain_reason(requests.HTTPError("no response")) == "HTTPError"


def test_plain_reason_of_a_redirect_loop_is_the_error_s_name_not_a_status(web):
    """Planted: ``isinstance(exc, HTTPError) or exc.response is not None`` (TooManyRedirects
    carries the last response: it is not an answer to explain as a refusal)."""
    web.reply(302, headers={"Location": "/loop"})
    session = make_session(retries=0)
    session.max_redirects = 2
    exc = _failure(lambda: session.get(web.url("/loop")))
    assert isinstance(exc, requests.TooManyRedirects)
    assert plain_reason(exc) == "TooManyRedirects"


def test_plain_reason_of_repeated_server_errors(web):
    """Planted: the RetryError branch's words changed or its test inverted."""
    web.reply(500, headers={"Retry-After": "0"})
    exc = _failure(lambda: make_session(retries=1).get(web.url("/feed")))
    assert isinstance(exc, requests.exceptions.RetryError)
    assert plain_reason(exc) == "the server kept answering with an error"


def test_plain_reason_of_an_unverified_certificate(tls_web):
    """Planted: the TLS words changed (the user must learn it is the certificate)."""
    tls_web.reply(200, b"ok")
    exc = _failure(lambda: make_session(retries=0).get(tls_web.url("/feed")))
    assert plain_reason(exc) == "the server's TLS certificate could not be verified"


def test_plain_reason_of_timeouts_refusals_and_our_own_words():
    """Planted: the words of the timeout and connection branches changed; a bare
    RequestException's own words dropped; ``type(exc) is`` loosened or its ``and`` made
    ``or``; the class name replaced (it is all that is shown of an unknown error: never its
    text, which can hold a URL with a token)."""
    assert plain_reason(TooSlow("the server is sending too slowly (x)")) == (
        "the server is sending too slowly (x)"
    )
    assert plain_reason(requests.exceptions.ReadTimeout()) == "the server did not answer in time"
    port = free_port()
    exc = _failure(lambda: make_session(retries=0).get(f"http://127.0.0.1:{port}/"))
    assert plain_reason(exc) == "cannot connect to the server (offline, or wrong address)"
    assert plain_reason(requests.RequestException("the feed is too big")) == "the feed is too big"
    assert plain_reason(requests.RequestException()) == "RequestException"
    assert plain_reason(requests.exceptions.InvalidURL("http://x?token=s3")) == "InvalidURL"
    assert plain_reason(ValueError("token=s3cr3t")) == "ValueError"


# -- pace ------------------------------------------------------------------------------------------
def test_pace_describes_its_limit_in_kilobytes_per_second():
    """Planted: the rate computed with ``*`` for ``/`` or over 1000 bytes, or the words
    changed (the user reads them when a transfer is abandoned)."""
    assert Pace().describe() == "less than 1 kB/s over 30 s"
    assert Pace(min_bytes=2048, window_s=10.0).describe() == "less than 0.2 kB/s over 10 s"
    assert Pace(min_bytes=512, window_s=0.5).describe() == "less than 1 kB/s over 0.5 s"


# -- session.paced_chunks --------------------------------------------------------------------------
class _Ticks:
    """A clock for ``paced_chunks``: the first reading (the start) and then one per chunk."""

    def __init__(self, *readings: float):
        self.readings = list(readings)

    def __call__(self) -> float:
        return self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]


def _stream(web, body: bytes):
    web.reply(200, body, {"Content-Type": "application/octet-stream"})
    return make_session(retries=0).get(web.url("/body"), stream=True)


def test_paced_chunks_stop_a_transfer_past_its_deadline_and_not_at_it(web):
    """Planted: ``>`` made ``>=`` (a transfer finishing exactly at its deadline abandoned) or
    the deadline ignored; the message changed."""
    pace = Pace(deadline_s=10.0, min_bytes=0, window_s=1000.0)
    with _stream(web, b"x" * 100) as response:
        assert b"".join(paced_chunks(response, pace, clock=_Ticks(0.0, 10.0))) == b"x" * 100
    with _stream(web, b"x" * 100) as response:
        exc = _failure(lambda: list(paced_chunks(response, pace, clock=_Ticks(0.0, 10.5))))
    assert isinstance(exc, TooSlow)
    assert str(exc) == "the transfer took too long"


def test_paced_chunks_judge_the_rate_once_a_window_has_passed(web):
    """Planted: the window compared with ``>`` (a window of exactly ``window_s`` not judged),
    the minimum compared with ``<=`` (exactly the minimum rate abandoned), the rate scaled
    wrongly, or the message changed."""
    pace = Pace(deadline_s=1000.0, min_bytes=2048, window_s=10.0)
    with _stream(web, b"y" * 2047) as response:
        exc = _failure(lambda: list(paced_chunks(response, pace, 4096, _Ticks(0.0, 10.0))))
    assert isinstance(exc, TooSlow)
    assert str(exc) == "the server is sending too slowly (less than 0.2 kB/s over 10 s)"
    with _stream(web, b"y" * 2048) as response:
        assert len(b"".join(paced_chunks(response, pace, 4096, _Ticks(0.0, 10.0)))) == 2048
    # 2047 bytes in 9.99 s: the window has not passed, nothing is judged yet.
    with _stream(web, b"y" * 2047) as response:
        assert len(b"".join(paced_chunks(response, pace, 4096, _Ticks(0.0, 9.99)))) == 2047
    # 3000 bytes over 20 s is 150 B/s, under the 204.8 B/s asked: scaled by the window's length.
    with _stream(web, b"y" * 3000) as response:
        exc = _failure(lambda: list(paced_chunks(response, pace, 4096, _Ticks(0.0, 20.0))))
    assert isinstance(exc, TooSlow)


def test_paced_chunks_start_a_new_window_after_each_judged_one(web):
    """Planted: the window's start or its byte count not reset (a fast first window would
    cover a silent second one, or a slow one would be judged on its first window's bytes)."""
    pace = Pace(deadline_s=1000.0, min_bytes=1000, window_s=10.0)
    # Chunks of 1000 bytes at 10 s and 20 s: each window got its 1000 bytes.
    with _stream(web, b"z" * 2000) as response:
        chunks = list(paced_chunks(response, pace, 1000, _Ticks(0.0, 10.0, 20.0)))
    assert [len(c) for c in chunks] == [1000, 1000]
    # 1000 bytes at 10 s, then 1000 more at 25 s: 1000 in the second window of 15 s, too few.
    with _stream(web, b"z" * 2000) as response:
        exc = _failure(lambda: list(paced_chunks(response, pace, 1000, _Ticks(0.0, 10.0, 25.0))))
    assert isinstance(exc, TooSlow)


def test_paced_chunks_mark_the_body_as_read(web):
    """Planted: ``_content_consumed`` not set (requests would read the spent stream again and
    hand back an empty ``content``)."""
    with _stream(web, b"abc") as response:
        assert b"".join(paced_chunks(response)) == b"abc"
        assert response._content_consumed is True


def test_a_body_cut_short_is_a_chunked_encoding_error_not_an_empty_success(web):
    """Planted: the ProtocolError branch removed or changed: a cut body must be an error the
    callers know (requests' ChunkedEncodingError), not urllib3's."""
    web.reply(200, b"abc", {"Content-Length": "10"}, cut=True)
    with make_session(retries=0).get(web.url("/cut"), stream=True) as response:
        exc = _failure(lambda: list(paced_chunks(response)))
    assert isinstance(exc, requests.exceptions.ChunkedEncodingError)


# -- session.make_session --------------------------------------------------------------------------
def test_the_session_retries_server_errors_and_backs_off(web):
    """Planted: retries or ``status_forcelist`` changed (a flapping server not retried, or 404
    retried), ``backoff_factor`` 0 (retries hammering the server), ``allowed_methods`` widened
    to POST (a report sent twice)."""
    retry = make_session().get_adapter("https://example.org/").max_retries
    assert (retry.total, retry.connect, retry.read, retry.status) == (3, 3, 3, 3)
    assert retry.backoff_factor == 0.5
    assert sorted(retry.status_forcelist) == [429, 500, 502, 503, 504]
    assert retry.allowed_methods == frozenset({"GET", "HEAD"})
    assert retry.respect_retry_after_header is True
    assert make_session(retries=1).get_adapter("http://x/").max_retries.total == 1

    # On the wire: two 503s then 200. The second retry waits the backoff (0.5 x 2 = 1 s).
    web.reply(503, times=2, then=_ok(b"fine"))
    arrivals: list[float] = []
    original = web._next_reply

    def stamped():
        arrivals.append(time.monotonic())
        return original()

    web._next_reply = stamped
    try:
        assert make_session().get(web.url("/flap")).content == b"fine"
    finally:
        web._next_reply = original
    assert len(arrivals) == 3
    assert arrivals[2] - arrivals[1] >= 0.9  # backed off before the third try

    web.reply(503)
    assert make_session().post(web.url("/report"), data=b"{}").status_code == 503
    assert len(web.requests) == 1  # a POST is never repeated by the session


def _ok(body: bytes):
    from support.scripted import Reply

    return Reply(200, body)


def test_the_session_names_us_and_reads_bodies_paced(web):
    """Planted: the User-Agent not set, the adapter not mounted for http:// or https://, or
    the body left unread (``content`` empty after the connection is released)."""
    web.reply(200, b"payload")
    session = make_session()
    assert session.get(web.url("/a")).content == b"payload"
    assert web.requests[0][2]["User-Agent"].startswith("Observer/")
    assert type(session.get_adapter("https://x/")).__name__ == "_TimeoutAdapter"
    assert type(session.get_adapter("http://x/")).__name__ == "_TimeoutAdapter"


def test_a_read_body_is_paced_by_the_session_s_own_pace(web):
    """Planted: the adapter's ``pace`` not kept or not used for bodies requests reads itself."""
    web.reply(200, b"x" * 10)
    session = make_session(retries=0, pace=Pace(deadline_s=-1.0))
    exc = _failure(lambda: session.get(web.url("/a")))
    assert isinstance(exc, TooSlow)


def test_the_default_timeout_applies_only_when_the_caller_gives_none(web, monkeypatch):
    """Planted: ``is None`` inverted (a caller's timeout replaced by the default, or none at
    all: a silent server waited for forever)."""
    monkeypatch.setattr(session_module, "DEFAULT_TIMEOUT", (2.0, 0.3))
    web.reply(200, silent=True)
    exc = _failure(lambda: make_session(retries=0).get(web.url("/silent")))
    assert isinstance(exc, (requests.exceptions.ReadTimeout, requests.ConnectionError))
    exc = _failure(lambda: make_session(retries=0).get(web.url("/silent"), timeout=(2.0, 0.2)))
    assert isinstance(exc, (requests.exceptions.ReadTimeout, requests.ConnectionError))


def test_streamed_bodies_are_paced_and_keep_requests_own_reader_for_text(web):
    """Planted: ``iter_content`` not replaced for streams, its chunk size ignored (``and`` for
    ``or``), text decoding or an already-read body sent to the paced reader (which would find
    the stream spent and return nothing)."""
    web.reply(200, b"0123456789" * 2, {"Content-Type": "text/plain; charset=utf-8"})
    session = make_session(retries=0, pace=Pace(deadline_s=1000.0))
    with session.get(web.url("/s"), stream=True) as response:
        chunks = list(response.iter_content(5))
    assert b"".join(chunks) == b"0123456789" * 2
    assert all(len(c) <= 5 for c in chunks) and len(chunks) >= 4
    with session.get(web.url("/s"), stream=True) as response:
        assert "".join(response.iter_content(7, decode_unicode=True)) == "0123456789" * 2
    with session.get(web.url("/s"), stream=True) as response:
        assert response.content == b"0123456789" * 2
        assert b"".join(response.iter_content(5)) == b"0123456789" * 2
    with session.get(web.url("/s"), stream=True) as response:
        assert b"".join(response.iter_content(None)) == b"0123456789" * 2
    slow = make_session(retries=0, pace=Pace(deadline_s=-1.0))
    with slow.get(web.url("/s"), stream=True) as response:
        exc = _failure(lambda: list(response.iter_content(5)))
    assert isinstance(exc, TooSlow)


# -- preflight -------------------------------------------------------------------------------------
QUICK = make_session(retries=0)


def _check(web, status=200, body=b"", ctype=None, reason=None, **source) -> Preflight:
    headers = {"Content-Type": ctype} if ctype else {}
    web.reply(status, body, headers, reason=reason)
    return preflight(StreamSource(web.url("/live"), **source), QUICK)


def test_preflight_of_a_refusal_names_the_status(web):
    """Planted: the words, status, content type (lower-cased, without parameters) or final
    address of a refusal changed or dropped."""
    result = _check(web, 403, b"<html>no</html>", "Text/HTML; charset=UTF-8", reason="Forbidden")
    assert result == Preflight(
        False,
        "the server answered 403 Forbidden",
        status=403,
        content_type="text/html",
        final_url=web.url("/live"),
    )


def test_preflight_sends_the_sources_user_agent_and_referrer(web):
    """Planted: the User-Agent or Referer header dropped or named wrongly (some CDNs refuse
    a stream without the page's referrer)."""
    _check(web, 200, b"#EXTM3U\n", user_agent="Kaltura/3", referrer="https://page.example/")
    headers = web.requests[0][2]
    assert headers["User-Agent"] == "Kaltura/3"
    assert headers["Referer"] == "https://page.example/"
    _check(web, 200, b"#EXTM3U\n")
    assert web.requests[0][2]["User-Agent"].startswith("Observer/")
    assert "Referer" not in web.requests[0][2]


def test_preflight_recognises_a_playlist_and_returns_it_whole(web):
    """Planted: the BOM or blanks before ``#EXTM3U`` not skipped, the playlist cut after the
    first 4 kB (the player needs every variant), the kind or body dropped."""
    playlist = b"\xef\xbb\xbf \r\n#EXTM3U\n" + b"#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n" * 400
    result = _check(web, 200, playlist, "text/plain")
    assert (result.ok, result.kind, result.status, result.content_type) == (
        True,
        "hls",
        200,
        "text/plain",
    )
    assert result.body == playlist and result.reason == ""
    assert result.final_url == web.url("/live")


def test_preflight_reads_at_most_half_a_megabyte_of_a_playlist(web):
    """Planted: the cap removed or changed (a server streaming an endless "playlist" would be
    read into memory)."""
    huge = b"#EXTM3U\n" + b"#" * (700 * 1024)
    result = _check(web, 200, huge, "application/vnd.apple.mpegurl")
    assert result.ok and result.kind == "hls"
    assert 4096 + 512 * 1024 <= len(result.body) < 4096 + 512 * 1024 + 4096


def test_preflight_of_a_media_file_keeps_no_body_and_reads_only_its_head(web):
    """Planted: a video read on as if it were a playlist (the head read to the end), or the
    media magic bytes / types not recognised."""
    result = _check(web, 200, b"\x47" + b"\0" * 300_000, "video/mp2t")
    assert (result.ok, result.kind, result.body, result.reason) == (True, "media", b"", "")
    for ctype in ("audio/aac", "application/octet-stream", "application/mp4", "video/mp4"):
        assert _check(web, 200, b"....", ctype).kind == "media", ctype
    for magic in (b"\x47", b"\x1a\x45\xdf\xa3", b"ID3", b"\x00\x00\x00", b"FLV", b"OggS", b"RIFF"):
        result = _check(web, 200, magic + b"rest", "text/plain")
        assert (result.ok, result.kind) == (True, "media"), magic


def test_preflight_of_a_web_page_says_so(web):
    """Planted: one of the page starts (or ``text/html``) not recognised, matched
    case-sensitively, or the words changed."""
    for start in (b"<!DOCTYPE html>", b"<html>", b"<?xml version", b"<head>", b"<body>"):
        result = _check(web, 200, b"\n " + start.upper() + b"...", "text/plain")
        assert result.reason == "this address is a web page, not a media stream", start
        assert (result.ok, result.status, result.content_type) == (False, 200, "text/plain")
        assert result.final_url == web.url("/live")
    assert _check(web, 200, b"hello", "text/html").reason == (
        "this address is a web page, not a media stream"
    )


def test_preflight_of_a_false_playlist_empty_or_unknown_answer(web):
    """Planted: an answer labelled as a playlist but holding none taken for one; the words of
    the empty and unknown answers changed, or the unknown type not named."""
    result = _check(web, 200, b"<html>login</html>", "application/x-mpegURL")
    assert result == Preflight(
        False,
        "the server says this is a playlist, but it is not one",
        status=200,
        content_type="application/x-mpegurl",
        final_url=web.url("/live"),
    )
    result = _check(web, 200, b"", "text/plain")
    assert result == Preflight(
        False,
        "the server sent nothing",
        status=200,
        content_type="text/plain",
        final_url=web.url("/live"),
    )
    result = _check(web, 200, b"hello", "text/plain")
    assert result == Preflight(
        False,
        "this does not look like a media stream (text/plain)",
        status=200,
        content_type="text/plain",
        final_url=web.url("/live"),
    )
    assert _check(web, 200, b"hello").reason == (
        "this does not look like a media stream (unknown type)"
    )


def test_preflight_failures_in_plain_words(tls_web, monkeypatch):
    """Planted: the words of a certificate, refused connection, bad address or other request
    failure changed, or the branches that choose them swapped."""
    tls_web.reply(200, b"#EXTM3U\n")
    assert preflight(StreamSource(tls_web.url("/live")), QUICK) == Preflight(
        False, "the server's TLS certificate could not be verified"
    )
    port = free_port()
    assert preflight(StreamSource(f"http://127.0.0.1:{port}/live"), QUICK) == Preflight(
        False, "cannot connect to the server (offline, wrong address, or the server is down)"
    )
    assert preflight(StreamSource("http://"), QUICK) == Preflight(
        False, "this is not a valid address"
    )
    assert preflight(StreamSource("ftp://127.0.0.1/live"), QUICK) == Preflight(
        False, "request failed: No connection adapters were found for 'ftp://127.0.0.1/live'"
    )


def test_preflight_of_a_transfer_past_its_deadline(web):
    """Planted: ``TooSlow`` caught as a plain timeout (its own words, which say how slow, lost)."""
    web.reply(200, b"#EXTM3U\n")
    result = preflight(StreamSource(web.url("/live")), QUICK, Pace(deadline_s=-1.0))
    assert result == Preflight(False, "the transfer took too long")


def test_preflight_tells_a_silent_server_from_an_unreachable_one(web, monkeypatch):
    """Planted: the read timeout hidden in a connection error (without retries) reported as
    "cannot connect"; the connect and read timeouts' words swapped or changed."""
    monkeypatch.setattr(preflight_module, "PREFLIGHT_TIMEOUT", (0.5, 0.3))
    silent = "the server accepted the connection but did not answer in time"
    web.reply(200, silent=True)
    assert preflight(StreamSource(web.url("/live")), QUICK) == Preflight(False, silent)
    web.reply(200, b"#EXTM3U\n", hang_after_headers=True)
    assert preflight(StreamSource(web.url("/live")), QUICK) == Preflight(False, silent)
    with RawListener(backlog_full=True) as full:
        host, port = full.address
        result = preflight(StreamSource(f"http://{host}:{port}/live"), QUICK)
    assert result == Preflight(False, "the server did not accept the connection in time")
