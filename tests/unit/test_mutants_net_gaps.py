"""Bugs planted in net/ (``make mutate ARGS=net``) that tests/unit/test_mutants_net.py let
through: the gaps docs/mutation/net.md listed as "not killed".

Real sockets on 127.0.0.1 as in test_mutants_net.py (tests/support/scripted.py: an HTTP server
whose answer each test sets, raw listeners that stay silent or never accept; a real aiosmtpd
is not needed here: the SMTP failures below happen before any mail dialogue). Each docstring
names the planted bug it catches.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import socket
import ssl
import threading
from pathlib import Path

import pytest
import requests
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from support.scripted import RawListener, Reply, ScriptedHttp, free_port
from support.scripted import raised_by as _failure
from support.server import StreamServer

from observer_app.net import session as session_module
from observer_app.net import webcast
from observer_app.net.download import DownloadResult, Limits, download, part_path
from observer_app.net.pace import Pace
from observer_app.net.session import TooSlow, make_session, paced_chunks
from observer_app.net.smtp import MailMessage, MailServer, SmtpError, send_mail
from observer_app.net.submit import SubmitError, post_report
from observer_app.net.webdav import WebDav

#: A small PDF: the magic, then 2048 bytes (so that byte counts need thousands separators).
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8
ETAG = '"v1"'


@pytest.fixture(scope="module")
def web():
    with ScriptedHttp() as server:
        yield server


def _host(server: ScriptedHttp) -> str:
    return server.url("/").split("/")[2]


# -- download: what a failure keeps -----------------------------------------------------------------
def _leave_part(cache: Path, url: str, data: bytes) -> Path:
    """A partial download as an earlier, cut fetch leaves it (its bytes, its ETag)."""
    cache.mkdir(parents=True, exist_ok=True)
    part = part_path(cache, url)
    part.write_bytes(data)
    part.with_name(part.name + ".json").write_text(json.dumps({"url": url, "etag": ETAG}))
    return part


def _download(url: str, cache: Path, retries: int = 0, **limits) -> DownloadResult:
    return download(url, cache, session=make_session(retries=retries), limits=Limits(**limits))


def _kept(part: Path, data: bytes) -> bool:
    """The part and its meta file are still there, as the next fetch resumes them."""
    meta = part.with_name(part.name + ".json")
    return part.read_bytes() == data and json.loads(meta.read_text())["etag"] == ETAG


def test_a_network_failure_before_the_answer_keeps_the_part_for_a_resume(web, tmp_path):
    """Planted: ``keep_part`` dropped (or false) for a silent server, a connection that is not
    accepted in time, repeated server errors or a refused connection: 10 MB received over a
    hotel link would be thrown away by a passing outage, and the next fetch start from zero."""
    cache = tmp_path / "cache"
    url = web.url("/docs/67-E.pdf")
    web.reply(200, silent=True)
    part = _leave_part(cache, url, PDF[:300])
    result = _download(url, cache, timeout=(2.0, 0.3))
    assert result.reason == f"{_host(web)} did not answer in time (timeout)"
    assert _kept(part, PDF[:300])

    web.reply(503, headers={"Retry-After": "0"})
    result = _download(url, cache, retries=1)
    assert result.reason == "the server answered HTTP 503 (server error, tried again several times)"
    assert _kept(part, PDF[:300])

    with RawListener(backlog_full=True) as full:
        host, port = full.address
        unaccepted = f"http://{host}:{port}/docs/67-E.pdf"
        part = _leave_part(cache, unaccepted, PDF[:200])
        result = _download(unaccepted, cache, timeout=(0.3, 0.3))
    # requests raises ConnectTimeout here (a Timeout, not a ConnectionError).
    assert result.reason == f"{host}:{port} did not answer in time (timeout)"
    assert _kept(part, PDF[:200])

    refused = f"http://127.0.0.1:{free_port()}/docs/67-E.pdf"
    part = _leave_part(cache, refused, PDF[:100])
    assert _download(refused, cache).reason.startswith("cannot reach 127.0.0.1:")
    assert _kept(part, PDF[:100])


def test_a_download_out_of_time_before_asking_keeps_the_part(web, tmp_path):
    """Planted: ``keep_part`` dropped (or false) when the deadline has passed before the next
    request (a resume that ran out of time would throw away what the earlier attempts got)."""
    cache = tmp_path / "cache"
    url = web.url("/docs/67-E.pdf")
    part = _leave_part(cache, url, PDF[:300])
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    result = _download(url, cache, deadline_s=-1.0)
    assert result.reason == "the download took too long (stopped; the next fetch resumes it)"
    assert web.requests == []
    assert _kept(part, PDF[:300])


def test_an_error_status_keeps_the_part_for_a_resume(web, tmp_path):
    """Planted: ``keep_part`` dropped for an answer that is neither 200 nor 206 and not retried
    (a 404 while the conference site is being updated would throw away the part)."""
    cache = tmp_path / "cache"
    url = web.url("/docs/67-E.pdf")
    part = _leave_part(cache, url, PDF[:300])
    web.reply(404, reason="Not Found")
    assert _download(url, cache).reason == "the server answered HTTP 404 Not Found"
    assert _kept(part, PDF[:300])


def test_a_redirected_document_is_followed(web, tmp_path):
    """Planted: ``allow_redirects`` false (a conference site that moved its documents to
    another path would answer every fetch with "HTTP 302 Found")."""
    web.reply(
        302,
        headers={"Location": "/new/67-E.pdf"},
        times=1,
        then=Reply(200, PDF, {"Content-Type": "application/pdf"}),
    )
    result = _download(web.url("/docs/67-E.pdf"), tmp_path / "cache")
    assert (result.status, result.size) == ("fetched", len(PDF))
    assert [path for _m, path, _h, _b in web.requests] == ["/docs/67-E.pdf", "/new/67-E.pdf"]


def _range_reply(start: int, end: int, then: Reply | None = None) -> Reply:
    """A 206 with bytes ``start``..``end`` of PDF, claiming the whole file is longer; ``then``
    answers the next request (ScriptedHttp serves a ``times=0`` reply once, as it switches
    to it)."""
    return Reply(
        206,
        PDF[start : end + 1],
        {"Content-Range": f"bytes {start}-{end}/{len(PDF)}", "ETag": ETAG},
        times=0 if then else None,
        then=then,
    )


def test_a_body_shorter_than_its_range_total_is_resumed_and_then_given_up(web, tmp_path):
    """Planted: the words of a body that ends (cleanly) before the Content-Range total changed,
    or its counts written without thousands separators; the result of the last attempt without
    its URL. Each answer ends early: 100 -> 400 -> 700 -> 1000 -> 1100 of 2057 bytes."""
    cache = tmp_path / "cache"
    url = web.url("/docs/67-E.pdf")
    part = _leave_part(cache, url, PDF[:100])
    web.reply(
        206,
        PDF[100:400],
        {"Content-Range": f"bytes 100-399/{len(PDF)}", "ETag": ETAG},
        times=1,
        then=_range_reply(400, 699, _range_reply(700, 999, _range_reply(1000, 1099))),
    )
    result = _download(url, cache)
    assert result == DownloadResult(
        "failed",
        url,
        reason="the connection broke 4 times (received 1,100 of 2,057 bytes); the part received "
        "is kept and the next fetch resumes it",
    )
    assert [h.get("Range") for _m, _p, h, _b in web.requests] == [
        "bytes=100-",
        "bytes=400-",
        "bytes=700-",
        "bytes=1000-",
    ]
    assert part.read_bytes() == PDF[:1100]


def test_a_resume_from_the_first_byte_is_said_to_be_resumed(web, tmp_path):
    """Planted: ``offset > 1`` for ``offset > 0`` (a part of one byte resumed, but the result
    not saying so)."""
    cache = tmp_path / "cache"
    url = web.url("/docs/67-E.pdf")
    _leave_part(cache, url, PDF[:1])
    web.reply(
        206,
        PDF[1:],
        {"Content-Range": f"bytes 1-{len(PDF) - 1}/{len(PDF)}", "Content-Type": "application/pdf"},
    )
    result = _download(url, cache)
    assert (result.status, result.resumed) == ("fetched", True)
    assert (cache / "67-E.pdf").read_bytes() == PDF


def test_a_pace_without_minimum_never_finds_a_transfer_too_slow(web, tmp_path):
    """Planted: the pace's ``min_bytes`` not handed to the paced reader (the default 1 kB per
    window would then be asked of a transfer whose owner asked for none)."""
    web.reply(200, PDF, {"Content-Type": "application/pdf"})
    result = _download(
        web.url("/docs/67-E.pdf"), tmp_path / "cache", pace=Pace(min_bytes=0, window_s=1e-6)
    )
    assert (result.status, result.reason) == ("fetched", "")


def test_a_body_that_stops_coming_is_named_as_a_read_timeout(web, tmp_path):
    """Planted: ``ReadTimeout(None)`` in ``paced_chunks`` (the user would read "the connection
    broke 4 times (None)" instead of what happened)."""
    web.reply(200, PDF, {"Content-Type": "application/pdf", "ETag": ETAG}, hang_after_headers=True)
    result = _download(web.url("/docs/67-E.pdf"), tmp_path / "cache", timeout=(2.0, 1.0))
    port = _host(web).split(":")[1]
    assert result.reason == (
        f"the connection broke 4 times (HTTPConnectionPool(host='127.0.0.1', port={port}): Read "
        "timed out.); the part received is kept and the next fetch resumes it"
    )


# -- session.paced_chunks and iter_content ---------------------------------------------------------
class _Ticks:
    """A clock for ``paced_chunks``: the first reading (the start) and then one per chunk."""

    def __init__(self, *readings: float):
        self.readings = list(readings)

    def __call__(self) -> float:
        return self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]


