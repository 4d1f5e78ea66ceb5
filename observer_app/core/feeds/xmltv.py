"""XMLTV programme guides: programmes become sessions, matched to playlist channels by tvg-id.

Read with defusedxml (no entity expansion, no external entities). On its own a guide gives one
body per ``<channel>``; ``combine`` moves each programme to the body of the M3U channel whose
``tvg-id`` equals the programme's ``channel``.

Session ids must survive the guide moving a sitting (a follow, its reminder and its calendar
export hang on them), so the start *time* is not in them:

* a programme with its own ``id`` attribute: ``xmltv-<channel>-<id>``;
* else ``xmltv-<channel>-<day>-<key>-<n>``: ``<day>`` the start date as the guide writes it
  (``YYYYMMDD``, in the guide's own offset), ``<key>`` the first ``<episode-num>`` (``crid`` or
  ``dd_progid`` preferred), else the first ``<title>``, and ``<n>`` 1 for the first programme
  with that key on that channel that day (by start time), 2 for the second...

All parts are slugs (``base.slug``). A sitting moved within its day keeps its id; moved past
midnight, or retitled, it becomes a new one. A guide that drops its past days does not renumber
the days that remain.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from observer_app.core.feeds.base import (
    ASSUMED_LENGTH,
    SourceResult,
    no_end_warning,
    settle_open_ends,
    slug,
    unique_id,
)
from observer_app.core.model import Body, Session

_TIME = re.compile(
    r"^\s*(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?\s*([+-]\d{4}|[A-Za-z]{1,5})?\s*$"
)
#: Zone names XMLTV grabbers write instead of offsets (hours from UTC).
_NAMED = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 1,
    "IST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "JST": 9,
    "KST": 9,
}
DEFAULT_LENGTH = ASSUMED_LENGTH  # the one rule of ``base``


def parse_time(text: str) -> tuple[datetime | None, str]:
    """An XMLTV time ("20141021093000 +0900", "200006031633", "20010829000500 BST") as UTC,
    or None and why. No zone means UTC, as the XMLTV DTD says."""
    m = _TIME.match(text or "")
    if m is None:
        return None, f"{text!r} is not an XMLTV time (YYYYMMDDhhmmss +hhmm)"
    parts = [int(g) if g else d for g, d in zip(m.groups()[:6], (0, 1, 1, 0, 0, 0), strict=True)]
    zone = m.group(7) or "+0000"
    if zone[0] in "+-":
        hours, minutes = int(zone[1:3]), int(zone[3:5])
        if hours > 14 or minutes > 59:
            return None, f"{zone!r} is not a UTC offset"
        offset = timedelta(hours=hours, minutes=minutes) * (1 if zone[0] == "+" else -1)
    elif zone.upper() in _NAMED:
        offset = timedelta(hours=_NAMED[zone.upper()])
    else:
        return None, f"unknown zone name {zone!r} in {text!r}"
    try:
        local = datetime(*parts, tzinfo=timezone(offset))
    except ValueError as exc:
        return None, f"impossible date or time {text!r} ({exc})"
    return local.astimezone(UTC), ""


def _text(element, tag: str) -> str:
    found = element.find(tag)
    return " ".join((found.text or "").split()) if found is not None else ""


def _place(element) -> str:
    return f"programme {element.get('channel', '?')!r} at {element.get('start', '?')!r}"


def parse_xmltv(data: bytes, source: str) -> SourceResult:
    """Channels as bodies, programmes as sessions (``session_channels`` keeps the channel id)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    result = SourceResult(source, "xmltv")
    try:
        root = fromstring(data)
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        result.problems.append(
            f"line {line}, column {column}: not well-formed XML ({_reason(exc)})"
        )
        return result
    except DefusedXmlException as exc:
        result.problems.append(
            f"refused: the XML declares entities or external references ({type(exc).__name__})"
        )
        return result
    if root.tag != "tv":
        result.problems.append(f"the root element is <{root.tag}>, not <tv>: not an XMLTV guide")
        return result

    bodies: dict[str, Body] = {}
    for channel in root.iter("channel"):
        cid = (channel.get("id") or "").strip()
        if not cid:
            result.warnings.append("a <channel> without id was skipped")
            continue
        if cid not in bodies:  # a channel declared twice is one channel
            bodies[cid] = Body(cid, _text(channel, "display-name") or cid)

    programmes: list[tuple[str, datetime, datetime | None, Any]] = []
    for element in root.iter("programme"):
        cid = (element.get("channel") or "").strip()
        start, why = parse_time(element.get("start", ""))
        if not cid or start is None:
            result.warnings.append(f"{_place(element)}: skipped, {why or 'no channel'}")
            continue
        stop = None
        if element.get("stop"):
            stop, why = parse_time(element.get("stop", ""))
            if stop is None:
                result.warnings.append(f"{_place(element)}: stop ignored, {why}")
        programmes.append((cid, start, stop, element))

    _sessions(result, programmes, bodies)
    result.bodies = list(bodies.values())
    if not result.sessions and not result.bodies:
        result.problems.append("no <channel> and no usable <programme>: an empty guide")
    return result


