from datetime import UTC, datetime, timedelta

from observer_app.core.follows import (
    BODY,
    SESSION,
    Follow,
    due_reminders,
    followed_sessions,
    is_followed,
)
from observer_app.core.model import Body, Conference, Session

T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def conference() -> Conference:
    def session(sid, body, hours):
        start = T0 + timedelta(hours=hours)
        return Session(sid, body, f"{body} {sid}", start, start + timedelta(hours=2))

    return Conference(
        "c",
        "Conf",
        "Asia/Seoul",
        bodies=(Body("com5", "Committee 5", "COM5"), Body("pl", "Plenary")),
        sessions=(session("a", "com5", 0), session("b", "com5", 3), session("c", "pl", 1)),
    )


def test_following_a_body_follows_its_sessions_and_a_session_only_itself():
    follows = {Follow(BODY, "com5"), Follow(SESSION, "c")}
    assert [s.id for s in followed_sessions(conference(), follows)] == ["a", "c", "b"]
    assert not is_followed(conference().sessions[2], {Follow(BODY, "com5")})


def test_reminder_fires_within_the_lead_time_once():
    conf, follows, lead = conference(), {Follow(SESSION, "c")}, timedelta(minutes=15)
    assert due_reminders(conf, follows, T0 + timedelta(minutes=44), lead, set()) == []
    due = due_reminders(conf, follows, T0 + timedelta(minutes=46), lead, set())
    assert [r.session.id for r in due] == ["c"]
    assert (
        due[0].minutes == 14
        and "starts in 14 min" in due[0].message()
        and "Plenary" in due[0].message()
    )
    assert due_reminders(conf, follows, T0 + timedelta(minutes=50), lead, {due[0].key}) == []


def test_a_late_start_still_reminds_and_says_so_but_not_after_the_end():
    conf, follows, lead = conference(), {Follow(BODY, "com5")}, timedelta(minutes=10)
    due = due_reminders(conf, follows, T0 + timedelta(minutes=3, seconds=10), lead, set())
    assert [r.session.id for r in due] == ["a"] and due[0].message().endswith("started 3 min ago.")
    assert due_reminders(conf, follows, T0 + timedelta(hours=2), lead, set()) == []


def test_a_rescheduled_session_reminds_again():
    conf = conference()
    first = due_reminders(
        conf, {Follow(SESSION, "a")}, T0 - timedelta(minutes=5), timedelta(minutes=15), set()
    )
    moved = Conference(
        conf.id,
        conf.name,
        conf.timezone,
        bodies=conf.bodies,
        sessions=(Session("a", "com5", "moved", T0 + timedelta(hours=1), T0 + timedelta(hours=2)),),
    )
    again = due_reminders(
        moved,
        {Follow(SESSION, "a")},
        T0 + timedelta(minutes=50),
        timedelta(minutes=15),
        {first[0].key},
    )
    assert [r.session.id for r in again] == ["a"]
