"""Send a feedback report by e-mail (SMTP) or to an HTTPS receiver, through the outbox.

``send_report`` puts the report in the outbox and tries at once; ``deliver_due`` tries whatever
is due (the GUI on a timer, the CLI at ``send``). Why every send goes through the outbox, even
the first attempt: a report must survive a dropped hotel Wi-Fi, a closed laptop or a crash, and
arrive once. The rules (keys fixed at enqueue, leases, backoff) are in docs/submission.md.

Settings are read at each attempt (a corrected password or CA file helps reports already
waiting); the destination (recipients, URL) is fixed at enqueue: the Sent view says where each
report went. Passwords and tokens come from the keyring (``observer_app.runtime.secrets``) only.
"""

from __future__ import annotations

import json
import logging
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parseaddr
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from observer_app import __version__
from observer_app.core.model import Conference, utc_now
from observer_app.core.report import Report
from observer_app.core.settings import SETTINGS, SettingError
from observer_app.net import smtp, submit
from observer_app.runtime import secrets
from observer_app.services.context import Profile
from observer_app.services.export import ExportError, make_report, render
from observer_app.store.outbox import (
    Attachment,
    Channel,
    OutboxItem,
    OutboxRepository,
    OutgoingReport,
)

log = logging.getLogger("observer.send")

PASSWORD_SECRET = "smtp.password"
TOKEN_SECRET = "http.token"
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_CAP = timedelta(minutes=30)
#: How long a claimed row is ours; longer than any attempt (SMTP/HTTP time out well before).
LEASE = timedelta(minutes=5)
SMTP_TIMEOUT = 20.0
HTTP_TIMEOUT = submit.DEFAULT_TIMEOUT

#: The settings read here, to be declared in ``core.settings``; until then ``_setting`` uses their defaults.
_FALLBACK = {key: spec.default for key, spec in SETTINGS.items()}


class SendError(RuntimeError):
    """The report cannot be sent as things are set up; ``str()`` says what to run. No secrets."""


class SendState(StrEnum):
    """What became of a report (a StrEnum: scripts' JSON still says "sent", "pending"...)."""

    SENT = "sent"
    PENDING = "pending"  # will try again at ``next_attempt``
    FAILED = "failed"  # refused; not retried
    DRAFT = "draft"  # no mail server: open ``mailto`` in the mail program


@dataclass
class SendResult:
    outbox_id: str | None
    channel: str  # a Channel; as stored (an unknown one read back stays text)
    state: SendState
    destination: str
    message: str
    answer: str = ""
    next_attempt: datetime | None = None
    mailto: str = ""
    #: E.g. "no working keyring: the password is kept until you quit".
    warning: str = ""


@dataclass
class _Outcome:  # of one attempt: sent, pending (try again) or failed
    state: SendState
    message: str
    answer: str = ""
    retry_after: float | None = None


def _setting(profile: Profile, key: str) -> Any:
    """The value of setting ``key``, of the type ``core.settings`` declares for it."""
    try:
        return profile.settings.get(key)
    except SettingError:
        return _FALLBACK[key]


def _secret(name: str, what: str) -> str:
    value = secrets.get_secret(name)
    if value:
        return value
    hint = (
        ""
        if secrets.backend_info().usable
        else (
            " (there is no working keyring on this system: enter it in the app, which keeps it until you quit)"
        )
    )
    raise SendError(f"no {what} is stored: run `observer-app secret set {name}`{hint}")


def _keyring_warning(name: str) -> str:
    return (
        ""
        if secrets.backend_info().usable
        else (
            f"No working keyring: {name} is kept only until you quit; reports still waiting then will need it again."
        )
    )


def recipients_of(text: str) -> list[str]:
    return [r.strip() for r in text.replace(";", ",").split(",") if r.strip()]


