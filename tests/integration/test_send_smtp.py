"""Sending a report by e-mail to a real SMTP server (aiosmtpd) on 127.0.0.1.

STARTTLS with a throwaway CA (trustme) and AUTH: the mail arrives with its attachments; a server
whose certificate we cannot verify is refused until its CA file is set; a server without
STARTTLS never sees AUTH nor the password; a wrong password gives a plain message without it;
and after all that, the password is nowhere on disk nor in the logs.
"""

from __future__ import annotations

import base64
import email
import email.policy
import logging
import socket
import ssl
import threading
from datetime import timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import keyring
import keyring.backend
import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from observer_app.core.model import Note, utc_now
from observer_app.net import smtp
from observer_app.runtime import log as app_log
from observer_app.runtime import secrets
from observer_app.services import send
from observer_app.store.outbox import OutboxRepository

USER = "alice@example.org"
PASSWORD = "Smtp-pw-ŝ9x7-Kq2!"
FILES = [
    ("feedback-report.md", "text/markdown", "# Report\n\nBrazil supports Res. 64 — ŝ\n".encode()),
    ("feedback-report.pdf", "application/pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40),
]


from support.keyrings import MemoryKeyring  # noqa: E402 - shared test backend


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    assert secrets.backend_info().usable
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def log_to_files(profile):
    """The app's own logging, verbose, into the profile's log directory."""
    logger = logging.getLogger("observer")
    handlers, level = list(logger.handlers), logger.level
    app_log.setup(profile.paths.log, verbose=True)
    yield
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps every message it accepts."""

    def __init__(self):
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 Ok: queued as T3ST"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # handled=True would leave a failed login hanging


def _start(ca: trustme.CA | None, starttls: bool = True, implicit_tls: bool = False):
    inbox = Inbox()
    kwargs: dict = {"authenticator": _authenticator}
    if ca is not None:
        server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_ctx)
        if implicit_tls:
            kwargs["ssl_context"] = server_ctx
        elif starttls:
            kwargs.update(tls_context=server_ctx, require_starttls=True)
    if ca is None or not starttls:
        kwargs["auth_require_tls"] = False  # a careless server: it would take a password in clear
    if implicit_tls:
        kwargs["auth_require_tls"] = False  # aiosmtpd only counts STARTTLS as TLS
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), **kwargs)
    controller.start()
    return controller, inbox


@pytest.fixture
def mail_server(ca):
    controller, inbox = _start(ca)
    yield controller, inbox
    controller.stop()


@pytest.fixture
def configured(profile, ca, tmp_path):
    def configure(port: int, ca_file: bool = True, security: str = "starttls"):
        s = profile.settings
        s.set("smtp.server", "127.0.0.1")
        s.set("smtp.port", port)
        s.set("smtp.security", security)
        s.set("smtp.user", USER)
        s.set("smtp.from", "Alice Martín <alice@example.org>")
        s.set("smtp.recipients", "feedback@itu.example, ngo-desk@example.net")
        if ca_file:
            path = tmp_path / "ca.pem"
            ca.cert_pem.write_to_path(str(path))
            s.set("smtp.ca_file", str(path))
        s.set("author.name", "Alice Martín")
        s.set("author.organization", "Digital Rights Watch")
        secrets.set_secret(send.PASSWORD_SECRET, PASSWORD)

    return configure


def _add_notes(profile, conference):
    body = conference.bodies[0]
    for i, text in enumerate(
        ["Brazil supports the human-rights reference", "Chair closes item 7.2"]
    ):
        profile.notes.add(
            Note(text, utc_now() - timedelta(minutes=5 - i), conference.id, body_id=body.id)
        )


def _secret_forms() -> list[bytes]:
    raw = PASSWORD.encode()
    return [
        raw,
        base64.b64encode(raw),
        base64.b64encode(b"\0" + USER.encode() + b"\0" + raw),
        PASSWORD.encode("unicode_escape"),
        ascii(PASSWORD).encode(),
    ]


def _assert_password_nowhere(profile, caplog):
    profile.db.execute("PRAGMA wal_checkpoint")
    for directory in profile.paths.all().values():
        for path in (p for p in directory.rglob("*") if p.is_file()):
            data = path.read_bytes()
            assert not any(form in data for form in _secret_forms()), f"the password is in {path}"
    assert (
        profile.paths.log / "observer.log"
    ).stat().st_size > 0  # the log was written, and searched
    assert any(r.name.startswith("observer") for r in caplog.records)
    assert not any(form.decode("latin-1") in caplog.text for form in _secret_forms())


def test_report_arrives_over_starttls_with_auth_and_attachments(
    profile, demo_conference, mail_server, configured, caplog
):
    caplog.set_level(logging.DEBUG)
    controller, inbox = mail_server
    configured(controller.port)
    _add_notes(profile, demo_conference)

    result = send.send_report(profile, demo_conference, "email", FILES)

    assert result.state == "sent", result.message
    assert result.answer == "250 2.0.0 Ok: queued as T3ST" and result.warning == ""
    [(mail_from, rcpts, raw)] = inbox.messages
    assert mail_from == "alice@example.org" and rcpts == [
        "feedback@itu.example",
        "ngo-desk@example.net",
    ]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Subject"] == f"Feedback report: {demo_conference.name} (Digital Rights Watch)"
    assert msg["From"] == "Alice Martín <alice@example.org>"
    item = OutboxRepository(profile.db).get(result.outbox_id)
    assert msg["Message-ID"] == item.message_id == f"<{item.idempotency_key}@example.org>"
    body = msg.get_body(("plain",)).get_content()
    assert f"Feedback report on {demo_conference.name}" in body and "2 notes" in body
    assert "Attached: feedback-report.md, feedback-report.pdf" in body
    got = [
        (p.get_filename(), p.get_content_type(), p.get_payload(decode=True))
        for p in msg.iter_attachments()
    ]
    assert got == FILES
    [sent] = OutboxRepository(profile.db).list_sent()
    assert (sent.destination, sent.receiver_answer) == (
        "feedback@itu.example, ngo-desk@example.net",
        result.answer,
    )
    assert send.deliver_due(profile, utc_now() + timedelta(days=1)) == []  # sent once, never again
    assert len(inbox.messages) == 1
    _assert_password_nowhere(profile, caplog)


def test_implicit_tls_port(profile, demo_conference, ca, configured):
    controller, inbox = _start(ca, implicit_tls=True)
    try:
        configured(controller.port, security="ssl")
        result = send.send_report(
            profile, demo_conference, "email", FILES[:1], summary="Short", subject="S"
        )
        assert result.state == "sent", result.message
        assert len(inbox.messages) == 1
    finally:
        controller.stop()


def test_unknown_certificate_is_refused_until_its_ca_file_is_set(
    profile, demo_conference, mail_server, configured, caplog
):
    caplog.set_level(logging.DEBUG)
    controller, inbox = mail_server
    configured(controller.port, ca_file=False)  # the server's CA is not among the system's

    result = send.send_report(profile, demo_conference, "email", FILES)

    # Waiting will not fix it: not retried silently, the outbox asks for the user.
    assert result.state == "failed" and inbox.messages == []
    assert "certificate" in result.message and "smtp.ca_file" in result.message
    [item] = OutboxRepository(profile.db).list_failed()
    assert item.state.label == "needs your attention"
    assert send.deliver_due(profile, utc_now() + timedelta(days=1)) == []
    configured(controller.port, ca_file=True)  # the user sets smtp.ca_file to the server's CA
    assert OutboxRepository(profile.db).retry_now(item.id, utc_now())  # "Send again"
    [retried] = send.deliver_due(profile, utc_now())
    assert retried.state == "sent", retried.message
    assert len(inbox.messages) == 1
    _assert_password_nowhere(profile, caplog)


class RecordingProxy:
    """A TCP relay in front of the server that keeps every byte the client sends."""

    def __init__(self, upstream_port: int):
        self.upstream = upstream_port
        self.sent = bytearray()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src, dst, record):
        try:
            while data := src.recv(65536):
                if record:
                    self.sent += data
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self):
        self.listener.close()


def test_no_starttls_means_no_auth_and_no_password_on_the_wire(
    profile, demo_conference, configured, caplog
):
    caplog.set_level(logging.DEBUG)
    controller, inbox = _start(None)  # plain SMTP that offers AUTH PLAIN LOGIN in clear
    proxy = RecordingProxy(controller.port)
    try:
        configured(proxy.port, ca_file=False)
        result = send.send_report(profile, demo_conference, "email", FILES)
    finally:
        proxy.close()
        controller.stop()

    assert result.state == "failed"  # not hammered every 30 s: the user must look at the settings
    assert (
        "the server does not offer STARTTLS; refusing to send your password in clear"
        in result.message
    )
    assert bytes(proxy.sent).upper().startswith(b"EHLO ")
    assert b"AUTH" not in proxy.sent.upper() and b"MAIL FROM" not in proxy.sent.upper()
    assert not any(form in proxy.sent for form in _secret_forms())
    assert inbox.messages == []
    assert send.deliver_due(profile, utc_now() + timedelta(days=1)) == []
    _assert_password_nowhere(profile, caplog)


def test_wrong_password_is_a_plain_message_without_the_password(
    profile, demo_conference, mail_server, configured, caplog
):
    caplog.set_level(logging.DEBUG)
    controller, inbox = mail_server
    configured(controller.port)
    secrets.set_secret(send.PASSWORD_SECRET, "Wrong-" + PASSWORD)

    result = send.send_report(profile, demo_conference, "email", FILES)

    assert result.state == "failed" and inbox.messages == []
    assert f"refused the user name or password for user '{USER}'" in result.message
    assert "observer-app secret set smtp.password" in result.message
    assert PASSWORD not in result.message and "Wrong-" not in result.message
    [failed] = OutboxRepository(profile.db).list_failed()
    assert failed.last_error == result.message
    _assert_password_nowhere(profile, caplog)


def test_send_mail_refuses_auth_without_tls_even_when_called_directly(ca):
    controller, inbox = _start(None)
    try:
        with pytest.raises(smtp.SmtpError) as err:
            smtp.send_mail(
                smtp.MailServer("127.0.0.1", controller.port, "starttls", USER, PASSWORD, None, 5),
                smtp.MailMessage(USER, ["x@example.org"], "s", "b"),
            )
    finally:
        controller.stop()
    assert not err.value.retryable and PASSWORD not in str(err.value)


def test_mail_server_settings_never_show_the_password():
    server = smtp.MailServer("smtp.example.org", 587, "starttls", USER, PASSWORD)
    assert PASSWORD not in repr(server) and PASSWORD not in str(server)
    assert USER in repr(server)  # the rest is there, for the log


def test_missing_settings_and_password_say_what_to_run(
    profile, demo_conference, mail_server, configured
):
    controller, _inbox = mail_server
    configured(controller.port)
    secrets.delete_secret(send.PASSWORD_SECRET)
    with pytest.raises(send.SendError, match=r"observer-app secret set smtp.password"):
        send.send_report(profile, demo_conference, "email", FILES)
    secrets.set_secret(send.PASSWORD_SECRET, PASSWORD)
    with pytest.raises(send.SendError, match=r"choose at least one format"):
        send.send_report(profile, demo_conference, "email", [])
    profile.settings.set("smtp.recipients", "")
    with pytest.raises(send.SendError, match=r"observer-app settings set smtp.recipients"):
        send.send_report(profile, demo_conference, "email", FILES)
    assert OutboxRepository(profile.db).list_pending() == []  # nothing queued that cannot go


def test_a_password_kept_for_this_run_only_is_said_when_sending(
    profile, demo_conference, mail_server, configured, monkeypatch
):
    """No working keyring: the report goes, and the observer is told the password will be
    asked again after quitting (reports still waiting then need it)."""
    from keyring.backends.fail import Keyring as FailKeyring

    controller, inbox = mail_server
    configured(controller.port)
    keyring.set_keyring(FailKeyring())  # memory_keyring puts its own back afterwards
    monkeypatch.setattr(secrets, "_session_only", {})
    assert secrets.set_secret(send.PASSWORD_SECRET, PASSWORD) is False  # kept for this run
    result = send.send_report(profile, demo_conference, "email", FILES)
    assert result.state == "sent", result.message
    assert len(inbox.messages) == 1
    assert "No working keyring: smtp.password is kept only until you quit" in result.warning


def test_without_a_mail_server_a_mailto_draft(profile, demo_conference):
    profile.settings.set("smtp.recipients", "feedback@itu.example; desk@example.net")
    _add_notes(profile, demo_conference)
    result = send.send_report(profile, demo_conference, "email", FILES)
    assert result.state == "draft" and result.outbox_id is None
    parts = urlsplit(result.mailto)
    assert (
        parts.scheme == "mailto" and unquote(parts.path) == "feedback@itu.example,desk@example.net"
    )
    query = parse_qs(parts.query)
    assert query["subject"] == [f"Feedback report: {demo_conference.name}"]
    assert "2 notes" in query["body"][0] and "\r\n" in query["body"][0]

    long_body = "\n".join(f"Note {i}: Brazil — Res. 64 & human rights?" for i in range(500))
    url = smtp.mailto_url(["a@example.org"], "Feedback é", long_body)
    assert len(url) <= smtp.MAILTO_LIMIT
    body = parse_qs(urlsplit(url).query)["body"][0]
    assert body.startswith("Note 0: Brazil — Res. 64 & human rights?") and body.endswith(
        "(shortened: please attach the exported report)"
    )


def test_a_silent_server_times_out_and_is_retried_later(
    profile, demo_conference, configured, monkeypatch
):
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never greets
    monkeypatch.setattr(send, "SMTP_TIMEOUT", 0.5)
    try:
        configured(silent.getsockname()[1])
        result = send.send_report(profile, demo_conference, "email", FILES)
    finally:
        silent.close()
    assert result.state == "pending" and "did not answer in time" in result.message
    assert result.next_attempt is not None


def test_refused_recipients_are_named_and_the_rest_still_get_it(
    profile, demo_conference, ca, configured
):
    class Picky(Inbox):
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address.startswith("ngo-desk@"):
                return "550 5.1.1 no such mailbox"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    inbox = Picky()
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        tls_context=server_ctx,
        require_starttls=True,
        authenticator=_authenticator,
    )
    controller.start()
    try:
        configured(controller.port)
        result = send.send_report(profile, demo_conference, "email", FILES)
    finally:
        controller.stop()
    assert result.state == "sent"  # sending again would duplicate it for the accepted recipient
    assert result.answer == (
        "250 2.0.0 Ok: queued as T3ST; refused: ngo-desk@example.net (550 5.1.1 no such mailbox)"
    )
    assert [rcpts for _f, rcpts, _raw in inbox.messages] == [["feedback@itu.example"]]


def _start_with_cert(configure_cert) -> tuple[Controller, Inbox]:
    inbox = Inbox()
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    configure_cert(server_ctx)
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        tls_context=server_ctx,
        require_starttls=True,
        authenticator=_authenticator,
    )
    controller.start()
    return controller, inbox


@pytest.mark.parametrize("kind", ["another host", "self-signed"])
def test_a_certificate_for_another_host_or_self_signed_is_refused_for_good(
    profile, demo_conference, ca, configured, kind
):
    """smtp.ca_file trusts the CA; the certificate still must name the server we dialled."""
    if kind == "another host":
        configure = ca.issue_cert("mail.other.example").configure_cert
    else:
        own = trustme.CA()  # its own certificate, signed by itself, served as the server's

        def configure(ctx):
            with own.cert_pem.tempfile() as cert, own.private_key_pem.tempfile() as key:
                ctx.load_cert_chain(cert, key)

    controller, inbox = _start_with_cert(configure)
    try:
        configured(controller.port)
        result = send.send_report(profile, demo_conference, "email", FILES)
    finally:
        controller.stop()
    assert result.state == "failed" and inbox.messages == []
    assert "could not be verified" in result.message
    setting = "smtp.server" if kind == "another host" else "smtp.ca_file"
    assert setting in result.message
    assert send.deliver_due(profile, utc_now() + timedelta(days=1)) == []  # not retried


def test_the_command_line_exits_non_zero_when_the_certificate_is_not_trusted(tmp_path, ca):
    import subprocess
    import sys

    controller, inbox = _start(ca)
    env = {**__import__("os").environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
    env.pop("DISPLAY", None)

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path), *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )

    try:
        for key, value in (
            ("smtp.server", "127.0.0.1"),
            ("smtp.port", str(controller.port)),
            ("smtp.from", "alice@example.org"),
            ("smtp.recipients", "feedback@itu.example"),
        ):
            assert cli("settings", "set", key, value).returncode == 0
        assert cli("notes", "add", "Brazil supports the reference").returncode == 0
        sent = cli("send", "--to", "email", "--format", "md")
        outbox = cli("outbox")
    finally:
        controller.stop()
    assert sent.returncode == 1, sent.stdout + sent.stderr
    assert sent.stdout.startswith("needs your attention:") and "smtp.ca_file" in sent.stderr
    assert "try again" not in sent.stdout
    assert outbox.returncode == 0 and "needs your attention: email to feedback@itu.example" in (
        outbox.stdout
    )
    assert inbox.messages == []
