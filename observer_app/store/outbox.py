"""The outbox: every report sent or to be sent, with what the receiver answered. The only SQL
that touches it; the delivery rules live in ``services.send``.

A row goes pending -> sending -> sent, or back to pending (retry later), or to failed, shown
as "needs your attention": the receiver said no, or something waiting cannot fix (a
certificate, a refused login, a 4xx); only the user sends it again. Why these rules:
- the idempotency key (and the e-mail's Message-ID) is fixed at enqueue and reused by every
  attempt, so a receiver can drop a repeat: that is how each report arrives once;
- ``claim`` is one conditional UPDATE: of two processes (the GUI's timer and a CLI ``send``),
  only one gets the row;
- a claim is a lease: a row left in 'sending' by a crash is due again when the lease ends,
  and goes out with the same key;
- nothing secret is ever stored: the destination is an address or URL, the payload the
  rendered report, the errors our own sentences, the answers cleaned of any password or token.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from observer_app.core import clock
from observer_app.core.model import utc_now
from observer_app.store.db import Database, StoreError


class Channel(StrEnum):
    """How a report goes out (a StrEnum: stored, and compared, as this text)."""

    EMAIL = "email"
    HTTP = "http"


CHANNELS = tuple(channel.value for channel in Channel)


class OutboxState(StrEnum):
    """A row's state, as stored (a StrEnum: it compares equal to the stored text)."""

    PENDING = "pending"  # waiting for its next attempt
    SENDING = "sending"  # claimed by one process for one attempt (a lease)
    SENT = "sent"
    FAILED = "failed"  # needs the user: waiting will not fix it

    @property
    def label(self) -> str:
        """How the faces name it: "failed" reads as the app's fault, this says what to do."""
        return _LABELS[self]


_LABELS = {
    OutboxState.PENDING: "will try again",
    OutboxState.SENDING: "being sent",
    OutboxState.SENT: "sent",
    OutboxState.FAILED: "needs your attention",
}
STATES = tuple(state.value for state in OutboxState)
_COLUMNS = (
    "id, conference_id, channel, destination, subject, idempotency_key, message_id, state, attempts, "
    "next_attempt_utc, last_error, created, sent_utc, receiver_answer"
)

#: (file name, MIME type, bytes): a rendered report, as the e-mail carries it.
Attachment = tuple[str, str, bytes]


@dataclass(frozen=True)
class OutgoingReport:
    """A report to put in the outbox: where it goes and what it carries (fixed at enqueue)."""

    conference_id: str
    channel: str  # one of CHANNELS
    destination: str  # recipients, or the receiver's URL
    subject: str
    payload: bytes  # the e-mail body, or the JSON report
    attachments: Sequence[Attachment] = ()
    message_id: str = ""
    idempotency_key: str = ""  # made at enqueue when empty


@dataclass
class OutboxItem:
    id: str
    conference_id: str
    channel: str
    destination: str
    subject: str
    idempotency_key: str
    message_id: str
    state: OutboxState
    attempts: int
    next_attempt_utc: datetime
    last_error: str
    created: datetime
    sent_utc: datetime | None
    receiver_answer: str
    #: Loaded only by ``get(..., content=True)`` and ``claim``: the lists do not need megabytes.
    payload: bytes = b""
    attachments: list[Attachment] = field(default_factory=list)


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        conference_id=row["conference_id"],
        channel=row["channel"],
        destination=row["destination"],
        subject=row["subject"],
        idempotency_key=row["idempotency_key"],
        message_id=row["message_id"],
        state=OutboxState(row["state"]),
        attempts=row["attempts"],
        next_attempt_utc=clock.parse_iso(row["next_attempt_utc"]),
        last_error=row["last_error"],
        created=clock.parse_iso(row["created"]),
        sent_utc=clock.parse_iso(row["sent_utc"]) if row["sent_utc"] else None,
        receiver_answer=row["receiver_answer"],
    )


