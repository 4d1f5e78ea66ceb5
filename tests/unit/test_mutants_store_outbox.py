"""store/outbox.py: each state change of a report and the three lists the Outbox dialog
shows, checked field by field on a real SQLite file (the older tests followed one report
through its life and left most fields unread).

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from observer_app.store.db import Database, StoreError
from observer_app.store.outbox import OutboxRepository, OutboxState, OutgoingReport

T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


@pytest.fixture
def outbox(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield OutboxRepository(db)
    db.close()


def put(outbox: OutboxRepository, subject: str, minute: int = 0, conf: str = "pp26") -> str:
    report = OutgoingReport(conf, "email", "secretariat@example.org", subject, b"body")
    return outbox.enqueue(report, now=T0 + timedelta(minutes=minute)).id


def sending(outbox: OutboxRepository, subject: str, minute: int = 0) -> str:
    item_id = put(outbox, subject, minute)
    assert outbox.claim(item_id, T0 + timedelta(minutes=minute), LEASE) is not None
    return item_id


def state(outbox: OutboxRepository, item_id: str):
    item = outbox.get(item_id)
    assert item is not None
    return item


def test_a_sent_report_keeps_when_and_the_answer_and_forgets_the_error(outbox):
    """Catches: the state, time or receiver's answer not recorded, an earlier error left on a
    sent report, and a second 'sent' (a duplicate delivery report) moving its time."""
    item_id = sending(outbox, "r")
    outbox.mark_retry(item_id, T0 + timedelta(minutes=1), "timed out")
    outbox.claim(item_id, T0 + timedelta(minutes=1), LEASE)
    outbox.mark_sent(item_id, T0 + timedelta(minutes=2), "250 queued as 7F3")
    outbox.mark_sent(item_id, T0 + timedelta(minutes=9), "again")
    item = state(outbox, item_id)
    assert (item.state, item.sent_utc, item.receiver_answer, item.last_error) == (
        OutboxState.SENT,
        T0 + timedelta(minutes=2),
        "250 queued as 7F3",
        "",
    )


def test_a_retry_is_scheduled_only_for_the_report_being_sent(outbox):
    """Catches: the next attempt's time, the error or the answer not kept, and a retry
    applied to a report no longer being sent (a sent one would go out again)."""
    item_id = sending(outbox, "r")
    outbox.mark_retry(item_id, T0 + timedelta(minutes=7), "451 try later", "451 greylisted")
    item = state(outbox, item_id)
    assert (item.state, item.next_attempt_utc, item.last_error, item.receiver_answer) == (
        OutboxState.PENDING,
        T0 + timedelta(minutes=7),
        "451 try later",
        "451 greylisted",
    )
    done = sending(outbox, "sent one", 1)
    outbox.mark_sent(done, T0 + timedelta(minutes=2), "ok")
    outbox.mark_retry(done, T0 + timedelta(minutes=8), "late answer")
    assert state(outbox, done).state == OutboxState.SENT
    assert state(outbox, done).last_error == ""


def test_send_again_makes_a_failed_or_waiting_report_due_now(outbox):
    """Catches: 'send again' refused for a failed report, allowed for a sent or sending one
    (a duplicate), its due time not reset, or its answer said wrongly."""
    failed = sending(outbox, "failed")
    outbox.mark_failed(failed, "550 no such user")
    assert outbox.retry_now(failed, T0 + timedelta(hours=1)) is True
    item = state(outbox, failed)
    assert (item.state, item.next_attempt_utc) == (OutboxState.PENDING, T0 + timedelta(hours=1))
    waiting = put(outbox, "waiting", 1)
    assert outbox.retry_now(waiting, T0 + timedelta(hours=2)) is True
    busy = sending(outbox, "busy", 2)
    assert outbox.retry_now(busy, T0 + timedelta(hours=3)) is False
    assert state(outbox, busy).state == OutboxState.SENDING
    outbox.mark_sent(busy, T0, "ok")
    assert outbox.retry_now(busy, T0 + timedelta(hours=3)) is False
    assert outbox.retry_now("no-such-id", T0) is False


def test_cancel_stops_a_waiting_report_with_its_reason(outbox):
    """Catches: a report being sent right now cancelled (it may already be out), the default
    reason changed, and the answer said wrongly."""
    waiting = put(outbox, "waiting")
    assert outbox.cancel(waiting) is True
    assert (state(outbox, waiting).state, state(outbox, waiting).last_error) == (
        OutboxState.FAILED,
        "cancelled",
    )
    other = put(outbox, "other", 1)
    assert outbox.cancel(other, "wrong address") is True
    assert state(outbox, other).last_error == "wrong address"
    busy = sending(outbox, "busy", 2)
    assert outbox.cancel(busy) is False
    assert state(outbox, busy).state == OutboxState.SENDING
    assert outbox.cancel("no-such-id") is False


def test_the_next_due_time_counts_only_reports_still_to_send(outbox):
    """Catches: failed or sent reports setting the window's timer (it would fire for ever),
    the latest time taken instead of the earliest, and no None when nothing waits."""
    assert outbox.next_due() is None
    failed = put(outbox, "failed", 0)
    outbox.cancel(failed)
    assert outbox.next_due() is None
    put(outbox, "later", 30)
    put(outbox, "sooner", 10)
    assert outbox.next_due() == T0 + timedelta(minutes=10)
    claimed = sending(outbox, "claimed", 2)  # its lease ends at 2 + 5 minutes: still to send
    assert outbox.next_due() == T0 + timedelta(minutes=7)
    outbox.mark_sent(claimed, T0, "ok")
    assert outbox.next_due() == T0 + timedelta(minutes=10)


def test_the_three_lists_hold_their_own_reports_in_their_own_order(outbox):
    """Catches: a list filtered by the wrong state or not by conference, and the orders the
    dialog shows (sent: newest first; pending: oldest first; failed: newest first)."""
    ids = {name: put(outbox, name, minute) for minute, name in enumerate("abcdef")}
    other = put(outbox, "elsewhere", 9, conf="wtdc25")
    for name, sent_minute in (("a", 40), ("b", 50)):
        outbox.claim(ids[name], T0 + timedelta(minutes=20), LEASE)
        outbox.mark_sent(ids[name], T0 + timedelta(minutes=sent_minute), "ok")
    outbox.cancel(ids["c"])
    outbox.cancel(ids["d"])

    def subjects(items):
        return [i.subject for i in items]

    assert subjects(outbox.list_sent("pp26")) == ["b", "a"]
    assert subjects(outbox.list_failed("pp26")) == ["d", "c"]
    assert subjects(outbox.list_pending("pp26")) == ["e", "f"]
    assert subjects(outbox.list_pending()) == ["e", "f", "elsewhere"]
    assert [i.id for i in outbox.list_pending("wtdc25")] == [other]


def test_a_state_change_that_cannot_be_written_says_what_and_where(outbox):
    """Catches: the failure passed over in silence or its words changed."""
    item_id, busy = put(outbox, "r"), sending(outbox, "busy", 1)
    outbox.db.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    for call, what in (
        (lambda: outbox.cancel(item_id), "cancel the report"),
        (lambda: outbox.retry_now(item_id, T0), "schedule the report again"),
        (lambda: outbox.mark_sent(item_id, T0, "ok"), "record the sent report"),
        (lambda: outbox.mark_retry(busy, T0, "e"), "schedule the next attempt"),
    ):
        with pytest.raises(StoreError) as raised:
            call()
        assert str(raised.value) == f"could not {what} in {outbox.db.path}: refused"
