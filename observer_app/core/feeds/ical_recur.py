"""Recurring events: which rules can be read, and which occurrences become sessions.

A series that ends (COUNT, UNTIL, or only RDATEs) is read whole, up to ``MAX_PER_SERIES``
occurrences. A series without end is read over a window that covers both the conference (its
one-off events) and the observer's present, because a standing weekly call that began two years
ago matters this week, and the Plenary's ten sittings matter wherever they fall. Whatever is left
out is said, naming the event and the window. ``recurring-ical-events`` does the expanding.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from itertools import chain
from typing import TYPE_CHECKING, Any, Protocol

from observer_app.core.feeds.ical_messages import describe, one_line, reason, value_of

if TYPE_CHECKING:  # icalendar is imported when a calendar is read, not at start-up
    from icalendar import Component
    from icalendar.prop import vDDDLists, vRecur

    from observer_app.core.feeds.base import SourceResult

MAX_PER_SERIES = 1000
MAX_OCCURRENCES = 20000
BEFORE_NOW = timedelta(days=30)
AFTER_NOW = timedelta(days=366)
#: An endless series that begins after the window still shows its first month.
FIRST_SPAN = timedelta(days=31)
#: Occurrences the expander may step through before the window (it generates every one).
MAX_SKIPPED = 200_000
_MOST_PER_STEP = 20_000
_MOST_STEPS = 400
_FAR_PAST = datetime(1900, 1, 1, tzinfo=UTC)
_FAR_FUTURE = datetime(9000, 1, 1, tzinfo=UTC)
_NAMED = 5  # endless series named one by one; the rest are counted
#: Read past a series' last UNTIL, RDATE or moved sitting: an UNTIL written as a date or
#: without a zone may be read up to a day later by the library than by ``builder.utc``.
_PAST_THE_END = timedelta(days=2)


def listed(value: Any) -> list[Any]:
    """A property that may appear once or several times, always as a list."""
    return value if isinstance(value, list) else [] if value is None else [value]


def clean(event: Component, notes: list[tuple[str, str]]) -> bool:
    """Drop the RRULEs that are empty or unreadable and the RDATE/EXDATE lines that cannot be
    read, each noted as (event, what happened); True when the event still recurs (an event
    without DTSTART does not: it is reported as such, once)."""
    from icalendar.prop import vRecur

    starts = listed(event.get("DTSTART"))
    if not starts or not isinstance(value_of(starts[0]), date):
        return False  # no (readable) start, or a time, duration or period: the builder says so
    label = describe(event)
    rules = listed(event.get("RRULE"))
    for rule in rules:
        if isinstance(rule, vRecur) and rule.get("UNTIL") and "COUNT" in rule:
            # RFC 5545 forbids both; a COUNT out of range must not cost the rule its UNTIL
            # (recurring-ical-events follows the UNTIL too).
            if out_of_range(vRecur({"COUNT": rule["COUNT"]})):
                notes.append(
                    (
                        label,
                        f"its RRULE has both UNTIL and COUNT={_first(rule['COUNT'])}; the COUNT is ignored",
                    )
                )
                del rule["COUNT"]
    first = value_of(starts[0])
    for rule in rules:
        if isinstance(rule, vRecur):
            _until_as_last_day(rule, first)
    good = [r for r in rules if isinstance(r, vRecur) and r.get("FREQ") and not _problem(r, first)]
    dates = {name: _readable_dates(event, name, label, notes) for name in ("RDATE", "EXDATE")}
    recurs = bool(good or dates["RDATE"])
    for rule in rules:
        if any(rule is g for g in good):
            continue
        raw = rule.to_ical().decode("utf-8", "replace") if isinstance(rule, vRecur) else str(rule)
        text = one_line(raw, 60)
        if not isinstance(rule, vRecur):  # icalendar keeps what it could not parse as vBroken
            reason = one_line(str(getattr(rule, "parse_error", "") or "unreadable"), 100)
            why = f"its RRULE {text!r} cannot be expanded ({reason})"
        elif not text:
            why = "its RRULE is empty"
        else:
            why = f"its RRULE {text!r} cannot be expanded ({_problem(rule, first) or 'no FREQ'})"
        notes.append(
            (
                label,
                f"{why}; " + ("that rule is left out" if recurs else "read as a single occurrence"),
            )
        )
    if len(good) != len(rules):
        event.pop("RRULE")
        if good:
            event["RRULE"] = good if len(good) > 1 else good[0]
    return recurs


def _until_as_last_day(rule: vRecur, first: date) -> None:
    """An UNTIL written as a date for a series with times (against RFC 5545, common in hand-made
    calendars) names the series' last day: read as that day's end, where the library read its
    midnight and dropped the last day's sitting without a word."""
    until = listed(rule.get("UNTIL"))
    if not until or not isinstance(first, datetime) or isinstance(until[0], datetime):
        return
    if not isinstance(until[0], date):
        return
    end = datetime.combine(until[0], time(23, 59, 59), first.tzinfo)
    rule["UNTIL"] = [end.astimezone(UTC) if first.tzinfo else end]


