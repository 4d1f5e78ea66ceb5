from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core import clock

SEOUL = clock.zone("Asia/Seoul")
PARIS = clock.zone("Europe/Paris")


def test_zone_unknown_gives_plain_error():
    with pytest.raises(clock.TimeZoneError, match="Mars/Olympus"):
        clock.zone("Mars/Olympus")


def test_parse_iso_keeps_instant_and_refuses_naive():
    assert clock.parse_iso("2014-10-21T09:30:00+09:00") == datetime(2014, 10, 21, 0, 30, tzinfo=UTC)
    assert clock.parse_iso("2014-10-21T00:30:00Z") == datetime(2014, 10, 21, 0, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="naive"):
        clock.parse_iso("2014-10-21T09:30:00")


def test_iso_utc_round_trip_with_milliseconds():
    dt = datetime(2026, 11, 30, 6, 15, 1, 234000, tzinfo=UTC)
    text = clock.iso_utc(dt)
    assert text == "2026-11-30T06:15:01.234Z"
    assert clock.parse_iso(text) == dt


@pytest.mark.parametrize(
    "ms,text",
    [
        (None, "--:--"),
        (-5, "--:--"),
        (0, "0:00"),
        (61_999, "1:01"),
        (3_600_000, "1:00:00"),
        (3_723_000, "1:02:03"),
    ],
)
def test_format_position(ms, text):
    assert clock.format_position(ms) == text


def test_dual_time_shows_both_zones_when_they_differ():
    dt = datetime(2014, 10, 21, 0, 30, tzinfo=UTC)
    assert clock.dual_time(dt, SEOUL, PARIS) == "09:30 KST (02:30 CEST)"
    assert (
        clock.dual_time(dt, SEOUL, clock.zone("Asia/Tokyo")) == "09:30 KST"
    )  # same offset: one time


def test_zone_label_falls_back_to_offset():
    dt = datetime(2026, 1, 1, tzinfo=UTC)
    assert clock.zone_label(dt, clock.zone("Asia/Kolkata")) == "IST"
    assert clock.zone_label(dt, clock.zone("Asia/Dubai")) == "UTC+04:00"  # tzdata names it "+04"


def test_media_anchor_maps_both_ways():
    start = datetime(2014, 10, 21, 0, 30, tzinfo=UTC)
    anchor = clock.MediaAnchor(10_000, start)
    assert anchor.utc_at(70_000) == start + timedelta(minutes=1)
    assert anchor.position_at(start + timedelta(minutes=1)) == 70_000
    assert anchor.position_at(anchor.utc_at(123_456)) == 123_456


def test_looped_live_position_wraps_and_clamps():
    start = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    assert clock.looped_live_position(start, start + timedelta(seconds=75), 60_000) == 15_000
    assert clock.looped_live_position(start, start - timedelta(seconds=5), 60_000) == 0
    assert clock.looped_live_position(start, start, 0) == 0


def test_rebase_days_moves_the_anchor_date_to_today_in_the_conference_zone():
    anchor = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)  # 3 March 06:00 in Seoul
    now = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # 1 December 01:00 in Seoul
    shifted = anchor + clock.rebase_days(anchor, now, SEOUL)
    assert shifted.astimezone(SEOUL).date() == now.astimezone(SEOUL).date()
    assert shifted.astimezone(SEOUL).time() == anchor.astimezone(SEOUL).time()
    later = now + timedelta(hours=20)  # same Seoul day: same schedule
    assert clock.rebase_days(anchor, later, SEOUL) == clock.rebase_days(anchor, now, SEOUL)