def _stream(web, body: bytes, ctype: str = "application/octet-stream") -> requests.Response:
    web.reply(200, body, {"Content-Type": ctype})
    return make_session(retries=0, pace=Pace(deadline_s=1000.0)).get(web.url("/b"), stream=True)


def test_every_chunk_of_a_window_counts_toward_its_rate(web):
    """Planted: ``in_window = len(data)`` (only the last chunk of a window counted: a steady
    transfer in small chunks abandoned as too slow)."""
    pace = Pace(deadline_s=1000.0, min_bytes=1500, window_s=10.0)
    # 1000 bytes at 5 s and 1000 more at 10 s: 2000 in the window, more than the 1500 asked.
    with _stream(web, b"w" * 2000) as response:
        chunks = list(paced_chunks(response, pace, 1000, _Ticks(0.0, 5.0, 10.0)))
    assert [len(c) for c in chunks] == [1000, 1000]


def test_a_new_window_starts_from_nothing(web):
    """Planted: a new window's count starting at 1 byte (999 bytes in a window asking for
    1000 would pass)."""
    pace = Pace(deadline_s=1000.0, min_bytes=1000, window_s=10.0)
    with _stream(web, b"w" * 1999) as response:
        exc = _failure(lambda: list(paced_chunks(response, pace, 1000, _Ticks(0.0, 10.0, 20.0))))
    assert isinstance(exc, TooSlow)


