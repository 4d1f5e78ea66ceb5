"""Time zones of a calendar, including the ones not named the IANA way.

Exporters write ``TZID:custom_Pacific/Fiji`` or ``/mozilla.org/20050126_1/Europe/Berlin`` and
put the real name in ``X-LIC-LOCATION``. ``icalendar`` then builds the zone from the VTIMEZONE's
rules (often years out of date) or, without a VTIMEZONE, leaves the time naive. Here such TZIDs
are mapped to the IANA zone they name, so times follow today's rules and the calendar gets a
zone instead of falling back to UTC.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from observer_app.core import clock
from observer_app.core.feeds.ical_messages import describe, value_of


def _quiet_library_guesses() -> None:
    """icalendar warns on stderr (a Python warning, printed by the command line) when it reads a
    vendor TZID such as ``/mozilla.org/.../Europe/Berlin`` as its IANA tail; ``Zones`` reads
    those TZIDs itself and says so in the source's own warnings, where a person sees them."""
    try:
        from icalendar.error import GloballyUniqueTZIDGuessed
    except ImportError:  # an icalendar without the warning: nothing to quiet
        return
    warnings.filterwarnings("ignore", category=GloballyUniqueTZIDGuessed)


_quiet_library_guesses()
if TYPE_CHECKING:
    from icalendar import Component

    from observer_app.core.feeds.base import SourceResult

_LETTER_START = re.compile(r"(?<![A-Za-z])[A-Za-z]")
_TZID_PARAM = re.compile(r';TZID=("[^"\r\n]*"|[^;:\r\n]*)', re.IGNORECASE)


def iana_name(name: str, windows: bool = True) -> str:
    """``name`` if it is an IANA zone, else the IANA zone it ends with (``custom_Pacific/Fiji``
    -> ``Pacific/Fiji``), else (``windows``) the IANA zone of a Windows zone name, else ""."""
    name = (name or "").strip().strip('"')
    if not name or len(name) > 200:
        return ""
    if _known(name):
        return name
    if windows and windows_zone(name):
        return windows_zone(name)
    for match in _LETTER_START.finditer(name):
        tail = name[match.start() :]
        if "/" in tail and tail != name and _known(tail):
            return tail
    return ""


def windows_zone(name: str) -> str:
    """The IANA zone of a Windows zone name (Outlook's "GMT Standard Time"), else ""."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return str(WINDOWS_TO_OLSON.get(name.strip().strip('"')) or "")


def _offsets(vtz: Any) -> set[timedelta]:
    """The UTC offsets a VTIMEZONE defines (its STANDARD and DAYLIGHT ``TZOFFSETTO``)."""
    found = set()
    for part in vtz.subcomponents:
        value = getattr(part.get("TZOFFSETTO"), "td", None)
        if isinstance(value, timedelta):
            found.add(value)
    return found


def _agrees(vtz: Any, iana: str, year: int) -> bool:
    """Whether the VTIMEZONE's offsets are the IANA zone's in ``year`` (winter and summer)."""
    zone = clock.zone(iana)
    expected = {
        datetime(year, month, 15, 12, tzinfo=zone).utcoffset() or timedelta(0) for month in (1, 7)
    }
    return _offsets(vtz) == expected


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
            iana = iana_name(str(vtz.get("X-LIC-LOCATION", "") or "")) or iana_name(
                tzid, windows=False
            )
            if iana:
                declared.append(iana)
                self.replace[tzid] = clock.zone(iana)
            elif windows_zone(tzid):
                declared.extend(self._windows(vtz, tzid))
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

    def _windows(self, vtz: Any, tzid: str) -> list[str]:
        """A VTIMEZONE named the Windows way: its own rules define its times (the file's
        VTIMEZONE comes first); the IANA zone of that name is the calendar's zone only when the
        two agree (else a warning says which offsets are used)."""
        iana = windows_zone(tzid)
        try:  # icalendar itself takes the IANA zone for some Windows names, not for others
            self.replace[tzid] = vtz.to_tz(lookup_tzid=False)
        except Exception:  # noqa: BLE001 - rules it cannot build: its own reading stands
            pass
        starts = [value_of(e.get("DTSTART")) for e in vtz.subcomponents]
        years = [d.year for d in starts if isinstance(d, date) and d.year > 1900]
        if _agrees(vtz, iana, max(years, default=datetime.now(UTC).year)) or _agrees(
            vtz, iana, datetime.now(UTC).year
        ):
            return [iana]
        defined = ", ".join(sorted(_offset_text(o) for o in _offsets(vtz))) or "no offset"
        self.result.warnings.append(
            f"VTIMEZONE {tzid!r} defines {defined}, not the offsets of {iana} that Windows "
            "gives this name: its times are read as the file defines them"
        )
        return []

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


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _tzid(prop: Any) -> str:
    params = getattr(prop, "params", None)
    return str(params.get("TZID", "") or "").strip() if params else ""
