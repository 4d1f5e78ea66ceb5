"""Every feedback-report format read back by a real consumer, with ordinary and hostile notes.

Consumers: jsonschema (JSON), csv.reader (CSV), html.parser (HTML), our own WebVTT/SRT
structure check plus webvtt-py and FFmpeg's demuxers (cue tracks), libVLC loading the track
over a demo recording, icalendar (iCalendar), python-docx (DOCX). The PDF is in
tests/gui/test_export_pdf.py (it needs a QGuiApplication).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
import subprocess
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from support.clock import PINNED_NOW
from support.reports import FORMULAS, hostile_notes, make_report, plain_notes
from support.waiting import wait_for

from observer_app.core.export import csv_report, cues, html, ical, json_report, text
from observer_app.core.model import NoteStamp


@pytest.fixture
def hostile(demo_conference):
    notes = hostile_notes(demo_conference)
    return notes, make_report(demo_conference, notes)


# -- JSON ------------------------------------------------------------------------------------------


def test_json_follows_its_schema(demo_conference):
    report = make_report(demo_conference, plain_notes(demo_conference))
    data = json.loads(json_report.render(report))
    assert json_report.validate(data) == []
    assert (data["format"], data["format_version"], data["note_count"]) == (
        "observer-feedback",
        1,
        4,
    )
    assert (
        data["conference"]["name"].startswith("PP-Demo")
        and data["conference"]["timezone"] == "Asia/Seoul"
    )
    assert (data["author"], data["organization"], data["generated"]) == (
        "A. Observer",
        "Digital Rights Watch",
        "2026-11-30T06:15:00.000Z",
    )
    com5 = data["bodies"][1]
    entry = com5["sessions"][0]["entries"][0]
    assert (
        entry["speaker"],
        entry["stance"],
        entry["media_position"],
        entry["media_position_ms"],
    ) == ("Brazil", "supports", "20:00", 1_200_000)
    assert entry["documents"][0]["symbol"] == "DT/33(Rev.1)" and entry["documents"][0][
        "title"
    ].startswith("Draft")
    assert entry["documents"][0]["url"] is None  # the demo's documents are local files: never sent
    assert data == json_report.report_data(report)


def test_json_validate_names_what_is_wrong(demo_conference):
    data = json.loads(
        json_report.render(make_report(demo_conference, plain_notes(demo_conference)))
    )
    data["format_version"] = 2
    data["bodies"][0]["sessions"][0]["entries"][0]["utc"] = "yesterday"
    data["bodies"][0]["sessions"][0]["entries"][0]["documents"] = [
        {"symbol": "67", "title": "", "url": "javascript:x"}
    ]
    problems = json_report.validate(data)
    assert any(p.startswith("format_version") for p in problems)
    assert any("entries/0/utc" in p for p in problems) and any(
        "documents/0/url" in p for p in problems
    )
    good = json.loads(
        json_report.render(make_report(demo_conference, plain_notes(demo_conference)))
    )
    good["note_count"] = 5
    assert json_report.validate(good) == ["note_count: 5 but the report holds 4 notes"]


def test_json_keeps_hostile_text_exactly(hostile):
    notes, report = hostile
    data = json.loads(json_report.render(report))
    assert json_report.validate(data) == []
    texts = [e["text"] for b in data["bodies"] for s in b["sessions"] for e in s["entries"]]
    assert texts == [n.text for n in notes]


# -- CSV -------------------------------------------------------------------------------------------


def read_csv(text_: str) -> list[list[str]]:
    assert text_.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text_[1:], newline="")))


def test_csv_round_trips_one_row_per_note(demo_conference):
    report = make_report(demo_conference, plain_notes(demo_conference))
    rows = read_csv(csv_report.render(report))
    assert rows[0] == list(csv_report.COLUMNS) and len(rows) == 1 + report.note_count
    row = dict(zip(rows[0], rows[2], strict=True))
    assert (row["speaker"], row["stance"], row["media_position"]) == ("Brazil", "supports", "20:00")
    assert row["documents"].startswith("DT/33(Rev.1) — Draft report")


def test_csv_neutralises_formulas_and_keeps_everything_else(hostile):
    notes, report = hostile
    rows = read_csv(csv_report.render(report))
    assert len(rows) == 1 + len(notes)
    texts = [dict(zip(rows[0], r, strict=True))["text"] for r in rows[1:]]
    for note, cell in zip(notes, texts, strict=True):
        assert cell == ("'" + note.text if note.text in FORMULAS else note.text)
    for row in rows[1:]:
        assert not any(c and c[0] in "=+-@" for c in row), row
    assert csv_report.inert("  =1+1") == "'  =1+1" and csv_report.inert("＝1") == "'＝1"
    assert csv_report.inert("\t=1") == "'\t=1" and csv_report.inert("1-2") == "1-2"


# -- HTML ------------------------------------------------------------------------------------------


class _Audit(HTMLParser):
    """Collects what matters: tags, attributes, note elements and their text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.notes, self.note_texts = [], [], 0, []
        self._in_text = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v) for k, v in attrs]
        d = dict(attrs)
        if tag == "li" and d.get("class") == "note":
            self.notes += 1
        if tag == "p" and d.get("class") == "text":
            assert d.get("dir") == "auto"
            self._in_text = True
            self.note_texts.append("")

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_text = False

    def handle_data(self, data):
        if self._in_text:
            self.note_texts[-1] += data