def _sessions(
    result: SourceResult,
    programmes: list[tuple[str, datetime, datetime | None, Any]],
    bodies: dict[str, Body],
) -> None:
    """Programmes as sessions in start order per channel: each listed twice kept once, those
    without a usable stop given the one no-end rule (never stretched over the next one)."""
    programmes.sort(key=lambda p: (p[0], p[1]))
    ids: set[str] = set()
    seen: dict[tuple[str, str], int] = {}
    kept: set[tuple[str, datetime, datetime | None, str]] = set()
    doubles = 0
    open_ids: set[str] = set()
    for cid, start, stop, element in programmes:
        title = _text(element, "title") or _text(element, "sub-title") or "(untitled)"
        if (cid, start, stop, title) in kept:
            doubles += 1  # a guide that declares a channel twice lists its programmes twice
            continue
        kept.add((cid, start, stop, title))
        sid = unique_id(_session_id(cid, element, title, seen), ids)
        if stop is None or stop <= start:
            # Zero-length or no stop: the one rule (``base.settle_open_ends``), never stretched
            # over the channel's next programme.
            result.warnings.append(no_end_warning(_place(element), "no usable stop time"))
            stop = start + ASSUMED_LENGTH
            open_ids.add(sid)
        if cid not in bodies:
            bodies[cid] = Body(cid, cid)
        result.sessions.append(Session(sid, cid, title, start, stop))
        result.session_channels[sid] = cid
    if doubles:
        result.warnings.append(
            f"{doubles} programme{'s' if doubles > 1 else ''} listed twice (same channel, times "
            "and title) kept once"
        )
    result.sessions = settle_open_ends(result.sessions, open_ids)


def _session_id(cid: str, element, title: str, seen: dict[tuple[str, str], int]) -> str:
    """The id rule of the module docstring; ``seen`` counts the keys met so far (call in start order)."""
    own = (element.get("id") or "").strip()
    if own:
        return f"xmltv-{slug(cid)}-{slug(own)}"
    numbers: dict[str, str] = {}
    for number in element.findall("episode-num"):
        numbers.setdefault(
            (number.get("system") or "").strip().lower(), " ".join((number.text or "").split())
        )
    episode = (
        numbers.get("crid")
        or numbers.get("dd_progid")
        or next((v for v in numbers.values() if v), "")
    )
    m = _TIME.match(element.get("start", ""))
    day = "".join(g or "01" for g in m.groups()[:3]) if m else "0"
    key = f"{day}-{slug(episode or title, 'programme')}"
    n = seen[cid, key] = seen.get((cid, key), 0) + 1
    return f"xmltv-{slug(cid)}-{key}-{n}"


def _reason(exc: Exception) -> str:
    return re.sub(r":\s*line \d+, column \d+$", "", str(exc))
