"""Messages about calendars that a person can act on: one line, the place, the event by name.

``icalendar``'s own errors are multi-line and quote half the file; a file cut off in transit
gives "Found no components where exactly one is required". Here the BEGIN/END structure is
checked first (it explains most failures), then the library's message is cut to one line and
the line it complains about is looked up when the message quotes it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from icalendar import Component  # imported when a calendar is read, not at start-up

_LIMIT = 160
_QUOTED = re.compile(r"""'([^'\n]{1,80})'|"([^"\n]{1,80})\"""")
_MARK = re.compile(r"(BEGIN|END):([A-Za-z0-9-]+)\s*$", re.IGNORECASE)


def one_line(text: str, limit: int = _LIMIT) -> str:
    """``text`` with its whitespace runs (newlines too) made single spaces, cut at ``limit``."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def describe(event: Component) -> str:
    """How a message names an event: ``event 'uid@x'``, or by summary and start when the
    event has no UID (``event ''`` tells a person nothing)."""
    uid = str(event.get("UID", "") or "").strip()
    if uid:
        return f"event {one_line(uid, 80)!r}"
    summary = one_line(str(event.get("SUMMARY", "") or "") or "(untitled)", 60)
    start = start_text(event)
    return f"event {summary!r} (no UID{', starting ' + start if start else ''})"


def grouped(notes: list[tuple[str, str]], named: int = 5) -> list[str]:
    """``label: what`` warnings, at most ``named`` for the same ``what`` (a holiday calendar
    with 34 empty RRULEs says so in six lines, not 34)."""
    by_what: dict[str, list[str]] = {}
    for label, what in notes:
        by_what.setdefault(what, []).append(label)
    out = []
    for what, labels in by_what.items():
        out += [f"{label}: {what}" for label in labels[:named]]
        if len(labels) > named:
            out.append(f"{len(labels) - named} more events: {what}")
    return out


_BROKEN = re.compile(r"Cannot access '\w+' on broken property '([\w-]+)' \(expected '\w+'\): ")


def reason(exc: Exception, limit: int = 120) -> str:
    """A library exception as a short clause: "DTSTART: Expected time, got: 2026113" rather
    than icalendar's "Cannot access 'dt' on broken property 'DTSTART' (expected ...)"."""
    text = _BROKEN.sub(r"\1: ", str(exc)) or type(exc).__name__
    return one_line(text, limit)


def value_of(prop: Any) -> Any:
    """``prop.dt``, or None when there is none or icalendar could not read it (reading the
    value of what it kept as broken raises)."""
    try:
        return getattr(prop, "dt", None)
    except (ValueError, TypeError):
        return None


def start_text(event) -> str:
    prop = event.get("DTSTART")
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    value = value_of(prop)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return ""


def unreadable(text: str, exc: Exception) -> str:
    """The one-line problem for a calendar ``icalendar`` refused, naming the line when known."""
    structure = structure_problem(text)
    if structure:
        return structure
    if (
        isinstance(exc, OSError) and exc.filename
    ):  # a TZID that names a folder ("Asia") of the zone data
        name = str(exc.filename).replace("\\", "/").rsplit("/", 1)[-1]
        line = _line_quoted(text, f"'TZID={name}:'")
        where = f"line {line}: " if line else ""
        return f"{where}not a readable calendar: time zone {name!r} is not a zone (a region of the zone database)"
    message = str(exc) or type(exc).__name__
    line = _line_quoted(text, message)
    where = f"line {line}: " if line else ""
    return f"{where}not a readable calendar: {one_line(message.splitlines()[0] if message else message)}"


def structure_problem(text: str) -> str:
    """The first BEGIN/END mismatch, or "the file seems cut off" when it ends inside a
    component; "" when the structure is sound."""
    open_: list[tuple[str, int]] = []
    lines = text.splitlines()
    found = ""
    for number, line in enumerate(lines, 1):
        if len(line) > 40 or line[:1] not in "BbEe":
            continue
        mark = _MARK.match(line)
        if not mark:
            continue
        kind, name = mark.group(1).upper(), mark.group(2).upper()
        if kind == "BEGIN":
            if name == "VCALENDAR" and open_ and not found:
                found = (
                    f"line {number}: BEGIN:VCALENDAR inside the calendar begun at line {open_[0][1]} "
                    "(two calendars run together?)"
                )
            open_.append((name, number))
        elif open_ and open_[-1][0] == name:
            open_.pop()
        elif any(name == n for n, _ in open_):
            inner, at = open_[-1]
            return (
                found
                or f"line {number}: END:{name} while {inner} (begun at line {at}) is not ended"
            )
        else:
            return found or f"line {number}: END:{name} without a BEGIN:{name} before it"
    if open_:
        inner, at = open_[-1]
        cut = f"the file seems cut off: it ends inside {inner} (begun at line {at}) without END:{inner}"
        return f"{found}; {cut}" if found else f"line {len(lines)}: {cut}"
    return found


def _line_quoted(text: str, message: str) -> int:
    """The line holding what ``message`` quotes (``'X'``) or ends with (``was +5744``), else 0."""
    wanted = [a or b for a, b in _QUOTED.findall(message)]
    tail = message.rsplit(None, 1)[-1] if message.split() else ""
    if tail and any(c.isdigit() for c in tail):
        wanted.append(tail)
    lines = text.splitlines()
    for piece in filter(None, (w.strip() for w in wanted)):
        for number, line in enumerate(lines, 1):
            if line.strip() == piece:
                return number
        for number, line in enumerate(lines, 1):
            if len(piece) >= 3 and piece in line:
                return number
    return 0