def test_iter_content_without_arguments_reads_as_requests_does(web):
    """Planted: the default chunk size 1 changed, or the caller's chunk size not handed to
    requests' own reader for text: a stream read with ``iter_content`` must give what requests
    gives (one byte, one character at a time by default; ``chunk_size`` pieces of text)."""
    with _stream(web, b"abcdef") as response:
        assert list(response.iter_content()) == [b"a", b"b", b"c", b"d", b"e", b"f"]
    with _stream(web, b"abcdef", "text/plain; charset=utf-8") as response:
        assert list(response.iter_content(decode_unicode=True)) == ["a", "b", "c", "d", "e", "f"]
    with _stream(web, b"0123456789abcdefghij", "text/plain; charset=utf-8") as response:
        assert list(response.iter_content(7, decode_unicode=True)) == [
            "0123456",
            "789abcd",
            "efghij",
        ]


# -- session._TimeoutAdapter ----------------------------------------------------------------------
def test_a_request_without_a_timeout_gets_the_default_one(web, monkeypatch):
    """Planted: the default replaced by ``None`` when the caller gives no timeout (a silent
    feed server would hold the request for ever; here until the test server gives up, 30 s)."""
    monkeypatch.setattr(session_module, "DEFAULT_TIMEOUT", (2.0, 0.3))
    web.reply(200, silent=True)
    outcome: list[BaseException] = []
    worker = threading.Thread(
        target=lambda: outcome.append(_failure(lambda: make_session(retries=0).get(web.url("/f")))),
        daemon=True,
    )
    worker.start()
    worker.join(10)
    ended = list(outcome)
    assert len(ended) == 1 and "Read timed out" in str(ended[0]), ended


