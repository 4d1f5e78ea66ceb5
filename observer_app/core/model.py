"""The data model shared by every layer: plain dataclasses, no Qt, no SQL.

Times are always timezone-aware ``datetime`` objects in UTC inside the model; conversion to the
conference zone or the observer's zone happens only for display (see ``core.clock``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from datetime import date as _date
from enum import StrEnum
from functools import cached_property
from typing import Any

#: The six official UN/ITU languages, in the UN's order.
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
#: Pseudo-language of the untranslated floor audio.
FLOOR = "floor"
#: Positions a speaker can take, as the observer records them.
STANCES = ("supports", "opposes", "concern", "question", "commitment")


class StreamKind(StrEnum):
    """How a stream relates to the clock: live follows wall time, archive can be sought."""

    LIVE = "live"
    ARCHIVE = "archive"


@dataclass(frozen=True)
class AudioChannel:
    """One audio choice of a stream: the floor or an interpretation into ``language``."""

    language: str  # FLOOR or an ISO 639-1 code
    name: str = ""


@dataclass(frozen=True)
class Stream:
    """A webcast of one body: a URL libVLC can open, plus what we know of its audio."""

    id: str
    body_id: str
    url: str
    kind: StreamKind = StreamKind.LIVE
    audio: tuple[AudioChannel, ...] = ()
    #: Length of the media in ms when known (local demo files loop over it while "live").
    duration_ms: int | None = None
    #: HTTP headers some webcast servers insist on (from the feed, or an IPTV playlist).
    user_agent: str | None = None
    referrer: str | None = None
    #: A radio-style channel (M3U radio="true"): no picture to show, play it audio-only.
    audio_only: bool = False
    #: The web page this address was read from: resolved addresses carry tokens that expire,
    #: and the player reads the page again for a fresh one (``player/page_refresh.py``).
    page: str | None = None


@dataclass(frozen=True)
class Body:
    """A body that sits: Plenary, a working group, a committee."""

    id: str
    name: str
    short_name: str = ""
    room: str = ""
    #: Ids this body had under earlier naming rules or in sources merged into it (``EBS+1`` was
    #: ``ebs-1``; ``Committee5`` merged into ``Committee 5``): notes and follows filed under
    #: them are re-filed under ``id`` (``services.notes.refile_former_bodies``).
    former_ids: tuple[str, ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class Session:
    """One sitting of a body, with its stream while live and its recording afterwards."""

    id: str
    body_id: str
    title: str
    start: datetime
    end: datetime
    stream_id: str | None = None
    archive_url: str | None = None
    agenda: tuple[str, ...] = ()

    def is_live(self, now: datetime) -> bool:
        return self.start <= now < self.end

    def is_past(self, now: datetime) -> bool:
        return self.end <= now


@dataclass(frozen=True)
class DocumentFile:
    language: str
    url: str


@dataclass(frozen=True)
class Document:
    """A conference document; ``symbol`` is canonical (see ``core.symbols``)."""

    symbol: str
    title: str
    source: str = ""
    date: _date | None = None  # (the module's `date` is imported as _date: this field shadows it)
    body_id: str | None = None
    files: tuple[DocumentFile, ...] = ()

    def file_for(self, preferred: tuple[str, ...] = ("en",)) -> DocumentFile | None:
        """The file in the first preferred language that exists, else any file."""
        by_lang = {f.language: f for f in self.files}
        for lang in preferred:
            if lang in by_lang:
                return by_lang[lang]
        return self.files[0] if self.files else None


@dataclass(frozen=True)
class Conference:
    id: str
    name: str
    timezone: str  # IANA name, e.g. "Asia/Seoul"
    venue: str = ""
    short_name: str = ""
    url: str = ""
    bodies: tuple[Body, ...] = ()
    sessions: tuple[Session, ...] = ()
    streams: tuple[Stream, ...] = ()
    documents: tuple[Document, ...] = ()
    #: Where the feed came from (path or URL); relative media URLs were resolved against it.
    source: str = ""
    #: The body to show first when the observer has no habit yet (the demo's anchor body).
    featured_body: str = ""

    @cached_property
    def _index(self) -> dict[str, dict[Any, Any]]:
        """Lookups by id, built once (frozen: the conference never changes under them)."""
        by_body_stream: dict[str, Stream] = {}
        for stream in self.streams:
            by_body_stream.setdefault(stream.body_id, stream)
        return {
            "body": {b.id: b for b in reversed(self.bodies)},
            "stream": {s.id: s for s in reversed(self.streams)},
            "session": {s.id: s for s in reversed(self.sessions)},
            "body_stream": by_body_stream,
            "document": {d.symbol: d for d in reversed(self.documents)},
        }

    def body(self, body_id: str) -> Body | None:
        return self._index["body"].get(body_id)

    def stream(self, stream_id: str | None) -> Stream | None:
        return self._index["stream"].get(stream_id)

    def session(self, session_id: str | None) -> Session | None:
        return self._index["session"].get(session_id)

    def stream_for_body(self, body_id: str) -> Stream | None:
        return self._index["body_stream"].get(body_id)

    @cached_property
    def _sessions_by_body(self) -> dict[str, list[Session]]:
        """Sessions per body in time order, computed once: views ask for them on every repaint,
        and a scan of all sessions per body is quadratic on a 2,000-body playlist conference."""
        index: dict[str, list[Session]] = {}
        for session in sorted(self.sessions, key=lambda s: s.start):
            index.setdefault(session.body_id, []).append(session)
        return index

    def sessions_of(self, body_id: str) -> list[Session]:
        return list(self._sessions_by_body.get(body_id, ()))

    def current_session(self, body_id: str, now: datetime) -> Session | None:
        """The session of ``body_id`` sitting at ``now``, if any."""
        return next((s for s in self._sessions_by_body.get(body_id, ()) if s.is_live(now)), None)

    def next_session(self, body_id: str, now: datetime) -> Session | None:
        return next((s for s in self._sessions_by_body.get(body_id, ()) if s.start > now), None)

    def document(self, symbol: str) -> Document | None:
        return self._index["document"].get(symbol)


def new_id() -> str:
    import uuid  # (when a note is made, not at the window's start: issue 15)

    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Now, in UTC, to the millisecond (the precision the store keeps)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


@dataclass
class Note:
    """An observer's note, stamped with the moment it refers to.

    ``utc`` is the wall-clock instant the note points at (what was being shown, not when Enter
    was pressed). ``media_position_ms`` is the player position at that instant in the stream
    ``stream_url``; ``program_date_time`` is the HLS EXT-X-PROGRAM-DATE-TIME mapping of that
    position when the stream carried one. Together they let a note taken live be re-anchored
    on the archive later.
    """

    text: str
    utc: datetime
    conference_id: str = ""
    body_id: str | None = None
    session_id: str | None = None
    stream_url: str | None = None
    stream_kind: StreamKind | None = None
    media_position_ms: int | None = None
    program_date_time: datetime | None = None
    for_feedback: bool = True
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)
    #: Who spoke (a delegation or person), the agenda item, the stance taken, free tags.
    speaker: str = ""
    agenda_item: str = ""
    stance: str = ""  # "" or one of STANCES
    tags: tuple[str, ...] = ()
    #: Who wrote the note (for team bundles).
    author: str = ""
    #: Who made this version (a teammate's edit of our note): "" means the author.
    edited_by: str = ""
    #: Set on a copy kept when a teammate edited the same note concurrently: the original's id.
    conflict_of: str | None = None
    deleted: bool = False

    def edited(self, **changes: Any) -> Note:
        return replace(self, **changes, updated=utc_now())

    def content_key(self) -> tuple[object, ...]:
        """What an edit can change; two notes with the same key say the same thing."""
        return (
            self.text,
            self.speaker,
            self.agenda_item,
            self.stance,
            tuple(self.tags),
            self.for_feedback,
            self.deleted,
            self.body_id,
            self.session_id,
        )


@dataclass(frozen=True)
class Briefing:
    """A civil-society briefing: "notes since the last briefing" starts here."""

    conference_id: str
    utc: datetime
    title: str = "Briefing"
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class NoteStamp:
    """What the player says about "now" when a note starts: everything except the text."""

    utc: datetime
    body_id: str | None = None
    session_id: str | None = None
    stream_url: str | None = None
    stream_kind: StreamKind | None = None
    media_position_ms: int | None = None
    program_date_time: datetime | None = None

    def note(self, text: str, conference_id: str) -> Note:
        return Note(
            text=text,
            utc=self.utc,
            conference_id=conference_id,
            body_id=self.body_id,
            session_id=self.session_id,
            stream_url=self.stream_url,
            stream_kind=self.stream_kind,
            media_position_ms=self.media_position_ms,
            program_date_time=self.program_date_time,
        )
