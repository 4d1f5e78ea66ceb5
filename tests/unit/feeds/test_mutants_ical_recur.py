"""Tests written against mutants of core/feeds/ical_recur.py that survived the older tests
(`make mutate`).

Each test names the planted bug it catches. Calendars are real .ics texts read by the real
reader (icalendar and recurring-ical-events); the expected dates are written out by hand.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from icalendar.prop import vRecur

from observer_app.core.feeds.ical import parse_ical
from observer_app.core.feeds.ical_recur import per_day

NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)


def _calendar(*events: str) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"
    ).encode()


def _rule(text: str) -> icalendar.cal.Component:
    return icalendar.Event.from_ical(f"BEGIN:VEVENT\r\nRRULE:{text}\r\nEND:VEVENT\r\n")


def _starts(result, title: str) -> list[datetime]:
    return sorted(s.start for s in result.sessions if s.title == title)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("FREQ=WEEKLY", 1.0),  # catches a floor of 2 and 2.0 for rules slower than hourly
        ("FREQ=HOURLY", 24.0),  # catches an INTERVAL default of 2 or a floor of 2
        ("FREQ=HOURLY;INTERVAL=2", 12.0),  # catches `*`/`/` swapped, 86401, INTERVAL unread
        ("FREQ=MINUTELY;BYSECOND=0,30", 2880.0),  # BYSECOND expands MINUTELY (catches `/=`)
        ("FREQ=HOURLY;BYMINUTE=0,15,30,45;BYSECOND=0", 96.0),  # catches `rank > from`
        ("FREQ=DAILY;BYHOUR=9,14", 2.0),  # BYHOUR expands DAILY
        ("FREQ=HOURLY;BYHOUR=9,10,11", 24.0),  # ...but only limits HOURLY (catches rank 3 for all)
    ],
)
def test_per_day_is_the_most_occurrences_a_day_the_rule_can_give(rule, expected):
    # The bound sizes the expander's steps: too low and a dense series is walked hour by hour
    # for ever; too high and a long-running one is refused as "too often to read through".
    assert per_day([_rule(rule)]) == expected


def test_per_day_reads_an_unreadable_interval_as_one():
    event = icalendar.Event()
    event["RRULE"] = vRecur({"FREQ": "HOURLY", "INTERVAL": "every other"})
    # Catches `interval = None` (TypeError) and `= 2` in the fallback.
    assert per_day([event]) == 24.0


def test_until_and_a_count_out_of_range_keeps_the_until_and_names_the_count():
    data = _calendar(
        "UID:c5@x\r\nSUMMARY:Committee 5\r\nDTSTART:20261201T090000Z\r\n"
        "DTEND:20261201T100000Z\r\nRRULE:FREQ=DAILY;UNTIL=20261203T090000Z;COUNT=0"
    )
    result = parse_ical(data, "count.ics", now=NOW)
    assert _starts(result, "Committee 5") == [
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        datetime(2026, 12, 2, 9, tzinfo=UTC),
        datetime(2026, 12, 3, 9, tzinfo=UTC),
    ]
    # The COUNT is shown as the number the file has, not a list: catches `_first` mutants.
    assert any(
        "its RRULE has both UNTIL and COUNT=0; the COUNT is ignored" in w for w in result.warnings
    )


def test_an_endless_series_far_in_the_future_shows_its_first_month():
    # Two years from now, beyond the year read around the present: the first month is read
    # (five Mondays). Catches `first is not None`, `first - FIRST_SPAN`.
    data = _calendar(
        "UID:far@x\r\nSUMMARY:Council 2028\r\nDTSTART:20281106T090000Z\r\n"
        "DTEND:20281106T100000Z\r\nRRULE:FREQ=WEEKLY"
    )
    result = parse_ical(data, "far.ics", now=NOW)
    assert _starts(result, "Council 2028") == [
        datetime(2028, 11, 6, 9, tzinfo=UTC) + timedelta(weeks=n) for n in range(5)
    ]


def test_an_endless_series_starting_near_the_end_of_the_year_read_still_shows_a_month():
    # It begins 360 days from now, six days before the window around the present ends: the
    # window is stretched to a month past its start. Catches `max(high, first - FIRST_SPAN)`.
    first = datetime(2027, 11, 25, 9, tzinfo=UTC)  # NOW + 360 days, 02:45 later in the day
    data = _calendar(
        f"UID:late@x\r\nSUMMARY:Late series\r\nDTSTART:{first:%Y%m%dT%H%M%SZ}\r\n"
        f"DTEND:{first + timedelta(hours=1):%Y%m%dT%H%M%SZ}\r\nRRULE:FREQ=WEEKLY"
    )
    result = parse_ical(data, "late.ics", now=NOW)
    assert _starts(result, "Late series") == [first + timedelta(weeks=n) for n in range(5)]


def test_an_endless_series_with_a_moved_sitting_is_still_read_as_endless():
    # Catches the overrides taken for the series itself (`"RECURRENCE-ID" in c`, a mangled
    # property name, or `and group`): the override has no RRULE, the series would be read as
    # one that ends, walked to the 1000-occurrence cap, and the window never said.
    data = _calendar(
        "UID:call@x\r\nSUMMARY:Coalition call\r\nDTSTART:20261102T150000Z\r\n"
        "DTEND:20261102T160000Z\r\nRRULE:FREQ=WEEKLY",
        "UID:call@x\r\nSUMMARY:Coalition call (moved)\r\nRECURRENCE-ID:20261207T150000Z\r\n"
        "DTSTART:20261208T150000Z\r\nDTEND:20261208T160000Z",
    )
    result = parse_ical(data, "call.ics", now=NOW)
    assert _starts(result, "Coalition call (moved)") == [datetime(2026, 12, 8, 15, tzinfo=UTC)]
    weekly = _starts(result, "Coalition call")
    assert datetime(2026, 12, 7, 15, tzinfo=UTC) not in weekly
    assert datetime(2026, 11, 2, 15, tzinfo=UTC) in weekly  # within 30 days before now
    assert datetime(2026, 12, 14, 15, tzinfo=UTC) in weekly
    # From its start (within the 30 days read before now) to a year and a day after now.
    assert result.warnings == [
        "event 'call@x' repeats without end: only its dates from 2026-11-02 to 2027-12-01 are read"
    ]


def _series(uid: str, start: str, rule: str, title: str = "Series") -> str:
    end = start[:-5] + f"{int(start[-5]) + 1}" + start[-4:]  # an hour later (hours 0-8)
    return f"UID:{uid}\r\nSUMMARY:{title}\r\nDTSTART:{start}\r\nDTEND:{end}\r\nRRULE:{rule}"


def test_a_long_bounded_series_is_cut_with_the_date_it_reaches():
    # 1500 daily sittings from 2026-01-01: the 1000th is 999 days later, 2028-09-26 (2028 is
    # a leap year). Catches the wrong end date (`found[+1]`, `found[-2]`) and a window named
    # for a series that ends ("XXXX", or the spans text for every series).
    result = parse_ical(
        _calendar(_series("long@x", "20260101T090000Z", "FREQ=DAILY;COUNT=1500")), "a.ics", NOW
    )
    assert len(result.sessions) == 1000
    assert result.warnings == [
        "event 'long@x': more than 1000 occurrences; only the first 1000 (to 2028-09-26) are read"
    ]


def test_an_endless_series_cut_at_the_limit_names_the_window_it_was_read_in():
    # Hourly from 2026-11-01 00:00: the 1000th is 999 hours (41 days 15 hours) later.
    result = parse_ical(_calendar(_series("hr@x", "20261101T000000Z", "FREQ=HOURLY")), "a.ics", NOW)
    assert result.warnings == [
        "event 'hr@x': more than 1000 occurrences from 2026-11-01 to 2027-12-01; only the first "
        "1000 (to 2026-12-12) are read"
    ]


def test_an_endless_rule_that_never_matches_names_the_window_searched():
    # 30 February: searched from 30 days before now to a year and a day after.
    result = parse_ical(
        _calendar(_series("feb30@x", "20260101T090000Z", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")),
        "a.ics",
        NOW,
    )
    assert len(result.sessions) == 1
    assert result.warnings == [
        "event 'feb30@x' repeats without end but has no date from 2026-10-31 to 2027-12-01; "
        "only its first date is kept"
    ]


def test_a_conference_far_from_now_and_the_present_are_named_as_two_windows():
    # A one-day conference in March 2025 and a weekly call since January 2025: read on the
    # conference's day and around now. Catches the " and " joiner and a one-day window
    # written "from 2025-03-03 to 2025-03-03".
    opening = "UID:conf@x\r\nSUMMARY:Opening\r\nDTSTART:20250303T090000Z\r\nDTEND:20250303T100000Z"
    weekly = _series("wk@x", "20250106T150000Z", "FREQ=WEEKLY", "Weekly")
    result = parse_ical(_calendar(opening, weekly), "a.ics", NOW)
    assert result.warnings == [
        "event 'wk@x' repeats without end: only its dates on 2025-03-03 and from 2026-10-31 to "
        "2027-12-01 are read (it began 2025-01-06)"
    ]
    assert _starts(result, "Weekly")[0] == datetime(2026, 11, 2, 15, tzinfo=UTC)


def test_a_rule_too_sparse_to_walk_stops_after_its_steps_and_says_where():
    # Every second of 09:00 on 28 February: bounded at 86,400 a day, the walk takes steps of
    # at most 5 h 33 min 20 s (20,000 occurrences); after 15, 30, 60, 120, 240 minutes and
    # 395 full steps (2,202 h, 91 days 18 h from 29 November 09:00) it gives up on 1 March.
    # Catches the step count changed (`-=`, `+= 2`, `>=`) and the sort of what was found.
    rule = "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=28;BYHOUR=9;BYMINUTE=0"
    start = "UID:s@x\r\nSUMMARY:S\r\nDTSTART:20261129T090000Z\r\nDTEND:20261129T090001Z"
    result = parse_ical(_calendar(f"{start}\r\nRRULE:{rule}"), "a.ics", NOW)
    assert result.warnings == [
        "event 's@x': too sparse a rule to follow to its end: reading stopped at 2027-03-01"
    ]
    # Its first date, then the 60 seconds of 28 February 2027, in order.
    assert _starts(result, "S") == [datetime(2026, 11, 29, 9, tzinfo=UTC)] + [
        datetime(2027, 2, 28, 9, 0, s, tzinfo=UTC) for s in range(60)
    ]


def test_a_cancelled_occurrence_is_named_with_its_day():
    # Catches `occurrence=False/None` on expanded sittings (the day would not be named).
    data = _calendar(
        _series("c@x", "20261201T090000Z", "FREQ=DAILY;COUNT=3", "C"),
        "UID:c@x\r\nSUMMARY:C\r\nRECURRENCE-ID:20261202T090000Z\r\n"
        "DTSTART:20261202T090000Z\r\nDTEND:20261202T100000Z\r\nSTATUS:CANCELLED",
    )
    result = parse_ical(data, "a.ics", NOW)
    assert _starts(result, "C") == [
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        datetime(2026, 12, 3, 9, tzinfo=UTC),
    ]
    assert result.warnings == [
        "1 cancelled sitting (STATUS:CANCELLED) left out: event 'c@x' on 2026-12-02 09:00"
    ]


def test_the_limit_on_all_occurrences_keeps_that_many_and_says_so_once(monkeypatch):
    # The limit is 20,000; lowered to 5 so that a small calendar reaches it. Three sittings of
    # a series that ends, then two endless weekly series read one after the other: 5 kept, one
    # warning. Catches `>` for `>=`, the warning never or twice said, and the count changed.
    from observer_app.core.feeds import ical_recur

    monkeypatch.setattr(ical_recur, "MAX_OCCURRENCES", 5)
    data = _calendar(
        _series("three@x", "20261201T090000Z", "FREQ=DAILY;COUNT=3", "Three"),
        _series("wk1@x", "20261102T080000Z", "FREQ=WEEKLY", "Weekly one"),
        _series("wk2@x", "20261103T080000Z", "FREQ=WEEKLY", "Weekly two"),
    )
    result = parse_ical(data, "a.ics", NOW)
    assert len(result.sessions) == 5
    assert len(_starts(result, "Three")) == 3
    full = [w for w in result.warnings if "in all" in w]
    assert full == ["more than 5 occurrences in all: the rest were left out"]


def _one(uid: str, extra: str) -> bytes:
    return _calendar(
        f"UID:{uid}\r\nSUMMARY:{uid}\r\nDTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\n"
        + extra
    )


def _days(*days: int) -> list[datetime]:
    return [datetime(2026, 12, d, 9, tzinfo=UTC) for d in days]


@pytest.mark.parametrize(
    ("uid", "extra", "sessions", "warning"),
    [
        (  # the readable EXDATE still cancels 2 December; the other is named with its effect
            "exd@x",
            "RRULE:FREQ=DAILY;COUNT=4\r\nEXDATE:20261202T090000Z\r\nEXDATE:garbage",
            _days(1, 3, 4),
            "its EXDATE 'garbage' cannot be read; left out (the date it cancels may still be "
            "shown)",
        ),
        (
            "rd@x",
            "RDATE:20261205T090000Z\r\nRDATE:never",
            _days(1, 5),
            "its RDATE 'never' cannot be read; left out",
        ),
        (  # the good rule is kept alone
            "two@x",
            "RRULE:FREQ=DAILY;COUNT=2\r\nRRULE:FREQ=MONTHLY;BYMONTH=13",
            _days(1, 2),
            "its RRULE 'FREQ=MONTHLY;BYMONTH=13' cannot be expanded (BYMONTH=13 is out of "
            "range); that rule is left out",
        ),
        (  # both good rules are kept: daily 1, 2 December and weekly 1, 8 December
            "three@x",
            "RRULE:FREQ=DAILY;COUNT=2\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\nRRULE:FREQ=YEARLY;INTERVAL=0",
            _days(1, 2, 8),
            "its RRULE 'FREQ=YEARLY;INTERVAL=0' cannot be expanded (INTERVAL=0 is out of "
            "range); that rule is left out",
        ),
        (
            "nofreq@x",
            "RRULE:COUNT=3",
            _days(1),
            "its RRULE 'COUNT=3' cannot be expanded (no FREQ); read as a single occurrence",
        ),
        (
            "neg@x",
            "RRULE:FREQ=MONTHLY;COUNT=2;BYMONTHDAY=-32",
            _days(1),
            "its RRULE 'FREQ=MONTHLY;COUNT=2;BYMONTHDAY=-32' cannot be expanded (BYMONTHDAY=-32 "
            "is out of range); read as a single occurrence",
        ),
        (
            "h24@x",
            "RRULE:FREQ=DAILY;COUNT=2;BYHOUR=24",
            _days(1),
            "its RRULE 'FREQ=DAILY;COUNT=2;BYHOUR=24' cannot be expanded (BYHOUR=24 is out of "
            "range); read as a single occurrence",
        ),
        (
            "broken@x",
            "RRULE:FREQ=SOMETIMES",
            _days(1),
            "its RRULE 'FREQ=SOMETIMES' cannot be expanded (Expected frequency, got: "
            "SOMETIMES); read as a single occurrence",
        ),
    ],
)
def test_unreadable_recurrence_parts_cost_only_themselves_and_are_named(
    uid, extra, sessions, warning
):
    # Catches: a readable EXDATE/RDATE dropped with an unreadable one; the effect, the value
    # or the reason of a message changed or lost; a good rule dropped or kept with a bad one
    # (`len(good) == len(rules)`, `good[1]`, the list kept for one rule); out-of-range tests
    # joined with `and` (BYMONTH=13, BYMONTHDAY=-32 and INTERVAL=0 would pass).
    result = parse_ical(_one(uid, extra), "a.ics", NOW)
    assert sorted(s.start for s in result.sessions) == sessions
    assert result.warnings == [f"event '{uid}': {warning}"]


def test_values_at_the_edge_of_their_range_are_kept():
    # BYHOUR=23 and BYMINUTE=0 are allowed: catches `value >= high` and a zero refused where
    # the RFC allows it. DTSTART (09:00) counts, then 23:00 on each of the two days.
    result = parse_ical(_one("h23@x", "RRULE:FREQ=DAILY;COUNT=2;BYHOUR=23;BYMINUTE=0"), "a", NOW)
    assert result.warnings == []
    assert sorted(s.start for s in result.sessions) == [
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        datetime(2026, 12, 1, 23, tzinfo=UTC),
        datetime(2026, 12, 2, 23, tzinfo=UTC),
    ]


WEEKLY_SINCE_2025 = (
    "UID:wk@x\r\nSUMMARY:Weekly\r\nDTSTART:20250106T150000Z\r\nDTEND:20250106T160000Z\r\n"
    "RRULE:FREQ=WEEKLY"
)


@pytest.mark.parametrize(
    ("start", "end", "window"),
    [
        # Inside the year around now: one window, the present one (catches `span[1] <
        # present[1]`, which would read the conference's days as a window of their own).
        ("20261203T090000Z", "20261203T100000Z", "from 2026-10-31 to 2027-12-01"),
        # Overlapping its end: one window stretched to the conference's end (catches
        # `span[1] > present[1]`, which would make it a second window).
        ("20271128T090000Z", "20271205T100000Z", "from 2026-10-31 to 2027-12-05"),
        # Overlapping its start: one window from the conference's start (catches
        # `min(span[1], ...)`).
        ("20261020T090000Z", "20261105T100000Z", "from 2026-10-20 to 2027-12-01"),
        # Ending exactly when the year read begins (30 days before now, 2026-10-31 06:15), or
        # starting exactly when it ends (2027-12-01 06:15): touching, so one window. Catches
        # `span[1] <= present[0]` ("on 2026-10-31 and from 2026-10-31 ...") and `span[0] >=
        # present[1]` ("... and on 2027-12-01"), each also halving the cap of each window.
        ("20261031T051500Z", "20261031T061500Z", "from 2026-10-31 to 2027-12-01"),
        ("20271201T061500Z", "20271201T071500Z", "from 2026-10-31 to 2027-12-01"),
    ],
)
def test_a_conference_overlapping_the_present_is_read_in_one_window(start, end, window):
    one_off = f"UID:conf@x\r\nSUMMARY:Conference\r\nDTSTART:{start}\r\nDTEND:{end}"
    result = parse_ical(_calendar(WEEKLY_SINCE_2025, one_off), "a.ics", NOW)
    assert result.warnings == [
        f"event 'wk@x' repeats without end: only its dates {window} are read (it began 2025-01-06)"
    ]


@pytest.mark.parametrize("count", [5, 6])
def test_five_endless_series_are_named_and_the_rest_counted(count):
    # Catches `>= _NAMED` ("0 more events" after five), the count written as `+ _NAMED`, and
    # the window text or the whole line of the rest lost.
    weekly = [
        f"UID:e{i}@x\r\nSUMMARY:E{i}\r\nDTSTART:2026110{i + 1}T080000Z\r\n"
        f"DTEND:2026110{i + 1}T090000Z\r\nRRULE:FREQ=WEEKLY"
        for i in range(count)
    ]
    result = parse_ical(_calendar(*weekly), "a.ics", NOW)
    named = [
        f"event 'e{i}@x' repeats without end: only its dates from 2026-11-0{i + 1} to "
        "2027-12-01 are read"
        for i in range(5)
    ]
    rest = [
        "1 more events repeat without end: only their dates from 2026-10-31 to 2027-12-01 "
        "(or their first month) are read"
    ]
    assert result.warnings == named + (rest if count == 6 else [])


def test_long_unreadable_values_are_cut_at_sixty_characters():
    # 61 characters each: shown as their first 59 and an ellipsis. Catches a limit of 61.
    garbage = "x" * 61
    rule = "FREQ=SOMETIMES;X-PAD=" + "y" * 40  # 61 characters, unreadable
    result = parse_ical(
        _one("long@x", f"RRULE:FREQ=DAILY;COUNT=2\r\nEXDATE:{garbage}\r\nRRULE:{rule}"), "a", NOW
    )
    assert result.warnings == [
        f"event 'long@x': its EXDATE '{'x' * 59}…' cannot be read; left out (the date it "
        "cancels may still be shown)",
        f"event 'long@x': its RRULE '{rule[:59]}…' cannot be expanded (Expected frequency, "
        "got: SOMETIMES); that rule is left out",
    ]


def test_exactly_as_many_occurrences_as_the_cap_is_not_cut():
    # Hourly from 2027-10-20 15:00 to the end of the year read (2027-12-01 06:15): 1000 sittings,
    # the last at 06:00, exactly the cap. Catches `len(found) >= cap` (a false "more than").
    rule = _series("exact@x", "20271020T150000Z", "FREQ=HOURLY")
    result = parse_ical(_calendar(rule), "a.ics", NOW)
    assert len(result.sessions) == 1000
    assert result.warnings == [
        "event 'exact@x' repeats without end: only its dates from 2027-10-20 to 2027-12-01 are read"
    ]


def test_two_readable_exdates_beside_an_unreadable_one_both_still_cancel():
    # The bug: one unreadable EXDATE must not cost the readable ones. Catches the
    # readable lines put back as only the first of them (`good[0]` for two).
    extra = (
        "RRULE:FREQ=DAILY;COUNT=5\r\nEXDATE:20261202T090000Z\r\nEXDATE:garbage\r\n"
        "EXDATE:20261204T090000Z"
    )
    result = parse_ical(_one("two-ex@x", extra), "a.ics", NOW)
    assert sorted(s.start for s in result.sessions) == _days(1, 3, 5)


def test_a_bounded_series_the_library_cannot_expand_costs_only_itself():
    # Bounded series are read together in one query; BYSECOND=60 (a leap second: in the RFC's
    # range, so kept) makes the library raise, so that query fails and each series is read
    # again alone. Catches the retry skipped (`run` 18, 19: the Plenary's sittings lost with
    # the broken series) and a failed query taken as read (`_all_at_once` 7).
    plenary = _series("plenary@x", "20261201T090000Z", "FREQ=DAILY;COUNT=2", title="Plenary")
    leap = _series("leap@x", "20261201T080000Z", "FREQ=DAILY;COUNT=3;BYSECOND=60", "Leap")
    result = parse_ical(_calendar(plenary, leap), "a.ics", NOW)
    assert _starts(result, "Plenary") == [
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        datetime(2026, 12, 2, 9, tzinfo=UTC),
    ]
    assert _starts(result, "Leap") == [datetime(2026, 12, 1, 8, tzinfo=UTC)]  # its DTSTART
    [warning] = result.warnings
    assert warning.startswith("event 'leap@x': its recurrence cannot be expanded (")
    assert warning.endswith("); only its first date is kept")


@pytest.mark.parametrize(
    ("start", "refused"),
    [
        # 12,000,060 s (2026-06-14 08:54) before the year read begins (2026-10-31 06:15): a
        # minutely rule has 200,001 sittings to step through, one more than MAX_SKIPPED.
        # Catches the seconds divided by 86401 (199,998.7: read through anyway).
        ("20260614T085400Z", True),
        # 12,000,000 s before: exactly MAX_SKIPPED (200,000) is still read. Catches `>=`.
        ("20260614T085500Z", False),
    ],
)
def test_a_dense_rule_is_refused_only_past_the_most_sittings_to_step_through(start, refused):
    end = start[:-2] + "9Z"  # nine seconds later
    data = _calendar(
        f"UID:min@x\r\nSUMMARY:Roll call\r\nDTSTART:{start}\r\nDTEND:{end}\r\nRRULE:FREQ=MINUTELY"
    )
    result = parse_ical(data, "a.ics", NOW)
    refusal = (
        "event 'min@x': repeats up to 1440 times a day since 2026-06-14, too often to read "
        "through; only its first date is kept"
    )
    assert (refusal in result.warnings) is refused
    assert len(result.sessions) == (1 if refused else 1000)


def _numbers(first: int, count: int) -> str:
    return ",".join(str(n) for n in range(first, first + count))


# Two sparse rules whose walk meets the 400-step limit; the date it stops at depends on every
# step size, so a changed size moves it to another day. Both bound the density by SECONDLY
# with an INTERVAL (3 s: 28,800 a day; 4 s: 21,600) and give all their sittings of the year on
# 5 November, in the walk's first step. Worked by hand:
# - every 3 s from 10:10:00 for 12 minutes (240) and ten RDATEs 10:22:00-10:22:27 (250): the
#   first step is 15 min (the floor: the cap's quarter, 250 sittings, is 750 s at this
#   density) and holds 250, a quarter of the cap, so it is not doubled; then 900 s and
#   doubled while empty (1,800 ... 57,600 s) to the longest step (20,000 sittings: 60,000 s);
#   400 steps end 273 days 13:20 after 10:10, at 23:30 on 5 August 2027. Catches a floor of
#   16 min (+1 h 44 min), a step doubled when it holds exactly a quarter (`<=`) or under four
#   times the cap (+16 h 25 min), a first step of four times the quarter, and tripling.
# - every 4 s from 16:30:00 for 16 minutes (240): the first step is the quarter, 1,000 s (over
#   the floor), holds 240, fewer than a quarter, so it is doubled; 400 steps end 365 days
#   8:36:40 after 16:30, at 01:06:40 on 6 November 2027 (a year on: those 240 are read too).
#   Catches no doubling under 200 (a fifth of the cap: -21 h 57 min), a first step of a fifth
#   of the cap (900 s: -3 h 32 min), 399 steps (`>=`: -22 h 13 min).
_SPARSE_WALKS = [
    (
        "20261105T101000Z",
        "FREQ=SECONDLY;INTERVAL=3;BYMONTH=11;BYMONTHDAY=5;BYHOUR=10;BYMINUTE="
        + _numbers(10, 12)
        + "\r\nRDATE:"
        + ",".join(f"20261105T1022{s:02d}Z" for s in range(0, 30, 3)),
        "2027-08-05",
        250,
    ),
    (
        "20261105T163000Z",
        "FREQ=SECONDLY;INTERVAL=4;BYMONTH=11;BYMONTHDAY=5;BYHOUR=16;BYMINUTE=" + _numbers(30, 16),
        "2027-11-06",
        480,
    ),
]


@pytest.mark.parametrize(("start", "rule", "stopped", "sittings"), _SPARSE_WALKS)
def test_a_sparse_walk_stops_where_its_step_sizes_lead(start, rule, stopped, sittings):
    event = f"UID:s@x\r\nSUMMARY:Roll call\r\nDTSTART:{start}\r\nDURATION:PT1S\r\nRRULE:{rule}"
    result = parse_ical(_calendar(event), "a.ics", NOW)
    assert result.warnings == [
        f"event 's@x': too sparse a rule to follow to its end: reading stopped at {stopped}"
    ]
    assert len(result.sessions) == sittings


def test_a_week_long_sitting_across_two_steps_of_the_walk_is_read_once():
    # A weekly Monday-to-Friday session since 2025, read from 31 October 2026 06:15 (30 days
    # before now) in steps of 250 days (a quarter of the cap at one a day): the first step ends
    # on Thursday 8 July 2027 06:15, inside the week of 5 July, which both steps' queries
    # return. Catches every returned sitting taken (`start is not None or ...`): that week
    # twice. The week of 26 October ended the day before the window: not read either.
    data = _calendar(
        "UID:wk@x\r\nSUMMARY:Session week\r\nDTSTART:20250106T090000Z\r\n"
        "DTEND:20250110T170000Z\r\nRRULE:FREQ=WEEKLY"
    )
    result = parse_ical(data, "a.ics", NOW)
    assert _starts(result, "Session week") == [
        datetime(2026, 11, 2, 9, tzinfo=UTC) + timedelta(weeks=n) for n in range(57)
    ]


def test_a_sitting_moved_onto_another_of_its_series_keeps_both():
    # A series bounded by UNTIL is walked; the 2 December sitting is moved onto 3 December's
    # time (two sittings at once, in two rooms). Catches sorting what was found by the whole
    # (start, event) pair (`found.sort(key=None)`): two events cannot be compared, and the
    # series would be cut to its first date.
    data = _calendar(
        "UID:c5@x\r\nSUMMARY:Committee 5\r\nDTSTART:20261201T090000Z\r\n"
        "DTEND:20261201T120000Z\r\nRRULE:FREQ=DAILY;UNTIL=20261204T090000Z",
        "UID:c5@x\r\nSUMMARY:Committee 5 (moved)\r\nRECURRENCE-ID:20261202T090000Z\r\n"
        "DTSTART:20261203T090000Z\r\nDTEND:20261203T120000Z\r\nLOCATION:Room B",
    )
    result = parse_ical(data, "a.ics", NOW)
    assert _starts(result, "Committee 5") == [
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        datetime(2026, 12, 3, 9, tzinfo=UTC),
        datetime(2026, 12, 4, 9, tzinfo=UTC),
    ]
    assert _starts(result, "Committee 5 (moved)") == [datetime(2026, 12, 3, 9, tzinfo=UTC)]
    assert result.warnings == []


def test_a_sparse_walk_that_stops_keeps_two_sittings_at_the_same_time():
    # The first sparse walk above, with its 10:10:03 sitting moved onto 10:10:00. Catches the
    # sort of the stopped walk by the whole pair (`sorted(found, key=None)`, or no key): two
    # events cannot be compared, and the series would be cut to its first date.
    start, rule, stopped, sittings = _SPARSE_WALKS[0]
    moved = (
        "UID:s@x\r\nSUMMARY:Roll call\r\nRECURRENCE-ID:20261105T101003Z\r\n"
        "DTSTART:20261105T101000Z\r\nDURATION:PT1S"
    )
    event = f"UID:s@x\r\nSUMMARY:Roll call\r\nDTSTART:{start}\r\nDURATION:PT1S\r\nRRULE:{rule}"
    result = parse_ical(_calendar(event, moved), "a.ics", NOW)
    assert result.warnings == [
        f"event 's@x': too sparse a rule to follow to its end: reading stopped at {stopped}"
    ]
    found = _starts(result, "Roll call")
    assert len(found) == sittings
    assert found[:3] == [
        datetime(2026, 11, 5, 10, 10, 0, tzinfo=UTC),
        datetime(2026, 11, 5, 10, 10, 0, tzinfo=UTC),
        datetime(2026, 11, 5, 10, 10, 6, tzinfo=UTC),
    ]


def test_a_series_the_library_cannot_expand_is_named_with_the_library_s_error():
    # The warning carries the library's exception, its class and its words, as the library
    # raises them for this rule (asked directly here). Catches `type(None).__name__` and
    # `reason(None)` ("NoneType: None").
    import recurring_ical_events

    data = _calendar(_series("leap@x", "20261201T080000Z", "FREQ=DAILY;COUNT=3;BYSECOND=60", "L"))
    with pytest.raises(Exception) as raised:  # noqa: PT011 - whatever the library raises
        recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(
            datetime(1900, 1, 1, tzinfo=UTC), datetime(9000, 1, 1, tzinfo=UTC)
        )
    error = f"{type(raised.value).__name__}: {raised.value}"
    assert "None" not in error
    result = parse_ical(data, "a.ics", NOW)
    assert result.warnings == [
        f"event 'leap@x': its recurrence cannot be expanded ({error}); only its first date is kept"
    ]


def test_a_count_of_999_and_two_rdates_is_over_the_limit_and_cut():
    # 999 daily sittings from 2026-01-01 (the last on 2028-09-25) and RDATEs on 1 January
    # 2030 and 2031: 1001 in all, one over the limit; the 1000th is the 2030 one. Catches the
    # series' size counted one short (`total -= 1` for its DTSTART) or without its RDATEs:
    # read all at once, the 1001 would be kept without a word.
    rule = "FREQ=DAILY;COUNT=999\r\nRDATE:20300101T090000Z,20310101T090000Z"
    result = parse_ical(_calendar(_series("k@x", "20260101T090000Z", rule)), "a.ics", NOW)
    assert len(result.sessions) == 1000
    assert result.warnings == [
        "event 'k@x': more than 1000 occurrences; only the first 1000 (to 2030-01-01) are read"
    ]


def test_a_long_series_bounded_by_until_is_cut_at_the_limit():
    # Daily from 2026-01-01 until 2030-02-08: 1500 sittings, bounded by UNTIL (no COUNT), so
    # its size is not known before reading; read alone and cut at the 1000th (2028-09-26).
    # Catches a series with UNTIL sized as if it had its DTSTART only (`until = None/False`,
    # `None if until and False`): read all at once, the 1500 would be kept without a word.
    rule = "FREQ=DAILY;UNTIL=20300208T090000Z"
    result = parse_ical(_calendar(_series("u@x", "20260101T090000Z", rule)), "a.ics", NOW)
    assert len(result.sessions) == 1000
    assert result.warnings == [
        "event 'u@x': more than 1000 occurrences; only the first 1000 (to 2028-09-26) are read"
    ]


@pytest.mark.parametrize(
    ("length", "reason"),
    [
        # "Expected frequency, got: " (25 characters) and 75 X: 100, shown whole.
        (75, "Expected frequency, got: " + "X" * 75),
        # 76 X: 101 characters, cut to their first 99 and an ellipsis.
        (76, "Expected frequency, got: " + "X" * 74 + "…"),
    ],
)
def test_the_reason_a_rule_cannot_be_read_is_cut_at_a_hundred_characters(length, reason):
    # icalendar's reason quotes the unreadable value, so a long one makes a long reason.
    # Catches a limit of 101 or the default one of one_line (the reason shown whole).
    result = parse_ical(_one("f@x", "RRULE:FREQ=" + "X" * length), "a", NOW)
    shown = "FREQ=" + "X" * 54 + "…"  # the rule itself is cut at 60
    assert result.warnings == [
        f"event 'f@x': its RRULE '{shown}' cannot be expanded ({reason}); read as a single "
        "occurrence"
    ]


def test_a_dense_series_that_ends_is_walked_from_its_start_not_from_1900():
    # Every five minutes from 09:00 to 10:00 (UNTIL): 288 a day bound the steps to 69 days
    # at most, so from 1900 the 400 steps would end in the 1970s. Catches the walk of a series
    # that ends begun at the far past (`first and _FAR_PAST`): "too sparse", nothing read.
    rule = "FREQ=MINUTELY;INTERVAL=5;UNTIL=20261201T100000Z"
    result = parse_ical(_calendar(_series("five@x", "20261201T090000Z", rule)), "a.ics", NOW)
    assert sorted(s.start for s in result.sessions) == [
        datetime(2026, 12, 1, 9, tzinfo=UTC) + timedelta(minutes=5 * n) for n in range(13)
    ]
    assert result.warnings == []


def test_a_series_starting_as_the_conference_ends_is_not_read_in_the_conference_window():
    # A one-day conference in March 2025 ending at 10:00, and a weekly call from 10:00 that
    # day: the conference's window ends when the call begins, so it holds none of its dates
    # and only the year around now is read. Catches `high >= first` (an empty first window:
    # "on 2025-03-03 and from ...", and the cap halved for each).
    opening = "UID:conf@x\r\nSUMMARY:Opening\r\nDTSTART:20250303T090000Z\r\nDTEND:20250303T100000Z"
    weekly = "UID:wk@x\r\nSUMMARY:Weekly\r\nDTSTART:20250303T100000Z\r\nDTEND:20250303T110000Z"
    result = parse_ical(_calendar(opening, weekly + "\r\nRRULE:FREQ=WEEKLY"), "a.ics", NOW)
    assert result.warnings == [
        "event 'wk@x' repeats without end: only its dates from 2026-10-31 to 2027-12-01 are read "
        "(it began 2025-03-03)"
    ]
