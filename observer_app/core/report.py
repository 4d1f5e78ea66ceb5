"""Select and group notes into a feedback report (pure; the formats live in ``core.export``).

Grouping: body, then session, then agenda item, each in time order; notes outside any
scheduled session of their body come last under "Outside scheduled sessions".

Archive links (``archive_link``): a recording addressed by an http(s) URL gets a W3C Media
Fragment ``#t=SECONDS`` (players and browsers start there); a YouTube recording gets
``t=SECONDSs`` in its query, the form YouTube understands. Other schemes get no link.

Transcript quotes (``Quote``): words the observer quoted from the transcript into a note
(“words” (0:12:03–0:12:09), ``core.transcript.QUOTE``) are given with the conference time they
were said, their span in the session's recording and a link to the recording at that second.
The note's stamp maps the player's position to an instant (the quote's span is in the same
player's time); without a stamp, the span is taken as the recording's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any

from observer_app.core import clock
from observer_app.core.model import Conference, Note
from observer_app.core.playback import recording_position
from observer_app.core.symbols import find_symbols
from observer_app.core.transcript import QuotedSpan, split_quotes

OUTSIDE_SESSIONS = "Outside scheduled sessions"
GENERAL = "General"


@dataclass(frozen=True)
class CitedDocument:
    symbol: str
    title: str = ""  # empty when the conference does not list the document
    url: str = ""  # the document's file in the preferred language, when the feed lists one


@dataclass(frozen=True)
class Quote:
    """Words quoted verbatim from the transcript, with when they were said."""

    words: str
    #: The span in the session's recording, "0:12:03–0:12:09" (the player's own time when the
    #: recording position is unknown).
    video: str
    #: When the words were said, for people: "10:15:03 KST"; "" when the note has no stamp.
    conference_time: str = ""
    #: The recording at the quote's first second, when there is one.
    archive_link: str = ""
    #: When the first words were said (UTC), for data formats; None when the note has no stamp.
    said_utc: datetime | None = None
    #: ``video`` in ms of the recording (or of the player's own time, as ``video``).
    start_ms: int = 0
    end_ms: int = 0
    #: "captions" (written by people) or "automatic" (Whisper); "" when the note does not say.
    source: str = ""


@dataclass(frozen=True)
class ReportEntry:
    note_id: str
    text: str
    utc: datetime
    conference_time: str  # "2014-10-21 10:15:03 KST"
    utc_time: str  # "2014-10-21 01:15:03 UTC"
    media_position: str  # position in the session's recording, "0:45:03"; "" when unknown
    documents: tuple[CitedDocument, ...]
    position_ms: int | None = None  # the same position in ms (cue tracks)
    speaker: str = ""
    stance: str = ""
    agenda_item: str = ""
    tags: tuple[str, ...] = ()
    body_id: str | None = None
    session_id: str | None = None
    archive_link: str = ""  # the recording at this moment, when there is one
    #: For people (Markdown, HTML, PDF, DOCX, text): "Monday 7 December 2026, 14:55" in the
    #: conference's zone, plus " (UTC+2)" when the zone's offset differs from the report's.
    local_time: str = ""
    #: "11:55 UTC", or "Sunday 6 December 2026, 23:55 UTC" when the UTC day is another one.
    utc_note: str = ""
    #: The text as the observer's own words and ``Quote``s in reading order; empty when the
    #: note quotes nothing (then ``text`` is all there is).
    parts: tuple[str | Quote, ...] = ()

    @property
    def when(self) -> str:
        """The note's time for people (the human formats use this, never an ISO stamp)."""
        return self.local_time or self.conference_time

    @property
    def when_utc(self) -> str:
        return self.utc_note or self.utc_time


@dataclass
class AgendaGroup:
    item: str  # "" for notes without an agenda item
    entries: list[ReportEntry] = field(default_factory=list)


@dataclass
class SessionGroup:
    title: str
    start: datetime | None
    entries: list[ReportEntry] = field(default_factory=list)  # all, in time order
    id: str | None = None
    archive_url: str | None = None

    @property
    def agenda(self) -> list[AgendaGroup]:
        """The entries by agenda item, items in order of first mention, each in time order.

        Notes without an item come first: the formats head only the item groups, so a group
        without one placed after an item would read as part of that item."""
        groups: dict[str, AgendaGroup] = {"": AgendaGroup("")}
        for entry in self.entries:
            groups.setdefault(entry.agenda_item, AgendaGroup(entry.agenda_item)).entries.append(
                entry
            )
        return [group for group in groups.values() if group.entries]


@dataclass
class BodyGroup:
    name: str
    sessions: list[SessionGroup] = field(default_factory=list)
    id: str | None = None


