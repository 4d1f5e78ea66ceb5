"""Report building and the Markdown export."""

from datetime import timedelta

from support.clock import PINNED_NOW

from observer_app.core.export import markdown
from observer_app.core.model import NoteStamp, StreamKind
from observer_app.core.report import OUTSIDE_SESSIONS, ReportHeader, build_report


def notes_for(conf):
    live = conf.session("com5-d2-am")
    past = conf.session("wgpl-d1-pm")
    n1 = NoteStamp(
        live.start + timedelta(minutes=20), "com5", live.id, "file:///x", StreamKind.LIVE, 1234
    ).note("Brazil supports DT/33 rev 1 and Doc. 67 (Add.2)", conf.id)
    n2 = NoteStamp(
        live.start + timedelta(minutes=5), "com5", live.id, media_position_ms=61_000
    ).note("Chair opens; ADM/54 adopted", conf.id)
    n3 = NoteStamp(past.start + timedelta(hours=1), "wgpl", past.id).note(
        "Secretariat: documents online", conf.id
    )
    n4 = NoteStamp(PINNED_NOW, "com6", None).note(
        "Corridor talk about # headings *and* <b>tags</b>", conf.id
    )
    private = NoteStamp(PINNED_NOW, "com6", None).note("private thought", conf.id)
    private.for_feedback = False
    return [n1, n2, n3, n4, private]


def test_report_groups_by_body_then_session_in_time_order(demo_conference):
    report = build_report(
        demo_conference,
        notes_for(demo_conference),
        header=ReportHeader(author="A. Observer", organization="Digital Rights Watch"),
        generated=PINNED_NOW,
    )
    assert [b.name for b in report.bodies] == [
        "Plenary Working Group",
        "Committee 5 — Policy and Legal Matters",
        "Committee 6 — Administration and Management",
    ]
    com5 = report.bodies[1]
    assert len(com5.sessions) == 1
    texts = [e.text for e in com5.sessions[0].entries]
    assert texts == [
        "Chair opens; ADM/54 adopted",
        "Brazil supports DT/33 rev 1 and Doc. 67 (Add.2)",
    ]
    assert report.bodies[2].sessions[0].title == OUTSIDE_SESSIONS
    assert report.note_count == 4  # the private note is left out


def test_entries_carry_both_times_position_and_cited_documents(demo_conference):
    report = build_report(demo_conference, notes_for(demo_conference), generated=PINNED_NOW)
    entry = report.bodies[1].sessions[0].entries[1]
    live = demo_conference.session("com5-d2-am")
    local = (live.start + timedelta(minutes=20)).astimezone(
        __import__("zoneinfo").ZoneInfo("Asia/Seoul")
    )
    assert entry.conference_time == f"{local:%Y-%m-%d %H:%M:%S} KST"
    assert entry.utc_time.endswith("UTC")
    assert entry.media_position == "20:00"  # in the session's recording, not the player's 1.2 s
    assert [d.symbol for d in entry.documents] == ["DT/33(Rev.1)", "67(Add.2)"]
    assert entry.documents[0].title.startswith("Draft report of the Plenary Working Group")


def test_markdown_report_content(demo_conference):
    report = build_report(
        demo_conference,
        notes_for(demo_conference),
        header=ReportHeader(author="A. Observer", organization="Digital Rights Watch"),
        generated=PINNED_NOW,
    )
    md = markdown.render(report)
    assert md.startswith("# Feedback: PP-Demo: Plenipotentiary Conference (demo)")
    assert "- **Author:** A. Observer" in md and "Digital Rights Watch" in md
    assert "## Committee 5 — Policy and Legal Matters" in md
    assert "video 5:00" in md
    assert "DT/33(Rev.1) (Draft report of the Plenary" in md and "file://" not in md
    assert md.index("Chair opens") < md.index("Brazil supports")
    assert "private thought" not in md


def test_markdown_escapes_note_text_so_it_stays_text():
    text = "# not a heading\n- not a list\n1. not numbered\n<script>alert(1)</script> *x* [a](javascript:x)"
    escaped = markdown.escape(text)
    assert "\\# not a heading" in escaped
    assert "\\- not a list" in escaped
    assert "1\\. not numbered" in escaped
    assert "<script>" not in escaped and "\\<script\\>" in escaped
    assert "\\[a\\](javascript:x)" in escaped


def test_entries_carry_speaker_stance_agenda_and_an_archive_link(demo_conference):
    from observer_app.core.report import archive_link

    past = demo_conference.session("com5-d1-am")
    n1 = NoteStamp(past.start + timedelta(minutes=2), "com5", past.id).note(
        "Kenya supports DT/33", demo_conference.id
    )
    n1.speaker, n1.stance, n1.agenda_item, n1.tags = "Kenya", "supports", "Document 67", ("access",)
    n2 = NoteStamp(past.start + timedelta(minutes=1), "com5", past.id).note(
        "Chair opens", demo_conference.id
    )
    report = build_report(
        demo_conference,
        [n1, n2],
        generated=PINNED_NOW,
        header=ReportHeader(title="Day 1 feedback", introduction="Our reading of Committee 5."),
    )
    session = report.bodies[0].sessions[0]
    assert [g.item for g in session.agenda] == ["", "Document 67"]
    entry = session.agenda[1].entries[0]
    assert (entry.speaker, entry.stance, entry.tags, entry.position_ms) == (
        "Kenya",
        "supports",
        ("access",),
        120_000,
    )
    assert entry.archive_link == ""  # the demo's recording is a local file: no link to send
    assert entry.position_ms == 120_000
    md = markdown.render(report)
    assert md.startswith("# Day 1 feedback") and "Our reading of Committee 5." in md
    assert "#### Document 67" in md and "**Kenya** (supports): Kenya supports DT/33" in md
    assert "video 2:00)" in md and "file://" not in md
    assert (
        archive_link("https://www.youtube.com/watch?v=abc&t=5", 61_500)
        == "https://www.youtube.com/watch?v=abc&t=61s"
    )
    assert (
        archive_link("https://media.example/pp/com5.mp4", 90_000)
        == "https://media.example/pp/com5.mp4#t=90"
    )
    assert archive_link("rtmp://x/live", 1000) == ""
