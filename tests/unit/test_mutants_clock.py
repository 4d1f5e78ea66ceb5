"""Tests written against mutants of core/clock.py that survived the older tests (`make mutate`).

Each test names the planted bug it catches; real IANA zones from tzdata, no fakes.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo

import pytest

from observer_app.core import clock


@pytest.fixture
def seoul_local_zone(monkeypatch):
    """The process runs as if the observer's computer were set to Seoul time."""
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


class _Unnamed(tzinfo):
    """A zone without a name (some platforms' local zone): tzname() is None."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=-3)

    def tzname(self, dt: datetime | None) -> None:
        return None

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)


def test_negative_offsets_keep_their_minus_sign():
    # Catches a sign test that always says "+" (the "UTC--3:00" family of bugs).
    july = datetime(2026, 7, 15, 12, tzinfo=UTC)
    assert clock.zone_label(july, clock.zone("America/Sao_Paulo")) == "UTC-03:00"
    assert clock.zone_label(july, clock.zone("Pacific/Marquesas")) == "UTC-09:30"


def test_zero_offset_without_abbreviation_is_utc_plus_zero():
    # Azores summer time is named "+00": catches `total > 0` / `>= 1` (would give "UTC-00:00")
    # and a wrong default for a zero offset (timedelta(1) would give "UTC+24:00").
    july = datetime(2026, 7, 15, 12, tzinfo=UTC)
    assert clock.zone_label(july, clock.zone("Atlantic/Azores")) == "UTC+00:00"


def test_zone_without_a_name_falls_back_to_its_offset():
    # Catches a non-empty default name ("XXXX") shown instead of the offset.
    assert clock.zone_label(datetime(2026, 7, 15, tzinfo=UTC), _Unnamed()) == "UTC-03:00"


def test_format_clock_with_seconds():
    dt = datetime(2026, 11, 30, 6, 15, 7, tzinfo=UTC)
    assert clock.format_clock(dt, clock.zone("Asia/Seoul"), seconds=True) == "15:15:07"
    assert clock.format_clock(dt, clock.zone("Asia/Seoul")) == "15:15"


def test_ensure_utc_gives_utc_even_when_the_computer_is_elsewhere(seoul_local_zone):
    # Catches astimezone(None): the instant would be right but stored with +09:00.
    dt = clock.ensure_utc(datetime(2026, 11, 30, 15, 15, tzinfo=clock.zone("Asia/Seoul")))
    assert dt.utcoffset() == timedelta(0)
    assert clock.iso_utc(dt) == "2026-11-30T06:15:00.000Z"


def test_local_zone_is_the_computer_zone(seoul_local_zone):
    # Catches `... and UTC`: the observer's own times would all be shown in UTC.
    now = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
    assert now.astimezone(clock.local_zone()).utcoffset() == timedelta(hours=9)


def test_parse_iso_accepts_a_lower_case_z():
    # Python 3.11 refuses "...z" by itself: catches dropping the lower-case replacement.
    assert clock.parse_iso("2026-11-30T06:15:00z") == datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