def test_a_body_arriving_in_pieces_is_put_together_as_sent(web):
    """Planted: the pieces of a body that requests reads through the session joined with
    something between them (a feed or a WebDAV answer arriving in several packets would be
    corrupted)."""
    web.reply(200, b"0123456789" * 5, drip=(10, 0.02))
    assert make_session(retries=0).get(web.url("/feed")).content == b"0123456789" * 5


# -- webdav.WebDav -----------------------------------------------------------------------------------
def test_a_team_folder_waits_for_a_silent_server_only_as_long_as_asked(web):
    """Planted: ``WebDav``'s own timeout not kept (``self.timeout = None``) or not passed on
    (``timeout=None``): the session's 30 s read timeout would apply instead of the 0.3 s asked."""
    web.reply(200, silent=True)
    outcome: list[BaseException] = []
    client = WebDav(make_session(retries=0), timeout=(2.0, 0.3))
    worker = threading.Thread(
        target=lambda: outcome.append(_failure(lambda: client.get(web.url("/team/a.json")))),
        daemon=True,
    )
    worker.start()
    worker.join(10)
    ended = list(outcome)
    assert [type(e).__name__ for e in ended] == ["WebDavError"]
    assert "did not answer in time" in str(ended[0])


# -- smtp._explain ----------------------------------------------------------------------------------
def _smtp_outcome(call) -> tuple[str, bool, int | None]:
    exc = _failure(call)
    assert isinstance(exc, SmtpError), exc
    return str(exc), exc.retryable, exc.code


def _smtp_failure(port: int, host: str = "127.0.0.1") -> tuple[str, bool, int | None]:
    server = MailServer(host, port, "starttls", timeout=2)
    mail = MailMessage("observer@example.org", ["chair@example.org"], "Report", "Brazil")
    return _smtp_outcome(lambda: send_mail(server, mail))


@pytest.mark.parametrize(
    ("greeting", "retryable"),
    [("400 4.0.0 Try later", True), ("499 4.3.0 Busy", True), ("500 5.0.0 No", False)],
)
def test_a_greeting_refusal_is_retried_only_when_temporary(greeting, retryable):
    """Planted: the 4xx bounds of ``_explain`` moved (``<`` for ``<=`` at 400, ``<=`` for
    ``<`` at 500): a 400 given up for good, or a 500 retried for ever."""
    with RawListener("silent", greeting=greeting.encode() + b"\r\n") as refusing:
        assert _smtp_failure(refusing.port) == (
            f"127.0.0.1:{refusing.port}: the mail server answered {greeting}",
            retryable,
            int(greeting[:3]),
        )


def test_another_network_failure_names_the_system_s_words():
    """Planted: the last fallback of ``_explain`` (any other OSError: here the kernel refuses
    TCP to a multicast address with ENETUNREACH) without its words, or not retryable."""
    assert _smtp_failure(25, "224.0.0.1") == (
        "224.0.0.1:25: cannot reach the mail server (Network is unreachable)",
        True,
        None,
    )


def _within(seconds: float, call) -> list[tuple[str, bool, int | None]]:
    """``call``'s SmtpError as (words, retryable, code), or [] if it had not ended after
    ``seconds`` (a wait with no limit must fail the test, not hang it)."""
    outcome: list[tuple[str, bool, int | None]] = []
    worker = threading.Thread(target=lambda: outcome.append(_smtp_outcome(call)), daemon=True)
    worker.start()
    worker.join(seconds)
    return outcome