def _problem(rule: vRecur, first: date) -> str | None:
    """Why a rule cannot be followed: a part out of RFC 5545's ranges, or an UNTIL before the
    DTSTART (the library then gives no sitting at all, though DTSTART is the first)."""
    until = listed(rule.get("UNTIL"))
    if until and isinstance(until[0], date) and _instant(until[0]) < _instant(first):
        return "it ends before its start"
    return out_of_range(rule)


def _instant(value: date) -> datetime:
    """A date or a time as an instant to compare (a date at its midnight, floating as UTC)."""
    moment = value if isinstance(value, datetime) else datetime.combine(value, time())
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _first(value: object) -> object:
    return value[0] if isinstance(value, list) and value else value


#: RFC 5545 3.3.10 ranges (low, high, whether 0 is allowed). Out of them dateutil raises, loops
#: forever (INTERVAL=0) or searches to the year 9999 (BYMONTH=13).
_RANGES: dict[str, tuple[int, int | None, bool]] = {
    "COUNT": (1, None, False),
    "INTERVAL": (1, None, False),
    "BYSECOND": (0, 60, True),
    "BYMINUTE": (0, 59, True),
    "BYHOUR": (0, 23, True),
    "BYMONTHDAY": (-31, 31, False),
    "BYYEARDAY": (-366, 366, False),
    "BYWEEKNO": (-53, 53, False),
    "BYMONTH": (1, 12, False),
    "BYSETPOS": (-366, 366, False),
}


def out_of_range(rule: vRecur) -> str:
    """ "BYMONTH=13 is out of range" for the first part of ``rule`` outside RFC 5545's range."""
    for part, (low, high, zero) in _RANGES.items():
        for value in listed(rule.get(part)):
            if (
                not isinstance(value, int)
                or value < low
                or (high is not None and value > high)
                or (value == 0 and not zero)
            ):
                return f"{part}={value} is out of range"
    return ""


def _readable_dates(
    event: Component, name: str, label: str, notes: list[tuple[str, str]]
) -> list[vDDDLists]:
    """The RDATE (or EXDATE) lines that could be read; the others are removed, and noted."""
    from icalendar.prop import vDDDLists

    found = listed(event.get(name))
    good = [group for group in found if isinstance(group, vDDDLists)]
    for bad in found:
        if not isinstance(bad, vDDDLists):
            effect = (
                "left out"
                if name == "RDATE"
                else "left out (the date it cancels may still be shown)"
            )
            notes.append((label, f"its {name} {one_line(str(bad), 60)!r} cannot be read; {effect}"))
    if len(good) != len(found):
        event.pop(name)
        if good:
            event[name] = good if len(good) > 1 else good[0]
    return good


def extent(cores: list[Component]) -> tuple[bool, int | None]:
    """(whether the series ends, its largest possible number of occurrences when only COUNTs
    and RDATEs bound it); a COUNT below 1 is dropped by the expander, so it does not bound."""
    total, until = 0, False
    for core in cores:
        total += 1
        for rule in listed(core.get("RRULE")):
            count = rule.get("COUNT")
            if count:
                try:
                    number = int(count[0] if isinstance(count, list) else count)
                except (TypeError, ValueError):
                    return False, None
                if number < 1:
                    return False, None
                total += number
            elif rule.get("UNTIL"):
                until = True
            else:
                return False, None
        total += sum(len(group.dts) for group in listed(core.get("RDATE")))
    return True, None if until else total


