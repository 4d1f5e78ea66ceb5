"""frab / pretalx / C3VOC "schedule JSON": rooms become bodies, events sessions.

Two layouts exist: version 1 (``conference.days[].rooms{room: [events]}``, each event with a
``date`` carrying its offset and a ``duration`` "HH:MM") and version 2 (a flat ``events`` list
with ``start``/``end`` and ``room`` objects). Attachments with an address become documents.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from observer_app.core import clock
from observer_app.core.feeds.base import SourceResult, resolve_url, slug, stable_symbol, unique_id
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


def _instant(text: object, place: str, tz, result: SourceResult) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        result.warnings.append(f"{place}: {text!r} is not an ISO date-time; event skipped")
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def parse_pretalx(raw: dict, source: str) -> SourceResult:
    result = SourceResult(source, "pretalx")
    conference = raw["schedule"]["conference"]
    result.name = " ".join(str(conference.get("title") or conference.get("acronym") or "").split())
    tz = UTC
    zone = str(conference.get("time_zone_name") or "")
    if zone:
        try:
            tz = clock.zone(zone)
            result.timezone = zone
        except clock.TimeZoneError as exc:
            result.warnings.append(
                f"schedule/conference/time_zone_name: {exc}; times without offset read as UTC"
            )
    events: list[tuple[str, dict, str]] = []  # (place, event, room name)
    for d, day in enumerate(conference.get("days") or []):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if isinstance(rooms, dict):
            for room, items in rooms.items():
                for e, item in enumerate(items if isinstance(items, list) else []):
                    events.append(
                        (f"schedule/conference/days/{d}/rooms/{room}/{e}", item, str(room))
                    )
    for e, item in enumerate(raw["schedule"].get("events") or []):
        room = item.get("room") if isinstance(item, dict) else None
        name = room.get("name") if isinstance(room, dict) else room
        events.append((f"schedule/events/{e}", item, str(name or "")))

    bodies: dict[str, Body] = {}
    ids: set[str] = set()
    documents: dict[str, Document] = {}
    for place, item, room in events:
        if not isinstance(item, dict):
            result.warnings.append(f"{place}: not an event object; skipped")
            continue
        start = _instant(item.get("date") or item.get("start"), place, tz, result)
        if start is None:
            continue
        if item.get("end") and not item.get("duration"):
            end = _instant(item["end"], f"{place}/end", tz, result)
        else:
            length = parse_duration(item.get("duration"))
            if length is None:
                result.warnings.append(
                    f"{place}/duration: {item.get('duration')!r} is not HH:MM; assumed one hour"
                )
                length = timedelta(hours=1)
            end = start + length
        if end is None or end <= start:
            result.warnings.append(f"{place}: ends before it starts; skipped")
            continue
        room = " ".join(room.split()) or "Main room"
        key = slug(room, "room")
        body = bodies.setdefault(key, Body(key, room, room=room))
        title = " ".join(str(item.get("title") or "").split()) or "(untitled)"
        wanted = str(
            item.get("guid") or item.get("code") or item.get("id") or f"{key}-{start:%Y%m%d%H%M}"
        )
        sid = unique_id(wanted, ids)
        result.sessions.append(Session(sid, body.id, title, start, end))
        for att in item.get("attachments") or []:
            if not isinstance(att, dict) or not att.get("url"):
                continue
            att_title = str(att.get("title") or att.get("type") or title)
            found = parse_symbol(att_title)
            symbol = found.canonical() if found else stable_symbol("schedule", str(att["url"]))
            documents.setdefault(
                symbol,
                Document(
                    symbol,
                    att_title,
                    result.name,
                    start.date(),
                    body.id,
                    (
                        DocumentFile(
                            found.language
                            if found and found.language
                            else str(item.get("language") or "en")[:2],
                            resolve_url(str(att["url"]), source),
                        ),
                    ),
                ),
            )
    result.bodies = list(bodies.values())
    result.documents = list(documents.values())
    if not result.sessions:
        result.problems.append("schedule/conference: no event with a usable date")
    return result
