"""Which notes to show or report: one filter for the notes panel, the report and the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo


@dataclass(frozen=True)
class NoteFilter:
    body_id: str | None = None
    session_id: str | None = None
    day: date | None = None  # in the conference's time zone
    speaker: str | None = None
    stance: str | None = None
    tag: str | None = None
    document: str | None = None  # canonical symbol
    since: datetime | None = None  # e.g. the last briefing
    until: datetime | None = None
    text: str = ""  # full-text query
    only_for_feedback: bool = False

    def day_range(self, tz: tzinfo) -> tuple[datetime, datetime] | None:
        if self.day is None:
            return None
        start = datetime(self.day.year, self.day.month, self.day.day, tzinfo=tz)
        return start, start + timedelta(days=1)


_TOKEN = re.compile(r"\w[\w/().-]*", re.UNICODE)


def fts_query(text: str) -> str:
    """A safe FTS5 query for what the observer typed: every word must appear (prefix match on
    the last one, for search-as-you-type). Quotes make FTS5 syntax (AND, NEAR, *, :) literal."""
    words = [w for w in _TOKEN.findall(text)]
    if not words:
        return ""
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)