def backoff(attempts: int, rand: Callable[[], float] = random.random) -> timedelta:
    """30 s after the first failure, then 1, 2, 4... minutes, at most 30; up to 20% earlier at
    random, so that many observers coming back online do not knock all at once."""
    seconds = min(
        BACKOFF_CAP.total_seconds(),
        BACKOFF_FIRST.total_seconds() * 2 ** min(max(attempts - 1, 0), 20),
    )
    return timedelta(seconds=seconds * (0.8 + 0.2 * rand()))


def default_subject(report: Report) -> str:
    who = report.organization or report.author
    return f"Feedback report: {report.conference}" + (f" ({who})" if who else "")


def summary_text(report: Report, attachment_names: list[str]) -> str:
    """The e-mail body: who, what, how many notes per body, what is attached."""
    author = ", ".join(p for p in (report.author, report.organization) if p) or "an observer"
    lines = [
        f"Feedback report on {report.conference}",
        "",
        f"From {author}" + (f" <{report.contact}>" if report.contact else ""),
        f"{report.note_count} notes, generated {report.generated_for_people}.",
        "",
    ]
    for body in report.bodies:
        count = sum(len(s.entries) for s in body.sessions)
        lines.append(f"- {body.name}: {count} note{'s' if count != 1 else ''}")
    if attachment_names:
        lines += ["", "Attached: " + ", ".join(attachment_names)]
    lines += ["", f"Sent with Observer {__version__}."]
    return "\n".join(lines)


def send_report(
    profile: Profile,
    conference: Conference,
    channel: Channel,
    attachments: Sequence[Attachment] = (),
    json_bytes: bytes | None = None,
    summary: str | None = None,
    subject: str | None = None,
    now: datetime | None = None,
) -> SendResult:
    """Put the report in the outbox and try to send it at once.

    ``attachments``: the rendered reports for e-mail, as (file name, MIME type, bytes).
    ``json_bytes``: the JSON report for HTTP (rendered here when None). Raises ``SendError``
    when something must be set up first; nothing is queued then.
    """
    now = now or utc_now()
    needs_report = (
        summary is None or subject is None or (channel == Channel.HTTP and json_bytes is None)
    )
    report = make_report(profile, conference, now) if needs_report else None
    subject = subject if subject is not None else default_subject(report)  # type: ignore[arg-type]
    outbox = OutboxRepository(profile.db)
    if channel == Channel.EMAIL:
        body = summary if summary is not None else summary_text(report, [a[0] for a in attachments])  # type: ignore[arg-type]
        if not _setting(profile, "smtp.server").strip():
            return _mail_draft(profile, subject, body)
        item, warning = _queue_email(
            profile, outbox, _Queued(conference.id, subject, now), body, attachments
        )
    elif channel == Channel.HTTP:
        item, warning = _queue_http(
            profile, outbox, _Queued(conference.id, subject, now), report, json_bytes
        )
    else:
        raise SendError(f"unknown way of sending {channel!r}: email or http")
    result = _attempt(profile, outbox, item.id, now)
    if result is None:  # another process took it at once; it is on its way
        return SendResult(
            item.id, channel, SendState.PENDING, item.destination, "being sent", warning=warning
        )
    result.warning = warning
    return result


@dataclass(frozen=True)
class _Queued:
    """What every queued report carries, whatever the channel."""

    conference_id: str
    subject: str
    now: datetime


def _mail_draft(profile: Profile, subject: str, body: str) -> SendResult:
    """No mail server set up: a mailto: draft for the observer's own mail program."""
    recipients = recipients_of(_setting(profile, "smtp.recipients"))
    return SendResult(
        None,
        Channel.EMAIL,
        SendState.DRAFT,
        ", ".join(recipients),
        "No mail server is set up (observer-app settings set smtp.server ...): a draft opens in "
        "your mail program; attach the exported report to it yourself.",
        mailto=smtp.mailto_url(recipients, subject, body),
    )


