"""Send a feedback report by e-mail over SMTP, and the ``mailto:`` fallback.

Why it is written out by hand instead of ``SMTP.send_message``:
- the password never travels in clear: with ``starttls`` we refuse to log in (or send anything)
  unless the server offered STARTTLS and the handshake verified its certificate;
- ``smtplib.login`` encodes the password as ASCII and crashes on "ŝecret" or an Arabic password;
  AUTH PLAIN/LOGIN below send UTF-8 (RFC 4616);
- the final reply to DATA ("250 2.0.0 Ok: queued as 4F2A1") is the receiver's answer that the
  Sent view shows, and ``send_message`` throws it away.

Every failure is an ``SmtpError`` with a plain sentence and ``retryable`` (a network or 4xx
problem that may go away) or not (the server said no). No message ever holds the password, and
nothing here turns on smtplib's debug output (it prints the AUTH line).
"""

from __future__ import annotations

import base64
import email.policy
import logging
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import quote

log = logging.getLogger("observer.net")

SECURITY = ("starttls", "ssl")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465}
#: Longer mailto: URLs are cut by some mail programs and by Windows' ShellExecute (~2,083).
MAILTO_LIMIT = 1900


class SmtpError(RuntimeError):
    """The mail was not sent; ``str()`` says why. ``retryable``: trying later may work."""

    def __init__(self, message: str, retryable: bool, code: int | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.code = code


@dataclass(frozen=True)
class MailServer:
    """Where and how to send: ``security`` "ssl" (TLS from the first byte, usually port 465)
    or "starttls" (usually 587); ``port`` 0 is the security's usual one; ``user`` empty: no
    AUTH at all. The password is left out of the repr (a logged server never shows it)."""

    host: str
    port: int = 0
    security: str = "starttls"
    user: str = ""
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    timeout: float = 20


@dataclass(frozen=True)
class MailMessage:
    """One e-mail: the summary as a text body, each rendered report an attachment (name, MIME
    type, bytes). ``message_id`` fixed by the caller so that a repeat after a crash carries the
    same Message-ID (mail programs can then show it once)."""

    sender: str
    recipients: Sequence[str]
    subject: str
    body_text: str
    attachments: Sequence[tuple[str, str, bytes]] = ()
    message_id: str | None = None


def build_message(mail: MailMessage) -> EmailMessage:
    """The summary as a text body, each rendered report as an attachment."""
    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = ", ".join(mail.recipients)
    msg["Subject"] = mail.subject
    msg["Date"] = formatdate(usegmt=True)
    if mail.message_id:
        msg["Message-ID"] = mail.message_id
    # Quoted-printable for non-ASCII text: 8-bit bodies need 8BITMIME, which not every server offers.
    body_text = mail.body_text
    msg.set_content(body_text, cte=None if body_text.isascii() else "quoted-printable")
    for name, mimetype, data in mail.attachments:
        maintype, _, subtype = (mimetype or "application/octet-stream").partition("/")
        msg.add_attachment(
            bytes(data), maintype=maintype, subtype=subtype or "octet-stream", filename=name
        )
    return msg


def send_mail(server: MailServer, mail: MailMessage) -> str:
    """Send one message; returns the server's final reply to DATA. Raises ``SmtpError``."""
    security, user, password = server.security, server.user, server.password
    sender, recipients, timeout = mail.sender, list(mail.recipients), server.timeout
    if security not in SECURITY:
        raise SmtpError(
            f"unknown SMTP security {security!r}: choose starttls or ssl", retryable=False
        )
    if not recipients:
        raise SmtpError("no recipients for the e-mail", retryable=False)
    port = server.port or DEFAULT_PORTS[security]
    where = f"{server.host}:{port}"
    secret_forms = _secret_forms(user, password)
    conn: smtplib.SMTP | None = None
    try:
        data = build_message(mail).as_bytes(policy=email.policy.SMTP)
        context = _context(server.ca_file)
        conn = _connect(server.host, port, security, timeout, context, bool(user))
        if user:
            _login(conn, where, user, password or "")
        answer = _transmit(conn, where, sender, recipients, data)
        log.info("mail to %d recipient(s) accepted by %s", len(recipients), where)
        return answer
    except SmtpError as exc:
        raise SmtpError(_scrub(str(exc), secret_forms), exc.retryable, exc.code) from None
    except (OSError, smtplib.SMTPException, UnicodeEncodeError) as exc:
        failure = _explain(exc, where, server.host)
        raise SmtpError(
            _scrub(str(failure), secret_forms), failure.retryable, failure.code
        ) from None
    finally:
        if conn is not None:
            _quit(conn, timeout)


def _context(ca_file: str | None) -> ssl.SSLContext:
    """A verifying context. A CA file that cannot be used is a setting the user must change:
    not retryable, and not to be mistaken for a network or TLS problem with the server."""
    try:
        return ssl.create_default_context(cafile=ca_file or None)
    except FileNotFoundError:
        raise SmtpError(
            f"the CA file {ca_file} does not exist; check smtp.ca_file", retryable=False
        ) from None
    except (OSError, ssl.SSLError):
        raise SmtpError(
            f"the CA file {ca_file} cannot be used (it must be a readable file of PEM "
            "certificates); check smtp.ca_file",
            retryable=False,
        ) from None


def _connect(
    server: str, port: int, security: str, timeout: float, context: ssl.SSLContext, auth: bool
) -> smtplib.SMTP:
    """A connection that is encrypted and verified (hostname included) before anything else."""
    where = f"{server}:{port}"
    if security == "ssl":
        conn: smtplib.SMTP = smtplib.SMTP_SSL(server, port, timeout=timeout, context=context)
        conn.ehlo()
        return conn
    conn = smtplib.SMTP(server, port, timeout=timeout)
    try:
        conn.ehlo()
        if not conn.has_extn("starttls"):
            what = "your password" if auth else "the report"
            raise SmtpError(
                f"{where}: the server does not offer STARTTLS; refusing to send {what} in clear "
                "(check the port, or choose security ssl for port 465)",
                retryable=False,
            )
        code, reply = conn.starttls(context=context)
        if code != 220:
            raise SmtpError(
                f"{where}: the server refused STARTTLS ({code} {_text(reply)})",
                retryable=code < 500,
            )
        conn.ehlo()
    except BaseException:
        _quit(conn, timeout)
        raise
    return conn


def _quit(conn: smtplib.SMTP, timeout: float) -> None:
    try:
        if conn.sock is not None:
            conn.sock.settimeout(min(timeout, 3))  # a dead server must not cost another timeout
            conn.quit()
    except (smtplib.SMTPException, OSError):
        conn.close()


def _explain(exc: BaseException, where: str, server: str) -> SmtpError:
    """A failure in plain words; ``retryable`` only when waiting can fix it (a certificate or
    a wrong name will not: the user must change a setting; see ``_context`` for the CA file)."""
    if isinstance(exc, ssl.SSLError):
        return _explain_tls(exc, where, server)
    if isinstance(exc, socket.gaierror):
        return SmtpError(
            f"cannot find the mail server {server}; check smtp.server and the connection",
            retryable=True,
        )
    if isinstance(exc, TimeoutError):
        return SmtpError(f"{where}: the mail server did not answer in time", retryable=True)
    if isinstance(exc, ConnectionRefusedError):
        return SmtpError(
            f"{where}: the mail server refused the connection; check smtp.server and smtp.port",
            retryable=True,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):  # also smtplib's read timeout
        what = "did not answer in time" if "timed out" in str(exc) else "closed the connection"
        return SmtpError(f"{where}: the mail server {what}", retryable=True)
    if isinstance(exc, smtplib.SMTPResponseException):
        return SmtpError(
            f"{where}: the mail server answered {exc.smtp_code} {_text(exc.smtp_error)}",
            retryable=400 <= exc.smtp_code < 500,
            code=exc.smtp_code,
        )
    if isinstance(exc, UnicodeEncodeError):
        return SmtpError(
            "an e-mail address contains non-ASCII characters the server cannot take",
            retryable=False,
        )
    strerror = exc.strerror if isinstance(exc, OSError) else None
    return SmtpError(
        f"{where}: cannot reach the mail server ({strerror or type(exc).__name__})",
        retryable=True,
    )


def _explain_tls(exc: ssl.SSLError, where: str, server: str) -> SmtpError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = exc.verify_message or "unknown authority"
        if "mismatch" in why.lower() or "hostname" in why.lower():
            fix = (
                f"the certificate names another server than {server}; set smtp.server to the "
                "name the certificate is for"
            )
        else:
            fix = (
                "if the server uses its own certificate authority, set smtp.ca_file to its CA file"
            )
        return SmtpError(
            f"{where}: the TLS certificate of {server} could not be verified ({why}); {fix}",
            retryable=False,
        )
    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):  # cut mid-handshake
        return SmtpError(f"{where}: the secure connection was cut; trying later", retryable=True)
    return SmtpError(
        f"{where}: no secure (TLS) connection; for port 465 choose security ssl, "
        "for port 587 starttls (smtp.security)",
        retryable=False,
    )