@dataclass
class Report:
    conference: str
    timezone: str
    author: str
    organization: str
    contact: str
    generated: datetime
    bodies: list[BodyGroup]
    title: str = ""
    introduction: str = ""
    conference_id: str | None = None
    #: The zone as people say it, with its offset: "Doha time (UTC+3)".
    zone: str = ""
    #: When it was made, for people: "Monday 7 December 2026, 14:55 Doha time (UTC+3)".
    generated_text: str = ""
    #: A page of a report (the preview) holds some of its notes but counts them all.
    total: int | None = None

    @property
    def generated_for_people(self) -> str:
        return self.generated_text or f"{human_datetime(clock.ensure_utc(self.generated))} UTC"

    @property
    def zone_for_people(self) -> str:
        return self.zone or self.timezone

    @property
    def note_count(self) -> int:
        if self.total is not None:
            return self.total
        return sum(len(s.entries) for b in self.bodies for s in b.sessions)


def cited_documents(text: str, conference: Conference) -> tuple[CitedDocument, ...]:
    """The document symbols a note mentions, once each, in order, with titles when known."""
    symbols = dict.fromkeys(symbol.canonical() for _start, _end, symbol in find_symbols(text))
    return tuple(_cited_document(canonical, conference) for canonical in symbols)


def _cited_document(canonical: str, conference: Conference) -> CitedDocument:
    doc = conference.document(canonical)
    file = doc.file_for(("en",)) if doc else None
    url = file.url if file and file.url.startswith(("http://", "https://")) else ""
    return CitedDocument(canonical, doc.title if doc else "", url)


class _Citations:
    """The documents each note cites, from the symbols the store keeps per note when given
    (parsing every note's text again was half the cost of a 10,000-note export), each
    document looked up in the conference once per report."""

    def __init__(self, conference: Conference, stored: Mapping[str, str] | None) -> None:
        self.conference = conference
        self.stored = stored or {}
        self.documents: dict[str, CitedDocument] = {}
        #: The documents of each stored symbols text: notes on one document share them.
        self.of_symbols: dict[str, tuple[CitedDocument, ...]] = {}

    def of(self, note: Note) -> tuple[CitedDocument, ...]:
        symbols = self.stored.get(note.id)
        if symbols is None:  # not known to the store (or a store older than the column)
            return cited_documents(note.text, self.conference)
        found = self.of_symbols.get(symbols)
        if found is None:
            found = self.of_symbols[symbols] = tuple(
                self._document(canonical) for canonical in symbols.split()
            )
        return found

    def _document(self, canonical: str) -> CitedDocument:
        found = self.documents.get(canonical)
        if found is None:
            found = self.documents[canonical] = _cited_document(canonical, self.conference)
        return found


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
#: Zones whose last name part is not what people say (Asia/Qatar is Doha's zone).
_ZONE_NAMES = {
    "Asia/Qatar": "Doha",
    "Asia/Kolkata": "India",
    "Asia/Calcutta": "India",
    "Asia/Shanghai": "Beijing",
    "Asia/Riyadh": "Riyadh",
    "Asia/Dubai": "Dubai",
}


def human_datetime(local: datetime) -> str:
    """ "Monday 7 December 2026, 14:55": English names whatever the process locale."""
    return (
        f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}, "
        f"{local.hour:02d}:{local.minute:02d}"
    )


def _seconds(dt: datetime) -> str:
    """ "2026-12-07 14:55:03": isoformat, as strftime costs twice as much for 10,000 notes."""
    return dt.isoformat(" ", "seconds")[:19]


def utc_offset(local: datetime) -> str:
    """ "UTC+3", "UTC+5:30", "UTC-3", "UTC" for the offset of an aware ``local``."""
    return _offset_text(local.utcoffset())


