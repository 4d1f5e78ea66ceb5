"""Time: UTC wall clock <-> conference time zone <-> observer's zone <-> media position.

Everything is pure and takes "now" as an argument so that tests can pin the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class TimeZoneError(ValueError):
    pass


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``, with a clear error instead of ZoneInfoNotFoundError."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # ("Europe" is a folder of zones)
        raise TimeZoneError(
            f"unknown time zone {name!r} (expected an IANA name such as 'Asia/Seoul')"
        ) from exc


def local_zone() -> tzinfo:
    """The observer's own zone, as the operating system reports it."""
    return datetime.now().astimezone().tzinfo or UTC


def ensure_utc(dt: datetime) -> datetime:
    """Naive datetimes are refused: a time without a zone is a bug waiting to happen."""
    if dt.tzinfo is None:
        raise ValueError(f"naive datetime {dt.isoformat()} has no time zone")
    return dt.astimezone(UTC)


def parse_iso(text: str) -> datetime:
    """An ISO 8601 instant with offset (``Z`` accepted) as UTC."""
    dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    return ensure_utc(dt)


def iso_utc(dt: datetime) -> str:
    """Stable text form used in the store and exports: ``2026-11-30T01:02:03.456Z``."""
    return ensure_utc(dt).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def format_position(ms: int | None) -> str:
    """A media position as H:MM:SS (or M:SS under an hour); '--:--' when unknown."""
    if ms is None or ms < 0:
        return "--:--"
    seconds = ms // 1000
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_clock(dt: datetime, tz: tzinfo, seconds: bool = False) -> str:
    return dt.astimezone(tz).strftime("%H:%M:%S" if seconds else "%H:%M")


def zone_label(dt: datetime, tz: tzinfo) -> str:
    """Short zone label at ``dt`` (``KST``, ``CET``, or ``UTC+09:00`` when there is no abbreviation)."""
    local = dt.astimezone(tz)
    name = local.tzname() or ""
    if not name or name[0] in "+-":
        offset = local.utcoffset() or timedelta(0)
        total = int(offset.total_seconds() // 60)
        sign = "+" if total >= 0 else "-"
        h, m = divmod(abs(total), 60)
        name = f"UTC{sign}{h:02d}:{m:02d}"
    return name


def same_offset(dt: datetime, a: tzinfo, b: tzinfo) -> bool:
    return dt.astimezone(a).utcoffset() == dt.astimezone(b).utcoffset()


def dual_time(dt: datetime, conference_tz: tzinfo, observer_tz: tzinfo) -> str:
    """'14:30 KST (06:30 CET)'; a single time when the observer is in the conference's zone."""
    conf = f"{format_clock(dt, conference_tz)} {zone_label(dt, conference_tz)}"
    if same_offset(dt, conference_tz, observer_tz):
        return conf
    return f"{conf} ({format_clock(dt, observer_tz)} {zone_label(dt, observer_tz)})"


@dataclass(frozen=True)
class MediaAnchor:
    """One known pair (media position, wall-clock instant) of a stream.

    For an archive it is (0, session start); for HLS with EXT-X-PROGRAM-DATE-TIME it is a
    segment's start and its date-time; for a plain live stream it is what we saw when we
    opened it. Positions and instants then map linearly (rate 1).
    """

    position_ms: int
    utc: datetime

    def utc_at(self, position_ms: int) -> datetime:
        return self.utc + timedelta(milliseconds=position_ms - self.position_ms)

    def position_at(self, utc: datetime) -> int:
        return self.position_ms + int((utc - self.utc).total_seconds() * 1000)


def looped_live_position(session_start: datetime, now: datetime, duration_ms: int) -> int:
    """Where a looping demo file would be if it had been "broadcasting" since ``session_start``."""
    if duration_ms <= 0:
        return 0
    elapsed = int((now - session_start).total_seconds() * 1000)
    return max(elapsed, 0) % duration_ms


def rebase_days(anchor_start: datetime, now: datetime, tz: tzinfo) -> timedelta:
    """The whole number of days that moves ``anchor_start``'s date (in ``tz``) to today's.

    The demo conference uses it: its anchor day sits round the clock, so after the shift
    something is always live, and the schedule stays the same all day (notes taken in the
    morning still fall in their sessions in the evening).
    """
    days = (now.astimezone(tz).date() - anchor_start.astimezone(tz).date()).days
    return timedelta(days=days)
