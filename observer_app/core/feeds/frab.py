"""frab / pentabarf ``schedule.xml`` (C3VOC, FOSDEM, DebConf, pretalx's XML export), read as the
JSON form is: the XML is turned into the version 1 schedule dict and handed to ``pretalx``.

``<schedule>`` holds ``<conference>`` (title, acronym, ``time_zone_name``, ``base_url``,
``day_change``) and ``<day date>`` elements, each with ``<room name>`` elements holding
``<event guid id>``. An event's ``<date>`` is its start with offset; older files give only
``<start>`` (HH:MM on the day's date; before ``day_change`` it belongs to the next calendar day).
Attachments (``<attachment href>``) become documents. Read with defusedxml.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any
from xml.etree.ElementTree import Element

from observer_app.core.feeds.base import SourceResult
from observer_app.core.feeds.pretalx import parse_pretalx

_CONFERENCE_FIELDS = ("title", "acronym", "time_zone_name", "base_url", "start", "end")
_EVENT_FIELDS = (
    "date",
    "start",
    "duration",
    "room",
    "title",
    "subtitle",
    "language",
    "type",
    "track",
    "url",
)


def is_frab_xml(text_start: str) -> bool:
    """The start of an XML document whose root is ``<schedule>`` with a ``<conference>``."""
    return "<conference" in text_start


def parse_frab(data: bytes, source: str) -> SourceResult:
    """Bodies, sessions and documents of a frab ``schedule.xml``."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data)
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        reason = re.sub(r":\s*line \d+, column \d+$", "", str(exc))
        return _failed(source, f"line {line}, column {column}: not well-formed XML ({reason})")
    except DefusedXmlException as exc:
        return _failed(
            source,
            f"refused: the XML declares entities or external references ({type(exc).__name__})",
        )
    if root.tag != "schedule" or root.find("conference") is None:
        return _failed(source, f"the root element is <{root.tag}>, not a frab <schedule>")
    return parse_pretalx(to_schedule_dict(root), source)


def _failed(source: str, problem: str) -> SourceResult:
    result = SourceResult(source, "pretalx")
    result.problems.append(problem)
    return result


def _text(element: Element | None, tag: str) -> str:
    found = element.find(tag) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def to_schedule_dict(root: Element) -> dict[str, Any]:
    """The frab XML tree as the schedule JSON (version 1) dict ``pretalx.parse_pretalx`` reads."""
    conference_element = root.find("conference")
    conference: dict[str, Any] = {
        name: _text(conference_element, name)
        for name in _CONFERENCE_FIELDS
        if _text(conference_element, name)
    }
    day_change = _clock(_text(conference_element, "day_change"))
    days = []
    for day in root.findall("day"):
        rooms: dict[str, list[dict[str, Any]]] = {}
        for room in day.findall("room"):
            events = rooms.setdefault(room.get("name") or "", [])
            events.extend(_event(e, day.get("date") or "", day_change) for e in room.iter("event"))
        days.append({"date": day.get("date") or "", "rooms": rooms})
    conference["days"] = days
    schedule: dict[str, Any] = {"version": _text(root, "version"), "conference": conference}
    if _text(root, "base_url"):
        schedule["base_url"] = _text(root, "base_url")
    return {"schedule": schedule}


def _event(element: Element, day: str, day_change: time | None) -> dict[str, Any]:
    event: dict[str, Any] = {name: _text(element, name) for name in _EVENT_FIELDS}
    event["guid"] = element.get("guid") or ""
    event["id"] = element.get("id") or ""
    if not event["date"]:
        event["date"] = _start_on(day, event["start"], day_change)
    event["attachments"] = [
        {"url": a.get("href") or "", "title": (a.text or "").strip(), "type": a.get("type") or ""}
        for a in element.iter("attachment")
    ]
    return {k: v for k, v in event.items() if v not in ("", None)}


def _clock(text: str) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def _start_on(day: str, start: str, day_change: time | None) -> str:
    """An ISO date-time (no offset: read in the conference's zone) from the day's date and an
    HH:MM start; "" when either cannot be read. A start before ``day_change`` (04:00 at a
    congress) is after midnight, on the next calendar day."""
    moment = _clock(start)
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return ""
    if moment is None:
        return ""
    if day_change is not None and moment < day_change:
        when += timedelta(days=1)
    return datetime.combine(when, moment).isoformat()