def test_a_silent_server_on_the_tls_port_is_given_up_after_the_timeout():
    """Planted: ``SMTP_SSL`` opened without the mail timeout (``timeout=None`` or left out):
    a server that accepts the connection and never starts the handshake held the outbox for
    ever."""
    with RawListener("silent") as silent:
        server = MailServer("127.0.0.1", silent.port, "ssl", timeout=1)
        mail = MailMessage("observer@example.org", ["chair@example.org"], "Report", "Brazil")
        outcome = _within(20, lambda: send_mail(server, mail))
    assert outcome == [
        (f"127.0.0.1:{silent.port}: the mail server did not answer in time", True, None)
    ]


class _Logins:
    """An aiosmtpd handler and authenticator that records each login and refuses it."""

    def __init__(self) -> None:
        self.logins: list[tuple[bytes, bytes]] = []

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        self.logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=False, handled=False)


def test_a_user_without_a_stored_password_logs_in_with_an_empty_one(tmp_path):
    """Planted: a missing password (``None``: smtp.user set, no secret stored) replaced by
    some other text on the wire instead of an empty one; the refusal then names the command
    that stores it."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(ca_file)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    handler = _Logins()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=context,
        require_starttls=True,
        authenticator=handler.authenticate,
    )
    controller.start()
    try:
        server = MailServer(
            "127.0.0.1", controller.port, "starttls", "alice", None, str(ca_file), timeout=5
        )
        mail = MailMessage("observer@example.org", ["chair@example.org"], "Report", "Brazil")
        words, retryable, code = _smtp_outcome(lambda: send_mail(server, mail))
    finally:
        controller.stop()
    assert handler.logins == [(b"alice", b"")]
    assert (words, retryable, code) == (
        f"127.0.0.1:{controller.port}: the mail server refused the user name or password for "
        "user 'alice' (535); set the right one with `observer-app secret set smtp.password`",
        False,
        535,
    )


class _SilentAtQuit:
    """An aiosmtpd handler that counts QUITs and never answers one (a server that died after
    its last answer)."""

    def __init__(self) -> None:
        self.quits = 0

    async def handle_QUIT(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.quits += 1
        await asyncio.Event().wait()  # cancelled by Controller.stop()


def test_a_server_silent_at_quit_costs_seconds_not_the_whole_timeout():
    """Planted: QUIT not sent at all (``sock is None``), or waited for with no limit (``None``)
    or the mail timeout (``max``): a server that stops answering after refusing us would hold
    the outbox for ``timeout`` more (here 60 s), or for ever. The refusal used is a server
    without STARTTLS (the session ends in ``_connect``)."""
    handler = _SilentAtQuit()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), auth_require_tls=False)
    controller.start()
    outcome: list[tuple[str, bool, int | None]] = []
    try:
        server = MailServer("127.0.0.1", controller.port, "starttls", timeout=60)
        mail = MailMessage("observer@example.org", ["chair@example.org"], "Report", "Brazil")
        worker = threading.Thread(
            target=lambda: outcome.append(_smtp_outcome(lambda: send_mail(server, mail))),
            daemon=True,
        )
        worker.start()
        worker.join(30)  # QUIT is given 3 s; 30 s is far from both 3 and 60
        gave_up_waiting = not worker.is_alive()  # before stop() would end the wait
    finally:
        controller.stop()
    assert gave_up_waiting
    assert handler.quits == 1
    assert outcome == [
        (
            f"127.0.0.1:{controller.port}: the server does not offer STARTTLS; refusing to send "
            "the report in clear (check the port, or choose security ssl for port 465)",
            False,
            None,
        )
    ]


# -- submit.post_report ----------------------------------------------------------------------------
def _submit_failure(url: str, **kwargs) -> SubmitError:
    exc = _failure(lambda: post_report(url, b"{}", "tok-1", "key-1", **kwargs))
    assert isinstance(exc, SubmitError), exc
    return exc


def test_a_report_waits_for_a_silent_receiver_only_as_long_as_asked():
    """Planted: the caller's ``timeout`` not passed to the POST (``None`` or left out): the
    session's default (10 s to connect and shake hands, 30 s to read) would hold the outbox
    instead of the 1 s asked."""
    outcome: list[BaseException] = []
    with RawListener("silent") as silent:
        url = f"https://127.0.0.1:{silent.port}/r"
        worker = threading.Thread(
            target=lambda: outcome.append(_submit_failure(url, timeout=(1.0, 1.0))), daemon=True
        )
        worker.start()
        worker.join(6)
        ended = list(outcome)  # before closing the listener would end a longer wait
    assert [(str(e), getattr(e, "retryable", None)) for e in ended] == [
        (f"{url}: 127.0.0.1:{silent.port} did not answer in time", True)
    ]


def test_a_300_multiple_choices_is_a_redirect_to_set_right(tmp_path):
    """Planted: the redirect range starting at 301 (``301 <=``, ``300 <``): a receiver
    answering 300 Multiple Choices would be shown as its bare status, not told to set
    http.url to the address it points to."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(ca_file)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with ScriptedHttp(context) as receiver:
        receiver.reply(300, headers={"Location": "https://reports.example/v2"})
        receipt = post_report(receiver.url("/r"), b"{}", "tok-1", "key-1", ca_file=str(ca_file))
    assert (receipt.status, receipt.body_excerpt) == (
        300,
        "the receiver redirects to https://reports.example/v2; set http.url to that address",
    )


