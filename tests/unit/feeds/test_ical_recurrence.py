"""Recurring events, custom time zones and messages of the iCalendar reader (issue #7), on real
.ics texts: every occurrence of a series that ends, endless series over the conference and the
present, empty or unreadable rules kept as one sitting, X-LIC-LOCATION zones, one-line errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.clock import PINNED_NOW
from support.properties import examples

from observer_app.core.feeds.ical import parse_ical
from observer_app.core.feeds.ical_recur import AFTER_NOW, BEFORE_NOW, MAX_PER_SERIES
from observer_app.core.feeds.parse import parse_source

ZURICH = ZoneInfo("Europe/Zurich")
UTC = UTC


def calendar(*events: str, head: str = "X-WR-TIMEZONE:Europe/Zurich") -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{head}\r\n{body}END:VCALENDAR\r\n".encode()


def event(
    uid: str, start: str, summary: str, room: str = "Plenary", rule: str = "", extra: str = ""
) -> str:
    end = start[:9] + f"{int(start[9:11]) + 1:02d}" + start[11:]
    lines = [
        f"UID:{uid}" if uid else "",
        f"DTSTART;TZID=Europe/Zurich:{start}",
        f"DTEND;TZID=Europe/Zurich:{end}",
        f"SUMMARY:{summary}",
        f"LOCATION:{room}",
        f"RRULE:{rule}" if rule else "",
        extra,
    ]
    return "\r\n".join(x for x in lines if x)


def zurich(y, mo, d, h, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZURICH).astimezone(UTC)


def local(day: date, h: int, mi: int = 0) -> datetime:
    """``day`` at h:mi wall-clock time in Zurich, as UTC (summer and winter alike)."""
    return datetime.combine(day, time(h, mi), ZURICH).astimezone(UTC)


def starts(result, title: str) -> list[datetime]:
    return sorted(s.start for s in result.sessions if s.title == title)


STANDING = calendar(
    event("weekly@x", "20250106T150000", "Weekly coalition call", "Online", "FREQ=WEEKLY;BYDAY=MO"),
    event("plen@x", "20261130T093000", "Plenary morning sitting", "Plenary", "FREQ=DAILY;COUNT=10"),
    event("c5@x", "20261201T143000", "Committee 5", "Committee 5"),
)


def test_a_standing_weekly_call_is_read_around_now_and_a_bounded_series_whole():
    result = parse_ical(STANDING, "standing.ics", now=PINNED_NOW)
    low, high = PINNED_NOW - BEFORE_NOW, PINNED_NOW + AFTER_NOW
    mondays = [local(date(2025, 1, 6) + timedelta(weeks=n), 15) for n in range(200)]
    assert starts(result, "Weekly coalition call") == [m for m in mondays if low <= m <= high]
    assert starts(result, "Plenary morning sitting") == [
        local(date(2026, 11, 30) + timedelta(days=d), 9, 30) for d in range(10)
    ]
    assert starts(result, "Committee 5") == [zurich(2026, 12, 1, 14, 30)]
    window = [w for w in result.warnings if "weekly@x" in w]
    assert len(window) == 1 and f"{low:%Y-%m-%d}" in window[0] and f"{high:%Y-%m-%d}" in window[0]
    assert "2025-01-06" in window[0] and not any("plen@x" in w for w in result.warnings)


def test_a_conference_far_from_now_gets_its_own_window():
    early = datetime(2025, 3, 1, 12, tzinfo=UTC)  # a year and a half before the sittings
    result = parse_ical(STANDING, "standing.ics", now=early)
    calls = starts(result, "Weekly coalition call")
    assert zurich(2025, 3, 3, 15) in calls  # this week
    assert zurich(2026, 11, 30, 15) not in calls  # the conference's window is 1 December only
    assert not [
        c for c in calls if datetime(2026, 4, 1, tzinfo=UTC) < c < datetime(2026, 11, 1, tzinfo=UTC)
    ]
    assert len(starts(result, "Plenary morning sitting")) == 10
    assert any("weekly@x" in w and " and " in w and "2026-12-01" in w for w in result.warnings)


def test_a_monthly_series_since_last_year_is_read_this_year():
    monthly = calendar(
        event("wg@x", "20250106T150000", "Council WG monthly", "Online", "FREQ=MONTHLY;BYDAY=1MO")
    )
    result = parse_ical(monthly, "monthly.ics", now=PINNED_NOW)
    firsts = []
    for n in range(40):
        day = date(2025 + (n // 12), n % 12 + 1, 1)
        day += timedelta(days=(7 - day.weekday()) % 7)
        firsts.append(zurich(day.year, day.month, day.day, 15))
    low, high = PINNED_NOW - BEFORE_NOW, PINNED_NOW + AFTER_NOW
    assert starts(result, "Council WG monthly") == [f for f in firsts if low <= f <= high]
    assert len(result.sessions) >= 12


def test_bounded_series_far_from_now_are_read_whole():
    old = calendar(
        event("count@x", "20210104T100000", "Old weekly", rule="FREQ=WEEKLY;COUNT=20"),
        event("until@x", "20220101T100000", "Old daily", rule="FREQ=DAILY;UNTIL=20220110T235959Z"),
        event(
            "rdate@x", "20300105T100000", "Future", extra="RDATE;TZID=Europe/Zurich:20310105T100000"
        ),
    )
    result = parse_ical(old, "old.ics", now=PINNED_NOW)
    assert starts(result, "Old weekly") == [
        local(date(2021, 1, 4) + timedelta(weeks=n), 10) for n in range(20)
    ]
    assert starts(result, "Old daily") == [zurich(2022, 1, 1 + n, 10) for n in range(10)]
    assert starts(result, "Future") == [zurich(2030, 1, 5, 10), zurich(2031, 1, 5, 10)]
    assert not result.warnings


def test_a_series_too_long_is_cut_at_the_limit_with_a_warning():
    result = parse_ical(
        calendar(event("long@x", "20260101T100000", "Daily", rule="FREQ=DAILY;COUNT=1500")),
        "long.ics",
        now=PINNED_NOW,
    )
    assert len(result.sessions) == MAX_PER_SERIES
    assert starts(result, "Daily")[-1] == local(
        date(2026, 1, 1) + timedelta(days=MAX_PER_SERIES - 1), 10
    )
    assert any("long@x" in w and str(MAX_PER_SERIES) in w for w in result.warnings)


def test_an_endless_rule_too_dense_to_walk_keeps_its_first_date_and_says_so():
    dense = calendar(
        event("sec@x", "20200101T100000", "Every second", rule="FREQ=SECONDLY"),
        event("min@x", "20261130T100000", "Every minute", rule="FREQ=MINUTELY"),
    )
    result = parse_ical(dense, "dense.ics", now=PINNED_NOW)
    assert starts(result, "Every second") == [zurich(2020, 1, 1, 10)]
    assert any("sec@x" in w and "too often" in w for w in result.warnings)
    assert len(starts(result, "Every minute")) == MAX_PER_SERIES
    assert any("min@x" in w and f"more than {MAX_PER_SERIES}" in w for w in result.warnings)


def test_a_rule_that_never_matches_keeps_its_first_date():
    never = calendar(
        event("feb30@x", "20200101T100000", "Never", rule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")
    )
    result = parse_ical(never, "never.ics", now=PINNED_NOW)
    assert starts(result, "Never") == [zurich(2020, 1, 1, 10)]
    assert any("feb30@x" in w and "no date" in w for w in result.warnings)


def test_an_empty_rrule_is_one_sitting_with_a_warning():
    data = calendar(
        event("old@x", "20240301T100000", "Old prep meeting", extra="RRULE:"),
        event("new1@x", "20260301T100000", "Plenary opening", extra="RRULE:"),
        event("new2@x", "20260302T100000", "Committee 5 first", "Committee 5", extra="RRULE:"),
    )
    result = parse_source(
        data, "span_emptyrrule.ics"
    )  # no endless series: the clock does not matter
    assert starts(result, "Old prep meeting") == [zurich(2024, 3, 1, 10)]
    assert sorted(s.title for s in result.sessions) == [
        "Committee 5 first",
        "Old prep meeting",
        "Plenary opening",
    ]
    empty = [w for w in result.warnings if "RRULE is empty; read as a single occurrence" in w]
    assert [w.split(":")[0] for w in empty] == ["event 'old@x'", "event 'new1@x'", "event 'new2@x'"]


def test_many_empty_rrules_are_named_five_and_counted():
    holidays = calendar(
        *(
            event(f"h{n}@x", f"202{n % 3}0{n % 9 + 1}01T100000", f"Holiday {n}", extra="RRULE:")
            for n in range(8)
        )
    )
    result = parse_ical(holidays, "holidays.ics", now=PINNED_NOW)
    assert len(result.sessions) == 8
    named = [w for w in result.warnings if w.startswith("event 'h") and "empty" in w]
    assert (
        len(named) == 5
        and "3 more events: its RRULE is empty; read as a single occurrence" in result.warnings
    )


def test_an_unreadable_rrule_is_one_sitting_named_by_summary_without_uid():
    data = calendar(
        event("", "20261203T100000", "Committee 6 budget", "Committee 6", "FREQ=SOMETIMES"),
        event("ok@x", "20261204T100000", "Plenary", rule="FREQ=DAILY;COUNT=2;BYDAY=XX"),
    )
    result = parse_ical(data, "bad.ics", now=PINNED_NOW)
    assert starts(result, "Committee 6 budget") == [zurich(2026, 12, 3, 10)]
    assert starts(result, "Plenary") == [zurich(2026, 12, 4, 10)]
    bad = [w for w in result.warnings if "cannot be expanded" in w]
    assert len(bad) == 2 and any("ok@x" in w for w in bad)
    assert any("'Committee 6 budget' (no UID, starting 2026-12-03 10:00)" in w for w in bad)
    assert not any("event ''" in m for m in result.warnings + result.problems)


def test_an_exdate_cancels_and_an_override_moves_one_occurrence():
    data = calendar(
        event(
            "c5@x",
            "20261130T100000",
            "Committee 5",
            rule="FREQ=DAILY;COUNT=5",
            extra="EXDATE;TZID=Europe/Zurich:20261202T100000",
        ),
        "UID:c5@x\r\nRECURRENCE-ID;TZID=Europe/Zurich:20261203T100000\r\n"
        "DTSTART;TZID=Europe/Zurich:20261203T150000\r\nDTEND;TZID=Europe/Zurich:20261203T160000\r\n"
        "SUMMARY:Committee 5\r\nLOCATION:Plenary",
    )
    result = parse_ical(data, "c5.ics", now=PINNED_NOW)
    assert starts(result, "Committee 5") == [
        zurich(2026, 11, 30, 10),
        zurich(2026, 12, 1, 10),
        zurich(2026, 12, 3, 15),
        zurich(2026, 12, 4, 10),
    ]


FIJI_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:custom_Pacific/Fiji\r\nX-LIC-LOCATION:Pacific/Fiji\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nDTSTART:19700101T000000\r\n"
    "END:STANDARD\r\nEND:VTIMEZONE"
)  # rules deliberately wrong: X-LIC-LOCATION must win


def test_a_custom_tzid_is_read_as_its_x_lic_location():
    data = calendar(
        "UID:fiji@x\r\nDTSTART;TZID=custom_Pacific/Fiji:20261201T090000\r\n"
        "DTEND;TZID=custom_Pacific/Fiji:20261201T100000\r\nSUMMARY:Plenary\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
        "EXDATE;TZID=custom_Pacific/Fiji:20261202T090000",
        head=FIJI_VTIMEZONE,
    )
    result = parse_ical(data, "fiji.ics", now=PINNED_NOW)
    fiji = ZoneInfo("Pacific/Fiji")
    assert result.timezone == "Pacific/Fiji"
    assert starts(result, "Plenary") == [
        datetime(2026, 12, d, 9, tzinfo=fiji).astimezone(UTC) for d in (1, 3)
    ]
    assert all(s.end - s.start == timedelta(hours=1) for s in result.sessions)


def test_a_tzid_without_vtimezone_uses_the_iana_name_it_ends_with_or_the_calendar_zone():
    data = calendar(
        "UID:a@x\r\nDTSTART;TZID=custom_Asia/Seoul:20261201T090000\r\nDURATION:PT1H\r\nSUMMARY:Seoul",
        "UID:b@x\r\nDTSTART;TZID=Nowhere/Land:20261201T090000\r\nDURATION:PT1H\r\nSUMMARY:Nowhere",
    )
    result = parse_ical(data, "tz.ics", now=PINNED_NOW)
    assert starts(result, "Seoul") == [
        datetime(2026, 12, 1, 9, tzinfo=ZoneInfo("Asia/Seoul")).astimezone(UTC)
    ]
    assert starts(result, "Nowhere") == [zurich(2026, 12, 1, 9)]
    assert any("custom_Asia/Seoul" in w and "Asia/Seoul" in w for w in result.warnings)
    assert any("b@x" in w and "Nowhere/Land" in w and "Europe/Zurich" in w for w in result.warnings)


def test_a_cut_off_calendar_says_so_in_one_line_with_the_line():
    whole = STANDING.decode()
    cut = whole[: whole.index("LOCATION:Committee 5") + 15]
    result = parse_ical(cut.encode(), "trunc.ics", now=PINNED_NOW)
    assert not result.ok and len(result.problems) == 1
    problem = result.problems[0]
    assert "seems cut off" in problem and "VEVENT" in problem and "\n" not in problem
    assert problem.startswith(f"line {len(cut.splitlines())}:")


def test_library_errors_become_one_line_naming_the_line():
    nested = (
        "BEGIN:VCALENDAR\r\n"
        + "BEGIN:VEVENT\r\nEND:VEVENT\r\n" * 3
        + "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
    )
    problem = parse_ical(nested.encode(), "big_bad.ics").problems[0]
    assert (
        problem.startswith("line 8: BEGIN:VCALENDAR inside")
        and "seems cut off" in problem
        and "\n" not in problem
    )
    # A stray line the library cannot read costs that line only (issue 17), named in a warning.
    stray = STANDING.replace(b"END:VCALENDAR", b"X\r\nEND:VCALENDAR")
    kept = parse_ical(stray, "stray.ics", now=PINNED_NOW)
    assert kept.ok and len(kept.sessions) == len(
        parse_ical(STANDING, "s.ics", now=PINNED_NOW).sessions
    )
    warning = next(w for w in kept.warnings if "line skipped" in w)
    assert warning.startswith(f"line {stray.decode().splitlines().index('X') + 1}: ")
    assert "\n" not in warning
    orphan = parse_ical(
        b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "orphan.ics"
    ).problems[0]
    assert orphan == "line 2: END:VEVENT without a BEGIN:VEVENT before it"


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]),
    count=st.integers(1, 50),
    start=st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 28)),
    data=st.data(),
)
def test_a_bounded_series_gives_count_minus_exdates_sessions(freq, count, start, data):
    start = start.replace(day=min(start.day, 28), hour=8 + start.hour % 12, second=0, microsecond=0)

    def nth(n: int) -> datetime:
        if freq == "MONTHLY":
            month = start.month - 1 + n
            return start.replace(year=start.year + month // 12, month=month % 12 + 1)
        return start + timedelta(days=n if freq == "DAILY" else 7 * n)

    dropped = data.draw(st.sets(st.integers(0, count - 1), max_size=count))
    exdates = "".join(
        f"\r\nEXDATE;TZID=Europe/Zurich:{nth(n):%Y%m%dT%H%M%S}" for n in sorted(dropped)
    )
    text = calendar(
        f"UID:s@x\r\nDTSTART;TZID=Europe/Zurich:{start:%Y%m%dT%H%M%S}\r\nDURATION:PT1H\r\n"
        f"SUMMARY:Sitting\r\nRRULE:FREQ={freq};COUNT={count}{exdates}"
    )
    result = parse_ical(text, "random.ics", now=PINNED_NOW)
    expected = [
        nth(n).replace(tzinfo=ZURICH).astimezone(UTC) for n in range(count) if n not in dropped
    ]
    assert len(result.sessions) == count - len(dropped)
    assert starts(result, "Sitting") == expected
    assert (result.ok, result.warnings) == (bool(expected), [])


def test_an_unreadable_start_costs_its_event_only_with_one_warning():
    data = calendar(
        "SUMMARY:Broken\r\nDTSTART;TZID=Europe/Zurich:20261301T100000\r\nRRULE:FREQ=DAILY;COUNT=3",
        event("ok@x", "20261204T100000", "Plenary"),
    )
    result = parse_ical(data, "broken.ics", now=PINNED_NOW)
    assert starts(result, "Plenary") == [zurich(2026, 12, 4, 10)]
    assert result.warnings == [
        "event 'Broken' (no UID): unreadable time (DTSTART: Wrong datetime format: "
        "20261301T100000); skipped"
    ]


RULE_PARTS = [
    "FREQ=DAILY",
    "FREQ=WEEKLY",
    "FREQ=MONTHLY",
    "FREQ=YEARLY",
    "FREQ=HOURLY",
    "FREQ=NEVER",
    "COUNT=3",
    "COUNT=0",
    "COUNT=-2",
    "COUNT=x",
    "INTERVAL=2",
    "INTERVAL=0",
    "BYDAY=MO,WE",
    "BYDAY=1MO",
    "BYDAY=XX",
    "UNTIL=20270101T000000Z",
    "UNTIL=20270101",
    "UNTIL=2027",
    "BYMONTH=13",
    "BYSETPOS=-1",
    "WKST=SU",
    "",
    "=",
]


@settings(
    max_examples=examples(80),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(
    parts=st.lists(st.sampled_from(RULE_PARTS), max_size=4),
    exdate=st.sampled_from(["", "20261202T100000", "x"]),
)
def test_no_rule_makes_the_reader_raise(parts, exdate):
    extra = f"EXDATE;TZID=Europe/Zurich:{exdate}" if exdate else ""
    data = calendar(
        event(
            "r@x", "20261130T100000", "Ruled", extra=f"RRULE:{';'.join(parts)}\r\n{extra}".strip()
        ),
        event("ok@x", "20261204T100000", "Plenary"),
    )
    result = parse_ical(data, "rules.ics", now=PINNED_NOW)
    assert starts(result, "Plenary") == [zurich(2026, 12, 4, 10)]
    assert starts(result, "Ruled") and all("\n" not in w for w in result.warnings)


def test_a_zone_region_is_not_a_zone_and_says_where():
    region = calendar(event("a@x", "20261204T100000", "Plenary"), head="X-WR-TIMEZONE:Europe")
    assert (
        parse_ical(region, "region.ics", now=PINNED_NOW).timezone == "Europe/Zurich"
    )  # from the TZID
    folder = region.replace(b"DTSTART;TZID=Europe/Zurich", b"DTSTART;TZID=Asia")
    line = folder.decode().splitlines().index("DTSTART;TZID=Asia:20261204T100000") + 1
    # That line is skipped, with a warning saying where and why (issue 17: the rest is kept).
    result = parse_ical(folder, "folder.ics", now=PINNED_NOW)
    assert result.problems == ["no event with a usable start time"]
    assert (
        f"line {line}: time zone 'Asia' is not a zone (a region of the zone database); line skipped"
        in result.warnings
    )


def _hourly_until(until: str, *extra: str) -> bytes:
    """Hourly 15-minute slots from 1 December 09:00 UTC to ``until``, and ``extra`` events."""
    slots = (
        "UID:slots@x\r\nSUMMARY:Slot\r\nDTSTART:20261201T090000Z\r\nDURATION:PT15M\r\n"
        f"RRULE:FREQ=HOURLY;UNTIL={until}"
    )
    return calendar(slots, *extra)


def _utc(day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, tzinfo=UTC)


def test_a_dense_series_bounded_by_until_is_read_to_its_end_without_a_false_warning():
    # Found by mutation work: a series that ends by UNTIL was walked to the year 9000, and an
    # hourly (or quarter-hourly) rule gave up on the way, warning "too sparse a rule to follow
    # to its end: reading stopped at 2927-03-16" although every slot had been read.
    quarters = calendar(
        "UID:q@x\r\nSUMMARY:Speaker slot\r\nDTSTART:20261201T090000Z\r\nDURATION:PT15M\r\n"
        "RRULE:FREQ=MINUTELY;INTERVAL=15;UNTIL=20261201T120000Z"
    )
    result = parse_ical(quarters, "q.ics", now=PINNED_NOW)
    assert starts(result, "Speaker slot") == [
        _utc(1, 9) + timedelta(minutes=15 * n)
        for n in range(13)  # 09:00 to 12:00
    ]
    assert result.warnings == []
    result = parse_ical(_hourly_until("20261205T120000Z"), "h.ics", now=PINNED_NOW)
    assert len(starts(result, "Slot")) == 4 * 24 + 4  # 1 Dec 09:00 to 5 Dec 12:00
    assert result.warnings == []


def test_a_series_bounded_by_until_keeps_its_rdates_and_moved_sittings_after_the_until():
    # The walk of a series that ends stops two days past its UNTIL, its RDATEs and its moved
    # sittings, whichever is last: a date added a week after the UNTIL, or a sitting moved
    # nine days on, is still read.
    moved = (
        "UID:slots@x\r\nSUMMARY:Moved slot\r\nRECURRENCE-ID:20261201T100000Z\r\n"
        "DTSTART:20261210T100000Z\r\nDURATION:PT15M"
    )
    result = parse_ical(_hourly_until("20261201T120000Z", moved), "m.ics", now=PINNED_NOW)
    assert starts(result, "Slot") == [_utc(1, 9), _utc(1, 11), _utc(1, 12)]
    assert starts(result, "Moved slot") == [_utc(10, 10)]
    added = _hourly_until("20261201T120000Z").replace(
        b"UNTIL=20261201T120000Z", b"UNTIL=20261201T120000Z\r\nRDATE:20261208T090000Z"
    )
    result = parse_ical(added, "r.ics", now=PINNED_NOW)
    assert starts(result, "Slot") == [_utc(1, h) for h in (9, 10, 11, 12)] + [_utc(8, 9)]
    assert result.warnings == []
    # The same date given as a PERIOD (its start and an hour): read from its start.
    period = added.replace(b"RDATE:20261208T090000Z", b"RDATE;VALUE=PERIOD:20261208T090000Z/PT1H")
    result = parse_ical(period, "p.ics", now=PINNED_NOW)
    assert starts(result, "Slot") == [_utc(1, h) for h in (9, 10, 11, 12)] + [_utc(8, 9)]
    assert result.warnings == []


def test_a_series_moved_this_and_future_past_its_until_is_read_to_its_new_end():
    # RANGE=THISANDFUTURE on the 10:00 slot moves it and every later slot four days on: the
    # last slot (3 December 12:00) is then on 7 December 12:00, more than two days past both
    # the UNTIL and the moved sitting's own start; it is still read.
    moved = (
        "UID:slots@x\r\nSUMMARY:Moved\r\nRECURRENCE-ID;RANGE=THISANDFUTURE:20261201T100000Z\r\n"
        "DTSTART:20261205T100000Z\r\nDURATION:PT15M"
    )
    result = parse_ical(_hourly_until("20261203T120000Z", moved), "t.ics", now=PINNED_NOW)
    assert starts(result, "Slot") == [_utc(1, 9)]
    assert starts(result, "Moved") == [_utc(5, 10) + timedelta(hours=n) for n in range(51)]
    assert result.warnings == []


@pytest.mark.parametrize(
    "start",
    [
        "DTSTART;VALUE=PERIOD:20261201T090000Z/PT1H",
        "DTSTART;VALUE=TIME:090000",
        "DTSTART;VALUE=DURATION:PT1H",
    ],
)
def test_a_series_whose_start_is_not_a_date_gets_one_warning(start):
    # Found by mutation work: such a series reached the expander, which warned "its recurrence
    # cannot be expanded (AttributeError: 'tuple' object has no attribute 'toordinal'); only
    # its first date is kept" and then the builder "no usable DTSTART; skipped": two warnings,
    # one naming Python's internals, contradicting each other. Now only the builder speaks.
    data = calendar(
        f"UID:p@x\r\nSUMMARY:Prep call\r\n{start}\r\nRRULE:FREQ=WEEKLY",
        event("ok@x", "20261204T100000", "Plenary"),
    )
    result = parse_ical(data, "start.ics", now=PINNED_NOW)
    assert starts(result, "Plenary") == [zurich(2026, 12, 4, 10)]
    assert result.warnings == ["event 'p@x': no usable DTSTART; skipped"]


@pytest.mark.parametrize("rule", ["FREQ=DAILY;COUNT=3", "FREQ=DAILY;UNTIL=20261203T090000Z"])
def test_an_override_without_dtstart_changes_its_sitting_and_costs_nothing_else(rule):
    # Found by mutation work: an override (RECURRENCE-ID) without DTSTART made the library
    # refuse the whole series ("its recurrence cannot be expanded (KeyError: 'DTSTART'); only
    # its first date is kept"): two sittings lost for one line missing. It is now read as not
    # moved: the 2 December sitting keeps its time and takes the override's longer end.
    data = calendar(
        "UID:c@x\r\nSUMMARY:Committee 5\r\nDTSTART:20261201T090000Z\r\n"
        f"DTEND:20261201T100000Z\r\nRRULE:{rule}",
        "UID:c@x\r\nSUMMARY:Committee 5\r\nRECURRENCE-ID:20261202T090000Z\r\n"
        "DTEND:20261202T160000Z",
    )
    result = parse_ical(data, "override.ics", now=PINNED_NOW)
    sittings = sorted((s.start, s.end) for s in result.sessions)
    day = datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert sittings == [
        (day, day + timedelta(hours=1)),
        (day + timedelta(days=1), day + timedelta(days=1, hours=7)),
        (day + timedelta(days=2), day + timedelta(days=2, hours=1)),
    ]
    assert result.warnings == []


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("garbage", "garbage"),
        ("x" * 61, "x" * 59 + "…"),  # cut at 60 characters, as other unreadable values
    ],
)
def test_an_override_with_an_unreadable_recurrence_id_costs_only_itself(value, shown):
    # Found by mutation work: the library refused the whole series over one unreadable
    # RECURRENCE-ID ("its recurrence cannot be expanded (BrokenCalendarProperty: ...); only
    # its first date is kept"). The override is now read as a sitting of its own, and said;
    # the series keeps its three sittings (the one it was meant to replace too: unknown).
    data = calendar(  # the override first: the series' other parts are still read after it
        f"UID:c@x\r\nSUMMARY:Committee 5 (moved)\r\nRECURRENCE-ID:{value}\r\n"
        "DTSTART:20261202T140000Z\r\nDTEND:20261202T160000Z",
        "UID:c@x\r\nSUMMARY:Committee 5\r\nDTSTART:20261201T090000Z\r\n"
        "DTEND:20261201T100000Z\r\nRRULE:FREQ=DAILY;COUNT=3",
    )
    result = parse_ical(data, "override.ics", now=PINNED_NOW)
    assert starts(result, "Committee 5") == [
        datetime(2026, 12, d, 9, tzinfo=UTC) for d in (1, 2, 3)
    ]
    [moved] = [s for s in result.sessions if s.title == "Committee 5 (moved)"]
    assert moved.start == datetime(2026, 12, 2, 14, tzinfo=UTC)
    assert moved.id == "c@x@20261202T1400"  # named as a sitting of its series (notes link ids)
    assert result.warnings == [
        f"event 'c@x': its RECURRENCE-ID '{shown}' cannot be read; read as a sitting of its own "
        "(the one it replaces may also be shown)"
    ]


@pytest.mark.parametrize(
    ("moved", "value", "shown"),
    [
        ("RECURRENCE-ID", "garbage", "garbage"),
        ("RECURRENCE-ID;RANGE=THISANDFUTURE", "garbage", "garbage"),
        ("RECURRENCE-ID", "x" * 61, "x" * 59 + "…"),  # cut at 60, as other unreadable values
    ],
)
def test_an_override_with_an_unreadable_dtstart_is_read_at_its_recurrence_id(moved, value, shown):
    # Found by mutation work: the library refused the whole series over an override's
    # unreadable DTSTART ("its recurrence cannot be expanded (BrokenCalendarProperty: DTSTART:
    # ...)"). The override is now read as not moved, and said: it renames the 10:00 sitting
    # (and, for THISANDFUTURE, the later ones); every sitting is kept.
    data = _hourly_until(
        "20261201T120000Z",
        f"UID:slots@x\r\nSUMMARY:Renamed\r\n{moved}:20261201T100000Z\r\nDTSTART:{value}\r\n"
        "DURATION:PT15M",
    )
    result = parse_ical(data, "o.ics", now=PINNED_NOW)
    renamed = [10] if moved == "RECURRENCE-ID" else [10, 11, 12]
    assert starts(result, "Renamed") == [_utc(1, h) for h in renamed]
    assert starts(result, "Slot") == [_utc(1, h) for h in (9, 10, 11, 12) if h not in renamed]
    assert result.warnings == [
        f"event 'slots@x': its DTSTART '{shown}' cannot be read; read at its RECURRENCE-ID"
    ]


def test_an_until_written_as_a_date_keeps_that_day_s_sitting():
    # Against RFC 5545 but common in hand-made calendars: UNTIL as a date with a DTSTART that
    # has a time. The library read it as midnight and dropped the last day's sitting silently;
    # the day named is the last day of the series, as a person writing it meant.
    daily = calendar(
        event("d@x", "20261201T090000", "Daily briefing", rule="FREQ=DAILY;UNTIL=20261203")
    )
    result = parse_ical(daily, "d.ics", now=PINNED_NOW)
    assert starts(result, "Daily briefing") == [zurich(2026, 12, d, 9) for d in (1, 2, 3)]
    assert result.warnings == []


def test_an_until_in_utc_on_the_last_day_of_a_zoned_series_is_not_stretched():
    # An UNTIL with a time is exact: 3 December 07:59 UTC is before the 09:00 Zurich sitting
    # (08:00 UTC) of that day, which is not read.
    daily = calendar(
        event("u@x", "20261201T090000", "Exact", rule="FREQ=DAILY;UNTIL=20261203T075900Z")
    )
    result = parse_ical(daily, "u.ics", now=PINNED_NOW)
    assert starts(result, "Exact") == [zurich(2026, 12, d, 9) for d in (1, 2)]


def test_a_series_ending_before_its_start_keeps_its_first_sitting_and_says_so():
    # RFC 5545: DTSTART is the first occurrence. A rule whose UNTIL is before it gave nothing at
    # all, and the meeting vanished without a word.
    backwards = calendar(
        event("b@x", "20261201T090000", "Backwards", rule="FREQ=DAILY;UNTIL=20261130T000000Z")
    )
    result = parse_ical(backwards, "b.ics", now=PINNED_NOW)
    assert starts(result, "Backwards") == [zurich(2026, 12, 1, 9)]
    assert any("b@x" in w and "before its start" in w for w in result.warnings), result.warnings


def test_a_date_until_is_the_end_of_that_day_in_the_series_own_zone():
    # 20:00 in New York is 01:00 UTC the next day: the day named by UNTIL=20261203 ends at
    # 05:00 UTC on the 4th, so the sitting of 3 December 20:00 New York time is in it (read
    # with the day's end in UTC, it was not).
    evening = calendar(
        "UID:ny@x\r\nSUMMARY:Evening call\r\nDTSTART;TZID=America/New_York:20261201T200000\r\n"
        "DURATION:PT1H\r\nRRULE:FREQ=DAILY;UNTIL=20261203"
    )
    result = parse_ical(evening, "ny.ics", now=PINNED_NOW)
    new_york = ZoneInfo("America/New_York")
    assert starts(result, "Evening call") == [
        datetime(2026, 12, d, 20, tzinfo=new_york).astimezone(UTC) for d in (1, 2, 3)
    ]


def test_a_series_ending_at_its_start_is_one_sitting_without_a_warning():
    once = calendar(
        "UID:o@x\r\nSUMMARY:Once\r\nDTSTART:20261201T090000Z\r\nDURATION:PT1H\r\n"
        "RRULE:FREQ=DAILY;UNTIL=20261201T090000Z"
    )
    result = parse_ical(once, "o.ics", now=PINNED_NOW)
    assert starts(result, "Once") == [datetime(2026, 12, 1, 9, tzinfo=UTC)]
    assert result.warnings == []


def test_all_day_series_end_on_their_until_date_or_before_their_start():
    # Dates on both sides (all-day sittings): a week of days to the 3rd is read whole; one whose
    # UNTIL is the day before its start keeps its first day, warned.
    days = calendar(
        "UID:w@x\r\nSUMMARY:Working days\r\nDTSTART;VALUE=DATE:20261201\r\n"
        "RRULE:FREQ=DAILY;UNTIL=20261203",
        "UID:bw@x\r\nSUMMARY:Backwards day\r\nDTSTART;VALUE=DATE:20261201\r\n"
        "RRULE:FREQ=DAILY;UNTIL=20261130",
    )
    result = parse_ical(days, "w.ics", now=PINNED_NOW)
    assert [s.astimezone(ZURICH).date() for s in starts(result, "Working days")] == [
        date(2026, 12, d) for d in (1, 2, 3)
    ]
    assert len(starts(result, "Backwards day")) == 1
    assert [w for w in result.warnings if "bw@x" in w and "before its start" in w], result.warnings


def test_a_floating_series_with_an_until_in_utc_before_it_keeps_its_first_sitting():
    # A start without zone (read in the calendar's zone) and an UNTIL in UTC: compared as
    # instants, not refused for mixing the two.
    floating = calendar(
        "UID:f@x\r\nSUMMARY:Floating\r\nDTSTART:20261201T090000\r\nDURATION:PT1H\r\n"
        "RRULE:FREQ=DAILY;UNTIL=20261201T070000Z"  # the same day, an hour before it
    )
    result = parse_ical(floating, "f.ics", now=PINNED_NOW)
    assert starts(result, "Floating") == [zurich(2026, 12, 1, 9)]
    assert any("f@x" in w and "before its start" in w for w in result.warnings), result.warnings
