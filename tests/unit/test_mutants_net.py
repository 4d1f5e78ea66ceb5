"""Bugs planted in net/ (``make mutate ARGS=net``) that the integration tests let through.

Every test talks to a real socket on 127.0.0.1 (tests/support/scripted.py: an HTTP(S) server
whose answer the test sets, raw listeners that close, stay silent or never accept) with a
throwaway CA (trustme) for TLS, and checks what a caller relies on: the plain words, whether a
failure is worth retrying, what went on the wire. Each docstring names the planted bug it
catches. They are kept fast: mutmut runs them once per mutant.
"""

from __future__ import annotations

import os
import re
import ssl
import time

import pytest
import requests
import trustme
from support.scripted import RawListener, ScriptedHttp, free_port
from support.scripted import raised_by as _failure

from observer_app.core.sources import StreamSource
from observer_app.net import preflight as preflight_module
from observer_app.net import session as session_module
from observer_app.net.pace import Pace
from observer_app.net.preflight import Preflight, preflight
from observer_app.net.reasons import plain_reason, read_timed_out
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


def test_plain_reason_of_a_silent_server_after_the_retries_is_a_timeout(web):
    """A real bug this found: once a GET's retries are spent urllib3 reports a read timeout as
    MaxRetryError, requests raises it as ConnectionError, and a feed server that accepted the
    connection and never answered was reported as "cannot connect (offline, or wrong
    address)". Planted: ``read_timed_out`` not consulted, or looking at the wrong reason."""
    web.reply(200, silent=True)
    exc = _failure(lambda: make_session(retries=1).get(web.url("/feed"), timeout=(2.0, 0.3)))
    assert isinstance(exc, requests.ConnectionError)
    assert plain_reason(exc) == "the server did not answer in time"
    assert not read_timed_out(requests.ConnectionError())
    assert not read_timed_out(requests.ConnectionError("refused"))


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


def test_a_body_that_does_not_decode_is_a_chunked_encoding_error(web):
    """Planted: urllib3's DecodeError (a gzip body that is not gzip) let through as is, which
    no caller catches as a request failure."""
    web.reply(200, b"this is not gzip", {"Content-Encoding": "gzip"})
    with make_session(retries=0).get(web.url("/gz"), stream=True) as response:
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


