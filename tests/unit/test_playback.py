"""What the player opens for a click, and how positions become note stamps."""

from datetime import timedelta

from support.clock import PINNED_NOW

from observer_app.core import playback
from observer_app.core.model import StreamKind


def test_live_body_starts_where_the_loop_would_be(demo_conference):
    target = playback.plan(demo_conference, "com5", None, PINNED_NOW)
    session = demo_conference.current_session("com5", PINNED_NOW)
    assert target.kind is StreamKind.LIVE and target.session == session
    elapsed = int((PINNED_NOW - session.start).total_seconds() * 1000)
    assert target.start_ms == elapsed % 60_000 and target.loop
    stamp = target.stamp(12_345, PINNED_NOW)
    assert stamp.utc == PINNED_NOW and stamp.media_position_ms == 12_345
    assert (
        stamp.body_id == "com5"
        and stamp.session_id == session.id
        and stamp.stream_kind is StreamKind.LIVE
    )


def test_past_session_plays_its_archive_and_stamps_from_session_start(demo_conference):
    past = demo_conference.session("com5-d1-pm")
    target = playback.plan(demo_conference, "com5", past.id, PINNED_NOW)
    assert target.kind is StreamKind.ARCHIVE and target.seekable and target.start_ms == 0
    stamp = target.stamp(42_000, PINNED_NOW)
    assert stamp.utc == past.start + timedelta(seconds=42)
    note = stamp.note("x", demo_conference.id)
    assert target.position_for(note) == 42_000


def test_note_of_another_session_is_not_in_this_archive(demo_conference):
    past = demo_conference.session("com5-d1-pm")
    other = playback.plan(demo_conference, "com5", "com5-d1-am", PINNED_NOW)
    note = (
        playback.plan(demo_conference, "com5", past.id, PINNED_NOW)
        .stamp(1000, PINNED_NOW)
        .note("x", "c")
    )
    assert other.position_for(note) is None
    assert playback.archive_target_for(demo_conference, note).session == past


def test_upcoming_session_plays_the_body_stream_without_claiming_the_session(demo_conference):
    future = demo_conference.session("com5-d3-am")
    target = playback.plan(demo_conference, "com5", future.id, PINNED_NOW)
    assert target.kind is StreamKind.LIVE and target.session is None
    assert target.stamp(1000, PINNED_NOW).session_id is None


def test_live_stamp_prefers_stream_clock_then_player_clock(demo_conference):
    target = playback.plan(demo_conference, "com5", None, PINNED_NOW)
    pdt = PINNED_NOW - timedelta(seconds=20)
    stamp = target.stamp(
        5000, PINNED_NOW, program_date_time=pdt, wall=PINNED_NOW - timedelta(seconds=3)
    )
    assert stamp.utc == pdt and stamp.program_date_time == pdt
    stamp = target.stamp(5000, PINNED_NOW, wall=PINNED_NOW - timedelta(seconds=3))
    assert stamp.utc == PINNED_NOW - timedelta(seconds=3) and stamp.program_date_time is None


def test_recording_position_re_anchors_live_notes_on_the_session(demo_conference):
    session = demo_conference.current_session("com5", PINNED_NOW)
    target = playback.plan(demo_conference, "com5", None, PINNED_NOW)
    note = target.stamp(48_000, session.start + timedelta(minutes=27, seconds=48)).note("x", "c")
    assert note.media_position_ms == 48_000  # what the player said
    assert playback.recording_position(note, demo_conference) == (27 * 60 + 48) * 1000
    outside = (
        playback.plan(demo_conference, "com5", None, PINNED_NOW)
        .stamp(7, session.end)
        .note("y", "c")
    )
    outside.session_id = None
    assert playback.recording_position(outside, demo_conference) == 7


def test_a_note_taken_live_replays_on_the_archive_later(demo_conference):
    """Taken live (player position = time since the observer tuned in), replayed the next day
    on the session's recording at the moment it refers to, by wall-clock time."""
    session = demo_conference.current_session("com5", PINNED_NOW)
    live = playback.plan(demo_conference, "com5", None, PINNED_NOW)
    taken_at = session.start + timedelta(minutes=40, seconds=12)
    note = live.stamp(3_000, taken_at).note("Chile asks for DT/33 online", demo_conference.id)
    nothing = playback.replay(demo_conference, live, note, PINNED_NOW)
    assert (
        nothing.action == "none" and nothing.reason == "This note's session has no recording yet."
    )
    tomorrow = session.end + timedelta(days=1)
    replay = playback.replay(demo_conference, None, note, tomorrow)
    target = replay.target
    assert replay.action == "play" and target is not None
    assert target.kind is StreamKind.ARCHIVE and target.session == session
    assert (
        target.start_ms == ((40 * 60 + 12) * 1000) % 60_000
    )  # the demo recording loops every 60 s
    again = playback.replay(demo_conference, target, note, tomorrow)
    assert (again.action, again.position_ms) == ("seek", target.start_ms)