_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600}
_RANK = {"SECONDLY": 0, "MINUTELY": 1, "HOURLY": 2}


def per_day(cores: list[Component]) -> float:
    """The most occurrences a day the rules can give: an upper bound from FREQ, INTERVAL and
    the BYHOUR/BYMINUTE/BYSECOND parts that multiply them (RFC 5545's "expand"), to size the
    expander's steps; at least 1."""
    most = 1.0
    for core in cores:
        for rule in listed(core.get("RRULE")):
            freq = str((listed(rule.get("FREQ")) or ["DAILY"])[0]).upper()
            try:
                interval = max(1, int((listed(rule.get("INTERVAL")) or [1])[0]))
            except (TypeError, ValueError):
                interval = 1
            per = 86400 / (_SECONDS[freq] * interval) if freq in _SECONDS else 1.0
            rank = _RANK.get(freq, 3)
            for part, expands_from in (("BYSECOND", 1), ("BYMINUTE", 2), ("BYHOUR", 3)):
                if rank >= expands_from:
                    per *= max(1, len(listed(rule.get(part))))
            most = max(most, per)
    return most


class SessionBuilder(Protocol):
    """What the expander needs of the calendar reader's builder (``ical._Builder``): where the
    warnings go, the UTC instant of a value, and a session made from an event. A protocol, so
    that ical imports this module and not the other way round."""

    result: SourceResult

    def utc(self, value: object) -> datetime | None: ...

    def add(self, event: Component, occurrence: bool = False) -> None: ...


