"""``make corpus``: every file in tests/corpus through ``parse_source``, and what an independent
reader finds in it, per kind; prints how many files agree and why the others do not.

References (none of them is Observer's code): iCalendar, ``icalendar`` with
``recurring-ical-events`` (occurrences not cancelled); feeds, ``feedparser`` (entries with a
title, link or enclosure); XMLTV and frab XML, plain ``xml.etree.ElementTree`` (distinct
programmes; ``<event>`` elements); schedule JSON, plain ``json`` (event objects). A file agrees
when both find the same number, or when both find nothing usable; a schedule also needs the
same event titles. Calendars with an endless
series are not compared (Observer reads those over a window around now, by design).
"""

from __future__ import annotations

import json
import sys
import time
import warnings
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from observer_app.core.feeds.parse import parse_source  # noqa: E402

#: The "now" endless series are read around (as in the unit tests), so the figures are stable.
NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
NOT_COMPARED = -1


def ical_reference(data: bytes) -> int:
    import icalendar
    import recurring_ical_events

    calendars = icalendar.Calendar.from_ical(data, multiple=True)
    total = 0
    for calendar in calendars:
        for event in calendar.walk("VEVENT"):
            rules = event.get("RRULE")
            for rule in rules if isinstance(rules, list) else [rules] if rules else []:
                if not rule.get("COUNT") and not rule.get("UNTIL"):
                    return NOT_COMPARED
        occurrences = recurring_ical_events.of(calendar).between(
            datetime(1900, 1, 1, tzinfo=UTC), datetime(9000, 1, 1, tzinfo=UTC)
        )
        total += sum(
            1 for o in occurrences if str(o.get("STATUS", "")).strip().upper() != "CANCELLED"
        )
    return total


def feed_reference(data: bytes) -> int:
    import feedparser

    parsed = feedparser.parse(data)
    return sum(1 for e in parsed.entries if e.get("title") or e.get("link") or e.get("enclosures"))


def xml_reference(data: bytes) -> int:
    root = ElementTree.fromstring(data)
    if root.tag == "schedule":
        return len(root.findall(".//event"))
    # Titles compared with their whitespace collapsed, as XMLTV's own tv_sort does.
    programmes = {
        (
            p.get("channel"),
            p.get("start"),
            p.get("stop"),
            " ".join((p.findtext("title") or "").split()),
        )
        for p in root.iter("programme")
        if p.get("channel") and p.get("start")
    }
    return len(programmes)


def schedule_reference(data: bytes) -> int:
    if not data.lstrip().startswith(b"{"):
        return xml_reference(data)
    schedule = json.loads(data)["schedule"]
    days = schedule.get("conference", {}).get("days") or []
    count = sum(len(events) for day in days for events in (day.get("rooms") or {}).values())
    return count + len(schedule.get("events") or [])


def schedule_titles(data: bytes) -> list[str]:
    """The titles of a schedule's events, as plain JSON / ElementTree read them (spacing
    collapsed): a reader that swaps a title for the event's type still counts right."""
    if data.lstrip().startswith(b"{"):
        schedule = json.loads(data)["schedule"]
        days = schedule.get("conference", {}).get("days") or []
        events = [e for day in days for es in (day.get("rooms") or {}).values() for e in es]
        titles = [str(e.get("title") or "") for e in events + (schedule.get("events") or [])]
    else:
        titles = [e.findtext("title") or "" for e in ElementTree.fromstring(data).iter("event")]
    return sorted(" ".join(title.split()) for title in titles)


#: folder -> (what Observer counts, the reference's name, the reference)
KINDS: dict[str, tuple[str, str, Callable[[bytes], int]]] = {
    "ics": ("sessions", "icalendar + recurring-ical-events", ical_reference),
    "feeds": ("documents", "feedparser", feed_reference),
    "xmltv": ("sessions", "ElementTree", xml_reference),
    "schedule": ("sessions", "json / ElementTree", schedule_reference),
}


def reference(data: bytes, read: Callable[[bytes], int]) -> tuple[int | None, str]:
    """The reference's count, or None and why it could not read the file."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return read(data), ""
    except Exception as exc:  # noqa: BLE001 - a reference that fails is a figure, not a crash
        return None, f"{type(exc).__name__}: {' '.join(str(exc).split())[:80]}"


def _titles_differ(folder: str, data: bytes, result) -> str:
    """For schedules, where the titles Observer read and the reference's first differ, or ""."""
    if folder != "schedule" or not result.ok:
        return ""
    theirs = schedule_titles(data)
    ours = sorted(" ".join(s.title.split()) for s in result.sessions)
    wrong = [(a, b) for a, b in zip(theirs, ours, strict=False) if a != b]
    return (
        f"titles differ: {wrong[0][1]!r} where the reference has {wrong[0][0]!r}" if wrong else ""
    )


def main() -> int:
    total_files = total_agree = 0
    slowest = (0.0, "")
    for folder, (what, name, read) in KINDS.items():
        files = sorted(p for p in (ROOT / folder).glob("*") if p.is_file())
        agree, compared, notes = 0, 0, []
        for path in files:
            data = path.read_bytes()
            began = time.perf_counter()
            result = parse_source(data, str(path), now=NOW)
            took = time.perf_counter() - began
            slowest = max(slowest, (took, path.name))
            ours = len(getattr(result, what)) if result.ok else 0
            theirs, why = reference(data, read)
            if theirs == NOT_COMPARED:
                notes.append(f"    {path.name}: not compared (endless series); ours {ours}")
                continue
            compared += 1
            differ = _titles_differ(folder, data, result) if (theirs or 0) == ours else ""
            if (theirs or 0) == ours and not differ:
                agree += 1
                continue
            if differ:
                notes.append(f"    {path.name}: {differ}")
                continue
            said = "; ".join(result.problems or result.warnings[:1])[:110]
            notes.append(
                f"    {path.name}: ours {ours}, {name} {theirs if why == '' else why}"
                + (f" ({said})" if said else "")
            )
        total_files += compared
        total_agree += agree
        print(f"{folder}: {agree} of {compared} files agree with {name} ({len(files)} files)")
        for note in notes:
            print(note)
    print(f"all: {total_agree} of {total_files} compared files agree")
    print(f"slowest file: {slowest[1]} ({slowest[0] * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