def _queue_email(
    profile: Profile,
    outbox: OutboxRepository,
    queued: _Queued,
    body: str,
    attachments: Sequence[Attachment],
) -> tuple[OutboxItem, str]:
    """The e-mail in the outbox (its Message-ID fixed now, so a resend is recognised), and the
    warning to show when the password could not be kept in the keyring."""
    recipients = recipients_of(_setting(profile, "smtp.recipients"))
    if not recipients:
        raise SendError(
            "nobody to send the report to: run "
            "`observer-app settings set smtp.recipients feedback@example.org`"
        )
    if not attachments:
        raise SendError("no report to attach: choose at least one format")
    key = str(uuid.uuid4())
    domain = parseaddr(_smtp_config(profile).sender)[1].rpartition("@")[2] or "observer.invalid"
    outgoing = OutgoingReport(
        queued.conference_id,
        Channel.EMAIL,
        ", ".join(recipients),
        queued.subject,
        body.encode("utf-8"),
        list(attachments),
        message_id=f"<{key}@{domain}>",
        idempotency_key=key,
    )
    item = outbox.enqueue(outgoing, now=queued.now)
    return item, _keyring_warning(PASSWORD_SECRET) if _setting(profile, "smtp.user") else ""


def _queue_http(
    profile: Profile,
    outbox: OutboxRepository,
    queued: _Queued,
    report: Report | None,
    json_bytes: bytes | None,
) -> tuple[OutboxItem, str]:
    """The JSON report in the outbox for the receiver (checked to be JSON first), and the
    warning to show when the token could not be kept in the keyring."""
    url = _http_url(profile)
    if _secret(TOKEN_SECRET, "token for the report receiver") in url:
        raise SendError(
            "http.url contains the token: remove it; the token is sent from the keyring, in a header"
        )
    try:
        json_bytes = render(report, "json").encode() if json_bytes is None else json_bytes  # type: ignore[arg-type]
        json.loads(json_bytes)
    except ExportError:
        raise SendError(
            "this version of Observer cannot write the JSON report needed for sending"
        ) from None
    except ValueError:
        raise SendError("the JSON report is not valid JSON; nothing was sent") from None
    item = outbox.enqueue(
        OutgoingReport(queued.conference_id, Channel.HTTP, url, queued.subject, json_bytes),
        now=queued.now,
    )
    return item, _keyring_warning(TOKEN_SECRET)


def deliver_due(profile: Profile, now: datetime | None = None) -> list[SendResult]:
    """Try every report that is due (waiting, or left 'sending' by a crash past its lease)."""
    outbox = OutboxRepository(profile.db)
    results = []
    for item in outbox.due(now or utc_now()):
        result = _attempt(profile, outbox, item.id, now or utc_now())
        if result is not None:
            results.append(result)
    return results


def _attempt(
    profile: Profile, outbox: OutboxRepository, item_id: str, now: datetime
) -> SendResult | None:
    item = outbox.claim(item_id, now, LEASE)
    if item is None:
        return None
    try:
        outcome = (
            _deliver_email(profile, item)
            if item.channel == Channel.EMAIL
            else _deliver_http(profile, item)
        )
    except (
        Exception
    ) as exc:  # a bug must not lose the report; its text could hold anything: type only
        log.error("unexpected %s while sending report %s", type(exc).__name__, item.id)
        outcome = _Outcome(
            SendState.PENDING, f"unexpected error ({type(exc).__name__}); Observer will try again"
        )
    if outcome.state is SendState.SENT:
        outbox.mark_sent(item.id, now, outcome.answer)
        log.info("report %s sent by %s to %s", item.id, item.channel, item.destination)
        return SendResult(
            item.id, item.channel, SendState.SENT, item.destination, outcome.message, outcome.answer
        )
    if outcome.state is SendState.FAILED:
        outbox.mark_failed(item.id, outcome.message, outcome.answer)
        log.warning("report %s not sent: %s", item.id, outcome.message)
        return SendResult(
            item.id,
            item.channel,
            SendState.FAILED,
            item.destination,
            outcome.message,
            outcome.answer,
        )
    delay = max(backoff(item.attempts), timedelta(seconds=outcome.retry_after or 0))
    outbox.mark_retry(item.id, now + delay, outcome.message, outcome.answer)
    log.info("report %s not sent yet (attempt %d): %s", item.id, item.attempts, outcome.message)
    return SendResult(
        item.id,
        item.channel,
        SendState.PENDING,
        item.destination,
        f"{outcome.message}; Observer will try again",
        outcome.answer,
        next_attempt=now + delay,
    )