class OutboxRepository:
    def __init__(self, db: Database):
        self.db = db

    def _write(self, what: str, sql: str, params: tuple[object, ...]) -> int:
        try:
            with self.db.transaction() as conn:
                return conn.execute(sql, params).rowcount
        except sqlite3.Error as exc:
            raise StoreError(f"could not {what} in {self.db.path}: {exc}") from None

    def enqueue(self, report: OutgoingReport, now: datetime | None = None) -> OutboxItem:
        """Store a report to send, due at once. One transaction: the row and its attachments."""
        if report.channel not in CHANNELS:
            raise ValueError(f"unknown channel {report.channel!r}")
        stamp = clock.iso_utc(now or utc_now())
        import uuid  # (when a report is sent, not with the window's start: issue 15)

        item_id, key = str(uuid.uuid4()), report.idempotency_key or str(uuid.uuid4())
        try:
            with self.db.transaction() as conn:
                conn.execute(
                    f"INSERT INTO outbox ({_COLUMNS}, payload) VALUES (?,?,?,?,?,?,?, 'pending', 0, ?, '', ?, NULL, '', ?)",
                    (
                        item_id,
                        report.conference_id,
                        report.channel,
                        report.destination,
                        report.subject,
                        key,
                        report.message_id,
                        stamp,
                        stamp,
                        bytes(report.payload),
                    ),
                )
                conn.executemany(
                    "INSERT INTO outbox_attachments (outbox_id, position, name, mimetype, data) VALUES (?,?,?,?,?)",
                    [
                        (item_id, i, name, mime, bytes(data))
                        for i, (name, mime, data) in enumerate(report.attachments)
                    ],
                )
        except sqlite3.Error as exc:
            raise StoreError(
                f"could not put the report in the outbox in {self.db.path}: {exc}"
            ) from None
        return self.get(item_id, content=True)  # type: ignore[return-value]  # committed just above

    def get(self, item_id: str, content: bool = False) -> OutboxItem | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            return None
        item = _item(row)
        if content:
            item.payload = bytes(
                self.db.execute("SELECT payload FROM outbox WHERE id = ?", (item_id,)).fetchone()[0]
            )
            item.attachments = [
                (r["name"], r["mimetype"], bytes(r["data"]))
                for r in self.db.execute(
                    "SELECT name, mimetype, data FROM outbox_attachments WHERE outbox_id = ? ORDER BY position",
                    (item_id,),
                )
            ]
        return item

    def due(self, now: datetime) -> list[OutboxItem]:
        """Rows to try now: pending ones whose time has come, and 'sending' ones whose lease ran
        out (the process sending them crashed or was killed), oldest first."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state IN ('pending', 'sending') "
            "AND next_attempt_utc <= ? ORDER BY created, id",
            (clock.iso_utc(now),),
        )
        return [_item(r) for r in rows]

    def next_due(self) -> datetime | None:
        """When the next pending row is due (the GUI sets its timer by it); None if none waits."""
        row = self.db.execute(
            "SELECT min(next_attempt_utc) FROM outbox WHERE state IN ('pending', 'sending')"
        ).fetchone()
        return clock.parse_iso(row[0]) if row and row[0] else None

    def claim(self, item_id: str, now: datetime, lease: timedelta) -> OutboxItem | None:
        """mark_sending: take the row for one attempt if it is still due; None if another process
        took it first or it is no longer due. Counts the attempt before anything goes out."""
        stamp = clock.iso_utc(now)
        taken = self._write(
            "mark the report as being sent",
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_attempt_utc = ? "
            "WHERE id = ? AND state IN ('pending', 'sending') AND next_attempt_utc <= ?",
            (clock.iso_utc(now + lease), item_id, stamp),
        )
        return self.get(item_id, content=True) if taken == 1 else None

    mark_sending = claim

    def mark_sent(self, item_id: str, now: datetime, answer: str) -> None:
        self._write(
            "record the sent report",
            "UPDATE outbox SET state = 'sent', sent_utc = ?, receiver_answer = ?, last_error = '' "
            "WHERE id = ? AND state != 'sent'",
            (clock.iso_utc(now), answer, item_id),
        )

    def mark_retry(
        self, item_id: str, next_attempt: datetime, error: str, answer: str = ""
    ) -> None:
        self._write(
            "schedule the next attempt",
            "UPDATE outbox SET state = 'pending', next_attempt_utc = ?, last_error = ?, receiver_answer = ? "
            "WHERE id = ? AND state = 'sending'",
            (clock.iso_utc(next_attempt), error, answer, item_id),
        )

    def mark_failed(self, item_id: str, error: str, answer: str = "") -> None:
        self._write(
            "record the failed report",
            "UPDATE outbox SET state = 'failed', last_error = ?, receiver_answer = ? "
            "WHERE id = ? AND state IN ('pending', 'sending')",
            (error, answer, item_id),
        )

    def retry_now(self, item_id: str, now: datetime) -> bool:
        """ "Send again" for a failed or waiting row: due at once, with the same key. False if the
        row is sent, being sent, or gone."""
        return (
            self._write(
                "schedule the report again",
                "UPDATE outbox SET state = 'pending', next_attempt_utc = ? "
                "WHERE id = ? AND state IN ('pending', 'failed')",
                (clock.iso_utc(now), item_id),
            )
            == 1
        )

    def cancel(self, item_id: str, reason: str = "cancelled") -> bool:
        """Stop trying a row that is waiting (not one being sent right now)."""
        return (
            self._write(
                "cancel the report",
                "UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ? AND state = 'pending'",
                (reason, item_id),
            )
            == 1
        )

    def _list(
        self, states: tuple[str, ...], conference_id: str | None, order: str
    ) -> list[OutboxItem]:
        where = f"state IN ({','.join('?' * len(states))})"
        params: list[object] = list(states)
        if conference_id is not None:
            where += " AND conference_id = ?"
            params.append(conference_id)
        return [
            _item(r)
            for r in self.db.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE {where} ORDER BY {order}", tuple(params)
            )
        ]

    def list_sent(self, conference_id: str | None = None) -> list[OutboxItem]:
        """The Sent view: what went where, when, and the receiver's answer; newest first."""
        return self._list(("sent",), conference_id, "sent_utc DESC, id")

    def list_pending(self, conference_id: str | None = None) -> list[OutboxItem]:
        """Waiting for their next attempt, or being sent now; oldest first."""
        return self._list(("pending", "sending"), conference_id, "created, id")

    def list_failed(self, conference_id: str | None = None) -> list[OutboxItem]:
        """Refused by the receiver (or cancelled): kept with the reason until sent again."""
        return self._list(("failed",), conference_id, "created DESC, id")