class _CountingListener:
    """A TCP listener that counts the connections it accepts, reads the client's first bytes
    (a TLS hello) and closes: every TLS handshake with it fails."""

    def __init__(self) -> None:
        self.accepted = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.accepted += 1  # counted before the client can see this connection fail
            with conn:
                conn.settimeout(5)
                try:
                    conn.recv(65536)
                except OSError:
                    pass

    def close(self) -> None:
        self._sock.close()


def test_a_report_is_posted_once_per_call_even_when_the_connection_fails():
    """Planted: the submission's session made with retries (``retries=1``): a handshake
    that fails would be tried again at once, behind the outbox's back (it alone decides when
    to try again, with its backoff)."""
    listener = _CountingListener()
    try:
        url = f"https://127.0.0.1:{listener.port}/r"
        exc = _submit_failure(url, timeout=(2.0, 2.0))
    finally:
        listener.close()
    assert (str(exc), exc.retryable) == (
        f"{url}: no secure (TLS) connection with 127.0.0.1:{listener.port}",
        True,
    )
    assert listener.accepted == 1


# -- webcast._resolve_in_thread ---------------------------------------------------------------------
#: A live media playlist (no EXT-X-ENDLIST): yt-dlp's generic extractor reads it as one stream.
LIVE = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nseg1.ts\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("webcast")
    (root / "now.m3u8").write_text(LIVE)
    with StreamServer(root) as server:
        yield server


def test_in_a_daemon_process_the_resolver_runs_in_a_thread_with_the_deadline(site, monkeypatch):
    """Planted: ``resolve_streams`` in a daemon process (the window's refresh worker, which may
    not start children) handing ``_resolve_in_thread`` no address, or not its deadline (a page
    that never answers then held the worker until yt-dlp's own socket timeout)."""
    # The flag a daemon process has, set on this process: mutmut sees its mutants only here.
    monkeypatch.setitem(multiprocessing.current_process()._config, "daemon", True)
    assert webcast.resolve_streams(site.url("now.m3u8"), 30) == (
        [{"url": site.url("now.m3u8"), "languages": [], "audio_only": False, "live": True}],
        "",
    )
    site.hang("/stuck")
    try:
        found = webcast.resolve_streams(site.url("stuck/page.html"), 0.3)
    finally:
        site.clear_faults()
    assert found == ([], "no answer within 0.3 s; stopped waiting")


def test_a_resolver_left_behind_does_not_keep_the_program_alive(site):
    """Planted: the resolver thread not a daemon (a page that never answers would keep the
    program from exiting after its window closed) or unnamed (a stack dump of a hang would not
    say which thread is the resolver)."""
    before = set(threading.enumerate())
    site.hang("/stuck")
    try:
        found, problem = webcast._resolve_in_thread(site.url("stuck/page.html"), 0.3)
    finally:
        site.clear_faults()
    assert (found, problem) == ([], "no answer within 0.3 s; stopped waiting")
    left = [t for t in threading.enumerate() if t not in before and t.name == "observer-resolver"]
    assert [t.daemon for t in left] == [True]
