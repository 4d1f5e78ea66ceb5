"""iCalendar conference calendars (an .ics export, Indico's .ics): events become sessions.

``icalendar`` parses, ``recurring-ical-events`` expands RRULE/RDATE/EXDATE (only for the events
that recur, so a big plain calendar costs no more than icalendar alone; see ``ical_recur`` for
which occurrences are read). LOCATION (the room) names the body; an RFC 7986 CONFERENCE property
with an http(s) address is the body's stream. ``icalendar`` would turn invalid UTF-8 into U+FFFD
without a word, so bytes are decoded here. Custom TZIDs are read as the IANA zone they name
(``ical_zones``); messages name events and lines (``ical_messages``).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from observer_app.core.feeds.base import (
    ASSUMED_LENGTH,
    SourceResult,
    decode_text,
    looks_like_html,
    no_end_warning,
    settle_open_ends,
    slug,
    unique_id,
)
from observer_app.core.feeds.ical_messages import (
    describe,
    grouped,
    one_line,
    reason,
    start_text,
    structure_problem,
    unreadable,
)
from observer_app.core.feeds.ical_recur import Expander, clean
from observer_app.core.feeds.ical_zones import Zones
from observer_app.core.model import Body, Session, Stream, StreamKind

DEFAULT_LENGTH = ASSUMED_LENGTH  # the one rule of ``base`` (kept for those who import it)


def parse_ical(data: bytes, source: str, now: datetime | None = None) -> SourceResult:
    """Sessions (every occurrence of a series that ends; those of an endless series over the
    conference and the year around ``now``), rooms as bodies, CONFERENCE streams. ``now``
    defaults to the clock; tests pass it."""
    now = now or datetime.now(UTC)
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    result = SourceResult(source, "ical")
    text = _text(data, result)
    calendar = _calendar(text, result) if text else None
    if calendar is None:
        return result
    result.name = one_line(str(calendar.get("X-WR-CALNAME", "") or ""), 200)
    zones = Zones(calendar, text, result)
    events = list(calendar.walk("VEVENT"))
    if not events:
        result.problems.append("the calendar has no events (VEVENT)")
        return result
    result.warnings.extend(_skipped_values(calendar))
    state = _Builder(result, zones)
    plain, series = _split(events, result.warnings)
    for event in plain:
        state.add(event)
    if series:
        span = (
            (min(s.start for s in result.sessions), max(s.end for s in result.sessions))
            if result.sessions
            else None
        )
        for group in series:
            for component in group:
                zones.fix(component)
        Expander(list(calendar.walk("VTIMEZONE")), state, now.astimezone(UTC), span).run(series)
    state.finish()
    result.bodies = list(state.bodies.values())
    if not result.sessions:
        result.problems.append(
            "every event is cancelled (STATUS:CANCELLED)"
            if state.cancelled
            else "no event with a usable start time"
        )
    return result


#: A fold (CRLF or LF, then a space or tab) that splits a UTF-8 character: the lead byte (and
#: any continuation bytes) before it, the remaining continuation bytes after it.
_SPLIT_CHARACTER = re.compile(rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r?\n[ \t])([\x80-\xbf]{1,3})")


def _text(data: bytes, result: SourceResult) -> str:
    """The calendar's text, or "" with a problem. Generators that fold lines at 75 bytes cut
    UTF-8 characters in two; such folds are moved after the character before decoding (the
    line count stays, so messages keep their line numbers), or the whole file would be read
    as Windows-1252."""
    if b"\x00" not in data[:4096]:  # not UTF-16/32, whose bytes look like anything
        data = _SPLIT_CHARACTER.sub(rb"\1\3\2", data)
    text, notes = decode_text(data, "the calendar")
    result.warnings.extend(notes)
    if looks_like_html(text.lstrip("\ufeff")):
        result.problems.append("line 1: this is an HTML page, not a calendar")
        return ""
    text = text.lstrip("\ufeff")
    head = text[:4096].upper()
    if "BEGIN:VCALENDAR" not in head:
        if not text.lstrip().upper().startswith("BEGIN:VEVENT"):
            result.problems.append("line 1: no BEGIN:VCALENDAR: not an iCalendar file")
            return ""
        result.warnings.append("line 1: events without BEGIN:VCALENDAR around them; read anyway")
        text = f"BEGIN:VCALENDAR\r\n{text.strip()}\r\nEND:VCALENDAR\r\n"
    return text


#: How many unreadable lines a calendar may lose before it is refused as a whole.
MAX_SKIPPED_LINES = 20


def _calendar(text: str, result: SourceResult) -> Any:
    """One calendar from ``text``: several VCALENDAR objects one after the other (RFC 5545
    allows a stream of them) are read as one; a line the library cannot read is blanked out
    with a warning naming it, and reading starts again (the rest of the file is kept)."""
    import icalendar

    lines = text.splitlines(keepends=True)
    for _attempt in range(MAX_SKIPPED_LINES + 1):
        try:
            found = icalendar.Calendar.from_ical("".join(lines), multiple=True)
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, OSError) as exc:
            # OSError: TZID=Asia opens a folder of tzdata
            problem = unreadable("".join(lines), exc)
            number = _blank(lines, problem)
            if not number:
                result.problems.append(problem)
                return None
            result.warnings.append(
                f"{problem.replace('not a readable calendar: ', '')}; line skipped"
            )
            continue
        return _merged(found, "".join(lines), result)
    result.problems.append(f"more than {MAX_SKIPPED_LINES} unreadable lines: not a calendar")
    return None


def _blank(lines: list[str], problem: str) -> int:
    """Blank out (keeping the line count) the property line ``problem`` names, with its folded
    continuation lines; its number, or 0 when it names none or a BEGIN/END line."""
    named = re.match(r"line (\d+): not a readable calendar", problem)
    number = int(named.group(1)) if named else 0
    if not 1 <= number <= len(lines) or lines[number - 1].upper().startswith(("BEGIN:", "END:")):
        return 0
    index = number - 1
    while True:
        ending = lines[index][len(lines[index].rstrip("\r\n")) :]
        lines[index] = "X-OBSERVER-SKIPPED:" + ending
        index += 1
        if index >= len(lines) or not lines[index].startswith((" ", "\t")):
            return number


def _merged(calendars: list[Any], text: str, result: SourceResult) -> Any:
    """The first calendar, holding the components of those after it too (said in a warning)."""
    if not calendars:  # a cut-off file gives none (no error): say where it ends
        result.problems.append(structure_problem(text) or "the file holds no VCALENDAR")
        return None
    first = calendars[0]
    if len(calendars) > 1:
        zones = {str(z.get("TZID", "")) for z in first.walk("VTIMEZONE")}
        for other in calendars[1:]:
            for component in other.subcomponents:
                tzid = str(component.get("TZID", "")) if component.name == "VTIMEZONE" else ""
                if tzid and tzid in zones:
                    continue
                zones.add(tzid)
                first.add_component(component)
        result.warnings.append(
            f"the file holds {len(calendars)} calendars (VCALENDAR) one after the other; "
            "read as one"
        )
    return first


#: Properties whose value the app never reads: a value icalendar could not parse costs nothing.
_UNUSED = {"DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "PRIORITY", "GEO", "ATTENDEE"}


def _skipped_values(calendar: Any) -> list[str]:
    """Warnings for what icalendar could not parse and left out (``component.errors``): values
    of properties the app does not use, and lines it could not split into name and value.
    (Unreadable values the app needs, DTSTART or RRULE, are reported where they are used.)"""
    notes: list[tuple[str, str]] = []
    for component in calendar.walk():
        for name, error in getattr(component, "errors", None) or []:
            label = describe(component) if component.name == "VEVENT" else component.name
            if name in _UNUSED:
                notes.append(
                    (label, f"{name} cannot be read ({one_line(str(error), 80)}); ignored")
                )
            elif not name:
                notes.append(
                    (label, f"a line cannot be read ({one_line(str(error), 80)}); left out")
                )
    return grouped(notes)


def _split(events, warnings: list[str]) -> tuple[list, list[list]]:
    """(one-off events, series): a series is the events of one UID, its rule(s) and its
    RECURRENCE-ID overrides. Events without a UID are each their own."""
    keys: list[Any] = []
    recurring: set[Any] = set()
    notes: list[tuple[str, str]] = []
    for index, event in enumerate(events):
        key = str(event.get("UID", "") or "") or index
        keys.append(key)
        if ("RRULE" in event or "RDATE" in event) and clean(event, notes):
            recurring.add(key)
    warnings.extend(grouped(notes))
    events, keys = _latest_edits(events, keys, warnings)
    plain: list[Any] = []
    series: dict[Any, list[Any]] = {}
    for key, event in zip(keys, events, strict=True):
        if key in recurring and ("RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event):
            series.setdefault(key, []).append(event)
        else:
            plain.append(event)
    return plain, list(series.values())


def _latest_edits(events: list[Any], keys: list[Any], warnings: list[str]) -> tuple[list, list]:
    """Events that are the same event (one UID, no RECURRENCE-ID) written twice, as editing
    clients export them: only the latest edit (highest SEQUENCE, else the last) is a sitting."""
    latest: dict[str, int] = {}
    for index, (key, event) in enumerate(zip(keys, events, strict=True)):
        if not isinstance(key, str) or "RECURRENCE-ID" in event:
            continue
        kept = latest.get(key)
        if kept is None or _sequence(event) >= _sequence(events[kept]):
            latest[key] = index
    dropped = {
        index
        for index, (key, event) in enumerate(zip(keys, events, strict=True))
        if isinstance(key, str) and "RECURRENCE-ID" not in event and latest[key] != index
    }
    if dropped:
        warnings.append(
            f"{len(dropped)} earlier version{'s' if len(dropped) > 1 else ''} of an event "
            "(same UID, lower or equal SEQUENCE) left out: the latest edit is kept"
        )
    pairs = [(k, e) for i, (k, e) in enumerate(zip(keys, events, strict=True)) if i not in dropped]
    return [e for _, e in pairs], [k for k, _ in pairs]


def _sequence(event: Any) -> int:
    try:
        return int(str(event.get("SEQUENCE", 0) or 0))
    except ValueError:
        return 0


class _Builder:
    """Turns VEVENTs (or their occurrences) into sessions, bodies and streams."""

    def __init__(self, result: SourceResult, zones: Zones):
        self.result, self.zones, self.tz = result, zones, zones.tz
        self.bodies: dict[str, Body] = {}
        self.ids: set[str] = set()
        self.stream_by_url: dict[str, str] = {}
        self.stream_ids: set[str] = set()
        self.floating_warned = False
        #: Cancelled events and occurrences left out (STATUS:CANCELLED), by description.
        self.cancelled: list[str] = []
        #: Sessions whose end was assumed (``base.settle_open_ends``).
        self.open_ids: set[str] = set()

    def finish(self) -> None:
        """Ends assumed by the one rule settled; one warning for the cancelled sittings."""
        self.result.sessions = settle_open_ends(self.result.sessions, self.open_ids)
        if self.cancelled:
            named = ", ".join(self.cancelled[:3]) + (
                f" and {len(self.cancelled) - 3} more" if len(self.cancelled) > 3 else ""
            )
            self.result.warnings.append(
                f"{len(self.cancelled)} cancelled sitting{'s' if len(self.cancelled) > 1 else ''}"
                f" (STATUS:CANCELLED) left out: {named}"
            )

    def utc(self, value) -> datetime | None:
        """A DTSTART-like value as a UTC instant, without a word (for ordering and windows)."""
        if isinstance(value, datetime):
            return (value if value.tzinfo else value.replace(tzinfo=self.tz)).astimezone(UTC)
        if isinstance(value, date):
            return datetime.combine(value, time(0), self.tz).astimezone(UTC)
        return None

    def instant(self, prop, what: str, event) -> datetime | None:
        value = prop.dt
        if isinstance(value, datetime):
            if value.tzinfo is None or self.zones.replace:  # else icalendar's zone stands
                params = prop.params
                tzid = str(params.get("TZID", "") or "").strip() if params else ""
                value = self.zones.moment(value, tzid, event) if tzid else value
            if value.tzinfo is None:
                if not self.floating_warned:
                    self.floating_warned = True
                    zone = self.result.timezone or "UTC"
                    self.result.warnings.append(
                        f"{describe(event)}: {what} has no time zone; read in {zone}"
                    )
                value = value.replace(tzinfo=self.tz)
            return value.astimezone(UTC)
        if isinstance(value, date):  # all-day: midnight in the conference's zone
            return datetime.combine(value, time(0), self.tz).astimezone(UTC)
        return None

    def add(self, event, occurrence: bool = False) -> None:
        uid = str(event.get("UID", "") or "") or f"event-{len(self.result.sessions) + 1}"
        if str(event.get("STATUS", "") or "").strip().upper() == "CANCELLED":
            day = start_text(event)
            self.cancelled.append(describe(event) + (f" on {day}" if day and occurrence else ""))
            return
        try:
            first = self.prop(event, "DTSTART")
            if first is None:
                self.result.warnings.append(f"{describe(event)}: no DTSTART; skipped")
                return
            raw_start = first.dt
            start = self.instant(first, "DTSTART", event)
            end = None
            if event.get("DTEND") is not None:
                end = self.instant(self.prop(event, "DTEND"), "DTEND", event)
            elif event.get("DURATION") is not None and start is not None:
                end = start + self.prop(event, "DURATION").dt
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            self.result.warnings.append(
                f"{describe(event)}: unreadable time ({reason(exc)}); skipped"
            )
            return
        if start is None:
            self.result.warnings.append(f"{describe(event)}: no usable DTSTART; skipped")
            return
        assumed = False
        if end is None or end <= start:
            all_day = isinstance(raw_start, date) and not isinstance(raw_start, datetime)
            end = start + (timedelta(days=1) if all_day else ASSUMED_LENGTH)
            if not all_day:
                assumed = True
                self.result.warnings.append(
                    no_end_warning(describe(event), "no end (DTEND/DURATION)")
                )
        room = " ".join(str(event.get("LOCATION", "") or "").split())
        body = self.body(room or self.result.name or "Calendar")
        stream_id = self.stream(event, body.id)
        title = " ".join(str(event.get("SUMMARY", "") or "").split()) or "(untitled)"
        sid = unique_id(f"{uid}@{start:%Y%m%dT%H%M}" if occurrence else uid, self.ids)
        if assumed:
            self.open_ids.add(sid)
        self.result.sessions.append(Session(sid, body.id, title, start, end, stream_id))

    def prop(self, event, name: str):
        """A property that must appear once (the first one if repeated, with a warning)."""
        found = event.get(name)
        if isinstance(found, list):
            self.result.warnings.append(
                f"{describe(event)}: {name} appears {len(found)} times; the first is used"
            )
            found = found[0] if found else None
        return found

    def body(self, name: str) -> Body:
        key = slug(name, "room")
        if key not in self.bodies:
            self.bodies[key] = Body(key, name, room=name)
        return self.bodies[key]

    def stream(self, event, body_id: str) -> str | None:
        found = event.get("CONFERENCE")
        for prop in found if isinstance(found, list) else [found] if found is not None else []:
            url = str(prop).strip()
            if not url.lower().startswith(("http://", "https://")):
                continue  # tel:, xmpp:, sip: are not webcasts
            if url not in self.stream_by_url:
                sid = unique_id(f"{body_id}-stream", self.stream_ids)
                self.stream_by_url[url] = sid
                self.result.streams.append(Stream(sid, body_id, url, StreamKind.LIVE))
            return self.stream_by_url[url]
        return None
