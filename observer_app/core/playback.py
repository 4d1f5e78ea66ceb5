"""What to play for a body or session, and how positions map to wall-clock instants (pure).

A live stream is stamped with the wall clock; an archive with its session start plus the
position. Streams with ``duration_ms`` are looping files (the demo): a "live" one starts where
it would be had it been running since the session began, and archive positions wrap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from observer_app.core import clock
from observer_app.core.model import Conference, Note, NoteStamp, Session, StreamKind


@dataclass(frozen=True)
class PlaybackTarget:
    body_id: str
    url: str
    kind: StreamKind
    session: Session | None
    start_ms: int = 0
    loop_ms: int | None = None  # the file repeats every loop_ms
    user_agent: str | None = None
    referrer: str | None = None
    audio_only: bool = False  # the stream has no picture (radio-style channel)
    page: str | None = None  # the web page the address was resolved from (``Stream.page``)

    @property
    def loop(self) -> bool:
        return self.loop_ms is not None

    @property
    def seekable(self) -> bool:
        return self.kind is StreamKind.ARCHIVE

    def stamp(
        self,
        position_ms: int,
        now: datetime,
        program_date_time: datetime | None = None,
        wall: datetime | None = None,
    ) -> NoteStamp:
        """The note stamp for what is on screen at ``position_ms``.

        The instant comes from, in order: the stream's EXT-X-PROGRAM-DATE-TIME (exact, also on
        a live stream); the session start plus the position (an archive); ``wall``, the live
        player's own clock (which counts pauses and lag); the local clock.
        """
        if program_date_time is not None:
            utc = program_date_time
        elif self.kind is StreamKind.ARCHIVE and self.session is not None:
            utc = clock.MediaAnchor(0, self.session.start).utc_at(position_ms)
        elif wall is not None:
            utc = wall
        else:
            utc = now
        return NoteStamp(
            utc=utc,
            body_id=self.body_id,
            session_id=self.session.id if self.session else None,
            stream_url=self.url,
            stream_kind=self.kind,
            media_position_ms=max(0, int(position_ms)),
            program_date_time=program_date_time,
        )

    def position_for(self, note: Note) -> int | None:
        """Where ``note`` is in this archive, or None when it does not belong to it."""
        if (
            self.kind is not StreamKind.ARCHIVE
            or self.session is None
            or note.session_id != self.session.id
        ):
            return None
        position = clock.MediaAnchor(0, self.session.start).position_at(note.utc)
        if position < 0:
            return None
        return position % self.loop_ms if self.loop_ms else position


def plan(
    conference: Conference, body_id: str, session_id: str | None, now: datetime
) -> PlaybackTarget | None:
    """The target for a click on a body (its live stream) or a session (live, or its archive)."""
    stream = conference.stream_for_body(body_id)
    session = (
        conference.session(session_id) if session_id else conference.current_session(body_id, now)
    )
    loop_ms = stream.duration_ms if stream else None
    if session is not None and session.is_past(now):
        if session.archive_url:
            return PlaybackTarget(
                body_id, session.archive_url, StreamKind.ARCHIVE, session, 0, loop_ms
            )
        return None
    if stream is None:
        return None
    if session is not None and session.start > now:
        session = None  # not sitting yet: a note is filed under whatever sits when it is taken
    start = 0
    if loop_ms:
        begun = session.start if session is not None and session.start <= now else now
        start = clock.looped_live_position(begun, now, loop_ms)
    return PlaybackTarget(
        body_id,
        stream.url,
        StreamKind.LIVE,
        session,
        start,
        loop_ms,
        stream.user_agent,
        stream.referrer,
        stream.audio_only,
        stream.page,
    )


def archive_target_for(conference: Conference, note: Note) -> PlaybackTarget | None:
    """The archive a note can be replayed on (its session's recording), if any."""
    if not note.body_id or not note.session_id:
        return None
    session = conference.session(note.session_id)
    stream = conference.stream_for_body(note.body_id)
    if session is None or not session.archive_url:
        return None
    return PlaybackTarget(
        note.body_id,
        session.archive_url,
        StreamKind.ARCHIVE,
        session,
        0,
        stream.duration_ms if stream else None,
    )


def recording_position(note: Note, conference: Conference) -> int | None:
    """Where a note is in its session's recording (ms from the session start).

    This is what a reader of a report can use: for a note taken live, the raw player position
    only says how long the observer had been watching. Falls back to the raw position for
    notes outside any session.
    """
    session = conference.session(note.session_id)
    if session is not None and session.body_id == note.body_id:
        offset = clock.MediaAnchor(0, session.start).position_at(note.utc)
        if 0 <= offset <= int((session.end - session.start).total_seconds() * 1000):
            return offset
    return note.media_position_ms


class ReplayAction(StrEnum):
    SEEK = "seek"  # in the recording on screen, to ``position_ms``
    PLAY = "play"  # open ``target``, the session's recording at the note
    NONE = "none"  # nothing to replay: ``reason`` says why


@dataclass(frozen=True)
class Replay:
    """What double-clicking a note does."""

    action: ReplayAction
    position_ms: int = 0
    target: PlaybackTarget | None = None
    reason: str = ""


def replay(
    conference: Conference,
    current: PlaybackTarget | None,
    note: Note,
    now: datetime,
) -> Replay:
    """Seek in the archive on screen, play the note's session's recording at the note, or say
    why neither is possible."""
    position = current.position_for(note) if current else None
    if position is not None:
        return Replay(ReplayAction.SEEK, position_ms=position)
    target = archive_target_for(conference, note)
    session = conference.session(note.session_id)
    if target is None or session is None or not session.is_past(now):
        return Replay(ReplayAction.NONE, reason="This note's session has no recording yet.")
    start = target.position_for(note) or 0
    return Replay(
        ReplayAction.PLAY,
        target=PlaybackTarget(
            target.body_id, target.url, target.kind, target.session, start, target.loop_ms
        ),
    )
