"""Time zones of a calendar, including the ones not named the IANA way.

Exporters write ``TZID:custom_Pacific/Fiji`` or ``/mozilla.org/20050126_1/Europe/Berlin`` and
put the real name in ``X-LIC-LOCATION``. ``icalendar`` then builds the zone from the VTIMEZONE's
rules (often years out of date) or, without a VTIMEZONE, leaves the time naive. Here such TZIDs
are mapped to the IANA zone they name, so times follow today's rules and the calendar gets a
zone instead of falling back to UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from observer_app.core import clock
from observer_app.core.feeds.ical_messages import describe, value_of

if TYPE_CHECKING:
    from icalendar import Component

    from observer_app.core.feeds.base import SourceResult

_LETTER_START = re.compile(r"(?<![A-Za-z])[A-Za-z]")
_TZID_PARAM = re.compile(r';TZID=("[^"\r\n]*"|[^;:\r\n]*)', re.IGNORECASE)


def iana_name(name: str) -> str:
    """``name`` if it is an IANA zone, else the IANA zone it ends with (``custom_Pacific/Fiji``
    -> ``Pacific/Fiji``), else ""."""
    name = (name or "").strip().strip('"')
    if not name or len(name) > 200:
        return ""
    if _known(name):
        return name
    from icalendar.timezone.windows_to_olson import (
        WINDOWS_TO_OLSON,
    )  # Outlook's "GMT Standard Time"

    if WINDOWS_TO_OLSON.get(name):
        return WINDOWS_TO_OLSON[name]
    for match in _LETTER_START.finditer(name):
        tail = name[match.start() :]
        if "/" in tail and tail != name and _known(tail):
            return tail
    return ""


def _known(name: str) -> bool:
    try:
        clock.zone(name)
    except (clock.TimeZoneError, OSError):  # "Europe" is a folder of the zone database
        return False
    return True


class Zones:
    """The calendar's own zone and the TZIDs to read as another (IANA) zone."""

    def __init__(self, calendar: Component, text: str, result: SourceResult) -> None:
        self.result = result
        #: TZID -> the IANA zone to use instead of what icalendar made of it.
        self.replace: dict[str, tzinfo] = {}
        self._naive: dict[str, tzinfo] = {}
        declared: list[str] = []
        odd: list[str] = []
        for vtz in calendar.walk("VTIMEZONE"):
            tzid = str(vtz.get("TZID", "") or "").strip()
            if _known(tzid):
                declared.append(tzid)
                continue
            iana = iana_name(str(vtz.get("X-LIC-LOCATION", "") or "")) or iana_name(tzid)
            if iana:
                declared.append(iana)
                self.replace[tzid] = clock.zone(iana)
            elif tzid:
                odd.append(tzid)
        self._undeclared(
            text, {str(v.get("TZID", "") or "").strip() for v in calendar.walk("VTIMEZONE")}
        )
        self.name = self._choose(calendar, declared)
        self.tz: tzinfo = clock.zone(self.name) if self.name else UTC
        result.timezone = self.name
        if not self.name and odd:
            result.warnings.append(
                f"VTIMEZONE {odd[0]!r} has no IANA name (nor X-LIC-LOCATION): its times are "
                "read as it defines them, but the calendar's own zone is unknown (UTC unless "
                "another source or the profile names one)"
            )

    def _undeclared(self, text: str, declared: set[str]) -> None:
        """TZIDs used without a VTIMEZONE that are not IANA names but end with one: icalendar
        leaves them naive, or takes a VTIMEZONE of that name from another calendar it read."""
        for tzid in {m.strip().strip('"') for m in _TZID_PARAM.findall(text)} - declared:
            if tzid and not _known(tzid):
                iana = iana_name(tzid)
                if iana:
                    self.replace[tzid] = clock.zone(iana)
                    self.result.warnings.append(
                        f"time zone {tzid!r} has no VTIMEZONE; read as {iana}"
                    )

    def _choose(self, calendar: Component, declared: list[str]) -> str:
        """X-WR-TIMEZONE, else the first VTIMEZONE, else the first event start, whose zone is
        known (many exports write ``DTSTART;TZID=Asia/Seoul`` without a VTIMEZONE)."""
        candidates = [str(calendar.get("X-WR-TIMEZONE", "") or ""), *declared]
        for event in calendar.walk("VEVENT")[:20]:
            params = getattr(event.get("DTSTART"), "params", None)
            tzid = str(params.get("TZID", "")) if params else ""
            if tzid in self.replace:
                candidates.append(getattr(self.replace[tzid], "key", ""))
            else:
                candidates.append(tzid)
        for name in candidates:
            found = iana_name(name)
            if found:
                return found
        return ""

    def naive(self, tzid: str, event: Component) -> tzinfo:
        """The zone for a time left naive: its TZID's IANA zone when it names one, else the
        calendar's zone (warned once per TZID, naming the first event that used it)."""
        if tzid in self._naive:
            return self._naive[tzid]
        iana = iana_name(tzid)
        zone: tzinfo
        if iana:
            zone = clock.zone(iana)
            self.result.warnings.append(
                f"{describe(event)}: time zone {tzid!r} has no VTIMEZONE; read as {iana}"
            )
        else:
            zone = self.tz
            self.result.warnings.append(
                f"{describe(event)}: time zone {tzid!r} is unknown (no VTIMEZONE, not an IANA "
                f"name); read in {self.name or 'UTC'}"
            )
        self._naive[tzid] = zone
        return zone

    def moment(self, value: Any, tzid: str, event: Component) -> Any:
        """``value`` (a DTSTART-like value) in the zone it should be read in; dates and floating
        times (no TZID) are returned as they are."""
        if not isinstance(value, datetime) or not tzid:
            return value
        zone = self.replace.get(tzid)
        if zone is not None:
            return value.replace(tzinfo=zone)
        return value.replace(tzinfo=self.naive(tzid, event)) if value.tzinfo is None else value

    def fix(self, event: Component) -> None:
        """Rewrite the times of ``event`` in place (before recurrence expansion, which copies
        them into every occurrence) so that custom and unknown TZIDs read as above. Values
        icalendar could not read are left for the expander to report."""
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            found = event.get(name)
            for prop in found if isinstance(found, list) else [found] if found is not None else []:
                tzid, value = _tzid(prop), value_of(prop)
                if tzid and isinstance(value, datetime):
                    prop.dt = self.moment(value, tzid, event)
        for name in ("EXDATE", "RDATE"):
            found = event.get(name)
            for group in found if isinstance(found, list) else [found] if found is not None else []:
                tzid = _tzid(group)
                try:
                    values = list(getattr(group, "dts", None) or []) if tzid else []
                except (ValueError, TypeError):
                    continue
                for one in values:
                    value = value_of(one)
                    if isinstance(value, tuple):  # an RDATE period: (start, end or duration)
                        one.dt = tuple(
                            self.moment(v, tzid, event) if isinstance(v, date) else v for v in value
                        )
                    elif isinstance(value, datetime):
                        one.dt = self.moment(value, tzid, event)


def _tzid(prop: Any) -> str:
    params = getattr(prop, "params", None)
    return str(params.get("TZID", "") or "").strip() if params else ""
