"""Sending a report to a real HTTPS receiver (pytest-httpserver, trustme CA) on 127.0.0.1.

The receiver below behaves as docs/submission.md asks: it keeps each Idempotency-Key once and
answers 409 to a repeat. The tests check the request (JSON body, bearer token, key), that a
report goes to the outbox when the receiver is down and arrives exactly once when it is back,
across a restart and a crash mid-send, that 500s, timeouts and 429s are retried, that a 400 or
403 is reported and not retried, and that the token is nowhere on disk, in logs or on stdout.
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import ssl
import threading
import time
from datetime import timedelta

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
import trustme
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from observer_app.core.model import utc_now
from observer_app.net import submit
from observer_app.runtime import log as app_log
from observer_app.runtime import secrets
from observer_app.services import send
from observer_app.services.context import open_profile
from observer_app.store.outbox import OutboxRepository

TOKEN = "tok_9f3Kq2x7Lm4Zp8Rw1Vb6"
REPORT = json.dumps(
    {"format": "observer-feedback-report", "conference": "PP-Demo", "text": "Résumé ŝ"},
    ensure_ascii=False,
).encode()


from support.keyrings import MemoryKeyring  # noqa: E402 - shared test backend


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.setattr(send, "HTTP_TIMEOUT", (2, 0.5))
    yield
    keyring.set_keyring(previous)
    secrets._session_only.clear()


@pytest.fixture(autouse=True)
def log_to_files(app_dirs):
    logger = logging.getLogger("observer")
    handlers, level = list(logger.handlers), logger.level
    app_log.setup(app_dirs.log, verbose=True)
    yield
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture(scope="module")
def server_context(ca):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


class Receiver:
    """An idempotent receiver. ``script``: answers to give first (a status, (status, headers), or
    "slow": store the report but answer after the client has given up)."""

    def __init__(self):
        self.requests: list[tuple[dict, bytes]] = []
        self.stored: dict[str, bytes] = {}
        self.script: list = []
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.requests.append((dict(request.headers), request.get_data()))
            action = self.script.pop(0) if self.script else None
        if isinstance(action, int) or isinstance(action, tuple):
            status, headers = action if isinstance(action, tuple) else (action, {})
            message = {
                400: "field 'conference' is missing",
                403: "this token may not submit reports",
            }.get(status, "try later")
            return Response(
                json.dumps({"message": message}), status, headers, content_type="application/json"
            )
        key = request.headers.get("Idempotency-Key", "")
        with self.lock:
            repeat = key in self.stored
            self.stored.setdefault(key, request.get_data())
            number = list(self.stored).index(key) + 1
        if action == "slow":
            time.sleep(1.2)  # the scenario: a server slower than the client's timeout
        if repeat:
            return Response(
                json.dumps({"id": f"r-{number}", "message": "already received"}),
                409,
                content_type="application/json",
            )
        return Response(
            json.dumps({"id": f"r-{number}", "message": "stored"}),
            201,
            {"Location": f"/reports/r-{number}"},
            content_type="application/json",
        )

    @property
    def keys(self) -> list[str]:
        return [h.get("Idempotency-Key") for h, _b in self.requests]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(server_context, receiver: Receiver, port: int = 0) -> HTTPServer:
    server = HTTPServer(
        host="127.0.0.1", port=port or _free_port(), ssl_context=server_context, threaded=True
    )
    server.expect_request("/reports", method="POST").respond_with_handler(receiver)
    server.start()
    return server


@pytest.fixture
def receiver(server_context):
    rec = Receiver()
    server = _start(server_context, rec)
    rec.url = server.url_for("/reports").replace("localhost", "127.0.0.1")
    yield rec
    server.clear()
    server.stop()


def _configure(profile, url: str, ca, tmp_path, token: str = TOKEN) -> None:
    path = tmp_path / "receiver-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    profile.settings.set("http.url", url)
    profile.settings.set("http.ca_file", str(path))
    secrets.set_secret(send.TOKEN_SECRET, token)


def _assert_token_nowhere(paths, caplog, capfd=None):
    for directory in paths.all().values():
        for path in (p for p in directory.rglob("*") if p.is_file()):
            assert TOKEN.encode() not in path.read_bytes(), f"the token is in {path}"
    assert (paths.log / "observer.log").stat().st_size > 0
    assert any(r.name.startswith("observer") for r in caplog.records) and TOKEN not in caplog.text
    if capfd is not None:
        out, err = capfd.readouterr()
        assert TOKEN not in out and TOKEN not in err


def _checkpoint(profile):
    profile.db.execute("PRAGMA wal_checkpoint")


def test_the_request_carries_the_json_the_token_and_a_key(
    profile, demo_conference, receiver, ca, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    _configure(profile, receiver.url, ca, tmp_path)

    result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)

    assert result.state == "sent", result.message
    [(headers, body)] = receiver.requests
    assert body == REPORT
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["Content-Type"].startswith("application/json")
    assert headers["User-Agent"].startswith("Observer/")
    item = OutboxRepository(profile.db).get(result.outbox_id)
    assert headers["Idempotency-Key"] == item.idempotency_key and len(item.idempotency_key) == 36
    assert result.answer == "HTTP 201, receipt r-1: stored" == item.receiver_answer
    [sent] = OutboxRepository(profile.db).list_sent()
    assert (sent.channel, sent.destination, sent.state) == ("http", receiver.url, "sent")
    assert (
        send.deliver_due(profile, utc_now() + timedelta(days=1)) == []
        and len(receiver.requests) == 1
    )
    _checkpoint(profile)
    _assert_token_nowhere(profile.paths, caplog)


def test_receiver_down_then_up_across_a_restart_delivers_exactly_once(
    app_dirs, demo_conference, server_context, ca, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    port = _free_port()  # nobody listens here yet
    url = f"https://127.0.0.1:{port}/reports"
    profile = open_profile(app_dirs)
    _configure(profile, url, ca, tmp_path)
    before = utc_now()
    first = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)
    assert first.state == "pending" and "cannot connect to 127.0.0.1" in first.message
    assert (
        24
        <= (first.next_attempt - before).total_seconds()
        <= 30 + (utc_now() - before).total_seconds()
    )
    assert (
        send.deliver_due(profile, utc_now() + timedelta(minutes=1))[0].state == "pending"
    )  # still down
    profile.close()  # quit the app

    rec = Receiver()
    server = _start(server_context, rec, port)
    try:
        profile = open_profile(app_dirs)  # start it again
        try:
            [pending] = OutboxRepository(profile.db).list_pending()
            assert pending.attempts == 2 and pending.last_error.startswith(f"{url}: cannot connect")
            later = utc_now() + timedelta(hours=1)
            [result] = send.deliver_due(profile, later)
            assert result.state == "sent" and result.outbox_id == first.outbox_id
            assert send.deliver_due(profile, later + timedelta(days=1)) == []
            assert len(OutboxRepository(profile.db).list_sent()) == 1
            _checkpoint(profile)
        finally:
            profile.close()
    finally:
        server.clear()
        server.stop()
    assert len(rec.requests) == 1 and len(rec.stored) == 1 and rec.stored[rec.keys[0]] == REPORT
    _assert_token_nowhere(app_dirs, caplog)


class Crash(BaseException):
    """The process dies (kill -9) right after the receiver answered, before the outbox knew."""


def test_crash_after_delivery_resends_with_the_same_key_and_409_counts_as_delivered(
    app_dirs, demo_conference, receiver, ca, tmp_path, monkeypatch
):
    profile = open_profile(app_dirs)
    _configure(profile, receiver.url, ca, tmp_path)
    with monkeypatch.context() as m:
        m.setattr(OutboxRepository, "mark_sent", lambda *a, **k: (_ for _ in ()).throw(Crash()))
        with pytest.raises(Crash):
            send.send_report(profile, demo_conference, "http", json_bytes=REPORT)
    profile.close()

    profile = open_profile(app_dirs)
    try:
        [left] = OutboxRepository(profile.db).list_pending()
        assert left.state == "sending"
        assert (
            send.deliver_due(profile, utc_now()) == []
        )  # its lease has not run out: maybe still on its way
        [result] = send.deliver_due(profile, utc_now() + send.LEASE + timedelta(seconds=1))
        assert result.state == "sent" and result.answer.startswith(
            "HTTP 409 (already received), receipt r-1"
        )
    finally:
        profile.close()
    assert (
        len(receiver.requests) == 2 and len(set(receiver.keys)) == 1 and len(receiver.stored) == 1
    )


def test_500_timeout_and_429_are_retried_with_the_same_key(
    profile, demo_conference, receiver, ca, tmp_path
):
    _configure(profile, receiver.url, ca, tmp_path)
    receiver.script = [500, "slow", (429, {"Retry-After": "600"})]

    result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)
    assert result.state == "pending" and "answered HTTP 500" in result.message
    assert result.answer == "HTTP 500: try later"

    [timed_out] = send.deliver_due(profile, result.next_attempt)
    assert timed_out.state == "pending" and "did not answer in time" in timed_out.message

    started = timed_out.next_attempt
    [limited] = send.deliver_due(profile, started)
    assert limited.state == "pending" and "HTTP 429" in limited.message
    assert limited.next_attempt - started >= timedelta(
        seconds=600
    )  # Retry-After beats the 2-minute backoff
    assert send.deliver_due(profile, started + timedelta(seconds=599)) == []

    [done] = send.deliver_due(profile, limited.next_attempt)
    assert done.state == "sent" and done.answer.startswith(
        "HTTP 409"
    )  # the timed-out attempt had arrived
    assert (
        len(receiver.requests) == 4 and len(set(receiver.keys)) == 1 and len(receiver.stored) == 1
    )


@pytest.mark.parametrize(
    "status, reason",
    [(400, "field 'conference' is missing"), (403, "this token may not submit reports")],
)
def test_a_refusal_is_reported_and_not_retried(
    profile, demo_conference, receiver, ca, tmp_path, status, reason
):
    _configure(profile, receiver.url, ca, tmp_path)
    receiver.script = [status]

    result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)

    assert result.state == "failed"
    fix = "; check the token (observer-app secret set http.token)" if status == 403 else ""
    assert (
        result.message
        == f"127.0.0.1:{receiver.url.split(':')[2].split('/')[0]} refused the report "
        f"(HTTP {status}): {reason}{fix}"
    )
    assert send.deliver_due(profile, utc_now() + timedelta(days=30)) == []
    assert len(receiver.requests) == 1
    [failed] = OutboxRepository(profile.db).list_failed()
    assert failed.receiver_answer == f"HTTP {status}: {reason}"
    assert OutboxRepository(profile.db).retry_now(failed.id, utc_now())  # "Send again", same key
    [again] = send.deliver_due(profile, utc_now())
    assert again.state == "sent" and receiver.keys[0] == receiver.keys[1]


def test_unknown_ca_is_refused_and_a_missing_token_says_what_to_run(
    profile, demo_conference, receiver, ca, tmp_path
):
    _configure(profile, receiver.url, ca, tmp_path)
    profile.settings.set("http.ca_file", "")
    result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)
    assert (
        result.state == "failed"  # needs the user: waiting will not make it trusted
        and "certificate" in result.message
        and "http.ca_file" in result.message
    )
    assert receiver.requests == []
    assert send.deliver_due(profile, utc_now() + timedelta(days=1)) == []

    secrets.delete_secret(send.TOKEN_SECRET)
    with pytest.raises(send.SendError, match=r"run `observer-app secret set http.token`"):
        send.send_report(profile, demo_conference, "http", json_bytes=REPORT)
    profile.settings.set("http.url", receiver.url.replace("https://", "http://"))
    secrets.set_secret(send.TOKEN_SECRET, TOKEN)
    with pytest.raises(send.SendError, match="must be an https:// address"):
        send.send_report(profile, demo_conference, "http", json_bytes=REPORT)


def test_wire_debugging_cannot_print_the_token(
    profile, demo_conference, receiver, ca, tmp_path, monkeypatch, capfd, caplog
):
    caplog.set_level(logging.DEBUG)
    _configure(profile, receiver.url, ca, tmp_path)
    monkeypatch.setattr(http.client.HTTPConnection, "debuglevel", 1)  # someone's debugging switch
    receiver.script = [(400, {})]

    result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)

    assert result.state == "failed" and http.client.HTTPConnection.debuglevel == 0
    assert TOKEN not in result.message and TOKEN not in result.answer
    _checkpoint(profile)
    _assert_token_nowhere(profile.paths, caplog, capfd)


def test_a_receiver_echoing_the_token_does_not_get_it_stored(
    profile, demo_conference, server_context, ca, tmp_path
):
    server = HTTPServer(host="127.0.0.1", port=_free_port(), ssl_context=server_context)
    server.expect_request("/reports", method="POST").respond_with_handler(
        lambda r: Response(
            json.dumps({"error": f"bad token {r.headers['Authorization']}"}),
            401,
            content_type="application/json",
        )
    )
    server.start()
    try:
        _configure(
            profile, server.url_for("/reports").replace("localhost", "127.0.0.1"), ca, tmp_path
        )
        result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)
    finally:
        server.clear()
        server.stop()
    assert result.state == "failed" and "bad token Bearer [token]" in result.message
    _checkpoint(profile)
    for path in (p for p in profile.paths.data.rglob("*") if p.is_file()):
        assert TOKEN.encode() not in path.read_bytes()


def test_without_a_working_keyring_the_token_lasts_this_run_and_the_app_says_so(
    profile, demo_conference, receiver, ca, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not secrets.backend_info().usable
    assert (
        secrets.set_secret(send.TOKEN_SECRET, TOKEN) is False
    )  # kept in memory, for this run only
    _configure(profile, receiver.url, ca, tmp_path)

    result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)

    assert result.state == "sent" and "kept only until you quit" in result.warning
    _checkpoint(profile)
    _assert_token_nowhere(profile.paths, caplog)
    secrets._session_only.clear()  # the app was quit
    with pytest.raises(send.SendError, match="no working keyring"):
        send.send_report(profile, demo_conference, "http", json_bytes=REPORT)


def test_post_report_classifies_answers():
    assert submit.Receipt(201).delivered and submit.Receipt(409).delivered
    assert not submit.Receipt(404).delivered and not submit.Receipt(404).retryable
    assert all(submit.Receipt(s).retryable for s in (408, 429, 500, 502, 503, 504))
    with pytest.raises(submit.SubmitError) as err:
        submit.post_report("https://127.0.0.1:1/x", b"{}", "tok\r\nX-Evil: 1", "k")
    assert not err.value.retryable and "tok" not in str(err.value).replace("token", "")
    assert submit._retry_after("120") == 120 and submit._retry_after("soon") is None
    assert 0 <= submit._retry_after("Wed, 21 Oct 2015 07:28:00 GMT") <= 1


@pytest.mark.parametrize("kind", ["another host", "self-signed"])
def test_a_receiver_certificate_for_another_host_or_self_signed_is_refused_for_good(
    profile, demo_conference, ca, tmp_path, kind
):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if kind == "another host":
        ca.issue_cert("reports.other.example").configure_cert(context)
    else:
        own = trustme.CA()
        with own.cert_pem.tempfile() as cert, own.private_key_pem.tempfile() as key:
            context.load_cert_chain(cert, key)
    rec = Receiver()
    server = _start(context, rec)
    try:
        _configure(
            profile, server.url_for("/reports").replace("localhost", "127.0.0.1"), ca, tmp_path
        )
        result = send.send_report(profile, demo_conference, "http", json_bytes=REPORT)
        assert send.deliver_due(profile, utc_now() + timedelta(days=1)) == []
    finally:
        server.clear()
        server.stop()
    assert result.state == "failed" and rec.requests == []
    assert ("http.url" if kind == "another host" else "http.ca_file") in result.message