def _login(conn: smtplib.SMTP, where: str, user: str, password: str) -> None:
    """AUTH PLAIN or LOGIN in UTF-8; only ever called on a TLS connection."""
    if not isinstance(conn.sock, ssl.SSLSocket):  # belt and braces: never AUTH before TLS
        raise SmtpError(
            f"{where}: refusing to send your password over a connection that is not encrypted",
            retryable=False,
        )
    offered = (conn.esmtp_features.get("auth") or "").upper().split()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    if "PLAIN" in offered:
        code, reply = conn.docmd(
            "AUTH", "PLAIN " + b64(b"\0" + user.encode() + b"\0" + password.encode())
        )
    elif "LOGIN" in offered:
        code, reply = conn.docmd("AUTH", "LOGIN " + b64(user.encode()))
        if code == 334:
            code, reply = conn.docmd(b64(password.encode()))
    else:
        raise SmtpError(
            f"{where}: the server offers no password login (AUTH PLAIN or LOGIN); "
            "leave smtp.user empty if it needs none",
            retryable=False,
        )
    if code == 235:
        return
    if code in (535, 534, 530, 454) or code >= 500:
        # 454 is "temporary authentication failure"; the rest are a refusal.
        retryable = code == 454
        raise SmtpError(
            f"{where}: the mail server refused the user name or password for user {user!r} "
            f"({code}); set the right one with `observer-app secret set smtp.password`",
            retryable=retryable,
            code=code,
        )
    raise SmtpError(
        f"{where}: login failed ({code} {_text(reply)})", retryable=400 <= code < 500, code=code
    )