def audit(page: str) -> _Audit:
    parser = _Audit()
    parser.feed(page)
    parser.close()
    return parser


def test_html_is_self_contained_and_inert(hostile):
    notes, report = hostile
    page = html.render(report)
    a = audit(page)
    assert a.notes == len(notes) == len(a.note_texts)
    assert a.note_texts == [n.text for n in notes]  # every character is there, as text
    assert "script" not in a.tags and "img" not in a.tags and "iframe" not in a.tags
    assert not [x for x in a.attrs if x[1].lower().startswith("on")]
    # Note text holds "onerror=" and "<script", but only escaped: no raw tag carries them.
    assert not re.search(r"<script|<img|<[^>]*\son\w+\s*=", page, re.I)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    for tag, name, value in a.attrs:
        if name in ("href", "src", "action"):
            assert tag == "a" and value.startswith(("http://", "https://")), (tag, name, value)
    csp = [
        v for t, k, v in a.attrs if t == "meta" and k == "content" and "default-src" in (v or "")
    ]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_links_are_public_urls_only(demo_conference):
    """http(s) links become links (HTML, DOCX, JSON); javascript: and local files never appear."""
    report = make_report(demo_conference, plain_notes(demo_conference))
    entry = report.bodies[1].sessions[0].entries[0]
    if not hasattr(entry, "archive_link") or not hasattr(entry.documents[0], "url"):
        pytest.skip("ReportEntry has no links yet")
    docs = (
        dataclasses.replace(entry.documents[0], url="https://docs.example/DT33.pdf"),
        dataclasses.replace(entry.documents[1], url="javascript:alert(1)"),
    )
    report.bodies[1].sessions[0].entries[0] = dataclasses.replace(
        entry, documents=docs, archive_link="https://media.example/com5.mp4#t=1200"
    )
    page = html.render(report)
    assert (
        '<a href="https://docs.example/DT33.pdf" rel="noopener noreferrer">DT/33(Rev.1)</a>' in page
    )
    assert (
        '<a href="https://media.example/com5.mp4#t=1200" rel="noopener noreferrer">video 20:00</a>'
        in page
    )
    assert "javascript:" not in page and "file:" not in page
    data = json.loads(json_report.render(report))
    first = data["bodies"][1]["sessions"][0]["entries"][0]
    assert first["archive_link"] == "https://media.example/com5.mp4#t=1200"
    assert [d["url"] for d in first["documents"]] == ["https://docs.example/DT33.pdf", None]
    assert json_report.validate(data) == []
    docx = pytest.importorskip("docx")
    from observer_app.render import docx as docx_report

    document = docx.Document(io.BytesIO(docx_report.render(report)))
    targets = [r.target_ref for r in document.part.rels.values() if r.is_external]
    assert sorted(targets) == [
        "https://docs.example/DT33.pdf",
        "https://media.example/com5.mp4#t=1200",
    ]
    assert document.tables[1].rows[1].cells[1].text == "20:00"


