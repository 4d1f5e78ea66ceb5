"""iCalendar conference calendars (an .ics export, Indico's .ics): events become sessions.

``icalendar`` parses, ``recurring-ical-events`` expands RRULE/RDATE/EXDATE (only for the events
that recur, so a big plain calendar costs no more than icalendar alone; see ``ical_recur`` for
which occurrences are read). LOCATION (the room) names the body; an RFC 7986 CONFERENCE property
with an http(s) address is the body's stream. ``icalendar`` would turn invalid UTF-8 into U+FFFD
without a word, so bytes are decoded here. Custom TZIDs are read as the IANA zone they name
(``ical_zones``); messages name events and lines (``ical_messages``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from observer_app.core.feeds.base import SourceResult, decode_text, looks_like_html, slug, unique_id
from observer_app.core.feeds.ical_messages import describe, grouped, one_line, reason, unreadable
from observer_app.core.feeds.ical_recur import Expander, clean
from observer_app.core.feeds.ical_zones import Zones
from observer_app.core.model import Body, Session, Stream, StreamKind

DEFAULT_LENGTH = timedelta(hours=1)


def parse_ical(data: bytes, source: str, now: datetime | None = None) -> SourceResult:
    """Sessions (every occurrence of a series that ends; those of an endless series over the
    conference and the year around ``now``), rooms as bodies, CONFERENCE streams. ``now``
    defaults to the clock; tests pass it."""
    import icalendar

    now = now or datetime.now(UTC)
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    result = SourceResult(source, "ical")
    text, notes = decode_text(data, "the calendar")
    result.warnings.extend(notes)
    if looks_like_html(text.lstrip("\ufeff")):
        result.problems.append("line 1: this is an HTML page, not a calendar")
        return result
    text = text.lstrip("\ufeff")
    head = text[:4096].upper()
    if "BEGIN:VCALENDAR" not in head:
        if not text.lstrip().upper().startswith("BEGIN:VEVENT"):
            result.problems.append("line 1: no BEGIN:VCALENDAR: not an iCalendar file")
            return result
        result.warnings.append("line 1: events without BEGIN:VCALENDAR around them; read anyway")
        text = f"BEGIN:VCALENDAR\r\n{text.strip()}\r\nEND:VCALENDAR\r\n"
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, OSError) as exc:
        result.problems.append(unreadable(text, exc))  # OSError: TZID=Asia opens a folder of tzdata
        return result
    result.name = one_line(str(calendar.get("X-WR-CALNAME", "") or ""), 200)
    zones = Zones(calendar, text, result)
    events = list(calendar.walk("VEVENT"))
    if not events:
        result.problems.append("the calendar has no events (VEVENT)")
        return result
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
    result.bodies = list(state.bodies.values())
    if not result.sessions:
        result.problems.append("no event with a usable start time")
    return result


def _split(events, warnings: list[str]) -> tuple[list, list[list]]:
    """(one-off events, series): a series is the events of one UID, its rule(s) and its
    RECURRENCE-ID overrides. Events without a UID are each their own."""
    keys, recurring, notes = [], set(), []
    for index, event in enumerate(events):
        key = str(event.get("UID", "") or "") or index
        keys.append(key)
        if ("RRULE" in event or "RDATE" in event) and clean(event, notes):
            recurring.add(key)
    warnings.extend(grouped(notes))
    plain, series = [], {}
    for key, event in zip(keys, events, strict=True):
        if key in recurring and ("RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event):
            series.setdefault(key, []).append(event)
        else:
            plain.append(event)
    return plain, list(series.values())


class _Builder:
    """Turns VEVENTs (or their occurrences) into sessions, bodies and streams."""

    def __init__(self, result: SourceResult, zones: Zones):
        self.result, self.zones, self.tz = result, zones, zones.tz
        self.bodies: dict[str, Body] = {}
        self.ids: set[str] = set()
        self.stream_by_url: dict[str, str] = {}
        self.stream_ids: set[str] = set()
        self.floating_warned = False

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
        if end is None or end <= start:
            all_day = isinstance(raw_start, date) and not isinstance(raw_start, datetime)
            end = start + (timedelta(days=1) if all_day else DEFAULT_LENGTH)
            if not all_day:
                self.result.warnings.append(
                    f"{describe(event)}: no end (DTEND/DURATION); assumed one hour"
                )
        room = " ".join(str(event.get("LOCATION", "") or "").split())
        body = self.body(room or self.result.name or "Calendar")
        stream_id = self.stream(event, body.id)
        title = " ".join(str(event.get("SUMMARY", "") or "").split()) or "(untitled)"
        sid = unique_id(f"{uid}@{start:%Y%m%dT%H%M}" if occurrence else uid, self.ids)
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
