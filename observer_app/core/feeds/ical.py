"""iCalendar conference calendars (an .ics export, Indico's .ics): events become sessions.

``icalendar`` parses, ``recurring-ical-events`` expands RRULE/RDATE/EXDATE (only for the events
that recur, so a big plain calendar costs no more than icalendar alone). LOCATION (the room)
names the body; an RFC 7986 CONFERENCE property with an http(s) address is the body's stream.
``icalendar`` would turn invalid UTF-8 into U+FFFD without a word, so bytes are decoded here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo

from observer_app.core import clock
from observer_app.core.feeds.base import SourceResult, decode_text, looks_like_html, slug, unique_id
from observer_app.core.model import Body, Session, Stream, StreamKind

#: How far past the first event a rule without an end is expanded when no range is given.
DEFAULT_SPAN = timedelta(days=31)
MAX_SPAN = timedelta(days=366)
MAX_OCCURRENCES = 20000
DEFAULT_LENGTH = timedelta(hours=1)


def parse_ical(data: bytes, source: str, start: datetime | None = None, end: datetime | None = None) -> SourceResult:
    """Sessions (recurrences expanded between ``start`` and ``end``, by default from the first
    event to the last one-off event, at least a month), rooms as bodies, CONFERENCE streams."""
    import icalendar

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
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        result.problems.append(f"not a readable calendar: {exc}")
        return result
    result.name = str(calendar.get("X-WR-CALNAME", "") or "")
    zone = _calendar_zone(calendar, result)
    conf_tz: tzinfo = clock.zone(zone) if zone else timezone.utc

    events = list(calendar.walk("VEVENT"))
    if not events:
        result.problems.append("the calendar has no events (VEVENT)")
        return result
    recurring_uids = {str(e.get("UID", "")) for e in events if "RRULE" in e or "RDATE" in e}
    plain = [e for e in events if not (str(e.get("UID", "")) in recurring_uids and ("RRULE" in e or "RDATE" in e
                                                                                     or "RECURRENCE-ID" in e))]
    state = _Builder(result, conf_tz)
    for event in plain:
        state.add(event, event.get("UID"))
    if recurring_uids:
        _expand(calendar, events, recurring_uids, state, start, end)
    result.bodies = list(state.bodies.values())
    if not result.sessions:
        result.problems.append("no event with a usable start time")
    return result


def _calendar_zone(calendar, result: SourceResult) -> str:
    """X-WR-TIMEZONE, else the first VTIMEZONE, else the first event start, whose TZID is an
    IANA name (many exports write ``DTSTART;TZID=Asia/Seoul`` without a VTIMEZONE)."""
    candidates = [str(calendar.get("X-WR-TIMEZONE", "") or "")]
    candidates += [str(tz.get("TZID", "")) for tz in calendar.walk("VTIMEZONE")]
    for event in calendar.walk("VEVENT")[:20]:
        params = getattr(event.get("DTSTART"), "params", None)
        candidates.append(str(params.get("TZID", "")) if params else "")
    for name in filter(None, candidates):
        try:
            clock.zone(name.strip())
        except clock.TimeZoneError:
            continue
        result.timezone = name.strip()
        return result.timezone
    return ""


class _Builder:
    """Turns VEVENTs (or their occurrences) into sessions, bodies and streams."""

    def __init__(self, result: SourceResult, conf_tz: tzinfo):
        self.result, self.tz = result, conf_tz
        self.bodies: dict[str, Body] = {}
        self.ids: set[str] = set()
        self.stream_by_url: dict[str, str] = {}
        self.stream_ids: set[str] = set()
        self.floating_warned = False

    def instant(self, value, what: str, uid: str) -> datetime | None:
        if isinstance(value, datetime):
            if value.tzinfo is None:
                if not self.floating_warned:
                    self.floating_warned = True
                    zone = self.result.timezone or "UTC"
                    self.result.warnings.append(f"event {uid!r}: {what} has no time zone; read in {zone}")
                value = value.replace(tzinfo=self.tz)
            return value.astimezone(timezone.utc)
        if isinstance(value, date):  # all-day: midnight in the conference's zone
            return datetime.combine(value, time(0), self.tz).astimezone(timezone.utc)
        return None

    def add(self, event, uid, occurrence: bool = False) -> None:
        uid = str(uid or "") or f"event-{len(self.result.sessions) + 1}"
        try:
            raw_start = self.value(event, "DTSTART", uid)
            start = self.instant(raw_start, "DTSTART", uid)
            end = None
            if event.get("DTEND") is not None:
                end = self.instant(self.value(event, "DTEND", uid), "DTEND", uid)
            elif event.get("DURATION") is not None and start is not None:
                end = start + self.value(event, "DURATION", uid)
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            self.result.warnings.append(f"event {uid!r}: unreadable time ({exc}); skipped")
            return
        if start is None:
            self.result.warnings.append(f"event {uid!r}: no DTSTART; skipped")
            return
        if end is None or end <= start:
            all_day = isinstance(raw_start, date) and not isinstance(raw_start, datetime)
            end = start + (timedelta(days=1) if all_day else DEFAULT_LENGTH)
            if not all_day:
                self.result.warnings.append(f"event {uid!r}: no end (DTEND/DURATION); assumed one hour")
        room = " ".join(str(event.get("LOCATION", "") or "").split())
        body = self.body(room or self.result.name or "Calendar")
        stream_id = self.stream(event, body.id)
        title = " ".join(str(event.get("SUMMARY", "") or "").split()) or "(untitled)"
        sid = unique_id(f"{uid}@{start:%Y%m%dT%H%M}" if occurrence else uid, self.ids)
        self.result.sessions.append(Session(sid, body.id, title, start, end, stream_id))

    def value(self, event, name: str, uid: str):
        """The decoded value of a property that must appear once (the first one if repeated)."""
        prop = event.get(name)
        if isinstance(prop, list):
            self.result.warnings.append(f"event {uid!r}: {name} appears {len(prop)} times; the first is used")
            prop = prop[0]
        return prop.dt if prop is not None else None

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


def _expand(calendar, events, uids: set[str], state: _Builder, start: datetime | None, end: datetime | None) -> None:
    """Occurrences of the recurring events; a UID whose rule cannot be expanded keeps its first
    occurrence only, with a warning, and does not cost the others."""
    if start is None or end is None:
        firsts = []
        for event in events:
            try:
                firsts.append(state.instant(state.value(event, "DTSTART", ""), "DTSTART", str(event.get("UID", ""))))
            except (ValueError, TypeError, AttributeError, OverflowError):
                continue
        firsts = [f for f in firsts if f is not None] + _untils(events, state)
        if not firsts:
            return
        start = start or min(firsts)
        end = end or min(max(max(firsts), start + DEFAULT_SPAN), start + MAX_SPAN)
    zones = list(calendar.walk("VTIMEZONE"))
    if _occurrences(zones, [e for e in events if str(e.get("UID", "")) in uids], state, start, end, quiet=True):
        return
    for uid in sorted(uids):  # one at a time, to find the broken one(s)
        group = [e for e in events if str(e.get("UID", "")) == uid]
        if not _occurrences(zones, group, state, start, end, quiet=False):
            for event in group:
                if "RECURRENCE-ID" not in event:
                    state.add(event, uid)


def _untils(events, state: _Builder) -> list[datetime]:
    """The UNTIL of every rule: a rule that ends says how far the calendar reaches."""
    found = []
    for event in events:
        rule = event.get("RRULE")
        for one in rule if isinstance(rule, list) else [rule] if rule is not None else []:
            try:
                for until in one.get("UNTIL", []):
                    value = state.instant(until, "UNTIL", str(event.get("UID", "")))
                    if value is not None:
                        found.append(value)
            except (AttributeError, TypeError, ValueError, OverflowError):
                continue
    return found


def _occurrences(zones, events, state: _Builder, start: datetime, end: datetime, quiet: bool) -> bool:
    import icalendar
    import recurring_ical_events

    subset = icalendar.Calendar()
    for component in [*zones, *events]:
        subset.add_component(component)
    found = []
    try:
        for occurrence in recurring_ical_events.of(subset).between(start, end + timedelta(seconds=1)):
            if len(found) >= MAX_OCCURRENCES:
                state.result.warnings.append(f"more than {MAX_OCCURRENCES} occurrences: the rest were left out")
                break
            found.append(occurrence)
    except Exception as exc:  # the library's own errors (bad RRULE, bad RDATE) share no base class
        if not quiet:
            uid = str(events[0].get("UID", "")) if events else ""
            state.result.warnings.append(f"event {uid!r}: its recurrence cannot be expanded "
                                         f"({type(exc).__name__}: {exc}); only its first date is kept")
        return False
    for occurrence in found:
        state.add(occurrence, occurrence.get("UID"), occurrence=True)
    return True