def _transmit(
    conn: smtplib.SMTP, where: str, sender: str, recipients: list[str], data: bytes
) -> str:
    code, reply = conn.mail(sender)
    if code != 250:
        raise SmtpError(
            f"{where}: the server refused the sender {sender} ({code} {_text(reply)})",
            retryable=400 <= code < 500,
            code=code,
        )
    refused = {}
    for rcpt in recipients:
        code, reply = conn.rcpt(rcpt)
        if code not in (250, 251):
            refused[rcpt] = (code, _text(reply))
    if len(refused) == len(recipients):
        try:
            conn.rset()
        except (smtplib.SMTPException, OSError):
            pass
        details = "; ".join(f"{r}: {c} {t}" for r, (c, t) in refused.items())
        raise SmtpError(
            f"{where}: the server refused every recipient ({details})",
            retryable=all(400 <= c < 500 for c, _t in refused.values()),
        )
    code, reply = conn.data(data)
    if code != 250:
        raise SmtpError(
            f"{where}: the server did not accept the message ({code} {_text(reply)})",
            retryable=400 <= code < 500,
            code=code,
        )
    answer = f"{code} {_text(reply)}"
    if refused:
        answer += "; refused: " + "; ".join(f"{r} ({c} {t})" for r, (c, t) in refused.items())
    return answer


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:300]


def _secret_forms(user: str, password: str | None) -> list[str]:
    """The password as it could appear in a server's echo: as is, and base64 as PLAIN/LOGIN send it."""
    if not password:
        return []
    raw = password.encode()
    return [
        password,
        base64.b64encode(raw).decode(),
        base64.b64encode(b"\0" + (user or "").encode() + b"\0" + raw).decode(),
    ]


def _scrub(text: str, forms: list[str]) -> str:
    for form in forms:
        text = text.replace(form, "[hidden]")
    return text


def mailto_url(recipients: list[str], subject: str, body: str, limit: int = MAILTO_LIMIT) -> str:
    """A ``mailto:`` draft (RFC 6068) for when no SMTP server is set up. It cannot carry
    attachments, and long bodies are cut at a line break so the URL stays under ``limit``."""
    to = ",".join(quote(r.strip(), safe="@") for r in recipients if r.strip())

    def url(text: str) -> str:
        crlf = text.replace("\r\n", "\n").replace("\n", "\r\n")  # RFC 6068: line breaks are %0D%0A
        return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"

    if len(url(body)) <= limit:
        return url(body)
    note = "\n\n[...] (shortened: please attach the exported report)"
    lo, hi = 0, len(body)  # the longest start of the body that fits with the note
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if len(url(body[:mid] + note)) <= limit else (lo, mid - 1)
    cut = body[:lo]
    line_end = cut.rfind("\n")
    return url((cut[:line_end] if line_end > lo // 2 else cut).rstrip() + note)
