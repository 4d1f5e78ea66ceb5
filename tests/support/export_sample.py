"""A small feedback report built by hand for the export tests (tests/unit/test_mutants_export*.py).

Every field is written out here rather than made by ``core.report.build_report``, so a test of
a format checks the format alone, and its expected values can be read off this file.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from observer_app.core.report import (
    OUTSIDE_SESSIONS,
    BodyGroup,
    CitedDocument,
    Quote,
    Report,
    ReportEntry,
    SessionGroup,
)


def sample_report() -> Report:
    """Two bodies: a plenary session with a recording, an agenda item, a note with every field
    and one quoting the transcript (with and without times); outside the committee's sessions
    a note with only a stance and a blank line, and one that opens with a quote, by a speaker
    whose name needs two lines, with a video position but no link."""
    full = ReportEntry(
        note_id="n1",
        text="Supports\nthe draft",
        utc=datetime(2026, 11, 30, 6, 5, 3, 250000, tzinfo=UTC),
        conference_time="2026-11-30 09:05:03 +03",
        utc_time="2026-11-30 06:05:03 UTC",
        media_position="0:05:03",
        documents=(
            CitedDocument("DT/33", "Draft <report>", "https://itu.int/md/DT33"),
            CitedDocument("67(Rev.1)"),
        ),
        position_ms=303_250,
        speaker="Brazil",
        stance="supports",
        agenda_item="7 Finance",
        tags=("budget", "gender"),
        body_id="plen",
        session_id="pl-1",
        archive_link="https://media.example/pl1.mp4#t=303",
        local_time="Monday 30 November 2026, 09:05",
        utc_note="06:05 UTC",
    )
    quoting = ReportEntry(
        note_id="n2",
        text="Chair: “we agree” (0:06:00–0:06:04) noted",
        utc=datetime(2026, 11, 30, 6, 6, tzinfo=UTC),
        conference_time="2026-11-30 09:06:00 +03",
        utc_time="2026-11-30 06:06:00 UTC",
        media_position="",
        documents=(),
        parts=(
            "Chair:",
            Quote(
                "we agree",
                "0:06:00–0:06:04",
                "09:06:00 +03",
                "https://media.example/pl1.mp4#t=360",
            ),
            "noted",
        ),
    )
    corridor = ReportEntry(
        note_id="n3",
        text="Corridor *talk*\n  \nlater: DT/40",
        utc=datetime(2026, 11, 30, 7, 0, tzinfo=UTC),
        conference_time="2026-11-30 10:00:00 +03",
        utc_time="2026-11-30 07:00:00 UTC",
        media_position="",
        documents=(),
        stance="concern",
    )
    on_behalf = ReportEntry(
        note_id="n4",
        text="“all agreed” (1:00:00–1:00:02) — confirmed",
        utc=datetime(2026, 11, 30, 7, 30, tzinfo=UTC),
        conference_time="2026-11-30 10:30:00 +03",
        utc_time="2026-11-30 07:30:00 UTC",
        media_position="1:00:00",
        documents=(),
        speaker="United Republic of Tanzania, on behalf of the African Telecommunications Union",
        tags=("africa",),
        parts=(Quote("all agreed", "1:00:00–1:00:02"), "— confirmed"),
    )
    opening = SessionGroup(
        "Opening",
        datetime(2026, 11, 30, 6, 0, tzinfo=UTC),
        [full, quoting],
        id="pl-1",
        archive_url="https://media.example/pl1.mp4",
    )
    return Report(
        conference="PP-26 Doha",
        timezone="Asia/Qatar",
        author="A. Observer",
        organization="Digital Rights Watch",
        contact="a@example.org",
        generated=datetime(2026, 11, 30, 6, 15, tzinfo=UTC),
        bodies=[
            BodyGroup("Plenary", [opening], id="plen"),
            BodyGroup("Committee 5", [SessionGroup(OUTSIDE_SESSIONS, None, [corridor, on_behalf])]),
        ],
        introduction="First line\nsecond line",
        zone="Doha time (UTC+3)",
        generated_text="Monday 30 November 2026, 09:15 Doha time (UTC+3)",
    )


def empty_titled_report() -> Report:
    """A report with its own title and nothing else: no notes, no author, no introduction."""
    return dataclasses.replace(
        sample_report(),
        title="Week 1 <draft>",
        bodies=[],
        introduction="",
        author="",
        organization="",
        contact="",
        zone="",
        generated_text="",
    )