@dataclass(frozen=True)
class _SmtpConfig:
    """The mail settings: the server (its password from the keyring) and the sender."""

    server: smtp.MailServer
    sender: str


def _smtp_config(profile: Profile) -> _SmtpConfig:
    server = _setting(profile, "smtp.server").strip()
    if not server:
        raise SendError(
            "no mail server is set up: run `observer-app settings set smtp.server smtp.example.org`"
        )
    user = _setting(profile, "smtp.user").strip()
    sender = _setting(profile, "smtp.from").strip() or _setting(profile, "author.contact").strip()
    if not sender:
        raise SendError(
            "no sender address: run `observer-app settings set smtp.from you@example.org`"
        )
    return _SmtpConfig(
        smtp.MailServer(
            server,
            port=int(_setting(profile, "smtp.port") or 0),
            security=_setting(profile, "smtp.security"),
            user=user,
            password=_secret(PASSWORD_SECRET, f"password for {user} on {server}") if user else None,
            ca_file=_setting(profile, "smtp.ca_file").strip() or None,
            timeout=SMTP_TIMEOUT,
        ),
        sender,
    )


def _http_url(profile: Profile) -> str:
    url: str = _setting(profile, "http.url").strip()
    if not url:
        raise SendError(
            "no report receiver is set up: run "
            "`observer-app settings set http.url https://receiver.example.org/reports`"
        )
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password:
        raise SendError(
            "http.url must be an https:// address without a user name or password; the token goes "
            f"in the keyring (observer-app secret set {TOKEN_SECRET})"
        )
    return url


def _deliver_email(profile: Profile, item: OutboxItem) -> _Outcome:
    try:
        cfg = _smtp_config(profile)
    except SendError as exc:
        return _Outcome(SendState.PENDING, str(exc))
    try:
        answer = smtp.send_mail(
            cfg.server,
            smtp.MailMessage(
                cfg.sender,
                recipients_of(item.destination),
                item.subject,
                item.payload.decode("utf-8"),
                item.attachments,
                message_id=item.message_id or None,
            ),
        )
    except smtp.SmtpError as exc:
        return _Outcome(SendState.PENDING if exc.retryable else SendState.FAILED, str(exc))
    return _Outcome(SendState.SENT, f"sent to {item.destination}", answer)


def _deliver_http(profile: Profile, item: OutboxItem) -> _Outcome:
    try:
        token = _secret(TOKEN_SECRET, "token for the report receiver")
    except SendError as exc:
        return _Outcome(SendState.PENDING, str(exc))
    host = urlsplit(item.destination).netloc
    try:
        receipt = submit.post_report(
            item.destination,
            item.payload,
            token,
            item.idempotency_key,
            ca_file=_setting(profile, "http.ca_file").strip() or None,
            timeout=HTTP_TIMEOUT,
        )
    except submit.SubmitError as exc:
        return _Outcome(SendState.PENDING if exc.retryable else SendState.FAILED, str(exc))
    answer = receipt.describe()
    if receipt.delivered:
        return _Outcome(SendState.SENT, f"delivered to {host}", answer)
    if receipt.retryable:
        return _Outcome(
            SendState.PENDING, f"{host} answered HTTP {receipt.status}", answer, receipt.retry_after
        )
    reason = f": {receipt.body_excerpt}" if receipt.body_excerpt else ""
    return _Outcome(
        SendState.FAILED,
        f"{host} refused the report (HTTP {receipt.status}){reason}{_fix_for(receipt.status)}",
        answer,
    )


def _fix_for(status: int) -> str:
    """The setting that fixes a refusal, when the status says which."""
    if status in (401, 403):
        return f"; check the token (observer-app secret set {TOKEN_SECRET})"
    if status in (404, 405, 410):
        return "; check http.url"
    return ""
