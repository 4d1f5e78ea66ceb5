"""The outbox: stored reports survive a restart, each row is claimed by one sender only, a crash
mid-send is retried with the same key, and the backoff grows to its cap."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from observer_app.services import send
from observer_app.services.context import open_profile
from observer_app.store.db import Database
from observer_app.store.migrations import MIGRATIONS
from observer_app.store.outbox import OutboxRepository, OutgoingReport

NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
LEASE = timedelta(minutes=5)
FILES = [
    ("report.md", "text/markdown", "# Rapport\n\nŝ ü".encode()),
    ("report.pdf", "application/pdf", bytes(range(256))),
]


def test_enqueue_stores_everything_and_survives_a_restart(app_dirs):
    profile = open_profile(app_dirs)
    item = OutboxRepository(profile.db).enqueue(
        OutgoingReport(
            "pp26",
            "email",
            "a@example.org, b@example.org",
            "Feedback",
            "Résumé".encode(),
            FILES,
            message_id="<k@example.org>",
        ),
        now=NOW,
    )
    profile.close()

    profile = open_profile(app_dirs)
    try:
        again = OutboxRepository(profile.db).get(item.id, content=True)
        assert again is not None
        assert (again.state, again.attempts, again.next_attempt_utc, again.created) == (
            "pending",
            0,
            NOW,
            NOW,
        )
        assert again.payload == "Résumé".encode() and again.attachments == FILES
        assert (
            again.message_id == "<k@example.org>" and again.idempotency_key == item.idempotency_key
        )
        assert [i.id for i in OutboxRepository(profile.db).list_pending("pp26")] == [item.id]
        assert OutboxRepository(profile.db).get(item.id).payload == b""  # lists stay light
    finally:
        profile.close()


def test_lifecycle_due_claim_retry_sent(profile):
    outbox = OutboxRepository(profile.db)
    item = outbox.enqueue(
        OutgoingReport("pp26", "http", "https://r.example/in", "s", b"{}"), now=NOW
    )
    assert [i.id for i in outbox.due(NOW)] == [item.id]
    assert outbox.due(NOW - timedelta(seconds=1)) == []

    claimed = outbox.claim(item.id, NOW, LEASE)
    assert claimed.state == "sending" and claimed.attempts == 1 and claimed.payload == b"{}"
    assert outbox.claim(item.id, NOW, LEASE) is None  # taken
    assert outbox.due(NOW) == []

    outbox.mark_retry(item.id, NOW + timedelta(seconds=30), "cannot connect")
    assert outbox.due(NOW + timedelta(seconds=29)) == []
    assert outbox.next_due() == NOW + timedelta(seconds=30)
    later = NOW + timedelta(seconds=30)
    again = outbox.claim(item.id, later, LEASE)
    assert again.attempts == 2 and again.idempotency_key == item.idempotency_key
    outbox.mark_sent(item.id, later, "HTTP 201")
    sent = outbox.list_sent()
    assert [(i.id, i.state, i.sent_utc, i.receiver_answer, i.last_error) for i in sent] == [
        (item.id, "sent", later, "HTTP 201", "")
    ]
    assert outbox.due(later + timedelta(days=1)) == [] and outbox.next_due() is None
    outbox.mark_retry(item.id, later, "late news")  # a late caller cannot undo "sent"
    outbox.mark_failed(item.id, "late news")
    assert outbox.get(item.id).state == "sent"


def test_a_crash_mid_send_is_retried_after_the_lease_with_the_same_key(app_dirs):
    profile = open_profile(app_dirs)
    outbox = OutboxRepository(profile.db)
    item = outbox.enqueue(
        OutgoingReport("pp26", "http", "https://r.example/in", "s", b"{}"), now=NOW
    )
    outbox.claim(item.id, NOW, LEASE)
    profile.close()  # "kill -9" between claim and answer

    profile = open_profile(app_dirs)
    try:
        outbox = OutboxRepository(profile.db)
        assert (
            outbox.due(NOW + LEASE - timedelta(seconds=1)) == []
        )  # maybe still being sent by someone
        [due] = outbox.due(NOW + LEASE)
        assert due.state == "sending" and due.idempotency_key == item.idempotency_key
        assert outbox.claim(item.id, NOW + LEASE, LEASE).attempts == 2
    finally:
        profile.close()


def test_two_processes_cannot_both_claim_a_row(profile):
    outbox = OutboxRepository(profile.db)
    item = outbox.enqueue(OutgoingReport("pp26", "email", "a@example.org", "s", b"body"), now=NOW)
    other = Database(profile.db.path, profile.paths.backups).open()  # a second process's connection
    try:
        assert OutboxRepository(other).claim(item.id, NOW, LEASE) is not None
        assert outbox.claim(item.id, NOW, LEASE) is None
    finally:
        other.close()


def test_failed_rows_stop_until_sent_again(profile):
    outbox = OutboxRepository(profile.db)
    item = outbox.enqueue(
        OutgoingReport("pp26", "http", "https://r.example/in", "s", b"{}"), now=NOW
    )
    outbox.claim(item.id, NOW, LEASE)
    outbox.mark_failed(item.id, "refused (HTTP 403)", "HTTP 403: forbidden")
    assert outbox.due(NOW + timedelta(days=30)) == []
    [failed] = outbox.list_failed()
    assert (failed.last_error, failed.receiver_answer) == (
        "refused (HTTP 403)",
        "HTTP 403: forbidden",
    )
    assert outbox.retry_now(item.id, NOW + timedelta(hours=1))
    assert [i.id for i in outbox.due(NOW + timedelta(hours=1))] == [item.id]
    assert outbox.cancel(item.id) and outbox.due(NOW + timedelta(days=1)) == []


def test_channel_and_state_are_checked(profile):
    outbox = OutboxRepository(profile.db)
    with pytest.raises(ValueError):
        outbox.enqueue(OutgoingReport("pp26", "fax", "x", "s", b""), now=NOW)
    outbox.enqueue(OutgoingReport("pp26", "email", "a@example.org", "s", b""), now=NOW)
    with pytest.raises(sqlite3.IntegrityError):
        profile.db.execute("UPDATE outbox SET state = 'lost'")


def test_migration_from_schema_2_keeps_the_notes(tmp_path):
    path = tmp_path / "old.sqlite3"
    Database(path, tmp_path / "b", migrations=MIGRATIONS[:2]).open().close()
    db = Database(path, tmp_path / "b").open()
    try:
        assert db.user_version == len(MIGRATIONS) >= 3
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        assert list((tmp_path / "b").glob("*before-migration-v2-*"))
    finally:
        db.close()


def test_backoff_doubles_to_a_cap_with_jitter():
    top = [send.backoff(n, rand=lambda: 1.0).total_seconds() for n in range(1, 9)]
    assert top == [30, 60, 120, 240, 480, 960, 1800, 1800]
    assert send.backoff(1, rand=lambda: 0.0).total_seconds() == 24
    rng = random.Random(7)
    spread = {round(send.backoff(3, rand=rng.random).total_seconds()) for _ in range(50)}
    assert len(spread) > 5 and all(96 <= s <= 120 for s in spread)
    assert send.backoff(10_000).total_seconds() <= 1800