@lru_cache(maxsize=64)
def _offset_text(offset: timedelta | None) -> str:
    """``utc_offset``'s text, once per offset: a report's notes share two or three."""
    minutes = int(offset.total_seconds() // 60) if offset else 0
    if minutes == 0:
        return "UTC"
    sign, minutes = ("+" if minutes > 0 else "-"), abs(minutes)
    hours, rest = divmod(minutes, 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_name(timezone: str, at: datetime) -> str:
    """The zone as people say it, with its offset at ``at``: "Doha time (UTC+3)"."""
    local = at.astimezone(clock.zone(timezone))
    if timezone in ("UTC", "Etc/UTC", "Etc/GMT", "GMT"):
        return "UTC"
    place = _ZONE_NAMES.get(timezone) or timezone.rsplit("/", 1)[-1].replace("_", " ")
    return f"{place} time ({utc_offset(local)})"


def human_utc(instant: datetime, local: datetime) -> str:
    """UTC beside a local time: "11:55 UTC", with the date when the UTC day is another."""
    utc = clock.ensure_utc(instant)
    if utc.date() == local.date():
        return f"{utc.hour:02d}:{utc.minute:02d} UTC"  # strftime: 5x slower, 10,000 times
    return f"{human_datetime(utc)} UTC"


@dataclass(frozen=True)
class ReportHeader:
    """What the observer writes at the top of a report: who they are (author, organisation,
    contact: the settings' author.*) and, for this report, a title and an introduction."""

    author: str = ""
    organization: str = ""
    contact: str = ""
    title: str = ""
    introduction: str = ""


def build_report(
    conference: Conference,
    notes: list[Note],
    *,
    generated: datetime,
    header: ReportHeader = ReportHeader(),
    only_for_feedback: bool = True,
    cited: Mapping[str, str] | None = None,
    page_of: tuple[int, datetime | None] | None = None,
) -> Report:
    """The report of ``notes`` under ``header``. ``cited`` maps a note's id to the canonical
    symbols the store keeps for it (" DT/33 67(Rev.1) "); notes it leaves out have their text
    parsed. ``page_of``: ``notes`` are a page of a report of (so many notes, the earliest at).
    """
    tz = clock.zone(conference.timezone)
    citations = _Citations(conference, cited)
    chosen = [n for n in notes if n.for_feedback or not only_for_feedback]
    chosen.sort(key=lambda n: (n.utc, n.created))
    earliest = chosen[0].utc if chosen else None
    if page_of is not None:
        earliest = page_of[1]
    # The offset the report's header names; a note at another offset (summer time began
    # during the conference) says its own.
    reference = utc_offset((earliest or generated).astimezone(tz))

    body_order = {b.id: i for i, b in enumerate(conference.bodies)}
    groups: dict[str | None, dict[str | None, list[Note]]] = {}
    for note in chosen:
        session = conference.session(note.session_id)
        session_key = session.id if session and session.body_id == note.body_id else None
        groups.setdefault(note.body_id, {}).setdefault(session_key, []).append(note)

    def body_sort(body_id: str | None) -> tuple[bool, int, str]:
        return (body_id not in body_order, body_order.get(body_id or "", 0), body_id or "")

    bodies = []
    for body_id in sorted(groups, key=body_sort):
        body = conference.body(body_id) if body_id else None
        sessions = []
        by_session = groups[body_id]

        def session_sort(sid: str | None) -> tuple[bool, datetime]:
            s = conference.session(sid)
            return (s is None, s.start if s else datetime.max.replace(tzinfo=UTC))

        for sid in sorted(by_session, key=session_sort):
            session = conference.session(sid)
            group = SessionGroup(
                session.title if session else OUTSIDE_SESSIONS,
                session.start if session else None,
                id=session.id if session else None,
                archive_url=session.archive_url if session else None,
            )
            for note in by_session[sid]:
                group.entries.append(_entry(note, conference, tz, generated, reference, citations))
            sessions.append(group)
        bodies.append(BodyGroup(body.name if body else (body_id or GENERAL), sessions, id=body_id))

    return Report(
        conference=conference.name,
        timezone=conference.timezone,
        author=header.author,
        organization=header.organization,
        contact=header.contact,
        generated=generated,
        bodies=bodies,
        title=header.title,
        introduction=header.introduction,
        conference_id=conference.id,
        zone=zone_name(conference.timezone, earliest or generated),
        generated_text=f"{human_datetime(generated.astimezone(tz))} "
        f"{zone_name(conference.timezone, generated)}",
        total=page_of[0] if page_of is not None else None,
    )


#: A group of a report (a body and the stored session ids whose notes fall under one of its
#: session headings): what a page asks the store for.
ReportGroup = tuple[str | None, tuple[str | None, ...]]


def page_plan(
    conference: Conference,
    counts: list[tuple[str | None, str | None, int, str]],
    first: int,
    count: int,
) -> list[tuple[ReportGroup, int, int]]:
    """Which notes (group, offset in it, how many) make notes ``first`` to ``first + count``
    of a report, from its notes counted by stored (body, session, count, earliest ISO time):
    the order is ``build_report``'s, so a page is built without reading the other notes."""
    merged: dict[tuple[str | None, str | None], list[Any]] = {}
    for body_id, session_id, n, earliest in counts:
        session = conference.session(session_id)
        key = session.id if session and session.body_id == body_id else None
        group = merged.setdefault((body_id, key), [[], 0, earliest])
        group[0].append(session_id)
        group[1] += n
        group[2] = min(group[2], earliest)
    body_order = {b.id: i for i, b in enumerate(conference.bodies)}

    def order(item: tuple[tuple[str | None, str | None], list[Any]]) -> tuple[Any, ...]:
        (body_id, key), (_ids, _n, earliest) = item
        session = conference.session(key)
        return (
            body_id not in body_order,
            body_order.get(body_id or "", 0),
            body_id or "",
            session is None,
            session.start if session else datetime.max.replace(tzinfo=UTC),
            earliest,  # sessions that start together: as build_report meets them
        )

    plan, seen = [], 0
    for (body_id, _key), (ids, n, _earliest) in sorted(merged.items(), key=order):
        lo, hi = max(first - seen, 0), min(first + count - seen, n)
        if lo < hi:
            plan.append(((body_id, tuple(ids)), lo, hi - lo))
        seen += n
    return plan


def _entry(
    note: Note,
    conference: Conference,
    tz: tzinfo,
    generated: datetime,
    reference: str,
    citations: _Citations,
) -> ReportEntry:
    local = note.utc.astimezone(tz)
    offset = utc_offset(local)
    position = recording_position(note, conference)
    session = conference.session(note.session_id)
    link = ""
    if (
        session is not None
        and session.archive_url
        and position is not None
        and session.is_past(generated)
    ):
        link = archive_link(session.archive_url, position)
    return ReportEntry(
        note_id=note.id,
        text=note.text,
        utc=note.utc,
        conference_time=f"{_seconds(local)} {clock.zone_label(local, tz)}",
        utc_time=f"{_seconds(clock.ensure_utc(note.utc))} UTC",
        media_position=clock.format_position(position) if position is not None else "",
        documents=citations.of(note),
        position_ms=position,
        speaker=note.speaker,
        stance=note.stance,
        agenda_item=note.agenda_item,
        tags=tuple(note.tags),
        body_id=note.body_id,
        session_id=note.session_id,
        archive_link=link,
        local_time=human_datetime(local) + (f" ({offset})" if offset != reference else ""),
        utc_note=human_utc(note.utc, local),
        parts=_parts(note, tz, position, session.archive_url if session else None, bool(link)),
    )


def _parts(
    note: Note, tz: tzinfo, position: int | None, archive_url: str | None, linked: bool
) -> tuple[str | Quote, ...]:
    """The note's text with its transcript quotes made ``Quote``s (see the module docstring);
    ``position``: the note's place in the recording, ``linked``: the note itself gets a link
    (the session is over and has a recording)."""
    if "“" not in note.text:  # every quote opens with it: most notes quote nothing
        return ()
    parts = split_quotes(note.text)
    if not any(isinstance(p, QuotedSpan) for p in parts):
        return ()
    return tuple(
        _quote(p, note, tz, position, archive_url if linked else None)
        if isinstance(p, QuotedSpan)
        else p
        for p in parts
    )


def _quote(
    span: QuotedSpan, note: Note, tz: tzinfo, position: int | None, archive_url: str | None
) -> Quote:
    length = max(0, span.end_ms - span.start_ms)
    said_utc: datetime | None = None
    if note.media_position_ms is None:  # no stamp: the span is the recording's own time
        start, said = span.start_ms, ""
    else:
        shift = span.start_ms - note.media_position_ms
        said_utc = (note.utc + timedelta(milliseconds=shift)).astimezone(UTC)
        local = said_utc.astimezone(tz)
        said = f"{local:%H:%M:%S} {clock.zone_label(local, tz)}"
        start = (position if position is not None else note.media_position_ms) + shift
    start = max(0, start)
    video = f"{clock.format_position(start)}–{clock.format_position(start + length)}"
    link = archive_link(archive_url, start) if archive_url else ""
    return Quote(span.words, video, said, link, said_utc, start, start + length, span.source)


def archive_link(url: str, position_ms: int) -> str:
    """A link to ``url`` at ``position_ms`` (see the module docstring for the forms)."""
    from urllib.parse import parse_qsl, urlencode, urlparse, urlunparse

    seconds = max(0, position_ms // 1000)
    form, base = _link_form(url)
    if form == "fragment":
        return f"{base}#t={seconds}"
    if form == "youtube":
        parts = urlparse(url)
        query = [(k, v) for k, v in parse_qsl(parts.query) if k != "t"] + [("t", f"{seconds}s")]
        return urlunparse(parts._replace(query=urlencode(query)))
    return ""  # a local file means nothing to the reader and shows the observer's folders


@lru_cache(maxsize=256)
def _link_form(url: str) -> tuple[str, str]:
    """How a recording's address takes a time: ("fragment", the address without its fragment),
    ("youtube", "") or ("", "") for no link. Once per recording: a report links each note of a
    past session to it, and parsing the address again was a third of building a note's entry."""
    from urllib.parse import urlparse, urlunparse

    parts = urlparse(url)
    if parts.netloc.lower().endswith(("youtube.com", "youtu.be")):
        return "youtube", ""
    if parts.scheme in ("http", "https"):
        return "fragment", urlunparse(parts._replace(fragment=""))
    return "", ""
