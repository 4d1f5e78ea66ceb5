"""Tests written against mutants of core/playback.py that survived the older tests (`make mutate`).

Each test names the planted bug it catches. The conference is built by hand so that every
expected position below can be checked with a pencil: one Plenary with a webcast carrying
the HTTP headers its server insists on, and a committee without any stream of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core import playback
from observer_app.core.model import Body, Conference, Note, Session, Stream, StreamKind

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
PLEN_URL = "https://cast.example.org/plen/live.m3u8"
MORNING_ARCHIVE = "https://cast.example.org/plen/2026-11-30-am.mp4"
COM_ARCHIVE = "https://cast.example.org/com4/2026-11-29.mp4"

MORNING = Session(  # over, recorded: 01:00-03:00 UTC
    "plen-am",
    "plen",
    "Plenary, morning",
    datetime(2026, 11, 30, 1, 0, tzinfo=UTC),
    datetime(2026, 11, 30, 3, 0, tzinfo=UTC),
    archive_url=MORNING_ARCHIVE,
)
UNRECORDED = Session(  # over, no recording published yet
    "plen-noon",
    "plen",
    "Plenary, noon",
    datetime(2026, 11, 30, 3, 30, tzinfo=UTC),
    datetime(2026, 11, 30, 4, 30, tzinfo=UTC),
)
AFTERNOON = Session(  # sitting now: began at 05:58:58.500, 61.5 s before NOW
    "plen-pm",
    "plen",
    "Plenary, afternoon",
    datetime(2026, 11, 30, 5, 58, 58, 500_000, tzinfo=UTC),
    datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
)
COM_PAST = Session(  # a committee with a recording but no live stream
    "com4-d1",
    "com4",
    "Committee 4",
    datetime(2026, 11, 29, 1, 0, tzinfo=UTC),
    datetime(2026, 11, 29, 2, 0, tzinfo=UTC),
    archive_url=COM_ARCHIVE,
)


def _conference(*, loop_ms: int | None = None, sessions: tuple[Session, ...] = ()) -> Conference:
    stream = Stream(
        "plen-stream",
        "plen",
        PLEN_URL,
        duration_ms=loop_ms,
        user_agent="Mozilla/5.0 (ITU webcast)",
        referrer="https://www.itu.int/webcast/",
        page="https://www.itu.int/webcast/plenary",
    )
    return Conference(
        "pp-26",
        "PP-26",
        "Asia/Seoul",
        bodies=(Body("plen", "Plenary"), Body("com4", "Committee 4")),
        sessions=sessions or (MORNING, UNRECORDED, AFTERNOON, COM_PAST),
        streams=(stream,),
    )


def _note(at: datetime, *, body: str | None = "plen", session: str | None = "plen-am") -> Note:
    return Note("Kenya supports Document 67", at, "pp-26", body, session, media_position_ms=9_999)


def test_live_target_carries_the_stream_address_and_its_headers():
    # Catches the URL, user agent, referrer or page dropped from the live target (the server
    # answers 403 without its headers; the page is where an expired token is renewed).
    target = playback.plan(_conference(), "plen", None, NOW)
    assert target is not None and target.kind is StreamKind.LIVE
    assert target.url == PLEN_URL
    assert target.user_agent == "Mozilla/5.0 (ITU webcast)"
    assert target.referrer == "https://www.itu.int/webcast/"
    assert target.page == "https://www.itu.int/webcast/plenary"
    # A stream that does not loop starts at its live edge: catches `start = 1` / `None`.
    assert target.start_ms == 0 and not target.loop


def test_a_looping_live_stream_starts_where_the_session_has_got_to():
    # The session began 61.5 s ago on a 60 s loop: 1.5 s into the file. Catches `begun = now`
    # (the file would start from 0, out of step with the session's clock).
    target = playback.plan(_conference(loop_ms=60_000), "plen", None, NOW)
    assert target is not None and target.start_ms == 1_500


def test_a_session_starting_this_very_instant_is_claimed():
    # Catches `session.start >= now`: a note taken at the first second would lose its session.
    target = playback.plan(_conference(), "plen", "plen-pm", AFTERNOON.start)
    assert target is not None and target.session == AFTERNOON


def test_past_session_opens_its_recording_with_the_stream_loop():
    # Catches the archive URL or the loop length dropped from the archive target.
    target = playback.plan(_conference(loop_ms=60_000), "plen", "plen-am", NOW)
    assert target is not None and target.kind is StreamKind.ARCHIVE
    assert target.url == MORNING_ARCHIVE and target.loop_ms == 60_000


def test_body_without_a_stream_still_opens_its_past_recording():
    # Catches `stream.duration_ms if stream or True` (AttributeError on None) in plan and in
    # archive_target_for.
    conference = _conference()
    target = playback.plan(conference, "com4", "com4-d1", NOW)
    assert target is not None and target.url == COM_ARCHIVE and target.loop_ms is None
    note = _note(COM_PAST.start + timedelta(minutes=5), body="com4", session="com4-d1")
    again = playback.archive_target_for(conference, note)
    assert again is not None and again.url == COM_ARCHIVE and again.loop_ms is None


def test_stamp_records_the_stream_and_never_a_negative_position():
    target = playback.plan(_conference(), "plen", None, NOW)
    assert target is not None
    stamp = target.stamp(0, NOW)
    # Catches `stream_url=None` (the note could not be re-anchored on the archive later).
    assert stamp.stream_url == PLEN_URL
    # Catches `max(1, ...)`: the first frame is position 0, not 1.
    assert stamp.media_position_ms == 0
    assert target.stamp(-40, NOW).media_position_ms == 0


def test_note_at_the_first_instant_of_an_archive_is_at_position_zero():
    # Catches `position <= 0` / `< 1` (the note would be "not in this archive") and, for an
    # archive that does not loop, `position % loop_ms` applied without a loop (TypeError).
    target = playback.plan(_conference(), "plen", "plen-am", NOW)
    assert target is not None and target.loop_ms is None
    assert target.position_for(_note(MORNING.start)) == 0
    assert target.position_for(_note(MORNING.start + timedelta(minutes=2))) == 120_000
    assert target.position_for(_note(MORNING.start - timedelta(seconds=1))) is None


def test_archive_target_needs_the_note_body_and_session_and_a_recording():
    conference = _conference()
    at = MORNING.start + timedelta(minutes=10)
    # Catches `not body or not session` turned into `and`: a note without a body is not
    # replayed on some recording anyway.
    assert playback.archive_target_for(conference, _note(at, body=None)) is None
    # Catches `session is None or not archive_url` turned into `and`: no recording, no target.
    assert playback.archive_target_for(conference, _note(at, session="plen-noon")) is None
    # Catches the body, URL or start dropped from the target.
    target = playback.archive_target_for(conference, _note(at))
    assert target is not None
    assert (target.body_id, target.url, target.start_ms) == ("plen", MORNING_ARCHIVE, 0)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (timedelta(0), 0),  # first instant: catches `1 <= offset` and `0 < offset`
        (timedelta(hours=2), 7_200_000),  # last instant: catches `offset < length`
        (timedelta(hours=2, seconds=1), 9_999),  # after the end: catches a 1001 ms "second"
    ],
)
def test_recording_position_covers_the_whole_session_and_nothing_after(offset, expected):
    note = _note(MORNING.start + offset)
    assert playback.recording_position(note, _conference()) == expected


def test_replay_of_a_note_whose_session_has_no_recording_says_so():
    # Catches `target is None and session is None` (AttributeError on the missing target)
    # and any change to the message the observer reads.
    note = _note(UNRECORDED.start + timedelta(minutes=3), session="plen-noon")
    assert playback.replay(_conference(), None, note, NOW) == playback.Replay(
        playback.ReplayAction.NONE, reason="This note's session has no recording yet."
    )


def test_replay_opens_the_recording_exactly_at_the_note():
    conference = _conference()
    replay = playback.replay(conference, None, _note(MORNING.start), NOW)
    action, target = replay.action, replay.target
    assert action == "play" and isinstance(target, playback.PlaybackTarget)
    # Catches `or 1` (a note at the first instant would start 1 ms late) and the body or URL
    # dropped from the target.
    assert (target.body_id, target.url, target.start_ms) == ("plen", MORNING_ARCHIVE, 0)
    later = _note(MORNING.start + timedelta(minutes=1, seconds=30))
    target = playback.replay(conference, None, later, NOW).target
    assert isinstance(target, playback.PlaybackTarget) and target.start_ms == 90_000
