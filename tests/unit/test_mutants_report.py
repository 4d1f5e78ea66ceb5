"""Tests written against mutants of core/report.py that survived the older tests (`make mutate`).

Each test names the planted bug it catches. The conference is built by hand (two bodies, two
sessions, three documents) so that every expected grouping, link and label below is written
out in full, not computed by the code under test.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from observer_app.core import report
from observer_app.core.model import (
    Body,
    Conference,
    Document,
    DocumentFile,
    Note,
    Session,
    StreamKind,
)

GENERATED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
MORNING = Session(  # 01:00-03:00 UTC, over, recorded
    "plen-b-am",
    "plen",
    "Plenary, morning",
    datetime(2026, 11, 30, 1, 0, tzinfo=UTC),
    datetime(2026, 11, 30, 3, 0, tzinfo=UTC),
    archive_url="https://cast.example.org/plen/am.mp4",
)
EVENING = Session(  # 14:00-16:00 UTC: after the report is made, its recording already listed
    "plen-a-pm",  # ids in the opposite order to the start times
    "plen",
    "Plenary, evening",
    datetime(2026, 11, 30, 14, 0, tzinfo=UTC),
    datetime(2026, 11, 30, 16, 0, tzinfo=UTC),
    archive_url="https://cast.example.org/plen/pm.mp4",
)
DOCUMENTS = (
    Document(
        "67",
        "Draft resolution on child online protection",
        files=(
            DocumentFile("fr", "https://docs.example.org/67/fr.pdf"),
            DocumentFile("en", "https://docs.example.org/67/en.pdf"),
        ),
    ),
    Document(
        "DT/33", "Note by the Secretariat", files=(DocumentFile("en", "http://old.example/33"),)
    ),
    Document("DT/40", "Local copy", files=(DocumentFile("en", "file:///home/me/DT40.pdf"),)),
)


def _conference(timezone_name: str = "Asia/Qatar") -> Conference:
    return Conference(
        "pp-26",
        "PP-26",
        timezone_name,
        bodies=(Body("plen", "Plenary"), Body("com4", "Committee 4")),
        sessions=(MORNING, EVENING),
        documents=DOCUMENTS,
    )


def _note(text: str, at: datetime, body: str | None, session: str | None, **more) -> Note:
    return Note(text, at, "pp-26", body, session, stream_kind=StreamKind.LIVE, **more)


def _entries(built: report.Report) -> list[report.ReportEntry]:
    return [e for b in built.bodies for s in b.sessions for e in s.entries]


def test_cited_documents_carry_title_and_the_english_web_file():
    text = "Kenya on Document 67, DT/33, DT/40 and DT/99"
    cited = report.cited_documents(text, _conference())
    assert cited == (
        # The English file, not the first listed: catches a changed language code.
        report.CitedDocument(
            "67",
            "Draft resolution on child online protection",
            "https://docs.example.org/67/en.pdf",
        ),
        # A plain http address is a link too: catches a mangled "http://".
        report.CitedDocument("DT/33", "Note by the Secretariat", "http://old.example/33"),
        # A file on the observer's disk is not shown to the reader.
        report.CitedDocument("DT/40", "Local copy", ""),
        # Unknown to the conference: no title (catches "XXXX"), no crash on the missing document.
        report.CitedDocument("DT/99", "", ""),
    )


def test_the_symbols_the_store_kept_are_used_without_parsing_the_text_again():
    # The store's per-note symbols win over the text: catches `cited` not passed on, the
    # note id not looked up, and the cached documents lost or mixed up.
    first = _note("(text edited since)", MORNING.start, "plen", MORNING.id)
    second = _note("", MORNING.start + timedelta(minutes=1), "plen", MORNING.id)
    built = report.build_report(
        _conference(),
        [first, second],
        generated=GENERATED,
        cited={first.id: " DT/33 67 ", second.id: "67"},
    )
    by_note = {e.note_id: [d.symbol for d in e.documents] for e in _entries(built)}
    assert by_note == {first.id: ["DT/33", "67"], second.id: ["67"]}
    titles = {d.symbol: d.title for e in _entries(built) for d in e.documents}
    assert titles == {
        "DT/33": "Note by the Secretariat",
        "67": "Draft resolution on child online protection",
    }


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2026, 7, 1, 12, tzinfo=UTC), "UTC"),
        (datetime(2026, 7, 1, 12), "UTC"),  # naive: no offset, read as UTC
        (datetime(2026, 7, 1, 12, tzinfo=timezone(timedelta(minutes=1))), "UTC+0:01"),
        (datetime(2026, 7, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30))), "UTC+5:30"),
        (datetime(2026, 7, 1, 12, tzinfo=timezone(timedelta(hours=-3))), "UTC-3"),
    ],
)
def test_utc_offset_labels(at, expected):
    # Catches a naive time crashing or labelled "UTC+0:01", "UTC" mis-spelled, and a sign
    # test `> 1` that would write a one-minute offset as "UTC-0:01".
    assert report.utc_offset(at) == expected


@pytest.mark.parametrize("name", ["UTC", "Etc/UTC", "Etc/GMT", "GMT"])
def test_utc_zones_are_called_utc(name):
    # Catches each spelling of UTC left out of the list (it would read "UTC time (UTC)").
    assert report.zone_name(name, GENERATED) == "UTC"


def test_a_zone_without_a_region_is_named_whole():
    # "Japan" has no "/": catches `[+1]` for `[-1]` (IndexError).
    assert report.zone_name("Japan", GENERATED) == "Japan time (UTC+9)"


def test_an_empty_report_has_its_defaults_and_no_notes():
    # Catches `chosen or True` (IndexError on no notes) and non-empty default header fields.
    built = report.build_report(_conference(), [], generated=GENERATED)
    assert (built.author, built.organization, built.contact, built.introduction) == ("", "", "", "")
    assert built.bodies == [] and built.note_count == 0
    assert built.conference_id == "pp-26" and built.total is None


def test_header_fields_reach_the_report():
    built = report.build_report(
        _conference(),
        [],
        generated=GENERATED,
        header=report.ReportHeader(contact="observer@example.org"),
    )
    # Catches `contact=None` and `conference_id=None`.
    assert built.contact == "observer@example.org" and built.conference_id == "pp-26"


def test_a_page_counts_the_whole_report_and_names_the_zone_of_its_first_note():
    # Zurich is UTC+2 in summer and UTC+1 in winter. Catches `total=None` / `page_of[1]`
    # and the zone taken at the generation time instead of at the report's earliest note.
    summer = datetime(2026, 7, 1, 9, tzinfo=UTC)
    note = _note("x", summer, None, None)
    built = report.build_report(
        _conference("Europe/Zurich"), [note], generated=GENERATED, page_of=(120, summer)
    )
    assert built.total == 120 and built.note_count == 120
    assert built.zone == "Zurich time (UTC+2)"


def test_bodies_in_the_conference_order_then_general_then_unknown_bodies():
    # Notes in time order: an unknown body first, then no body, then Committee 4, then Plenary.
    notes = [
        _note("a", MORNING.start, "AHG-1", None),  # an ad hoc group the feed does not list
        _note("b", MORNING.start + timedelta(minutes=1), None, None),
        _note("c", MORNING.start + timedelta(minutes=2), "com4", None),
        _note("d", MORNING.start + timedelta(minutes=3), "plen", MORNING.id),
    ]
    built = report.build_report(_conference(), notes, generated=GENERATED)
    # Catches the unknown bodies sorted first (`in`), ties among them left to the notes'
    # order (`body_id and ""`) or a no-body group sorted as "XXXX" after "AHG-1", and the
    # unknown body called "General" (`body_id and GENERAL`).
    assert [(b.name, b.id) for b in built.bodies] == [
        ("Plenary", "plen"),
        ("Committee 4", "com4"),
        ("General", None),
        ("AHG-1", "AHG-1"),
    ]


def test_sessions_in_time_order_and_notes_outside_them_last():
    # The note outside any session comes first in time; the evening session has the id that
    # sorts first. Catches sessions sorted by id or by first note, and the outside group first.
    notes = [
        _note("outside", MORNING.start - timedelta(hours=1), "plen", None),
        _note("evening", EVENING.start + timedelta(minutes=5), "plen", EVENING.id),
        _note("morning", MORNING.start + timedelta(minutes=5), "plen", MORNING.id),
    ]
    notes[1].utc = MORNING.start  # taken early (a wrong clock), filed under the evening
    built = report.build_report(_conference(), notes, generated=GENERATED)
    (plenary,) = built.bodies
    # Catches the session's start, id or recording dropped from its group.
    assert [(s.title, s.start, s.id, s.archive_url) for s in plenary.sessions] == [
        ("Plenary, morning", MORNING.start, MORNING.id, MORNING.archive_url),
        ("Plenary, evening", EVENING.start, EVENING.id, EVENING.archive_url),
        (report.OUTSIDE_SESSIONS, None, None, None),
    ]


def test_entries_keep_their_body_and_session_and_link_only_past_recordings():
    notes = [
        _note("m", MORNING.start + timedelta(minutes=12, seconds=34), "plen", MORNING.id),
        _note("e", EVENING.start + timedelta(minutes=1), "plen", EVENING.id),
        _note("o", MORNING.start, "com4", None),
    ]
    notes[1].utc = GENERATED - timedelta(minutes=1)  # before the evening sits
    built = report.build_report(_conference(), notes, generated=GENERATED)
    by_text = {e.text: e for e in _entries(built)}
    morning, evening, outside = by_text["m"], by_text["e"], by_text["o"]
    # Catches body_id / session_id dropped from the entry.
    assert (morning.body_id, morning.session_id) == ("plen", MORNING.id)
    assert morning.archive_link == "https://cast.example.org/plen/am.mp4#t=754"
    # A session that has not ended has no link yet, even with its recording address listed:
    # catches the `and` chain broken into `archive_url or position`.
    assert evening.archive_link == ""
    # No session, no recording, no player position: catches "" turned into None or "XXXX".
    assert outside.archive_link == "" and outside.media_position == ""
    assert outside.position_ms is None


@pytest.mark.parametrize(
    ("url", "position_ms", "expected"),
    [
        ("https://cast.example.org/am.mp4", 0, "https://cast.example.org/am.mp4#t=0"),
        ("http://cast.example.org/am.mp4", 754_900, "http://cast.example.org/am.mp4#t=754"),
        ("https://youtu.be/dQw4w9WgXcQ", 754_000, "https://youtu.be/dQw4w9WgXcQ?t=754s"),
        ("file:///home/me/am.mp4", 754_000, ""),
        # A fragment of its own is replaced, the query kept.
        (
            "https://cast.example.org/pm.mp4?l=fr#x",
            61_000,
            "https://cast.example.org/pm.mp4?l=fr#t=61",
        ),
    ],
)
def test_archive_links(url, position_ms, expected):
    # Catches `max(1, ...)` (a note at 0 s linked to 1 s), youtu.be links given a fragment
    # YouTube ignores, and plain http recordings left without a link.
    assert report.archive_link(url, position_ms) == expected


SIDE_EVENT = Session(  # starts with the morning Plenary, in another room
    "plen-c-side",
    "plen",
    "Plenary side event",
    MORNING.start,
    MORNING.end,
)
#: Notes counted by stored (body, session, count, earliest): the store's answer, in its order.
COUNTS = [
    ("AHG-1", None, 2, "2026-11-30T06:00:00"),  # a body the feed does not list
    (None, None, 1, "2026-11-30T07:00:00"),  # no body
    ("com4", None, 3, "2026-11-30T02:00:00"),
    ("plen", "plen-a-pm", 4, "2026-11-30T14:10:00"),
    ("plen", "plen-c-side", 2, "2026-11-30T01:30:00"),  # same start as the morning, later notes
    ("plen", "plen-b-am", 5, "2026-11-30T01:10:00"),
    ("plen", None, 2, "2026-11-30T05:00:00"),
    ("plen", "plen-gone", 1, "2026-11-30T04:00:00"),  # a session the feed no longer lists
]


def _page_conference() -> Conference:
    return Conference(
        "pp-26",
        "PP-26",
        "Asia/Qatar",
        bodies=(Body("plen", "Plenary"), Body("com4", "Committee 4")),
        sessions=(MORNING, EVENING, SIDE_EVENT),
    )


def test_page_plan_orders_groups_as_the_report_does():
    plan = report.page_plan(_page_conference(), COUNTS, 0, 100)
    # Sessions that start together in the order of their first note (catches the earliest
    # time lost), outside-session rows merged into one group, then the other bodies, the
    # notes without a body before the unknown body (catches "XXXX" for no body).
    assert plan == [
        (("plen", ("plen-b-am",)), 0, 5),
        (("plen", ("plen-c-side",)), 0, 2),
        (("plen", ("plen-a-pm",)), 0, 4),
        (("plen", (None, "plen-gone")), 0, 3),
        (("com4", (None,)), 0, 3),
        ((None, (None,)), 0, 1),
        (("AHG-1", (None,)), 0, 2),
    ]


def test_a_page_in_the_middle_takes_the_right_slice_of_each_group():
    # Notes 4 to 10: the last of the morning's five, both side-event notes, the evening's
    # four; the page ends where the outside-session group begins. Catches a count starting
    # at 1, an empty slice of that next group kept (`lo <= hi`) and a length of `hi + lo`.
    plan = report.page_plan(_page_conference(), COUNTS, 4, 7)
    assert plan == [
        (("plen", ("plen-b-am",)), 4, 1),
        (("plen", ("plen-c-side",)), 0, 2),
        (("plen", ("plen-a-pm",)), 0, 4),
    ]