# -- WebVTT and SRT ------------------------------------------------------------------------------

_VTT_TIME = r"(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME} --> {_VTT_TIME}$")


def _ms(h, m, s, t):
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(t)


def check_vtt(track: str) -> list[tuple[int, int, str]]:
    """A strict structural reading of our WebVTT (WebVTT's own rules, the subset we write)."""
    assert track.startswith("WEBVTT\n\n") and "\r" not in track
    blocks = track.rstrip("\n").split("\n\n")
    out = []
    for block in blocks[1:]:
        lines = block.split("\n")
        assert all(lines), f"blank line inside a block: {block!r}"
        if lines[0] == "NOTE":
            assert "-->" not in block
            continue
        if "-->" not in lines[0]:
            ident, lines = lines[0], lines[1:]
            assert "-->" not in ident
        m = _VTT_TIMING.match(lines[0])
        assert m, f"bad timing line {lines[0]!r}"
        start, end = _ms(*m.groups()[:4]), _ms(*m.groups()[4:])
        payload = lines[1:]
        assert payload and not any("-->" in p for p in payload)
        assert end - start >= cues.MIN_DURATION_MS
        out.append((start, end, "\n".join(payload)))
    assert [c[0] for c in out] == sorted(c[0] for c in out)
    return out


def check_srt(track: str) -> list[tuple[int, int, str]]:
    out = []
    for number, block in enumerate(track.rstrip("\n").split("\n\n"), 1):
        lines = block.split("\n")
        assert lines[0] == str(number) and all(lines)
        m = re.match(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$", lines[1])
        assert m and not any("-->" in p or "<" in p or ">" in p for p in lines[2:])
        out.append((_ms(*m.groups()[:4]), _ms(*m.groups()[4:]), "\n".join(lines[2:])))
    return out


def unvtt(payload: str) -> str:
    payload = re.sub(r"^<v [^>]*>|</v>$", "", payload)
    return payload.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_cue_timing_ends_at_next_note_or_after_five_seconds(demo_conference):
    report = make_report(demo_conference, plain_notes(demo_conference))
    com5 = report.bodies[1].sessions[0]
    got = check_vtt(cues.render(report, com5))
    assert [(s, e) for s, e, _ in got] == [(1_200_000, 1_202_000), (1_202_000, 1_207_000)]
    assert unvtt(got[0][2]) == "Brazil (supports): Brazil supports DT/33 rev 1 and Doc. 67 (Add.2)"
    assert got[0][2].startswith("<v Brazil>")
    assert check_vtt(cues.render(report, com5.title)) == got
    whole = check_vtt(cues.render(report))
    assert len(whole) == 3  # the corridor note has no place in any recording
    assert "1 note(s) without a position" in cues.render(report)
    assert check_srt(cues.render_srt(report, com5))[1] == (
        1_202_000,
        1_207_000,
        "Chair: ADM/54 adopted",
    )


def test_cue_tracks_stay_valid_with_hostile_notes(hostile, tmp_path):
    notes, report = hostile
    track = cues.render(report)
    got = check_vtt(track)
    assert len(got) == len(notes)
    for note, (_s, _e, payload) in zip(notes, got, strict=True):
        shown = unvtt(payload)
        assert "-->" not in payload
        assert cues.clean(note.text, cues.MAX_CHARS) in shown
    assert "<v Egypt &lt;v x&gt;>" in track and "<v A --&gt; B C>" in track
    srt = cues.render_srt(report)
    assert len(check_srt(srt)) == len(notes)

    import webvtt  # webvtt-py: miscounts some edge cases (shared/notes/domain.md), not ours

    assert len(webvtt.from_string(track)) == len(notes)
    (tmp_path / "notes.srt").write_text(srt, encoding="utf-8")
    assert len(webvtt.from_srt(str(tmp_path / "notes.srt"))) == len(notes)

    if shutil.which("ffprobe"):  # FFmpeg's demuxers, what mpv and many players use
        for name, body in (("notes.vtt", track), ("notes.srt", srt)):
            (tmp_path / name).write_text(body, encoding="utf-8")
            out = subprocess.run(
                [
                    "ffprobe",
                    "-v",
                    "error",
                    "-count_packets",
                    "-show_entries",
                    "stream=nb_read_packets",
                    "-of",
                    "csv=p=0",
                    str(tmp_path / name),
                ],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            )
            assert int(out.stdout.strip()) == len(notes), name


@pytest.mark.vlc
def test_libvlc_loads_the_track_over_a_demo_recording(demo_conference, tmp_path):
    vlc = pytest.importorskip("vlc")
    session = demo_conference.session("com5-d1-am")
    notes = []
    for i, body in enumerate(("First note <b>x</b>", "Second --> note", "مصر: third")):
        stamp = NoteStamp(session.start + timedelta(milliseconds=300 + 400 * i), "com5", session.id)
        note = stamp.note(body, demo_conference.id)
        note.speaker = "Brazil"
        notes.append(note)
    report = make_report(demo_conference, notes)
    path = tmp_path / "notes.vtt"
    path.write_text(cues.render(report, report.bodies[0].sessions[0]), encoding="utf-8")
    assert len(check_vtt(path.read_text(encoding="utf-8"))) == 3
    instance = vlc.Instance("--no-video", "--aout=dummy", "--no-sub-autodetect-file")
    player = instance.media_player_new()
    try:
        player.set_media(instance.media_new(session.archive_url))
        assert player.add_slave(vlc.MediaSlaveType.subtitle, path.as_uri(), True) == 0
        player.play()
        assert wait_for(
            lambda: (
                player.video_get_spu_count() > 0
                and any(track_id >= 0 for track_id, _name in player.video_get_spu_description())
            ),
            timeout=10,
        ), "libVLC did not take the cue track"
    finally:
        player.stop()
        player.release()
        instance.release()


# -- iCalendar -------------------------------------------------------------------------------------


def test_ics_sessions_with_zone_alarm_and_escaping(demo_conference):
    icalendar = pytest.importorskip("icalendar")
    sessions = [demo_conference.session("com5-d1-am"), demo_conference.session("plenary-d1-am")]
    evil = dataclasses.replace(sessions[0], title="Title\r\nATTENDEE:mailto:x@y;, \\ more")
    ics = ical.render_sessions(demo_conference, [evil, sessions[1]], now=PINNED_NOW)
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n")) and ics.endswith("\r\n")
    assert "\nATTENDEE" not in ics
    cal = icalendar.Calendar.from_ical(ics)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 2 and not any("ATTENDEE" in e for e in events)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Seoul"]
    first = events[0]
    assert str(first["SUMMARY"]) == "Committee 5: Title\nATTENDEE:mailto:x@y;, \\ more"
    assert first["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert first["DTSTART"].dt == evil.start and first["DTEND"].dt == evil.end
    alarms = first.walk("VALARM")
    assert len(alarms) == 1 and alarms[0]["TRIGGER"].dt == -timedelta(
        minutes=10
    )  # the reminder default
    assert str(first["UID"]) != str(events[1]["UID"])


def test_ics_vtimezone_follows_daylight_saving(demo_conference):
    berlin = dataclasses.replace(demo_conference, timezone="Europe/Berlin")
    session = dataclasses.replace(demo_conference.sessions[0], title="Summer")
    ics = ical.render_sessions(berlin, [session], now=PINNED_NOW)
    tz = ics[ics.index("BEGIN:VTIMEZONE") : ics.index("END:VTIMEZONE")]
    assert (
        "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"
        in tz
    )
    assert (
        "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET"
        in tz
    )
    assert "DTSTART;TZID=Europe/Berlin:" in ics


def test_ics_folding_keeps_utf8_characters_whole():
    line = "SUMMARY:" + "مصر 👍🏽 " * 30
    folded = ical.fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


# -- plain text (e-mail body) ----------------------------------------------------------------------


def test_text_body_is_wrapped_plain_text(demo_conference, hostile):
    report = make_report(demo_conference, plain_notes(demo_conference))
    body = text.render(report)
    assert body.startswith("Feedback: PP-Demo") and "Author: A. Observer" in body
    assert "\n  Brazil (supports):\n    Brazil supports DT/33" in body and "video 20:00" in body
    stamps = re.compile(
        r"\n- \w+day \d{1,2} \w+ 20\d\d, \d\d:\d\d"
    )  # "- Monday 7 December 2026, 14:55"
    assert len(stamps.findall(body)) == 4 and body.endswith("A. Observer\nDigital Rights Watch\n")
    notes, report = hostile
    body = text.render(report)
    assert len(stamps.findall(body)) == len(notes)
    assert all(len(line) <= text.WIDTH or " " not in line.strip() for line in body.split("\n"))
    assert "\x00" not in body and "\x1b" not in body and "\u202e" not in body and "\r" not in body
    assert "<script>alert(1)</script>" in body and "مصر تعارض" in body
    url = "https://docs.example/" + "a" * 90
    assert text._wrap(f"see {url} now", "    ") == ["    see", f"    {url}", "    now"]


def test_text_body_shows_public_links_only(demo_conference):
    """The e-mail body reads the entry's fields itself (not the JSON dict, for speed): it must
    filter links the same way, https shown, javascript: and local files never."""
    report = make_report(demo_conference, plain_notes(demo_conference))
    entry = report.bodies[1].sessions[0].entries[0]
    docs = (
        dataclasses.replace(entry.documents[0], url="https://docs.example/DT33.pdf"),
        dataclasses.replace(entry.documents[1], url="javascript:alert(1)"),
    )
    report.bodies[1].sessions[0].entries[0] = dataclasses.replace(
        entry, documents=docs, archive_link="file:///home/observer/recordings/com5.mp4"
    )
    second = report.bodies[1].sessions[0].entries[1]
    report.bodies[1].sessions[0].entries[1] = dataclasses.replace(
        second, archive_link="https://media.example/com5.mp4#t=1200"
    )
    body = text.render(report)
    assert "documents)\n    <https://docs.example/DT33.pdf>; 67(Add.2)" in body
    assert "    Recording: https://media.example/com5.mp4#t=1200" in body
    assert "javascript:" not in body and "file:" not in body and "/home/observer" not in body


# -- DOCX ------------------------------------------------------------------------------------------


def test_docx_headings_and_one_table_row_per_note(demo_conference, hostile):
    docx = pytest.importorskip("docx")
    from observer_app.render import docx as docx_report

    report = make_report(demo_conference, plain_notes(demo_conference))
    document = docx.Document(io.BytesIO(docx_report.render(report)))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings[0] == ("Heading 1", "Feedback: PP-Demo: Plenipotentiary Conference (demo)")
    assert [h for h in headings if h[0] == "Heading 2"][1] == (
        "Heading 2",
        "Committee 5 — Policy and Legal Matters",
    )
    assert sum(1 for h in headings if h[0] == "Heading 3") == len(document.tables) == 3
    assert [c.text for c in document.tables[0].rows[0].cells] == [
        "Time",
        "Video",
        "Speaker",
        "Stance",
        "Note",
        "Documents",
    ]
    assert sum(len(t.rows) - 1 for t in document.tables) == report.note_count
    row = [c.text for c in document.tables[1].rows[1].cells]
    assert row[1:4] == ["20:00", "Brazil", "supports"] and row[5].startswith(
        "DT/33(Rev.1) — Draft report"
    )
    notes, report = hostile
    document = docx.Document(io.BytesIO(docx_report.render(report)))
    cells = [t.rows[i].cells[4].text for t in document.tables for i in range(1, len(t.rows))]
    assert len(cells) == len(notes)
    assert cells[0].startswith("<script>alert(1)</script>") and any(
        c.startswith("مصر تعارض") for c in cells
    )


def test_ics_without_alarm_when_reminders_are_off(demo_conference):
    import icalendar

    sessions = list(demo_conference.sessions)[:2]
    cal = icalendar.Calendar.from_ical(
        ical.render_sessions(demo_conference, sessions, now=PINNED_NOW, alarm=timedelta(0))
    )  # as the window passes "off"
    assert len(cal.walk("VEVENT")) == 2 and not cal.walk("VALARM")