class Expander:
    """Turns series (lists of VEVENTs sharing a UID: the rule and its RECURRENCE-ID overrides)
    into sessions through ``builder``."""

    def __init__(
        self,
        zones: list[Component],
        builder: SessionBuilder,
        now: datetime,
        span: tuple[datetime, datetime] | None,
    ) -> None:
        self.zones, self.builder, self.warnings = zones, builder, builder.result.warnings
        present = (now - BEFORE_NOW, now + AFTER_NOW)
        if span and (span[1] < present[0] or span[0] > present[1]):
            self.windows = sorted([span, present])  # a past (or future) conference, and today
        elif span:
            self.windows = [(min(span[0], present[0]), max(span[1], present[1]))]
        else:
            self.windows = [present]
        self.count, self.full = 0, False
        self.endless: list[tuple[str, datetime | None, list[tuple[datetime, datetime]]]] = []

    def run(self, series: list[list[Component]]) -> None:
        quick: list[list[Component]] = []
        one_by_one: list[list[Component]] = []
        series = [self._readable_overrides(group) for group in series]
        for group in series:
            ends, total = extent([c for c in group if "RECURRENCE-ID" not in c])
            (
                quick if ends and total is not None and total <= MAX_PER_SERIES else one_by_one
            ).append(group)
        if quick and not self._all_at_once(quick):
            one_by_one = quick + one_by_one  # find the broken one(s) without costing the others
        for group in one_by_one:
            self._series(group)
        self._say_windows()

    def _readable_overrides(self, group: list[Component]) -> list[Component]:
        """The series without its overrides whose RECURRENCE-ID cannot be read (the library
        would refuse the whole series over one): each is read as a sitting of its own, and
        said. An override without a readable DTSTART starts at its RECURRENCE-ID."""
        kept: list[Component] = []
        for component in group:
            moved = component.get("RECURRENCE-ID")
            if moved is not None and value_of(moved) is None:
                self.warnings.append(
                    f"{describe(component)}: its RECURRENCE-ID {one_line(str(moved), 60)!r} "
                    "cannot be read; read as a sitting of its own (the one it replaces may "
                    "also be shown)"
                )
                self.builder.add(component, occurrence=True)
                continue
            self._start_unmoved(component)
            kept.append(component)
        return kept

    def _start_unmoved(self, component: Component) -> None:
        """An override without a readable DTSTART changes its sitting without moving it: it
        starts at its RECURRENCE-ID (the library would refuse the whole series over it)."""
        if "RECURRENCE-ID" not in component:
            return
        start = component.get("DTSTART")
        if isinstance(value_of(start), date):
            return
        if start is not None:
            self.warnings.append(
                f"{describe(component)}: its DTSTART {one_line(str(start), 60)!r} cannot be "
                "read; read at its RECURRENCE-ID"
            )
            component.pop("DTSTART")
        component.add("DTSTART", value_of(component.get("RECURRENCE-ID")))

    def _query(self, components: Iterable[Component]) -> Any:  # a recurring_ical_events query
        import icalendar
        import recurring_ical_events

        subset = icalendar.Calendar()
        for component in chain(self.zones, components):
            subset.add_component(component)
        return recurring_ical_events.of(subset)

    def _all_at_once(self, series: list[list[Component]]) -> bool:
        """Series with few occurrences (COUNT/RDATE only), all in one query: the usual case."""
        try:
            found = self._query([c for group in series for c in group]).between(
                _FAR_PAST, _FAR_FUTURE
            )
        except Exception:  # the library's errors share no base class; each series is retried alone
            return False
        self._take(found)
        return True

    def _spans(
        self, ends: bool, first: datetime | None, last: datetime = _FAR_FUTURE
    ) -> list[tuple[datetime, datetime]]:
        """Where to read a series: all of it when it ends (nothing starts before its earliest
        DTSTART, overrides included, nor after ``last``), else the windows from its start on,
        the last one reaching at least a month past that start."""
        if ends:
            return [(first or _FAR_PAST, last)]
        if first is None:
            return list(self.windows)
        spans = [(max(low, first), high) for low, high in self.windows if high > first]
        if not spans:
            return [(first, first + FIRST_SPAN)]
        low, high = spans[-1]
        spans[-1] = (low, max(high, first + FIRST_SPAN))
        return spans

    def _series(self, group: list[Component]) -> None:
        cores = [c for c in group if "RECURRENCE-ID" not in c] or group
        label = describe(cores[0])
        ends, _ = extent(cores)
        starts = [s for s in (self._start(c) for c in group) if s is not None]
        first = min(starts) if starts else None
        density = per_day(cores)
        spans = self._spans(ends, first, self._last(group, starts) if ends else _FAR_FUTURE)
        skipped = density * (spans[0][0] - first).total_seconds() / 86400 if first else 0.0
        if skipped > MAX_SKIPPED:
            self._first_only(
                cores,
                f"{label}: repeats up to {density:g} times a day since {first:%Y-%m-%d}, too "
                "often to read through; only its first date is kept",
            )
            return
        found: list[Component] = []
        cap, stopped = MAX_PER_SERIES // len(spans), ""
        try:
            query = self._query(group)
            for low, high in spans:
                part, why = self._walk(query, low, high, density, cap)
                found, stopped = found + part, stopped or why
        except Exception as exc:  # a rule the library cannot follow costs this series only
            self._first_only(
                cores,
                f"{label}: its recurrence cannot be expanded ({type(exc).__name__}: "
                f"{reason(exc)}); only its first date is kept",
            )
            return
        where = "" if ends else " " + _spans_text(spans)
        if stopped == "capped":
            self.warnings.append(
                f"{label}: more than {cap} occurrences{where}; only the first {cap} (to "
                f"{self._start(found[-1]):%Y-%m-%d}) are read"
            )
        elif stopped:
            self.warnings.append(
                f"{label}: too sparse a rule to follow to its end: reading {stopped}"
            )
        elif (
            not ends and not found
        ):  # a rule that never matches (30 February) still has its DTSTART
            self._first_only(
                cores,
                f"{label} repeats without end but has no date{where}; only its first date is kept",
            )
            return
        elif not ends:
            self.endless.append((label, first, spans))
        self._take(found)

    def _last(self, group: list[Component], starts: list[datetime]) -> datetime:
        """Past the last possible start of a series bounded by UNTIL (its RDATEs and moved
        sittings too), so that the walk stops there: stepping through the empty centuries to
        the year 9000, an hourly rule would give up on the way and call itself too sparse.
        ``_FAR_FUTURE`` when a rule has no UNTIL or a date cannot be read."""
        latest: list[datetime | None] = list(starts)
        later = timedelta(0)  # RANGE=THISANDFUTURE moves the sittings after it by as much
        for component in group:
            for rule in listed(component.get("RRULE")):
                until = listed(rule.get("UNTIL"))
                if not until:
                    return _FAR_FUTURE
                latest.append(self.builder.utc(until[0]))
            for dates in listed(component.get("RDATE")):
                for value in dates.dts:
                    latest.append(self.builder.utc(_period_start(value.dt)))
            for moved in listed(component.get("RECURRENCE-ID")):
                if getattr(moved, "params", {}).get("RANGE"):
                    was, now = self.builder.utc(value_of(moved)), self._start(component)
                    if was is None or now is None:
                        return _FAR_FUTURE
                    later = max(later, now - was)
        known = [moment for moment in latest if moment is not None]
        if len(known) < len(latest) or not known:
            return _FAR_FUTURE
        return min(max(known) + later + _PAST_THE_END, _FAR_FUTURE)

    def _first_only(self, cores: list[Component], warning: str) -> None:
        self.warnings.append(warning)
        for core in cores:
            self.builder.add(core)

    def _walk(
        self, query: Any, begin: datetime, until: datetime, density: float, cap: int
    ) -> tuple[list[Component], str]:
        """Occurrences starting from ``begin`` to ``until``, in time order, at most ``cap``,
        and why reading stopped early ("" when it did not). Read in steps sized to hold about a
        quarter of the cap, doubled while they hold fewer (so the empty years past a series'
        end cost a few queries), never so long that a dense rule could put more than
        ``_MOST_PER_STEP`` in one."""
        step = max(timedelta(minutes=15), timedelta(days=cap / 4 / density))
        longest = max(step, timedelta(days=_MOST_PER_STEP / density))
        found: list[tuple[datetime, Component]] = []
        at, steps = begin, 0
        while at < until and len(found) <= cap:
            steps += 1
            if steps > _MOST_STEPS:
                return [
                    o for _, o in sorted(found, key=lambda p: p[0])
                ], f"stopped at {at:%Y-%m-%d}"
            stop = until if until - at <= step else at + step
            batch = query.between(at, stop)
            for occurrence in batch:  # one overlapping two steps is taken where it starts
                start = self._start(occurrence)
                if start is not None and at <= start < stop:
                    found.append((start, occurrence))
            if len(batch) < cap / 4:
                step = min(step * 2, longest)
            at = stop
        found.sort(key=lambda pair: pair[0])
        return [occurrence for _, occurrence in found[:cap]], "capped" if len(found) > cap else ""

    def _start(self, component: Component) -> datetime | None:
        found = listed(component.get("DTSTART"))
        return self.builder.utc(value_of(found[0])) if found else None

    def _take(self, occurrences: Iterable[Component]) -> None:
        for occurrence in occurrences:
            if self.count >= MAX_OCCURRENCES:
                if not self.full:
                    self.full = True
                    self.warnings.append(
                        f"more than {MAX_OCCURRENCES} occurrences in all: the rest were left out"
                    )
                return
            self.count += 1
            self.builder.add(occurrence, occurrence=True)

    def _say_windows(self) -> None:
        for label, first, spans in self.endless[:_NAMED]:
            began = f" (it began {first:%Y-%m-%d})" if first and first < spans[0][0] else ""
            self.warnings.append(
                f"{label} repeats without end: only its dates {_spans_text(spans)} are read{began}"
            )
        if len(self.endless) > _NAMED:
            self.warnings.append(
                f"{len(self.endless) - _NAMED} more events repeat without end: only their dates "
                f"{_spans_text(self.windows)} (or their first month) are read"
            )


def _period_start(value: object) -> object:
    """An RDATE's instant: a PERIOD is read as its start."""
    return value[0] if isinstance(value, tuple) else value


def _spans_text(spans: Iterable[tuple[datetime, datetime]]) -> str:
    return " and ".join(
        f"on {low:%Y-%m-%d}"
        if f"{low:%Y%m%d}" == f"{high:%Y%m%d}"
        else f"from {low:%Y-%m-%d} to {high:%Y-%m-%d}"
        for low, high in spans
    )
