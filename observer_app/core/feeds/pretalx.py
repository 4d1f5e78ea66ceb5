"""frab / pretalx / C3VOC "schedule JSON": rooms become bodies, events sessions.

Two layouts exist: version 1 (``conference.days[].rooms{room: [events]}``, each event with a
``date`` carrying its offset and a ``duration`` "HH:MM") and version 2 (a flat ``events`` list
with ``start``/``end`` and ``room`` objects). Attachments with an address become documents;
site-relative ones (``/system/...pdf``) are resolved against the schedule's own ``base_url``
when it declares one (else against where it was read from). The frab XML form is turned into
the version 1 dict by ``feeds.frab`` and read here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from observer_app.core import clock
from observer_app.core.feeds.base import (
    ASSUMED_LENGTH,
    SourceResult,
    no_end_warning,
    resolve_url,
    settle_open_ends,
    slug,
    stable_symbol,
    unique_id,
)
from observer_app.core.model import Body, Document, DocumentFile, Session
from observer_app.core.symbols import parse_symbol

_DURATION = re.compile(r"^\s*(?:(\d+):)?(\d{1,3}):(\d{2})(?::(\d{2}))?\s*$")


def is_schedule(raw: object) -> bool:
    return (
        isinstance(raw, dict)
        and isinstance(raw.get("schedule"), dict)
        and isinstance(raw["schedule"].get("conference"), dict)
    )


def parse_duration(text: object) -> timedelta | None:
    """ "01:30" -> 1 h 30; "1:02:00" (days:hours:minutes, as frab writes long ones) too."""
    m = _DURATION.match(str(text or ""))
    if m is None:
        return None
    a, b, c, d = m.groups()
    if d is not None:  # HH:MM:SS with an optional day prefix
        return timedelta(days=int(a or 0), hours=int(b), minutes=int(c), seconds=int(d))
    return timedelta(days=int(a or 0), hours=int(b), minutes=int(c))


def _instant(text: object, place: str, tz: tzinfo, result: SourceResult) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        result.warnings.append(f"{place}: {text!r} is not an ISO date-time; event skipped")
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def _events(schedule: dict[str, Any]) -> list[tuple[str, Any, str]]:
    """(place, event, room name) of both layouts, in the order the file gives them."""
    events: list[tuple[str, Any, str]] = []
    days = schedule["conference"].get("days") or []
    for d, day in enumerate(days if isinstance(days, list) else []):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if isinstance(rooms, dict):
            for room, items in rooms.items():
                for e, item in enumerate(items if isinstance(items, list) else []):
                    events.append(
                        (f"schedule/conference/days/{d}/rooms/{room}/{e}", item, str(room))
                    )
    flat = schedule.get("events") or []
    for e, item in enumerate(flat if isinstance(flat, list) else []):
        room = item.get("room") if isinstance(item, dict) else None
        name = room.get("name") if isinstance(room, dict) else room
        events.append((f"schedule/events/{e}", item, str(name or "")))
    return events


def base_url(schedule: dict[str, Any], source: str) -> str:
    """What the schedule's relative links are relative to: its own declared ``base_url`` (at
    the top or in ``conference``) when that is a web address, else where it was read from."""
    for holder in (schedule, schedule.get("conference") or {}):
        declared = str(holder.get("base_url") or "").strip() if isinstance(holder, dict) else ""
        if declared.lower().startswith(("http://", "https://")):
            return declared
    return source


@dataclass
class _Reader:
    """The state of one schedule being read: its zone, base address, bodies and documents."""

    result: SourceResult
    tz: tzinfo
    base: str
    bodies: dict[str, Body] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    documents: dict[str, Document] = field(default_factory=dict)
    #: Sessions whose end was assumed (``base.settle_open_ends``).
    open_ids: set[str] = field(default_factory=set)

    def end(
        self, item: dict[str, Any], place: str, start: datetime
    ) -> tuple[datetime | None, bool]:
        """The event's end: ``end``, else ``start`` + ``duration``, else assumed (warned); and
        whether it was assumed."""
        if item.get("end") and not item.get("duration"):
            return _instant(item["end"], f"{place}/end", self.tz, self.result), False
        length = parse_duration(item.get("duration"))
        if length is None:
            why = f"{item.get('duration')!r} is not HH:MM" if item.get("duration") else "no end"
            self.result.warnings.append(no_end_warning(f"{place}/duration", why))
            return start + ASSUMED_LENGTH, True
        return start + length, False

    def event(self, place: str, item: object, room: str) -> None:
        if not isinstance(item, dict):
            self.result.warnings.append(f"{place}: not an event object; skipped")
            return
        start = _instant(item.get("date") or item.get("start"), place, self.tz, self.result)
        if start is None:
            return
        end, assumed = self.end(item, place, start)
        if end is None or end <= start:
            self.result.warnings.append(f"{place}: ends before it starts; skipped")
            return
        room = " ".join(room.split()) or "Main room"
        key = slug(room, "room")
        body = self.bodies.setdefault(key, Body(key, room, room=room))
        title = " ".join(str(item.get("title") or "").split()) or "(untitled)"
        wanted = str(
            item.get("guid") or item.get("code") or item.get("id") or f"{key}-{start:%Y%m%d%H%M}"
        )
        sid = unique_id(wanted, self.ids)
        if assumed:
            self.open_ids.add(sid)
        self.result.sessions.append(Session(sid, body.id, title, start, end))
        for att in item.get("attachments") or []:
            if isinstance(att, dict) and att.get("url"):
                self.attachment(att, item, title, start, body.id)

    def attachment(
        self, att: dict[str, Any], item: dict[str, Any], title: str, start: datetime, body_id: str
    ) -> None:
        att_title = str(att.get("title") or att.get("type") or title)
        found = parse_symbol(att_title)
        symbol = found.canonical() if found else stable_symbol("schedule", str(att["url"]))
        language = (
            found.language if found and found.language else str(item.get("language") or "en")[:2]
        )
        url = resolve_url(str(att["url"]), self.base)
        self.documents.setdefault(
            symbol,
            Document(
                symbol,
                att_title,
                self.result.name,
                start.date(),
                body_id,
                (DocumentFile(language, url),),
            ),
        )


def _zone(conference: dict[str, Any], result: SourceResult) -> tzinfo:
    zone = str(conference.get("time_zone_name") or "")
    if not zone:
        return UTC
    try:
        tz = clock.zone(zone)
    except clock.TimeZoneError as exc:
        result.warnings.append(
            f"schedule/conference/time_zone_name: {exc}; times without offset read as UTC"
        )
        return UTC
    result.timezone = zone
    return tz


def parse_pretalx(raw: dict[str, Any], source: str) -> SourceResult:
    result = SourceResult(source, "pretalx")
    schedule = raw["schedule"]
    conference = schedule["conference"]
    result.name = " ".join(str(conference.get("title") or conference.get("acronym") or "").split())
    reader = _Reader(result, _zone(conference, result), base_url(schedule, source))
    for place, item, room in _events(schedule):
        reader.event(place, item, room)
    result.sessions = settle_open_ends(result.sessions, reader.open_ids)
    result.bodies = list(reader.bodies.values())
    result.documents = list(reader.documents.values())
    if not result.sessions:
        result.problems.append("schedule/conference: no event with a usable date")
    return result