def test_preflight_puts_together_a_playlist_that_arrives_in_pieces(web):
    """Planted: each piece replacing the ones before (only the last piece of the start kept,
    so a playlist arriving in small pieces was not recognised)."""
    playlist = b"#EXTM3U\n" + b"#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n" * 8
    web.reply(200, playlist, {"Content-Type": "application/vnd.apple.mpegurl"}, drip=(60, 0.05))
    result = preflight(StreamSource(web.url("/live")), QUICK)
    assert (result.ok, result.kind, result.body) == (True, "hls", playlist)


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
    assert result == Preflight(True, "", "media", 200, "video/mp2t", web.url("/live"))
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
    # Only a BOM and blanks may come before the tag: anything else is not a playlist.
    assert _check(web, 200, b"X#EXTM3U\n", "text/plain").reason == (
        "this does not look like a media stream (text/plain)"
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


# -- submit ----------------------------------------------------------------------------------------
from observer_app.net import submit  # noqa: E402
from observer_app.net.submit import Receipt, SubmitError, post_report  # noqa: E402

TOKEN = "tok-Zq8_x!~"


@pytest.fixture(scope="module")
def ca_file(ca, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(path)
    return str(path)


def _submit_error(url: str, token: str = TOKEN, **kwargs) -> SubmitError:
    exc = _failure(lambda: post_report(url, b"{}", token, "key-1", **kwargs))
    assert isinstance(exc, SubmitError), exc
    return exc


def test_a_receipt_says_whether_it_was_delivered_or_is_worth_retrying():
    """Planted: the 2xx range's bounds moved, 409 (already received) not counted as
    delivered, or the retryable statuses changed (a 404 retried for ever, a 503 given up)."""
    delivered = {s for s in range(100, 600) if Receipt(s).delivered}
    assert delivered == set(range(200, 300)) | {409}
    retryable = {s for s in range(100, 600) if Receipt(s).retryable}
    assert retryable == {408, 425, 429} | set(range(500, 600))


def test_a_receipt_is_described_in_one_line():
    """Planted: the parts of the Sent view's line reordered, joined differently or dropped."""
    assert Receipt(201, "stored", "r-17").describe() == "HTTP 201, receipt r-17: stored"
    assert Receipt(409).describe() == "HTTP 409 (already received)"
    assert Receipt(500, "boom").describe() == "HTTP 500: boom"
    assert Receipt(202, "", "r-2").describe() == "HTTP 202, receipt r-2"


def test_a_report_is_never_posted_to_a_plain_or_credentialed_address_or_with_a_bad_token():
    """Planted: ``http://`` or an address without a host accepted (the token in clear), user
    information in the address accepted, the token's allowed characters widened or narrowed,
    or one of these refusals made retryable."""
    exc = _submit_error("http://127.0.0.1/r")
    assert str(exc) == (
        "http://127.0.0.1/r: the receiver's address must start with https:// (the token must "
        "not travel in clear)"
    )
    assert exc.retryable is False
    assert not _submit_error("https:///r").retryable
    exc = _submit_error("https://me:pw@127.0.0.1/r")
    assert str(exc) == (
        "127.0.0.1: remove the user name and password from the address; the token goes in the "
        "keyring (observer-app secret set http.token)"
    )
    assert exc.retryable is False
    assert not _submit_error("https://me@127.0.0.1/r").retryable
    words = (
        "the token stored as http.token is empty or contains spaces, line breaks or non-ASCII "
        "characters; store it again with `observer-app secret set http.token`"
    )
    for bad in ("", "a b", "tok\x7f", "tök", "a\tb", "a\x20"):
        exc = _submit_error("https://127.0.0.1:1/r", token=bad)
        assert (str(exc), exc.retryable) == (words, False), repr(bad)


def test_the_request_carries_the_token_the_key_and_json_and_follows_no_redirect(
    tls_web, ca_file, caplog
):
    """Planted: a header dropped or renamed, the CA file not used, redirects followed (a POST
    turned into a GET, the token carried elsewhere), the redirect's target or words lost,
    the log line changed."""
    tls_web.reply(201, b'{"id": "r-17", "message": "stored"}', {"Content-Type": "application/json"})
    caplog.set_level("INFO", logger="observer.net")
    receipt = post_report(tls_web.url("/r"), b'{"a": 1}', "!tok~", "key-1", ca_file=ca_file)
    assert receipt == Receipt(201, "stored", "r-17")
    method, path, headers, body = tls_web.requests[0]
    assert (method, path, body) == ("POST", "/r", b'{"a": 1}')
    assert headers["Authorization"] == "Bearer !tok~"
    assert headers["Idempotency-Key"] == "key-1"
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["Accept"] == "application/json, text/plain;q=0.9, */*;q=0.5"
    assert f"POST {tls_web.url('/r')}: HTTP 201" in caplog.messages

    tls_web.reply(302, headers={"Location": "https://elsewhere.example/r"})
    receipt = post_report(tls_web.url("/r"), b"{}", TOKEN, "key-1", ca_file=ca_file)
    assert receipt == Receipt(
        302, "the receiver redirects to https://elsewhere.example/r; set http.url to that address"
    )
    assert len(tls_web.requests) == 1
    tls_web.reply(307)
    receipt = post_report(tls_web.url("/r"), b"{}", TOKEN, "key-1", ca_file=ca_file)
    assert receipt.body_excerpt == (
        "the receiver redirects to another address; set http.url to that address"
    )


def test_a_report_to_an_unreachable_receiver_says_why_and_whether_to_retry(
    tls_web, web, ca, ca_file, tmp_path
):
    """Planted: the TLS, timeout, refused-connection, request and CA-file failures given
    other words, the wrong host, or the wrong retry decision (a certificate never fixes itself;
    a network problem may)."""
    tls_web.reply(201)
    url = tls_web.url("/r")
    host = url.split("/")[2]
    exc = _submit_error(url)
    assert str(exc) == (
        f"{url}: the TLS certificate of {host} could not be verified; if the receiver uses its "
        "own certificate authority, set http.ca_file to its CA file"
    )
    assert exc.retryable is False
    plain = web.url("/r").replace("http://", "https://")
    exc = _submit_error(plain, ca_file=ca_file)
    assert (str(exc), exc.retryable) == (
        f"{plain}: no secure (TLS) connection with {plain.split('/')[2]}",
        True,
    )
    web.reply(201, silent=True)
    with RawListener("silent") as silent:
        url = f"https://127.0.0.1:{silent.port}/r"
        exc = _submit_error(url, ca_file=ca_file, timeout=(2.0, 0.3))
    assert (str(exc), exc.retryable) == (
        f"{url}: 127.0.0.1:{silent.port} did not answer in time",
        True,
    )
    port = free_port()
    url = f"https://127.0.0.1:{port}/r"
    exc = _submit_error(url, ca_file=ca_file)
    assert (str(exc), exc.retryable) == (f"{url}: cannot connect to 127.0.0.1:{port}", True)
    missing = str(tmp_path / "no-such-ca.pem")
    exc = _submit_error(tls_web.url("/r"), ca_file=missing)
    assert (str(exc), exc.retryable) == (
        f"the CA file {missing} cannot be read; check http.ca_file",
        False,
    )
    exc = _failure(lambda: post_report(tls_web.url("/r"), b"{}", TOKEN, "k\n1", ca_file=ca_file))
    assert isinstance(exc, SubmitError)
    assert str(exc) == f"{tls_web.url('/r')}: the request failed (InvalidHeader)"


def test_a_certificate_for_another_host_names_the_setting_to_fix(ca, ca_file):
    """Planted: the mismatch not recognised (told to set a CA file that would not help)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("reports.other.example").configure_cert(context)
    with ScriptedHttp(context) as other:
        url = other.url("/r")
        exc = _submit_error(url, ca_file=ca_file)
    assert (str(exc), exc.retryable) == (
        f"{url}: the TLS certificate is for another server than {url.split('/')[2]}; "
        "check http.url",
        False,
    )


def test_tls_failure_words_for_each_kind_of_certificate_problem():
    """Planted: the words matched case-sensitively, one of the two spellings of a mismatch
    dropped, or the verification words not recognised."""
    url, host = "https://r.example/x", "r.example"
    other = submit._tls_failure("Hostname MISMATCH, certificate is not valid", url, host)
    assert (
        str(other)
        == f"{url}: the TLS certificate is for another server than {host}; check http.url"
    )
    doesnt = submit._tls_failure("hostname 'a' Doesn't Match 'b'", url, host)
    assert str(doesnt) == str(other)
    unknown = submit._tls_failure("[SSL: CERTIFICATE_VERIFY_FAILED] unable to get", url, host)
    assert "set http.ca_file to its CA file" in str(unknown) and not unknown.retryable
    assert submit._tls_failure("certificate_verify_failed", url, host).retryable


def test_wire_debugging_is_switched_off_before_the_token_is_sent(tls_web, ca_file, caplog, capfd):
    """Planted: http.client's or urllib3's debug level left on (it prints the Authorization
    header, the token, to stdout), or the warning not logged."""
    import http.client

    import urllib3.connection

    tls_web.reply(201)
    caplog.set_level("WARNING", logger="observer.net")
    http.client.HTTPConnection.debuglevel = 1
    try:
        post_report(tls_web.url("/r"), b"{}", TOKEN, "key-1", ca_file=ca_file)
        assert http.client.HTTPConnection.debuglevel == 0
    finally:
        http.client.HTTPConnection.debuglevel = 0
    assert "HTTP wire debugging was on; switched off before sending the report" in caplog.messages
    urllib3.connection.HTTPConnection.debuglevel = 1
    try:
        post_report(tls_web.url("/r"), b"{}", TOKEN, "key-1", ca_file=ca_file)
        assert urllib3.connection.HTTPConnection.debuglevel == 0
    finally:
        urllib3.connection.HTTPConnection.debuglevel = 0
        del urllib3.connection.HTTPConnection.debuglevel
    assert TOKEN not in capfd.readouterr().out


def _receipt_for(tls_web, ca_file, status: int, body: bytes, headers=None, reason=None):
    tls_web.reply(status, body, headers or {}, reason=reason)
    return post_report(tls_web.url("/r"), b"{}", TOKEN, "key-1", ca_file=ca_file)


def test_the_receivers_answer_is_read_for_its_id_and_message(tls_web, ca_file):
    """Planted: the keys looked up in another order or not at all, values of the wrong type
    taken, the excerpt not collapsed or not cut, the Location not used as the id, an HTML page
    taken as a message, or the reason used for a success."""
    json_ = {"Content-Type": "application/json"}
    r = _receipt_for(
        tls_web, ca_file, 201, b'{"id": 17, "receipt": "no", "message": " a\\n  b "}', json_
    )
    assert (r.receiver_id, r.body_excerpt) == ("17", "a b")
    r = _receipt_for(tls_web, ca_file, 201, b'{"id": ["x"], "receipt": "r-2"}', json_)
    assert r.receiver_id == "r-2"
    r = _receipt_for(tls_web, ca_file, 201, b'{"receipt_id": "r-3"}', json_)
    assert r.receiver_id == "r-3"
    for key in ("message", "detail", "error", "error_description", "title"):
        r = _receipt_for(
            tls_web,
            ca_file,
            400,
            b'{"%s": "said %s", "zzz": 1}' % (key.encode(), key.encode()),
            json_,
        )
        assert r.body_excerpt == f"said {key}", key
    r = _receipt_for(tls_web, ca_file, 422, b'{"detail": 5, "error": "bad field"}', json_)
    assert r.body_excerpt == "bad field"
    r = _receipt_for(tls_web, ca_file, 400, b'{"title": "first", "message": "second"}', json_)
    assert r.body_excerpt == "second"
    r = _receipt_for(tls_web, ca_file, 202, b"queued as 9", {"Location": "/r/9"})
    assert (r.receiver_id, r.body_excerpt) == ("/r/9", "queued as 9")
    r = _receipt_for(tls_web, ca_file, 201, b'{"id": "r-1"}', {**json_, "Location": "/r/9"})
    assert r.receiver_id == "r-1"
    r = _receipt_for(
        tls_web, ca_file, 502, b"  <html><body>Bad gateway</body></html>", reason="Bad Gateway"
    )
    assert r.body_excerpt == "Bad Gateway"
    r = _receipt_for(tls_web, ca_file, 200, b"", reason="OK")
    assert r == Receipt(200)
    r = _receipt_for(tls_web, ca_file, 400, b"", reason="Nope")
    assert r.body_excerpt == "Nope"
    r = _receipt_for(tls_web, ca_file, 299, b"", reason="Odd")
    assert r.body_excerpt == ""
    r = _receipt_for(tls_web, ca_file, 400, b"[1, 2]", json_)
    assert r.body_excerpt == "[1, 2]"
    r = _receipt_for(tls_web, ca_file, 400, b"{not json", json_)
    assert r.body_excerpt == "{not json"
    r = _receipt_for(tls_web, ca_file, 400, b"w " * 400)
    assert r.body_excerpt == "w " * 150
    r = _receipt_for(tls_web, ca_file, 201, b'{"id": "%s"}' % (b"i" * 250))
    assert r.receiver_id == "i" * 200


def test_a_receiver_echoing_the_token_does_not_get_it_kept(tls_web, ca_file):
    """Planted: the token left in the stored excerpt or receipt id."""
    body = b'{"id": "id-%s", "message": "bad token %s"}' % (TOKEN.encode(), TOKEN.encode())
    r = _receipt_for(tls_web, ca_file, 401, body, {"Content-Type": "application/json"})
    assert (r.receiver_id, r.body_excerpt) == ("id-[token]", "bad token [token]")


def test_retry_after_in_seconds_or_as_a_date_within_a_day(tls_web, ca_file):
    """Planted: the header not read, blanks not stripped, the one-day cap changed or applied
    wrongly, a date in the past giving a negative wait, or garbage read as a number."""
    from email.utils import formatdate

    def after(value):
        return _receipt_for(tls_web, ca_file, 503, b"", {"Retry-After": value}).retry_after

    assert after("120") == 120.0
    assert after(" 30 ") == 30.0
    assert after("86400") == 86400.0
    assert after("999999") == 86400.0
    assert after("soon") is None
    assert after(formatdate(time.time() - 3600, usegmt=True)) == 0.0
    assert 3590 <= after(formatdate(time.time() + 3600, usegmt=True)) <= 3600
    assert after(formatdate(time.time() + 90 * 86400, usegmt=True)) == 86400.0
    assert _receipt_for(tls_web, ca_file, 503, b"").retry_after is None
    assert submit._retry_after("") is None and submit._retry_after(None) is None


# -- webdav ----------------------------------------------------------------------------------------
from observer_app.net import webdav  # noqa: E402
from observer_app.net.webdav import PreconditionFailed, WebDav, WebDavError  # noqa: E402


def test_folder_and_file_addresses():
    """Planted: the folder's slash not added (a file would replace the folder's last part),
    added twice, the file name not %-encoded, or the shown name left encoded."""
    assert webdav.folder_url("https://c.example/team") == "https://c.example/team/"
    assert webdav.folder_url("https://c.example/team/") == "https://c.example/team/"
    assert webdav.file_url("https://c.example/team", "Zoë pp26.json") == (
        "https://c.example/team/Zo%C3%AB%20pp26.json"
    )
    assert webdav.shown_url("https://c.example/team/Zo%C3%AB%20pp26.json") == (
        "https://c.example/team/Zoë pp26.json"
    )
    assert webdav.file_name("https://c.example/team/Zo%C3%AB%20pp26.json") == "Zoë pp26.json"
    assert webdav.file_name("https://c.example/team/sub/") == "sub"
    assert webdav.file_name("https://c.example/a/b/c.json?x=1") == "c.json"
    assert webdav.file_name("https://c.example/team/BOX") == "BOX"
    assert webdav.file_name("https://c.example") == ""


def test_etags_compare_by_value_and_are_sent_quoted():
    """Planted: the weak prefix or the quotes not removed, a one-character or unbalanced tag
    unquoted, ``None`` compared equal, or a bare tag sent without quotes (servers then never
    match it and every conditional write fails)."""
    assert webdav.same_etag('"abc"', "abc") and webdav.same_etag('W/"abc"', " abc ")
    assert not webdav.same_etag('"abc"', '"abd"')
    assert not webdav.same_etag(None, None) and not webdav.same_etag("a", None)
    assert not webdav.same_etag(None, "a")
    assert webdav._bare('"') == '"' and webdav._bare('""') == ""
    assert webdav._bare('"a') == '"a' and webdav._bare('a"') == 'a"'
    assert webdav._bare("W/x") == "x" and webdav._bare('"W/x"') == "W/x"
    assert webdav._quoted(" abc ") == '"abc"'
    assert webdav._quoted('"abc"') == '"abc"' and webdav._quoted('W/"abc"') == 'W/"abc"'
    assert webdav._quoted("W/abc") == '"W/abc"'


def test_credentials_go_as_utf8_basic_auth_and_only_when_a_user_is_set(web):
    """Planted: the password encoded as Latin-1 (a Cyrillic password crashes), the user and
    password swapped or dropped, or auth set without a user."""
    import base64

    web.reply(200, b"{}")
    WebDav(make_session(retries=0), "zoë", "пароль").get(web.url("/team/a.json"))
    sent = web.requests[0][2]["Authorization"]
    assert sent == "Basic " + base64.b64encode("zoë:пароль".encode()).decode()
    WebDav(make_session(retries=0), "bob", None).get(web.url("/team/a.json"))
    assert web.requests[-1][2]["Authorization"] == "Basic " + base64.b64encode(b"bob:").decode()
    WebDav(make_session(retries=0)).get(web.url("/team/a.json"))
    assert "Authorization" not in web.requests[-1][2]


def _dav_error(call) -> WebDavError:
    exc = _failure(call)
    assert isinstance(exc, WebDavError), exc
    return exc


def test_each_refusal_is_explained_with_its_status(web):
    """Planted: a status given another reason, the user not named (or named without one),
    the status not kept, the bounds of the server-error or redirect ranges moved."""
    client = WebDav(make_session(retries=0), "alice", "pw")
    url = web.url("/team/a%20b.json")
    shown = web.url("/team/a b.json")
    expected = {
        401: "the server refused the user name or password for user 'alice' (HTTP 401)",
        403: "access denied for user 'alice' (HTTP 403); check the folder's sharing permissions",
        404: "no such folder or file (HTTP 404); check the address",
        405: "the server does not allow PUT here (HTTP 405); is this a WebDAV folder?",
        409: "the folder does not exist (HTTP 409); create it on the server first",
        423: "the file is locked by someone else (HTTP 423); try again later",
        507: "the server is out of space (HTTP 507)",
        500: "server error (HTTP 500); try again later",
        599: "server error (HTTP 599); try again later",
        400: "unexpected answer to PUT (HTTP 400)",
        418: "unexpected answer to PUT (HTTP 418)",
        499: "unexpected answer to PUT (HTTP 499)",
    }
    # PUT: the session's retries (and their RetryError) are for GET and HEAD only.
    for status, words in expected.items():
        web.reply(status)
        exc = _dav_error(lambda: client.put(url, b"{}"))
        assert (str(exc), exc.status) == (f"{shown}: {words}", status), status
        assert type(exc) is WebDavError
    web.reply(412)
    exc = _dav_error(lambda: client.put(url, b"{}", if_match="e1"))
    assert isinstance(exc, PreconditionFailed) and exc.status == 412
    assert str(exc) == f"{shown}: the file was changed by someone else (HTTP 412)"
    anonymous = WebDav(make_session(retries=0))
    web.reply(401)
    assert str(_dav_error(lambda: anonymous.get(url))) == (
        f"{shown}: the server refused the user name or password (HTTP 401)"
    )
    web.reply(403)
    assert str(_dav_error(lambda: anonymous.get(url))) == (
        f"{shown}: access denied (HTTP 403); check the folder's sharing permissions"
    )
    web.reply(299)
    assert client.get(url) == (b"", None)
    web.reply(300, headers={"Location": "https://other.example/team/"})
    exc = _dav_error(lambda: client.put(url, b"{}"))
    assert (str(exc), exc.status) == (
        f"{shown}: the server redirects to https://other.example/team/ (HTTP 300); "
        "use that address for the team folder",
        300,
    )
    web.reply(307)
    assert str(_dav_error(lambda: client.put(url, b"{}"))) == (
        f"{shown}: the server redirects to another address (HTTP 307); "
        "use that address for the team folder"
    )


def test_only_get_follows_redirects_and_put_sends_its_conditions(web):
    """Planted: a PUT allowed to follow a redirect (requests turns it into a GET and the
    write is reported done), the If-Match tag unquoted or If-None-Match not ``*``, the new
    ETag not returned."""
    client = WebDav(make_session(retries=0), "alice", "pw")
    web.reply(200, b"data", {"ETag": '"e9"'})
    assert client.get(web.url("/team/a.json")) == (b"data", '"e9"')
    web.reply(201, headers={"ETag": '"e2"'})
    assert client.put(web.url("/team/a.json"), b"{}", if_match="e1") == '"e2"'
    method, _path, headers, body = web.requests[0]
    assert (method, body, headers["If-Match"]) == ("PUT", b"{}", '"e1"')
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert "If-None-Match" not in headers
    assert client.put(web.url("/team/b.json"), b"{}", if_none_match=True) == '"e2"'
    headers = web.requests[-1][2]
    assert headers["If-None-Match"] == "*" and "If-Match" not in headers
    web.reply(201)
    assert client.put(web.url("/team/c.json"), b"{}") is None
    web.reply(302, headers={"Location": "/team/elsewhere.json"})
    _dav_error(lambda: client.put(web.url("/team/a.json"), b"{}"))
    assert [r[0] for r in web.requests] == ["PUT"]


def test_get_follows_a_redirect(web):
    """Planted: redirects refused for GET too (a moved file could not be read)."""
    from support.scripted import Reply

    web.reply(302, headers={"Location": "/team/moved.json"}, times=1, then=Reply(200, b"moved"))
    assert WebDav(make_session(retries=0)).get(web.url("/team/a.json"))[0] == b"moved"


def test_network_failures_in_plain_words(tls_web, web, tmp_path):
    """Planted: the words of an unverified certificate, another TLS failure, a timeout, repeated
    server errors, a refused connection, another request error or an unreadable CA file
    changed, or the host not named."""
    tls_web.reply(207, b"")
    url = tls_web.url("/team/")
    host = url.split("/")[2]
    exc = _dav_error(lambda: WebDav(make_session(retries=0)).propfind(url))
    assert str(exc) == (
        f"{url}: the TLS certificate of {host} could not be verified (a captive portal, a proxy, "
        "or a self-signed certificate?); if the team server uses its own certificate authority, "
        "set sync.ca_file to its CA file: observer-app settings set sync.ca_file /path/to/ca.pem"
    )
    plain = web.url("/team/").replace("http://", "https://")
    exc = _dav_error(lambda: WebDav(make_session(retries=0)).propfind(plain))
    assert str(exc) == (
        f"{plain}: no secure (TLS) connection with {plain.split('/')[2]}; "
        "does the address need http instead of https, or another port?"
    )
    # A GET's read timeout comes as a ConnectionError once the retries are spent (it said
    # "cannot connect; check the address" before): the server was there, it did not answer.
    web.reply(200, silent=True)
    exc = _dav_error(lambda: WebDav(make_session(retries=0), timeout=(2.0, 0.3)).get(web.url("/x")))
    assert str(exc) == (
        f"{web.url('/x')}: {host_of(web)} did not answer in time; check the connection and try again"
    )
    exc = _dav_error(
        lambda: WebDav(make_session(retries=0), timeout=(2.0, 0.3)).put(web.url("/x"), b"{}")
    )
    assert str(exc) == (
        f"{web.url('/x')}: {host_of(web)} did not answer in time; check the connection and try again"
    )
    web.reply(503, headers={"Retry-After": "0"})
    exc = _dav_error(lambda: WebDav(make_session(retries=1)).get(web.url("/x")))
    assert (
        str(exc)
        == f"{web.url('/x')}: {host_of(web)} kept answering with server errors; try again later"
    )
    port = free_port()
    exc = _dav_error(lambda: WebDav(make_session(retries=0)).get(f"http://127.0.0.1:{port}/x"))
    assert str(exc) == (
        f"http://127.0.0.1:{port}/x: cannot connect to 127.0.0.1:{port}; check the address and "
        "the connection"
    )
    exc = _dav_error(lambda: WebDav(make_session(retries=0)).get("ftp://127.0.0.1/x"))
    assert str(exc) == "ftp://127.0.0.1/x: InvalidSchema"
    session = make_session(retries=0)
    session.verify = str(tmp_path / "missing-ca.pem")
    exc = _dav_error(lambda: WebDav(session).get(tls_web.url("/x")))
    assert str(exc) == (
        f"{tls_web.url('/x')}: the CA file {tmp_path / 'missing-ca.pem'} cannot be read; "
        "check sync.ca_file"
    )


def host_of(server) -> str:
    return server.url("/").split("/")[2]


def test_the_session_s_ca_file_is_used_for_every_request(tls_web, ca_file, monkeypatch):
    """Planted: ``verify`` not passed on each request (REQUESTS_CA_BUNDLE would then override
    the team folder's own CA file)."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nonexistent-bundle.pem")
    session = make_session(retries=0)
    session.verify = ca_file
    tls_web.reply(200, b"{}", {"ETag": '"e"'})
    assert WebDav(session).get(tls_web.url("/team/a.json")) == (b"{}", '"e"')


MULTISTATUS = b"""<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:">
  <d:response><d:href>/team/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/>
    </d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
  <d:response><d:href> /team/a.json </d:href><d:propstat><d:prop><d:getetag> "e1" </d:getetag>
    <d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
    <d:propstat><d:prop><d:getetag>"wrong"</d:getetag></d:prop>
    <d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>
  <d:response><d:href>/team/no-tag.json</d:href><d:propstat><d:prop><d:resourcetype/></d:prop>
    <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
  <d:response><d:href></d:href></d:response>
  <d:response><d:href>/team/sub/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/>
    </d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
  <d:response><d:href>/team/two.json</d:href>
    <d:propstat><d:prop><d:getetag>"e2"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
    <d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  </d:response>
  <d:response><d:href>/team/fail.json</d:href><d:propstat><d:prop><d:getetag>"x"</d:getetag>
    </d:prop><d:status>HTTP/1.1 2000 Odd</d:status></d:propstat></d:response>
  <d:response><d:href>/team/archive</d:href><d:propstat><d:prop><d:resourcetype><d:collection/>
    </d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
  <d:response><d:href>/team/late.json</d:href>
    <d:propstat><d:prop><d:displayname/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
    <d:propstat><d:prop><d:getetag>"e4"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  </d:response>
  <d:response><d:href>/other/b.json</d:href><d:propstat><d:prop><d:getetag>"e3"</d:getetag>
    </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>"""


def test_a_folder_listing_gives_its_files_with_their_etags(web):
    """Planted: the href or ETag not stripped, an ETag from a failed propstat taken, a later
    propstat's ETag forgetting an earlier one (or a failed propstat ending the search), a
    sub-folder or an empty href listed (a sub-folder named without its final slash is known
    only by its resourcetype), the Depth header or the 207 check changed."""
    client = WebDav(make_session(retries=0))
    web.reply(207, MULTISTATUS, {"Content-Type": "application/xml"})
    base = web.url("/team")
    assert client.propfind(base) == [
        (web.url("/team/a.json"), '"e1"'),
        (web.url("/team/no-tag.json"), None),
        (web.url("/team/two.json"), '"e2"'),
        (web.url("/team/fail.json"), None),
        (web.url("/team/late.json"), '"e4"'),
    ]
    method, path, headers, body = web.requests[0]
    assert (method, path, headers["Depth"]) == ("PROPFIND", "/team/", "1")
    assert headers["Content-Type"] == "application/xml; charset=utf-8"
    assert b"<d:getetag/>" in body and b"<d:resourcetype/>" in body
    web.reply(200, MULTISTATUS)
    exc = _dav_error(lambda: client.propfind(base))
    assert (str(exc), exc.status) == (
        f"{web.url('/team/')}: not a WebDAV folder (PROPFIND answered HTTP 200)",
        200,
    )


def test_a_listing_that_is_not_plain_xml_is_refused_in_plain_words():
    """Planted: a DOCTYPE or ENTITY let through (entity expansion), or the words changed."""
    folder = "https://c.example/team/"
    exc = _dav_error(lambda: webdav._parse_multistatus(b"<!DOCTYPE x><x/>", folder))
    assert str(exc) == f"{folder}: the server's folder listing is not plain WebDAV XML"
    exc = _dav_error(lambda: webdav._parse_multistatus(b"<x><!ENTITY a 'b'></x>", folder))
    assert str(exc) == f"{folder}: the server's folder listing is not plain WebDAV XML"
    exc = _dav_error(lambda: webdav._parse_multistatus(b"<x>", folder))
    assert str(exc).startswith(f"{folder}: the server's folder listing is not valid XML (")


def test_only_direct_children_on_the_same_server_count_as_files_of_the_folder():
    """Planted: another scheme, host or port accepted (credentials sent elsewhere), host case
    taken into account, %-encoding not undone, the folder itself or a deeper file accepted."""
    folder = "https://Cloud.example/team%20a/"
    assert webdav._is_child("https://cloud.example/team a/x.json", folder)
    assert webdav._is_child("https://cloud.example/team%20a/x%2Ejson", folder)
    assert not webdav._is_child("http://cloud.example/team%20a/x.json", folder)
    assert not webdav._is_child("https://cloud.example:8443/team%20a/x.json", folder)
    assert not webdav._is_child("https://evil.example/team%20a/x.json", folder)
    assert not webdav._is_child("https://cloud.example/team%20a/", folder)
    assert not webdav._is_child("https://cloud.example/team%20a/sub/x.json", folder)
    assert not webdav._is_child("https://cloud.example/other/x.json", folder)
    assert not webdav._is_child("https://cloud.example/x/team%20a/x.json", folder)


# -- download --------------------------------------------------------------------------------------
import errno  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

from support.scripted import Reply  # noqa: E402

from observer_app.net import download as dl  # noqa: E402
from observer_app.net.download import (  # noqa: E402
    Cached,
    DownloadResult,
    Limits,
    Watch,
    download,
    part_path,
)
from observer_app.net.filenames import inside, safe_filename  # noqa: E402

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4
LAST_MODIFIED = "Mon, 02 Mar 2026 09:00:00 GMT"


def _fetch(web, tmp_path: Path, **kwargs) -> DownloadResult:
    return _download(web.url("/docs/67-E.pdf"), tmp_path / "cache", **kwargs)


def _download(url: str, cache: Path, **kwargs) -> DownloadResult:
    """``download`` with its limits and watchers given as loose keywords (shorter tests)."""
    kwargs.setdefault("session", make_session(retries=0))
    limits = {
        k: kwargs.pop(k) for k in ("max_bytes", "timeout", "deadline_s", "pace") if k in kwargs
    }
    watch = {k: kwargs.pop(k) for k in ("progress", "cancel") if k in kwargs}
    return download(url, cache, limits=Limits(**limits), watch=Watch(**watch), **kwargs)


def _leave_part(tmp_path: Path, url: str, data: bytes, **meta) -> Path:
    """A partial download as an earlier, cut fetch leaves it (its bytes and its validators)."""
    cache = tmp_path / "cache"
    cache.mkdir(exist_ok=True)
    part = part_path(cache, url)
    part.write_bytes(data)
    part.with_name(part.name + ".json").write_text(json.dumps({"url": url, **meta}))
    return part


def test_a_fetch_stores_the_file_under_its_name_with_what_identifies_it(web, tmp_path):
    """Planted: the size, sha256, validators or name of the result wrong; Accept-Encoding not
    ``identity`` (Content-Length would not count the stored bytes); progress not reported from
    the start to the end; the meta file left behind; ``ok`` wrong."""
    web.reply(
        200,
        PDF,
        {"Content-Type": "application/pdf", "ETag": '"v1"', "Last-Modified": LAST_MODIFIED},
    )
    calls: list[tuple[int, int | None]] = []
    result = _fetch(web, tmp_path, progress=lambda done, total: calls.append((done, total)))
    cache = tmp_path / "cache"
    assert result == DownloadResult(
        "fetched",
        web.url("/docs/67-E.pdf"),
        path=cache / "67-E.pdf",
        size=len(PDF),
        sha256=hashlib.sha256(PDF).hexdigest(),
        etag='"v1"',
        last_modified=LAST_MODIFIED,
    )
    assert result.ok and (cache / "67-E.pdf").read_bytes() == PDF
    assert sorted(p.name for p in cache.iterdir()) == ["67-E.pdf"]
    assert calls[0] == (0, len(PDF)) and calls[-1] == (len(PDF), len(PDF))
    headers = web.requests[0][2]
    assert headers["Accept-Encoding"] == "identity"
    assert "Range" not in headers and "If-None-Match" not in headers
    assert not DownloadResult("failed", "u").ok and not DownloadResult("cancelled", "u").ok
    assert DownloadResult("unchanged", "u").ok


def test_the_part_file_is_hidden_and_named_by_the_url():
    """Planted: the part file not hidden, not named by the URL's hash, or not ending in .part."""
    a = part_path(Path("/c"), "https://x.example/67-E.pdf")
    b = part_path(Path("/c"), "https://x.example/68-E.pdf")
    digest = hashlib.sha256(b"https://x.example/67-E.pdf").hexdigest()[:24]
    assert a == Path("/c") / f".{digest}.part"
    assert a != b and a == part_path(Path("/c"), "https://x.example/67-E.pdf")


def test_a_conditional_request_and_its_304(web, tmp_path):
    """Planted: a validator not sent or sent under the other header, the cached file's
    existence not checked, a 304 to an unconditional request taken as "unchanged", the
    validators of a 304 not taken (or the cached ones not kept when it has none)."""
    cache = tmp_path / "cache"
    cache.mkdir()
    kept = cache / "67-E.pdf"
    kept.write_bytes(PDF)
    web.reply(304, headers={"ETag": '"v2"', "Last-Modified": "Tue, 03 Mar 2026 09:00:00 GMT"})
    result = _fetch(web, tmp_path, cached=Cached(kept, '"v1"', LAST_MODIFIED))
    assert result == DownloadResult(
        "unchanged",
        web.url("/docs/67-E.pdf"),
        path=kept,
        etag='"v2"',
        last_modified="Tue, 03 Mar 2026 09:00:00 GMT",
    )
    headers = web.requests[0][2]
    assert (headers["If-None-Match"], headers["If-Modified-Since"]) == ('"v1"', LAST_MODIFIED)
    web.reply(304)
    result = _fetch(web, tmp_path, cached=Cached(kept, None, LAST_MODIFIED))
    assert (result.status, result.etag, result.last_modified) == ("unchanged", None, LAST_MODIFIED)
    assert "If-None-Match" not in web.requests[0][2]
    result = _fetch(web, tmp_path, cached=Cached(kept, '"v1"'))
    assert (result.status, result.etag, result.last_modified) == ("unchanged", '"v1"', None)
    assert "If-Modified-Since" not in web.requests[-1][2]
    unconditional = "the server answered 304 Not Modified to a request that was not conditional"
    for cached in (None, Cached(tmp_path / "gone.pdf", '"v1"', LAST_MODIFIED), Cached(kept)):
        web.reply(304)
        result = _fetch(web, tmp_path, cached=cached)
        assert (result.status, result.reason) == ("failed", unconditional), cached
        assert "If-None-Match" not in web.requests[0][2]


def test_a_resume_asks_for_the_rest_of_the_same_version(web, tmp_path):
    """Planted: the Range or If-Range header wrong, the part not appended to at its end,
    the validator taken from the wrong field, the sha256 of a resumed file not computed over
    the whole file, ``resumed`` not said."""
    url = web.url("/docs/67-E.pdf")
    _leave_part(tmp_path, url, PDF[:100], etag=None, last_modified=LAST_MODIFIED)
    web.reply(
        206,
        PDF[100:],
        {
            "Content-Type": "application/pdf",
            "Content-Range": f"bytes 100-{len(PDF) - 1}/{len(PDF)}",
        },
    )
    result = _fetch(web, tmp_path)
    headers = web.requests[0][2]
    assert (headers["Range"], headers["If-Range"]) == ("bytes=100-", LAST_MODIFIED)
    assert (result.status, result.resumed, result.size) == ("fetched", True, len(PDF))
    assert result.path.read_bytes() == PDF
    assert result.sha256 == hashlib.sha256(PDF).hexdigest()
    # The ETag pins the version before Last-Modified does.
    _leave_part(tmp_path, url, PDF[:100], etag='"v1"', last_modified=LAST_MODIFIED)
    _fetch(web, tmp_path)
    assert web.requests[-1][2]["If-Range"] == '"v1"'
    # A part of a big file (over the 1 MiB blocks the sha256 is read in).
    big = b"%PDF-" + os.urandom(1_500_000)
    _leave_part(tmp_path, url, big[:1000], etag='"big"')
    web.reply(206, big[1000:], {"Content-Range": f"bytes 1000-{len(big) - 1}/*"})
    result = _fetch(web, tmp_path)
    assert (result.status, result.sha256) == ("fetched", hashlib.sha256(big).hexdigest())


def test_a_part_that_cannot_pin_its_version_is_not_resumed(web, tmp_path):
    """Planted: a part for another URL, an empty part, one without a validator, or an
    unreadable meta file resumed (bytes of two versions spliced together)."""
    url = web.url("/docs/67-E.pdf")
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    for meta in (
        {"url": "http://else/x.pdf", "etag": '"v1"'},
        {"etag": None, "last_modified": None},
    ):
        part = _leave_part(tmp_path, url, PDF[:100])
        part.with_name(part.name + ".json").write_text(json.dumps({"url": url, **meta}))
        assert _fetch(web, tmp_path).status == "fetched"
        assert "Range" not in web.requests[-1][2], meta
    _leave_part(tmp_path, url, b"", etag='"v1"')
    _fetch(web, tmp_path)
    assert "Range" not in web.requests[-1][2]
    part = _leave_part(tmp_path, url, PDF[:100], etag='"v1"')
    part.with_name(part.name + ".json").write_text("{not json")
    assert _fetch(web, tmp_path).status == "fetched"
    assert "Range" not in web.requests[-1][2]
    part = _leave_part(tmp_path, url, PDF[:100], etag='"v1"')
    part.with_name(part.name + ".json").write_text('["a list"]')
    assert _fetch(web, tmp_path).status == "fetched"
    assert "Range" not in web.requests[-1][2]


def test_a_resume_at_the_wrong_place_starts_again(web, tmp_path):
    """Planted: a 206 whose Content-Range does not continue our part spliced in (or the part
    kept), the Content-Range pattern loosened or made case-sensitive, the unknown total ``*``
    misread; the number of attempts and the final words changed."""
    url = web.url("/docs/67-E.pdf")
    part = _leave_part(tmp_path, url, PDF[:100], etag='"v1"')
    web.reply(
        206,
        PDF,
        {"Content-Range": f"bytes 0-{len(PDF) - 1}/{len(PDF)}"},
        times=1,
        then=Reply(200, PDF),
    )
    result = _fetch(web, tmp_path)
    assert (result.status, result.resumed) == ("fetched", True)
    assert result.path.read_bytes() == PDF
    assert [r[2].get("Range") for r in web.requests] == ["bytes=100-", None]
    assert not part.exists()
    web.reply(206, PDF[100:], {"Content-Range": f" BYTES 100-{len(PDF) - 1}/* "})
    _leave_part(tmp_path, url, PDF[:100], etag='"v1"')
    result = _fetch(web, tmp_path)
    assert (result.status, result.path.read_bytes()) == ("fetched", PDF)
    web.reply(206, PDF, {"Content-Range": "bytes 0-10"})
    _leave_part(tmp_path, url, PDF[:100], etag='"v1"')  # a Content-Range we cannot read
    result = _fetch(web, tmp_path)
    assert result.status == "failed"
    assert result.reason == (
        "the connection broke 4 times (the server resumed at the wrong place (Content-Range "
        "'bytes 0-10'); starting again); the part received is kept and the next fetch resumes it"
    )
    assert len(web.requests) == 4


def test_a_refused_resume_starts_again_from_zero(web, tmp_path):
    """Planted: a 416 (our part is no prefix of the server's file) taken as a failure, or the
    part kept and resumed again."""
    url = web.url("/docs/67-E.pdf")
    _leave_part(tmp_path, url, PDF + b"extra", etag='"v1"')
    web.reply(416, times=1, then=Reply(200, PDF, {"Content-Type": "application/pdf"}))
    result = _fetch(web, tmp_path)
    assert (result.status, result.path.read_bytes()) == ("fetched", PDF)
    assert [r[2].get("Range") for r in web.requests] == [f"bytes={len(PDF) + 5}-", None]
    web.reply(416, reason="Range Not Satisfiable")
    result = _fetch(web, tmp_path)
    assert (result.status, result.reason) == (
        "failed",
        "the server answered HTTP 416 Range Not Satisfiable",
    )


def test_a_body_cut_again_and_again_gives_up_and_keeps_the_part(web, tmp_path):
    """Planted: the number of resumes changed, the words of the final failure changed, the
    meta file not written (nothing to resume from), a weak ETag used to pin the bytes."""
    url = web.url("/docs/67-E.pdf")
    web.reply(
        200,
        PDF[:300],
        {"Content-Length": str(len(PDF)), "ETag": 'W/"weak"', "Last-Modified": LAST_MODIFIED},
        cut=True,
    )
    result = _fetch(web, tmp_path)
    assert result.status == "failed"
    assert result.reason.startswith("the connection broke 4 times (")
    assert result.reason.endswith("); the part received is kept and the next fetch resumes it")
    assert len(web.requests) == 4
    assert [r[2].get("If-Range") for r in web.requests] == [None] + [LAST_MODIFIED] * 3
    part = part_path(tmp_path / "cache", url)
    assert part.exists()
    meta = json.loads(part.with_name(part.name + ".json").read_text())
    assert meta == {"url": url, "etag": None, "last_modified": LAST_MODIFIED}


def test_refusals_and_wrong_answers_in_plain_words(web, tmp_path):
    """Planted: an error status taken for the document, its words or the part's keeping
    changed; a login page's type accepted as a PDF; the size cap compared with ``>=`` or not
    written with thousands separators."""
    web.reply(451, reason="Unavailable For Legal Reasons")
    result = _fetch(web, tmp_path)
    assert (result.status, result.reason) == (
        "failed",
        "the server answered HTTP 451 Unavailable For Legal Reasons",
    )
    web.reply(403, reason="")
    assert _fetch(web, tmp_path).reason == "the server answered HTTP 403"
    web.reply(200, PDF, {"Content-Type": "Text/HTML; charset=utf-8"})
    assert _fetch(web, tmp_path).reason == (
        "not a PDF: the server sent text/html (a login or error page?), not a document"
    )
    web.reply(200, PDF, {"Content-Type": "text/plain"})
    assert _fetch(web, tmp_path, expect_pdf=False).status == "fetched"
    web.reply(200, b"%PDF-" + b"x" * 1995, {"Content-Type": "application/pdf"})
    result = _fetch(web, tmp_path / "big", max_bytes=1500)
    assert result.reason == "too big: 2,000 bytes, more than the 1,500 allowed"
    assert list((tmp_path / "big" / "cache").iterdir()) == []
    assert _fetch(web, tmp_path / "big", max_bytes=2000).status == "fetched"


def test_the_size_cap_holds_without_a_content_length(web, tmp_path):
    """Planted: the running count compared with ``>=`` or not at all when no length was
    announced (an endless body would fill the disk)."""
    web.reply(
        200,
        b"%PDF-" + b"x" * 1995,
        {"Content-Type": "application/pdf"},
        length=False,
        drip=(500, 0.01),
    )
    result = _fetch(web, tmp_path, max_bytes=1999)
    assert (result.status, result.reason) == (
        "failed",
        "too big: more than the 1,999 bytes allowed",
    )
    assert list((tmp_path / "cache").iterdir()) == []
    web.reply(200, b"%PDF-" + b"x" * 1995, {"Content-Type": "application/pdf"}, length=False)
    assert _fetch(web, tmp_path, max_bytes=2000).size == 2000


def test_what_is_not_a_pdf_is_named(web, tmp_path):
    """Planted: the first bytes not checked, an HTML page (after blanks) not named as one,
    other data not quoted (8 bytes), a resumed file whose start is not a PDF accepted."""
    web.reply(200, b"  \n<html><body>Log in</body></html>", {"Content-Type": "application/pdf"})
    assert _fetch(web, tmp_path).reason == (
        "not a PDF: the server sent an HTML page instead of the document"
    )
    web.reply(200, b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09", {"Content-Type": "application/pdf"})
    assert _fetch(web, tmp_path).reason == (
        "not a PDF: the server sent data starting with b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07' "
        "instead of the document"
    )
    url = web.url("/docs/67-E.pdf")
    _leave_part(tmp_path, url, b"GIF89a-not-a-pdf", etag='"v1"')
    web.reply(206, b"rest", {"Content-Range": "bytes 16-19/20"})
    result = _fetch(web, tmp_path)
    assert (result.status, result.reason) == (
        "failed",
        "not a PDF: the file received does not start with %PDF- (it starts with b'GIF89')",
    )
    assert not part_path(tmp_path / "cache", url).exists()
    _leave_part(tmp_path, url, b"GIF89a-not-a-pdf", etag='"v1"')
    assert _fetch(web, tmp_path, expect_pdf=False).status == "fetched"


def test_a_cancel_stops_and_keeps_the_part(web, tmp_path):
    """Planted: the cancel check ignored or its status or words changed, the part dropped."""
    web.reply(200, PDF, {"Content-Type": "application/pdf", "ETag": '"v1"'})
    result = _fetch(web, tmp_path, cancel=lambda: True)
    assert (result.status, result.reason, result.ok) == ("cancelled", "cancelled", False)
    assert part_path(tmp_path / "cache", web.url("/docs/67-E.pdf")).exists()
    assert _fetch(web, tmp_path, cancel=lambda: False).status == "fetched"


def test_a_download_past_its_deadline_is_not_started(web, tmp_path):
    """Planted: the deadline not checked before asking, or its words changed."""
    web.reply(200, PDF)
    result = _fetch(web, tmp_path, deadline_s=-1.0)
    assert (result.status, result.reason) == (
        "failed",
        "the download took too long (stopped; the next fetch resumes it)",
    )
    assert web.requests == []


def test_network_failures_of_a_download_in_plain_words(
    web, tls_web, ca_file, tmp_path, monkeypatch
):
    """Planted: a silent server, repeated server errors, a refused connection or a certificate
    described with other words, without the host, or with urllib3's whole repr."""
    web.reply(200, silent=True)
    host = host_of(web)
    assert (
        _fetch(web, tmp_path, timeout=(2.0, 0.3)).reason
        == f"{host} did not answer in time (timeout)"
    )
    web.reply(503, headers={"Retry-After": "0"})
    assert _fetch(web, tmp_path, session=make_session(retries=1)).reason == (
        "the server answered HTTP 503 (server error, tried again several times)"
    )
    port = free_port()
    result = download(
        f"http://127.0.0.1:{port}/x.pdf", tmp_path / "c", session=make_session(retries=0)
    )
    assert result.reason == (
        f"cannot reach 127.0.0.1:{port}: HTTPConnection(host='127.0.0.1', port={port}): Failed to "
        "establish a new connection: [Errno 111] Connection refused"
    )
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    with ScriptedHttp(context) as other:
        other.reply(200, PDF)
        result = _fetch(other, tmp_path)
    assert result.reason == (
        f"the secure connection to {host_of(other)} failed (TLS: certificate verify failed: "
        "unable to get local issuer certificate)"
    )


def test_a_refused_answer_keeps_the_part_for_a_later_resume(web, tmp_path):
    """Planted: ``keep_part`` dropped for an error status or a login page (a cut download
    started again from zero after a passing hiccup)."""
    url = web.url("/docs/67-E.pdf")
    for reply in (
        (503, b"", {"Retry-After": "0"}),
        (200, b"<html>", {"Content-Type": "text/html"}),
    ):
        part = _leave_part(tmp_path, url, PDF[:100], etag='"v1"')
        web.reply(*reply)
        assert _fetch(web, tmp_path).status == "failed"
        assert part.read_bytes() == PDF[:100], reply


def test_a_content_type_with_parameters_and_a_206_without_range(web, tmp_path):
    """Planted: the type's parameters cut from the right (``application/pdf; a; b`` refused),
    a 206 without Content-Range crashing the download instead of starting again."""
    web.reply(200, PDF, {"Content-Type": "application/pdf; charset=binary; name=67.pdf"})
    assert _fetch(web, tmp_path).status == "fetched"
    url = web.url("/docs/67-E.pdf")
    _leave_part(tmp_path, url, PDF[:100], etag='"v1"')
    web.reply(206, PDF[100:], {"Content-Type": "application/pdf"})
    result = _fetch(web, tmp_path)
    assert result.status == "failed" and "Content-Range ''" in result.reason


def test_a_transfer_too_slow_or_past_its_deadline_keeps_the_part(web, tmp_path):
    """Planted: the download's pace or its remaining deadline not handed to the paced reader
    (or computed wrongly), the words of a too slow transfer changed, the part dropped, the
    running byte count reset at each chunk."""
    host = host_of(web)
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    result = _fetch(web, tmp_path, pace=Pace(min_bytes=10**6, window_s=1e-6))
    assert result.status == "failed"
    assert result.reason.startswith(f"{host}: the server is sending too slowly (less than ")
    assert result.reason.endswith(" over 1e-06 s); stopped, the next fetch resumes it")
    assert part_path(tmp_path / "cache", web.url("/docs/67-E.pdf")).stat().st_size == 0
    web.reply(200, PDF, {"Content-Type": "application/pdf", "ETag": '"v1"'}, drip=(64, 0.05))
    result = _fetch(web, tmp_path, deadline_s=0.5)
    assert (result.status, result.reason) == (
        "failed",
        f"{host}: the transfer took too long; stopped, the next fetch resumes it",
    )
    assert 0 < part_path(tmp_path / "cache", web.url("/docs/67-E.pdf")).stat().st_size < len(PDF)


def test_a_cut_body_is_named_and_a_strong_etag_pins_the_resume(web, tmp_path):
    """Planted: the cut's own words lost, the ETag not written in the meta file (the resume
    pinned by Last-Modified only, or not at all)."""
    web.reply(200, PDF[:300], {"Content-Length": str(len(PDF)), "ETag": '"v1"'}, cut=True)
    result = _fetch(web, tmp_path)
    assert f"IncompleteRead(300 bytes read, {len(PDF) - 300} more expected)" in result.reason
    assert [r[2].get("If-Range") for r in web.requests] == [None] + ['"v1"'] * 3


def test_a_meta_file_that_cannot_be_written_fails_plainly(web, tmp_path):
    """Planted: the meta file's write failure not caught, or its words changed."""
    url = web.url("/docs/67-E.pdf")
    part = part_path(tmp_path / "cache", url)
    part.with_name(part.name + ".json").mkdir(parents=True)
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    assert _fetch(web, tmp_path).reason == (
        f"cannot write to the cache {tmp_path / 'cache'}: Is a directory"
    )


def test_a_download_without_a_session_makes_its_own_and_results_name_their_url(web, tmp_path):
    """Planted: the default session not made when none is given (or the given one replaced),
    a failure's result without its URL or with ``resumed`` not a plain false, a failure after
    a resume not saying it resumed, the file's name losing its ``.pdf``, the words of a file
    that cannot be put in the cache dropped."""
    url = web.url("/docs/67-E.pdf")
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    assert download(url, tmp_path / "own").status == "fetched"
    web.reply(451)
    result = _fetch(web, tmp_path)
    assert (result.url, result.resumed) == (url, False)
    web.reply(
        200,
        PDF[:300],
        {"Content-Length": str(len(PDF)), "ETag": '"v1"'},
        cut=True,
        times=1,
        then=Reply(451),
    )
    result = _fetch(web, tmp_path / "again")
    assert (result.status, result.url, result.resumed) == ("failed", url, True)
    (tmp_path / "file").write_text("x")
    assert download(url, tmp_path / "file", session=make_session(retries=0)).url == url
    web.reply(
        200,
        PDF,
        {
            "Content-Type": "application/pdf",
            "Content-Disposition": 'attachment; filename="Report 67"',
        },
    )
    assert _fetch(web, tmp_path / "named").path.name == "Report 67.pdf"
    (tmp_path / "blocked" / "cache" / "67-E.pdf").mkdir(parents=True)
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    result = _fetch(web, tmp_path / "blocked")
    assert result.reason.startswith(
        f"cannot put the file in the cache {tmp_path / 'blocked' / 'cache'}: "
    )


def test_the_short_words_of_a_wrapped_failure():
    """Planted: the walk to the innermost reason cut short or not following ``args[0]``, the
    ``<object at 0x..>:`` prefix kept, the text not cut at 200, an empty text not replaced by
    the error's name, the TLS words not found."""
    inner = ConnectionRefusedError(111, "Connection refused")
    outer = requests.ConnectionError(OSError(inner))
    assert dl._short(outer) == "[Errno 111] Connection refused"
    assert dl._short(requests.ConnectionError(ValueError("<Pool at 0x1>: gone"))) == "gone"
    assert dl._short(requests.ConnectionError()) == "ConnectionError"
    assert dl._short(ValueError("")) == "ValueError"
    assert dl._short(ValueError("y" * 300)) == "y" * 200
    chain: BaseException = ValueError("deepest")
    for _ in range(5):
        chain = RuntimeError(chain)
    assert dl._short(chain) == "deepest"
    for _ in range(2):
        chain = RuntimeError(chain)
    assert dl._short(chain) == "deepest"  # str() of a wrapper shows its inner text
    assert dl._tls_words(ValueError("[SSL] certificate verify failed: self-signed (_ssl.c:1)")) == (
        "certificate verify failed: self-signed"
    )
    assert dl._tls_words(ValueError("handshake failure")) == "handshake failure"


def test_disk_problems_in_plain_words(tmp_path):
    """Planted: a full disk or quota not told as "disk full", the folder not named, the
    strerror not preferred to the whole text."""
    part = Path("/cache/.x.part")
    for code, words in (
        (errno.ENOSPC, "No space left"),
        (errno.EDQUOT, "Quota"),
        (errno.EFBIG, "Too big"),
    ):
        assert dl._disk_reason(OSError(code, words), part) == (
            f"disk full: cannot write /cache ({words}); nothing was kept"
        )
    assert dl._disk_reason(OSError(errno.EACCES, "Permission denied"), part) == (
        "cannot write to the cache /cache: Permission denied"
    )
    assert dl._oserror(OSError("plain words")) == "plain words"


def test_an_unwritable_cache_fails_plainly(web, tmp_path):
    """Planted: the cache directory's failure or the part file's failure not caught, or their
    words changed."""
    (tmp_path / "file").write_text("not a folder")
    result = download(web.url("/x.pdf"), tmp_path / "file", session=make_session(retries=0))
    assert (result.status, result.reason) == (
        "failed",
        f"cannot create the cache directory {tmp_path / 'file'}: File exists",
    )
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    part_path(tmp_path / "cache", web.url("/docs/67-E.pdf")).mkdir(parents=True)
    result = _fetch(web, tmp_path)
    assert (result.status, result.reason) == (
        "failed",
        f"cannot write to the cache {tmp_path / 'cache'}: Is a directory",
    )


def test_the_final_name_comes_from_the_caller_the_header_or_the_address(web, tmp_path):
    """Planted: the caller's name, the Content-Disposition name (RFC 2231 too) or the URL's
    decoded last part skipped or made unsafe; ``.pdf`` forced on a non-PDF."""
    web.reply(
        200,
        PDF,
        {
            "Content-Type": "application/pdf",
            "Content-Disposition": 'attachment; filename="R-67.pdf"',
        },
    )
    assert _fetch(web, tmp_path, name="Doc 67").path.name == "Doc 67.pdf"
    assert _fetch(web, tmp_path).path.name == "R-67.pdf"
    web.reply(
        200,
        PDF,
        {
            "Content-Type": "application/pdf",
            "Content-Disposition": "attachment; filename*=UTF-8''Zo%C3%AB.pdf",
        },
    )
    assert _fetch(web, tmp_path).path.name == "Zoë.pdf"
    web.reply(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": "inline"})
    result = download(
        web.url("/docs/Doc%2068.PDF"), tmp_path / "c2", session=make_session(retries=0)
    )
    assert result.path.name == "Doc 68.pdf"
    web.reply(200, b"text", {"Content-Type": "text/plain"})
    result = download(
        web.url("/notes/readme"), tmp_path / "c3", session=make_session(retries=0), expect_pdf=False
    )
    assert result.path.name == "readme"


def test_discarding_a_part_removes_its_meta_and_nothing_else(tmp_path):
    """Planted: the meta file left, or a file that is not a part taken with its neighbour."""
    part = tmp_path / ".abc.part"
    meta = tmp_path / ".abc.part.json"
    other, other_json = tmp_path / "x.pdf", tmp_path / "x.pdf.json"
    for p in (part, meta, other, other_json):
        p.write_text("x")
    dl._discard(part)
    assert not part.exists() and not meta.exists()
    dl._discard(other)
    assert not other.exists() and other_json.exists()


def test_a_content_length_is_a_non_negative_integer_or_unknown():
    """Planted: ``>= 0`` made ``> 0`` (an empty document's length unknown) or negative ones
    kept; a host-less address not given back whole."""
    assert (dl._int("0"), dl._int("17"), dl._int("-1"), dl._int("x"), dl._int(None)) == (
        0,
        17,
        None,
        None,
        None,
    )
    assert dl._host("http://h.example:81/a") == "h.example:81" and dl._host("nohost") == "nohost"


# -- filenames -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "suffix", "expected"),
    [
        ("a/b\\c.pdf", ".pdf", "c.pdf"),
        ("Doc 67.PDF", ".pdf", "Doc 67.pdf"),
        ("Doc 67 . pdf", "", "Doc 67 . pdf"),
        ('a<>b:c"d|e?f*g\x07h', "", "a_b_c_d_e_f_g_h"),
        ("a  \t b", "", "a _ b"),
        ("a \u00a0\u2003 b", "", "a b"),
        (" . x . ", "", "x"),
        ("x.part.PART", ".pdf", "x.pdf"),
        ("x.pdf.part", ".pdf", "x.pdf.pdf"),
        ("CON", "", "document-CON"),
        ("nul.txt", "", "document-nul.txt"),
        ("com¹.pdf", ".pdf", "document-com¹.pdf"),
        ("LPT9", ".pdf", "document-LPT9.pdf"),
        ("clock$", "", "document-clock$"),
        ("CONSOLE", "", "CONSOLE"),
        ("", ".pdf", "document.pdf"),
        (".", "", "document"),
        ("..", "", "document"),
        ("...", "", "document"),
        (".hidden", "", "hidden"),
        ("-rf", "", "rf"),
        ("-.-x", "", "x"),
        ("--", ".pdf", "document.pdf"),
        ("e\u0301te", "", "\u00e9te"),
        ("a__b", "", "a_b"),
        ("Xray BOX", "", "Xray BOX"),
        ("x..pdf", ".pdf", "x.pdf"),
        ("x .pdf", ".pdf", "x.pdf"),
        ("BOX.pdf", ".pdf", "BOX.pdf"),
        ("x..part", "", "x"),
        ("x .part", "", "x"),
        ("BOX.part", "", "BOX"),
        ("nul.tar.gz", "", "document-nul.tar.gz"),
    ],
)
def test_safe_filename(name, suffix, expected):
    """Planted: a path separator kept, a forbidden or control character kept, blanks not
    collapsed, dots or blanks left at the ends, the suffix doubled or its case kept, a
    ``.part`` ending kept, a Windows device name (or a name merely starting like one) handled
    wrongly, a hidden or dash name allowed, NFC not applied."""
    assert safe_filename(name, suffix) == expected


def test_safe_filename_keeps_long_names_under_120_characters_and_distinct():
    """Planted: the limit or the hash's length changed, the suffix not counted, two long
    names with the same start given the same name."""
    long_a = "A" * 150 + " one"
    long_b = "A" * 150 + " two"
    a, b = safe_filename(long_a, ".pdf"), safe_filename(long_b, ".pdf")
    assert len(a) == 120 and a != b and a.endswith(".pdf")
    digest = hashlib.sha256(long_a.encode()).hexdigest()[:10]
    assert a == "A" * 105 + "-" + digest + ".pdf"
    assert len(safe_filename("B" * 120)) == 120 and safe_filename("B" * 120) == "B" * 120
    # The cut lands on blanks and dots (dropped before the hash) or on an X (kept).
    dotted = "A" * 107 + " ." + "B" * 50
    digest = hashlib.sha256(dotted.encode()).hexdigest()[:10]
    assert safe_filename(dotted) == "A" * 107 + "-" + digest
    ex = "A" * 108 + "X" + "B" * 50
    assert safe_filename(ex) == "A" * 108 + "X-" + hashlib.sha256(ex.encode()).hexdigest()[:10]
    assert len(safe_filename("B" * 121)) == 120
    assert safe_filename("x", fallback="doc") == "x" and safe_filename("", fallback="doc") == "doc"


def test_inside_accepts_only_a_plain_name_in_the_folder(tmp_path):
    """Planted: a name leading out of the folder, into a sub-folder, or empty accepted."""
    assert inside(tmp_path, "a.pdf") == tmp_path.resolve() / "a.pdf"
    for bad in ("../a.pdf", "sub/a.pdf", "", ".", ".."):
        with pytest.raises(ValueError, match="is not a plain file name inside"):
            inside(tmp_path, bad)


# -- smtp ------------------------------------------------------------------------------------------
import base64  # noqa: E402
import email  # noqa: E402
import email.policy  # noqa: E402
from urllib.parse import quote  # noqa: E402

from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import SMTP as AioSMTP  # noqa: E402
from aiosmtpd.smtp import AuthResult, LoginPassword  # noqa: E402

from observer_app.net import smtp  # noqa: E402
from observer_app.net.smtp import (  # noqa: E402
    MailMessage,
    MailServer,
    SmtpError,
    build_message,
    mailto_url,
    send_mail,
)

MAIL_USER = "alice@example.org"
MAIL_PASSWORD = "Smtp-ŝecret-пароль"


class ScriptedInbox:
    """aiosmtpd handler whose answers to MAIL, RCPT, DATA and AUTH a test sets."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.mail_reply = "250 OK"
        self.rcpt_replies: dict[str, str] = {}
        self.data_reply = "250 2.0.0 Ok: queued as  T3ST"
        self.auth_reply: str | None = None  # None: check the user and password
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.logins: list[tuple[bytes, bytes]] = []
        self.commands: list[str] = []

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        self.commands.append("MAIL")
        if self.mail_reply.startswith("250"):
            envelope.mail_from = address
        return self.mail_reply

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        reply = self.rcpt_replies.get(address, "250 OK")
        if reply[:3] in ("250", "251"):
            envelope.rcpt_tos.append(address)
        return reply

    async def handle_RSET(self, server, session, envelope):  # noqa: N802
        self.commands.append("RSET")
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(
            (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return self.data_reply

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        self.logins.append((auth_data.login, auth_data.password))
        if self.auth_reply is not None:
            return AuthResult(success=False, handled=False, message=self.auth_reply)
        ok = (auth_data.login, auth_data.password) == (MAIL_USER.encode(), MAIL_PASSWORD.encode())
        return AuthResult(success=ok, handled=False)


class _RefusingStarttls(AioSMTP):
    async def smtp_STARTTLS(self, arg):  # noqa: N802 - aiosmtpd's name
        await self.push(self.starttls_reply)


def _controller(inbox: ScriptedInbox, ca, *, implicit=False, starttls_reply=None, **kwargs):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    if implicit:
        kwargs.update(ssl_context=context, auth_require_tls=False)
    else:
        kwargs.update(tls_context=context, require_starttls=starttls_reply is None)
    kwargs.setdefault("authenticator", inbox.authenticate)

    class Scripted(Controller):
        def factory(self):
            if starttls_reply is None:
                return super().factory()
            server = _RefusingStarttls(self.handler, **self.SMTP_kwargs)
            server.starttls_reply = starttls_reply
            return server

    controller = Scripted(inbox, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller


@pytest.fixture(scope="module")
def mail(ca):
    """A STARTTLS server offering PLAIN and LOGIN, and its inbox; reset for each test."""
    inbox = ScriptedInbox()
    controller = _controller(inbox, ca)
    yield controller, inbox
    controller.stop()


@pytest.fixture
def inbox(mail):
    mail[1].reset()
    return mail[1]


def _send(port, ca_file, **kwargs):
    options = dict(
        server="127.0.0.1",
        port=port,
        security="starttls",
        user=MAIL_USER,
        password=MAIL_PASSWORD,
        sender="observer@example.org",
        recipients=["chair@example.org"],
        subject="Report",
        body_text="Brazil supports Res. 64",
        attachments=[],
        ca_file=ca_file,
        timeout=5,
    )
    options.update(kwargs)
    server = {
        k: options.pop(k) for k in ("port", "security", "user", "password", "ca_file", "timeout")
    }
    return send_mail(MailServer(options.pop("server"), **server), MailMessage(**options))


def _smtp_error(call) -> SmtpError:
    exc = _failure(call)
    assert isinstance(exc, SmtpError), exc
    return exc


def test_a_mail_sent_gives_the_servers_final_answer_and_logs_no_secret(
    mail, inbox, ca_file, caplog
):
    """Planted: the answer's code or collapsed text changed, the log line changed, the AUTH
    PLAIN payload built wrongly (UTF-8, the NUL separators), AUTH sent without a user."""
    caplog.set_level("INFO", logger="observer.net")
    port = mail[0].port
    answer = _send(port, ca_file, recipients=["a@example.org", "b@example.org"])
    assert answer == "250 2.0.0 Ok: queued as T3ST"
    assert inbox.logins == [(MAIL_USER.encode(), MAIL_PASSWORD.encode())]
    assert f"mail to 2 recipient(s) accepted by 127.0.0.1:{port}" in caplog.messages
    assert MAIL_PASSWORD not in caplog.text
    inbox.reset()
    _send(port, ca_file, user="", password=None)
    assert inbox.logins == [] and len(inbox.messages) == 1


def test_a_mail_needs_a_known_security_and_recipients_and_uses_the_default_ports(tmp_path):
    """Planted: another security accepted, an empty recipient list sent, the default ports of
    starttls (587) and ssl (465) swapped or not used."""
    exc = _smtp_error(lambda: _send(25, None, security="tls"))
    assert (str(exc), exc.retryable) == (
        "unknown SMTP security 'tls': choose starttls or ssl",
        False,
    )
    exc = _smtp_error(lambda: _send(25, None, recipients=[]))
    assert (str(exc), exc.retryable) == ("no recipients for the e-mail", False)
    assert smtp.DEFAULT_PORTS == {"starttls": 587, "ssl": 465}
    for security, port in (("starttls", 587), ("ssl", 465)):
        exc = _smtp_error(lambda s=security: _send(0, None, security=s, timeout=1))
        assert str(exc).startswith(f"127.0.0.1:{port}: "), str(exc)


def test_login_only_servers_get_auth_login_in_utf8(ca, ca_file):
    """Planted: LOGIN not used when PLAIN is not offered, the user or password not base64 of
    UTF-8, the password step skipped."""
    inbox = ScriptedInbox()
    controller = _controller(inbox, ca, auth_exclude_mechanism=["PLAIN"])
    try:
        assert _send(controller.port, ca_file) == "250 2.0.0 Ok: queued as T3ST"
    finally:
        controller.stop()
    assert inbox.logins == [(MAIL_USER.encode(), MAIL_PASSWORD.encode())]


def test_plain_only_servers_get_auth_plain(ca, ca_file):
    """Planted: the PLAIN mechanism's name misspelt or lower-cased (never found in the
    server's list: the login would fail on a server offering PLAIN alone)."""
    inbox = ScriptedInbox()
    controller = _controller(inbox, ca, auth_exclude_mechanism=["LOGIN"])
    try:
        assert _send(controller.port, ca_file) == "250 2.0.0 Ok: queued as T3ST"
    finally:
        controller.stop()
    assert inbox.logins == [(MAIL_USER.encode(), MAIL_PASSWORD.encode())]


def test_the_login_itself_refuses_a_connection_without_tls(ca):
    """Planted: the last guard before AUTH removed, its words changed or made retryable (the
    password would go in clear if a caller ever logged in before STARTTLS)."""
    import smtplib

    inbox = ScriptedInbox()
    plain = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        auth_require_tls=False,
        authenticator=inbox.authenticate,
    )
    plain.start()
    conn = smtplib.SMTP("127.0.0.1", plain.port, timeout=5)
    try:
        conn.ehlo()
        exc = _smtp_error(lambda: smtp._login(conn, "here:25", MAIL_USER, MAIL_PASSWORD))
    finally:
        conn.close()
        plain.stop()
    assert (str(exc), exc.retryable) == (
        "here:25: refusing to send your password over a connection that is not encrypted",
        False,
    )
    assert inbox.logins == []


def test_a_server_without_password_login_is_told_plainly(ca, ca_file):
    """Planted: a login tried with a mechanism the server does not offer, or the words changed."""
    inbox = ScriptedInbox()
    controller = _controller(inbox, ca, auth_exclude_mechanism=["PLAIN", "LOGIN"])
    try:
        exc = _smtp_error(lambda: _send(controller.port, ca_file))
    finally:
        controller.stop()
    assert (str(exc), exc.retryable) == (
        f"127.0.0.1:{controller.port}: the server offers no password login (AUTH PLAIN or "
        "LOGIN); leave smtp.user empty if it needs none",
        False,
    )
    assert inbox.messages == []


@pytest.mark.parametrize(
    ("reply", "retryable"),
    [
        ("535 5.7.8 Authentication credentials invalid", False),
        ("534 5.7.9 Authentication mechanism is too weak", False),
        ("530 5.7.0 Authentication required", False),
        ("454 4.7.0 Temporary authentication failure", True),
        ("554 5.7.1 Go away", False),
        ("500 5.5.1 What", False),
    ],
)
def test_a_refused_login_names_the_user_and_the_command_to_fix_it(
    mail, inbox, ca_file, reply, retryable
):
    """Planted: one of the refusal codes (or every 5xx) not taken as a refusal, 454 not
    retryable or another one retryable, the code not kept, the words changed."""
    inbox.auth_reply = reply
    exc = _smtp_error(lambda: _send(mail[0].port, ca_file))
    code = int(reply[:3])
    assert (str(exc), exc.retryable, exc.code) == (
        f"127.0.0.1:{mail[0].port}: the mail server refused the user name or password for user "
        f"'{MAIL_USER}' ({code}); set the right one with `observer-app secret set smtp.password`",
        retryable,
        code,
    )
    assert inbox.messages == []


@pytest.mark.parametrize(
    ("reply", "retryable"),
    [
        ("432 4.7.12 A password transition is needed", True),
        ("400 4.0.0 Not now", True),
        ("334 Another challenge", False),
    ],
)
def test_another_login_answer_is_quoted(mail, inbox, ca_file, reply, retryable):
    """Planted: the 4xx range's bounds moved, the server's words not quoted."""
    inbox.auth_reply = reply
    exc = _smtp_error(lambda: _send(mail[0].port, ca_file))
    port, code = mail[0].port, int(reply[:3])
    assert (str(exc), exc.retryable, exc.code) == (
        f"127.0.0.1:{port}: login failed ({code} {reply[4:]})",
        retryable,
        code,
    )


@pytest.mark.parametrize(
    ("reply", "retryable"),
    [
        ("451 4.3.0 Try later", True),
        ("400 4.0.0 Not now", True),
        ("553 5.7.1 Not yours", False),
        ("500 5.0.0 No", False),
    ],
)
def test_a_refused_sender(mail, inbox, ca_file, reply, retryable):
    """Planted: a refused MAIL FROM ignored, its words, code or retry decision changed."""
    inbox.mail_reply = reply
    exc = _smtp_error(lambda: _send(mail[0].port, ca_file))
    assert (str(exc), exc.retryable, exc.code) == (
        f"127.0.0.1:{mail[0].port}: the server refused the sender observer@example.org ({reply})",
        retryable,
        int(reply[:3]),
    )


def test_recipients_refused_one_by_one_or_all(mail, inbox, ca_file):
    """Planted: a 251 (forwarded) taken as a refusal, the refused ones not listed in the
    answer, every recipient refused not an error (or no RSET), its retry decision wrong."""
    port = mail[0].port
    inbox.rcpt_replies = {
        "b@example.org": "550 5.1.1  No such user",
        "c@example.org": "251 2.1.5 Forwarded",
        "d@example.org": "450 4.2.0 Busy",
    }
    recipients = ["a@example.org", "b@example.org", "c@example.org", "d@example.org"]
    answer = _send(port, ca_file, recipients=recipients)
    assert answer == (
        "250 2.0.0 Ok: queued as T3ST; refused: b@example.org (550 5.1.1 No such user); "
        "d@example.org (450 4.2.0 Busy)"
    )

    assert inbox.messages[0][1] == ["a@example.org", "c@example.org"]
    inbox.reset()
    inbox.rcpt_replies = {
        "a@example.org": "550 5.1.1 No such user",
        "b@example.org": "450 4.2.0 Busy",
    }
    exc = _smtp_error(lambda: _send(port, ca_file, recipients=["a@example.org", "b@example.org"]))
    assert (str(exc), exc.retryable, exc.code) == (
        f"127.0.0.1:{port}: the server refused every recipient (a@example.org: 550 5.1.1 No such "
        "user; b@example.org: 450 4.2.0 Busy)",
        False,
        None,
    )
    assert "RSET" in inbox.commands and inbox.messages == []
    inbox.reset()
    # Only when every refusal is temporary (4xx, 400 and 499 included) is it worth retrying.
    for codes, retryable in (((400, 499), True), ((400, 500), False), ((499, 550), False)):
        inbox.reset()
        inbox.rcpt_replies = {
            "a@example.org": f"{codes[0]} {codes[0] // 100}.0.0 First",
            "b@example.org": f"{codes[1]} {codes[1] // 100}.0.0 Second",
        }
        exc = _smtp_error(
            lambda: _send(port, ca_file, recipients=["a@example.org", "b@example.org"])
        )
        assert exc.retryable is retryable, codes


@pytest.mark.parametrize(
    ("reply", "retryable"),
    [
        ("452 4.3.1 Out of memory", True),
        ("400 4.0.0 Not now", True),
        ("552 5.3.4 Too big", False),
        ("500 5.0.0 No", False),
    ],
)
def test_a_message_refused_after_data(mail, inbox, ca_file, reply, retryable):
    """Planted: a refused DATA taken as sent, its words, code or retry decision changed."""
    inbox.data_reply = reply
    exc = _smtp_error(lambda: _send(mail[0].port, ca_file))
    assert (str(exc), exc.retryable, exc.code) == (
        f"127.0.0.1:{mail[0].port}: the server did not accept the message ({reply})",
        retryable,
        int(reply[:3]),
    )


def test_a_password_echoed_by_the_server_is_hidden_in_every_form(mail, inbox, ca_file):
    """Planted: the password, its base64 or the PLAIN payload left in the message."""
    plain = base64.b64encode(b"\0" + MAIL_USER.encode() + b"\0" + MAIL_PASSWORD.encode()).decode()
    b64 = base64.b64encode(MAIL_PASSWORD.encode()).decode()
    inbox.mail_reply = f"553 5.7.1 no: {MAIL_PASSWORD} {b64} {plain}"
    exc = _smtp_error(lambda: _send(mail[0].port, ca_file))
    assert str(exc).endswith("(553 5.7.1 no: [hidden] [hidden] [hidden])")
    assert smtp._secret_forms("u", "pw") == ["pw", "cHc=", "AHUAcHc="]
    assert smtp._secret_forms("", "pw")[2] == "AABwdw=="
    assert smtp._secret_forms("u", None) == [] and smtp._secret_forms("u", "") == []


def test_starttls_missing_or_refused(ca, ca_file):
    """Planted: a server without STARTTLS sent the report (or the password) in clear, the
    words not saying which; a refused STARTTLS not stopped, its retry decision wrong."""
    plain = Controller(
        ScriptedInbox(), hostname="127.0.0.1", port=free_port(), auth_require_tls=False
    )
    plain.start()
    try:
        exc = _smtp_error(lambda: _send(plain.port, ca_file))
        no_user = _smtp_error(lambda: _send(plain.port, ca_file, user="", password=None))
    finally:
        plain.stop()
    where = f"127.0.0.1:{plain.port}"
    assert (str(exc), exc.retryable) == (
        f"{where}: the server does not offer STARTTLS; refusing to send your password in clear "
        "(check the port, or choose security ssl for port 465)",
        False,
    )
    assert str(no_user) == (
        f"{where}: the server does not offer STARTTLS; refusing to send the report in clear "
        "(check the port, or choose security ssl for port 465)"
    )
    for reply, retryable in (("454 4.7.0 TLS not available", True), ("501 5.5.4 Syntax", False)):
        inbox = ScriptedInbox()
        controller = _controller(inbox, ca, starttls_reply=reply, auth_require_tls=False)
        try:
            exc = _smtp_error(lambda c=controller: _send(c.port, ca_file))
        finally:
            controller.stop()
        # smtplib raises on a refused STARTTLS itself (so _connect's own check of the code
        # is never reached): the server's answer is quoted as any refusal is.
        assert (str(exc), exc.retryable) == (
            f"127.0.0.1:{controller.port}: the mail server answered {reply}",
            retryable,
        )
        assert inbox.logins == [] and inbox.messages == []


def test_implicit_tls(ca, ca_file):
    """Planted: security ssl not wrapped from the first byte, or not verified."""
    inbox = ScriptedInbox()
    controller = _controller(inbox, ca, implicit=True)
    try:
        assert _send(controller.port, ca_file, security="ssl") == "250 2.0.0 Ok: queued as T3ST"
        exc = _smtp_error(lambda: _send(controller.port, None, security="ssl"))
    finally:
        controller.stop()
    assert "could not be verified" in str(exc) and exc.retryable is False


def test_certificate_failures_name_the_setting_to_fix(ca, mail, ca_file):
    """Planted: a name mismatch told to set a CA file (or the other way round), the
    verification's own words dropped, the failure made retryable."""
    port = mail[0].port
    exc = _smtp_error(lambda: _send(port, None))
    assert (str(exc), exc.retryable) == (
        f"127.0.0.1:{port}: the TLS certificate of 127.0.0.1 could not be verified (unable to get "
        "local issuer certificate); if the server uses its own certificate authority, set "
        "smtp.ca_file to its CA file",
        False,
    )
    other = ScriptedInbox()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("mail.other.example").configure_cert(context)
    controller = Controller(other, hostname="127.0.0.1", port=free_port(), tls_context=context)
    controller.start()
    try:
        exc = _smtp_error(lambda: _send(controller.port, ca_file))
    finally:
        controller.stop()
    assert (str(exc), exc.retryable) == (
        f"127.0.0.1:{controller.port}: the TLS certificate of 127.0.0.1 could not be verified (IP "
        "address mismatch, certificate is not valid for '127.0.0.1'.); the certificate names "
        "another server than 127.0.0.1; set smtp.server to the name the certificate is for",
        False,
    )


def test_broken_connections_in_plain_words(ca_file):
    """Planted: the words or retry decision of a cut handshake, a server that is not TLS, one
    that closes, one that is silent, one that refuses, one that is not found, or one that
    answers with a refusal changed."""

    def fails(**kwargs) -> tuple[str, bool, int | None]:
        exc = _smtp_error(lambda: _send(kwargs.pop("port"), ca_file, timeout=1, **kwargs))
        return str(exc), exc.retryable, exc.code

    with RawListener("read-close") as cut:
        assert fails(port=cut.port, security="ssl") == (
            f"127.0.0.1:{cut.port}: the secure connection was cut; trying later",
            True,
            None,
        )
    with RawListener("close") as closing:
        assert fails(port=closing.port) == (
            f"127.0.0.1:{closing.port}: the mail server closed the connection",
            True,
            None,
        )
    with RawListener("silent", greeting=b"220 plain ESMTP\r\n") as plain:
        assert fails(port=plain.port, security="ssl") == (
            f"127.0.0.1:{plain.port}: no secure (TLS) connection; for port 465 choose security "
            "ssl, for port 587 starttls (smtp.security)",
            False,
            None,
        )
    with RawListener("silent") as silent:
        assert fails(port=silent.port) == (
            f"127.0.0.1:{silent.port}: the mail server did not answer in time",
            True,
            None,
        )
    with RawListener(backlog_full=True) as full:
        assert fails(port=full.port) == (
            f"127.0.0.1:{full.port}: the mail server did not answer in time",
            True,
            None,
        )
    port = free_port()
    assert fails(port=port) == (
        f"127.0.0.1:{port}: the mail server refused the connection; check smtp.server and "
        "smtp.port",
        True,
        None,
    )
    assert fails(port=25, server="no-such-host.invalid") == (
        "cannot find the mail server no-such-host.invalid; check smtp.server and the connection",
        True,
        None,
    )
    for greeting, retryable in ((b"421 4.3.2 Busy\r\n", True), (b"554 5.7.1 Go away\r\n", False)):
        with RawListener("silent", greeting=greeting) as refusing:
            code = int(greeting[:3])
            assert fails(port=refusing.port) == (
                f"127.0.0.1:{refusing.port}: the mail server answered {code} {greeting[4:].decode().strip()}",
                retryable,
                code,
            )


def test_a_ca_file_that_cannot_be_used_is_a_setting_to_fix(tmp_path):
    """A real bug this found: a CA file that was a folder or not PEM was reported as "cannot
    reach the mail server (Is a directory)" or as a TLS port problem, and retried for ever.
    Planted: the CA file's words or its retry decision changed."""
    missing = str(tmp_path / "none.pem")
    exc = _smtp_error(lambda: _send(25, missing))
    assert (str(exc), exc.retryable) == (
        f"the CA file {missing} does not exist; check smtp.ca_file",
        False,
    )
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    for unusable in (str(tmp_path), str(garbage)):
        exc = _smtp_error(lambda u=unusable: _send(25, u))
        assert (str(exc), exc.retryable) == (
            f"the CA file {unusable} cannot be used (it must be a readable file of PEM "
            "certificates); check smtp.ca_file",
            False,
        ), unusable


def test_a_non_ascii_address_is_refused_plainly(mail, inbox, ca_file):
    """Planted: the words of an address the server cannot take changed, or made retryable."""
    exc = _smtp_error(lambda: _send(mail[0].port, ca_file, sender="zoë@example.org"))
    assert (str(exc), exc.retryable) == (
        "an e-mail address contains non-ASCII characters the server cannot take",
        False,
    )


def _message(*fields, **named):
    return build_message(MailMessage(*fields, **named))


def test_the_message_carries_its_headers_body_and_attachments():
    """Planted: a header dropped or joined wrongly, the Message-ID set when not given, a
    non-ASCII body sent as 8-bit (servers without 8BITMIME mangle it), an attachment's type
    defaulted wrongly."""
    msg = _message(
        "observer@example.org",
        ["a@example.org", "b@example.org"],
        "Report — PP-26",
        "Brazil supports Res. 64 — ŝ",
        [("r.pdf", "application/pdf", b"%PDF-1"), ("x.bin", "", b"\x00"), ("t", "text", b"t")],
        message_id="<m1@example.org>",
    )
    raw = msg.as_bytes(policy=email.policy.SMTP)
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["From"] == "observer@example.org"
    assert parsed["To"] == "a@example.org, b@example.org"
    assert parsed["Subject"] == "Report — PP-26"
    assert parsed["Message-ID"] == "<m1@example.org>"
    # In UTC (usegmt): the email package writes it as +0000; local time would be -0000.
    assert re.search(rb"\nDate: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} [\d:]{8} \+0000\r\n", raw)
    parts = list(parsed.iter_parts())
    assert parts[0]["Content-Transfer-Encoding"] == "quoted-printable"
    assert parts[0].get_content().rstrip("\r\n") == "Brazil supports Res. 64 — ŝ"
    assert [(p.get_filename(), p.get_content_type(), p.get_content()) for p in parts[1:]] == [
        ("r.pdf", "application/pdf", b"%PDF-1"),
        ("x.bin", "application/octet-stream", b"\x00"),
        ("t", "text/octet-stream", "t"),
    ]
    plain = _message("s@x.org", ["a@x.org"], "S", "ascii only", [])
    assert plain["Message-ID"] is None
    assert plain["Content-Transfer-Encoding"] == "7bit"


def test_reply_text_is_decoded_collapsed_and_cut():
    """Planted: bytes not decoded (or strictly), blanks not collapsed, the cut at 300 moved."""
    assert smtp._text(b"a\r\n  b\xff") == "a b\ufffd"
    assert smtp._text("x" * 400) == "x" * 300
    assert smtp._text(" 2.0.0  Ok ") == "2.0.0 Ok"


def _mailto(to: str, subject: str, body: str) -> str:
    """RFC 6068 by hand: CRLF line breaks, everything but unreserved characters encoded."""
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"


NOTE = "\n\n[...] (shortened: please attach the exported report)"


def test_a_mailto_draft_encodes_its_parts():
    """Planted: recipients not stripped, empty ones kept, ``@`` encoded, not joined by a
    comma; the subject's ``/`` or ``&`` left raw; line breaks not CRLF."""
    url = mailto_url([" a b@x.org ", "", "  ", "c@y.org"], "Re: 67/Rev.1 & co", "one\ntwo\r\nthree")
    assert url == (
        "mailto:a%20b@x.org,c@y.org?subject=Re%3A%2067%2FRev.1%20%26%20co"
        "&body=one%0D%0Atwo%0D%0Athree"
    )


def test_a_long_mailto_draft_is_cut_at_a_line_break_with_a_note():
    """Planted: the limit compared with ``<`` (a body that fits exactly is cut), the longest
    fitting start not found (binary search off by one), the cut not at a line break, the note
    missing or the URL over the limit."""
    lines = [f"line {i:02d}" for i in range(40)]
    body = "\n".join(lines)
    whole = _mailto("a@x", "S", body)
    assert mailto_url(["a@x"], "S", body, limit=len(whole)) == whole
    nine = _mailto("a@x", "S", "\n".join(lines[:9]) + NOTE)
    ten = _mailto("a@x", "S", "\n".join(lines[:10]) + NOTE)
    # Room for ten lines, the tenth's line break and the note: ten lines are kept.
    room = len(_mailto("a@x", "S", "\n".join(lines[:10]) + "\n" + NOTE))
    assert mailto_url(["a@x"], "S", body, limit=room) == ten
    # One character less: the cut might be inside the tenth line, so it is after the ninth.
    assert mailto_url(["a@x"], "S", body, limit=room - 1) == nine
    assert mailto_url(["a@x"], "S", body + "\n", limit=len(whole)) != whole


def test_a_long_mailto_line_is_cut_inside_when_no_line_break_is_near():
    """Planted: ``lo // 2`` changed (a long last line would throw away most of the body)."""
    body = "short\n" + "x" * 3000
    start = len(_mailto("a@x", "S", NOTE))
    fitting = 500 - start  # characters of the body that fit with the note
    url = mailto_url(["a@x"], "S", body, limit=500)
    assert url == _mailto("a@x", "S", body[: fitting - 5] + NOTE)
    assert len(url) <= 500


def test_the_mailto_cut_is_the_longest_that_fits_for_every_limit():
    """Planted: the binary search's bounds or midpoint off by one (a shorter cut than fits,
    or one over the limit), the half-way rule changed, blanks stripped on the wrong side, a
    ``/`` left raw in the body. The expected draft is found the slow way: the longest start
    of the body that fits with the note, cut at its last line break when that keeps more than
    half of it."""
    body = "  Intro: 67/Rev.1 \n" + "".join(f"point {i} of the report  \n" for i in range(8))
    body += "x" * 90
    whole = _mailto("a@x", "S", body)
    # The size of the draft for each start of the body (it grows with the start's length).
    sizes = [len(_mailto("a@x", "S", body[:n] + NOTE)) for n in range(len(body) + 1)]
    for limit in range(sizes[0] - 3, len(whole) + 2):
        if len(whole) <= limit:
            expected = whole
        else:
            kept = body[: max((n for n, size in enumerate(sizes) if size <= limit), default=0)]
            end = kept.rfind("\n")
            kept = kept[:end] if end > len(kept) / 2 else kept
            expected = _mailto("a@x", "S", kept.rstrip() + NOTE)
        assert mailto_url(["a@x"], "S", body, limit=limit) == expected, limit
    assert mailto_url(["a@x"], "S", "hello", limit=10) == _mailto("a@x", "S", NOTE)
