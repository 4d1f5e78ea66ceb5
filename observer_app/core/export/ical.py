"""iCalendar (RFC 5545) of the sessions an observer follows, for their own calendar.

Why: observers follow a conference from another time zone; a calendar that knows the
conference's zone shows each session at the right local time and rings before it (the observer's
reminder setting, 10 minutes by default; none at 0).

* Times are local to the conference with ``TZID=<IANA name>``, and the file carries the
  matching VTIMEZONE, computed from the zone database for the years of the sessions (every
  offset change as its own observance, no RRULE guessing), so clients without that zone, or
  with older rules, still agree. Outlook in particular needs the VTIMEZONE.
* Every TEXT value is escaped (``\\`` ``;`` ``,`` and line breaks as ``\\n``) and control
  characters removed, so a session title holding "\\r\\nATTENDEE:mailto:x@y" stays part of
  the SUMMARY; URIs are only http(s) without blanks; lines are folded at 75 octets without
  splitting a UTF-8 character; lines end in CRLF.
* No external library: this is the only iCalendar we write, and it is small.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo

from observer_app.core import clock
from observer_app.core.export.json_report import public_url
from observer_app.core.model import Conference, Session
from observer_app.core.report import Quote, Report

ALARM_BEFORE = timedelta(minutes=10)  # the reminder setting's default (schedule.reminder_minutes)
PRODID = "-//Observer//Observer conference sessions//EN"
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape_text(value: str) -> str:
    """An RFC 5545 TEXT value (section 3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROLS.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def param_value(value: str) -> str:
    """A parameter value, quoted when it holds ``:`` ``;`` or ``,`` (DQUOTE itself is not allowed)."""
    value = _CONTROLS.sub("", value.replace('"', "").replace("\n", "").replace("\t", " "))
    return f'"{value}"' if any(c in value for c in ":;,") else value


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence (section 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # continuation byte: step back
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts)


def _utc(dt: datetime) -> str:
    return f"{clock.ensure_utc(dt):%Y%m%dT%H%M%SZ}"


def _local(dt: datetime, tz: tzinfo) -> str:
    return f"{dt.astimezone(tz):%Y%m%dT%H%M%S}"


def _offset(delta: timedelta | None) -> str:
    seconds = int((delta or timedelta(0)).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    h, rest = divmod(abs(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h:02d}{m:02d}" + (f"{s:02d}" if s else "")


def _transitions(tz: tzinfo, start: datetime, end: datetime) -> list[datetime]:
    """UTC instants in [start, end) where ``tz`` changes its offset (day steps, then bisection)."""
    found = []
    day = timedelta(days=1)
    t = start
    while t < end:
        nxt = t + day
        if t.astimezone(tz).utcoffset() != nxt.astimezone(tz).utcoffset():
            lo, hi = t, nxt
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(tz).utcoffset() == lo.astimezone(tz).utcoffset():
                    lo = mid
                else:
                    hi = mid
            found.append(hi.replace(microsecond=0))
        t = nxt
    return found


def vtimezone(name: str, first: datetime, last: datetime) -> list[str]:
    """VTIMEZONE lines for zone ``name`` covering the years of ``first`` to ``last``."""
    tz = clock.zone(name)
    # From local midnight on 1 January: UTC midnight is later east of UTC, and a session on
    # New Year's morning would come before every observance (no rule for its time).
    start = datetime(first.astimezone(tz).year, 1, 1, tzinfo=tz).astimezone(UTC)
    end = datetime(last.astimezone(tz).year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)

    def observance(at: datetime, before: timedelta | None) -> list[str]:
        local = at.astimezone(tz)
        kind = "DAYLIGHT" if local.dst() else "STANDARD"
        prev = before if before is not None else local.utcoffset()
        return [
            f"BEGIN:{kind}",
            f"DTSTART:{(at + (prev or timedelta(0))).replace(tzinfo=None):%Y%m%dT%H%M%S}",
            f"TZOFFSETFROM:{_offset(prev)}",
            f"TZOFFSETTO:{_offset(local.utcoffset())}",
            f"TZNAME:{escape_text(clock.zone_label(at, tz))}",
            f"END:{kind}",
        ]

    lines = ["BEGIN:VTIMEZONE", f"TZID:{escape_text(name)}"]
    lines += observance(start, None)
    for at in _transitions(tz, start, end):
        lines += observance(at, (at - timedelta(seconds=1)).astimezone(tz).utcoffset())
    return lines + ["END:VTIMEZONE"]


def _uid(session: Session, conference: Conference) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]", "-", f"{session.id}.{conference.id or 'conference'}")
    return f"{safe}@observer-app"


def _event(
    session: Session,
    conference: Conference,
    tz: tzinfo,
    tzid: str,
    stamp: str,
    alarm: timedelta | None,
    quotes: Sequence[Quote] = (),
) -> list[str]:
    body = conference.body(session.body_id)
    summary = f"{body.label}: {session.title}" if body else session.title
    location = ", ".join(x for x in ((body.room if body else ""), conference.venue) if x)
    description = [conference.name]
    if session.agenda:
        description += ["Agenda:"] + [f"- {item}" for item in session.agenda]
    if quotes:
        description += ["Quoted:"] + [line for q in quotes for line in _quote_lines(q)]
    stream = conference.stream(session.stream_id)
    url = (
        public_url(session.archive_url)
        or public_url(stream.url if stream else None)
        or public_url(conference.url)
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(_uid(session, conference))}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{_local(session.start, tz)}",
        f"DTEND;TZID={tzid}:{_local(session.end, tz)}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(description))}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if url:
        lines.append(f"URL:{url}")
    if alarm:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(summary)}",
            f"TRIGGER:-PT{int(alarm.total_seconds() // 60)}M",
            "END:VALARM",
        ]
    return lines + ["END:VEVENT"]


def quotes_by_session(report: Report) -> dict[str, list[Quote]]:
    """The transcript passages a report's notes quote, by session id (``render_sessions``)."""
    found: dict[str, list[Quote]] = {}
    for body in report.bodies:
        for session in body.sessions:
            for entry in session.entries:
                quoted = [p for p in entry.parts if isinstance(p, Quote)]
                if quoted and entry.session_id:
                    found.setdefault(entry.session_id, []).extend(quoted)
    return found


def _quote_lines(quote: Quote) -> list[str]:
    """“words”, then when they were said (UTC), their span in the recording, who wrote the
    text, and the link to that second: a calendar shows the description as plain text."""
    said = quote.said_utc and f"said {clock.ensure_utc(quote.said_utc):%Y-%m-%d %H:%M:%S} UTC"
    about = ", ".join(x for x in (said, f"video {quote.video}", quote.source) if x)
    link = public_url(quote.archive_link)
    return [f"“{quote.words}”", f"  ({about})"] + ([f"  {link}"] if link else [])


def render_sessions(
    conference: Conference,
    sessions: Iterable[Session],
    *,
    now: datetime | None = None,
    alarm: timedelta | None = ALARM_BEFORE,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
) -> str:
    """A VCALENDAR with one VEVENT per session (in time order) and the conference's VTIMEZONE.

    ``now`` is the DTSTAMP (defaults to the current time; tests pin it); ``alarm``: how long
    before each session the calendar rings (None or zero: no alarm); ``quotes``: transcript
    passages the observer's notes quote, by session id, written into each event's description.
    """
    chosen = sorted(sessions, key=lambda s: (s.start, s.id))
    tz = clock.zone(conference.timezone)
    tzid = param_value(conference.timezone)
    stamp = _utc(now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(conference.name)}",
        f"X-WR-TIMEZONE:{escape_text(conference.timezone)}",
    ]
    if chosen:
        lines += vtimezone(conference.timezone, chosen[0].start, max(s.end for s in chosen))
    for session in chosen:
        lines += _event(
            session, conference, tz, tzid, stamp, alarm, (quotes or {}).get(session.id, ())
        )
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
