"""Transcript lines in the profile's SQLite: stored once, found by search with notes and
documents, exported as WebVTT (read back by webvtt-py), SRT and text."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import webvtt

from observer_app.core.transcript import CAPTIONS, TranscriptLine, render
from observer_app.services import transcripts
from observer_app.services.context import open_profile
from observer_app.store.transcripts import TranscriptRepository

T0 = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)


@pytest.fixture
def profile(app_dirs):
    p = open_profile(app_dirs)
    yield p
    p.close()


def _messages():
    return [
        {
            "kind": "line",
            "segment": 0,
            "start_ms": 1200,
            "end_ms": 3400,
            "language": "en",
            "text": "Thank you. Iran, you have the floor.",
        },
        {
            "kind": "line",
            "segment": 0,
            "start_ms": 4000,
            "end_ms": 9000,
            "language": "en",
            "text": "We support Document 161 and DT/33 revision 1 on cybersecurity.",
        },
    ]


def _lines(session="plen-1"):
    maker = transcripts.LineMaker("pp26", session, stream_url="http://127.0.0.1/x.m3u8")
    maker.start_segment(0, 60_000, T0)
    return [maker.make(m) for m in _messages()]


def test_line_maker_maps_times_speaker_and_documents():
    first, second = _lines()
    assert (first.start_ms, first.end_ms, first.utc) == (
        61_200,
        63_400,
        T0 + timedelta(seconds=1.2),
    )
    assert first.speaker == ""  # the chair's own line
    assert second.speaker == "Iran"
    assert second.documents == ("161", "DT/33(Rev.1)")


def test_lines_are_stored_once_and_searchable(profile):
    repo = TranscriptRepository(profile.db)
    assert repo.add(_lines()) == 2
    assert repo.add(_lines()) == 0  # a teammate's copy, a replay: no duplicates
    assert [x.text for x in repo.lines("pp26", "plen-1")][1].startswith("We support")
    hits = transcripts.search(profile, "pp26", "cybersec")
    assert [h.line.start_ms for h in hits] == [64_000]
    assert "[cybersecurity]" in hits[0].snippet
    # said in the first line, and the speaker of the second: both found
    assert {h.line.start_ms for h in transcripts.search(profile, "pp26", "Iran")} == {
        61_200,
        64_000,
    }
    assert transcripts.search(profile, "other-conference", "cybersecurity") == []
    # the document a speaker cited is searchable by its symbol
    assert transcripts.search(profile, "pp26", "DT/33")


def test_export_formats(profile, tmp_path):
    TranscriptRepository(profile.db).add(_lines())
    out = tmp_path / "t.vtt"
    assert transcripts.export_transcript(profile, "pp26", "plen-1", out, None, UTC) == 2
    cues = webvtt.read(str(out))
    assert [(c.start, c.end) for c in cues] == [
        ("00:01:01.200", "00:01:03.400"),
        ("00:01:04.000", "00:01:09.000"),
    ]
    assert cues[1].text.startswith("Iran: We support")
    srt = tmp_path / "t.srt"
    transcripts.export_transcript(profile, "pp26", "plen-1", srt, None, UTC)
    assert srt.read_text().splitlines()[:3] == [
        "1",
        "00:01:01,200 --> 00:01:03,400",
        "Thank you. Iran, you have the floor.",
    ]
    txt = tmp_path / "t.txt"
    transcripts.export_transcript(profile, "pp26", "plen-1", txt, None, ZoneInfo("Asia/Seoul"))
    assert "15:15:01  " in txt.read_text()  # conference time (Seoul), then video time
    assert "1:01  Thank you." in txt.read_text()
    with pytest.raises(transcripts.TranscriptError, match="no transcript for session 'nope'"):
        transcripts.export_transcript(profile, "pp26", "nope", txt, None, UTC)


def test_captions_are_labelled_and_markup_is_escaped():
    line = TranscriptLine("c", "s", 0, 1000, T0, "a <b> & --> c", source=CAPTIONS)
    vtt = render([line], "vtt", UTC)
    assert "a &lt;b&gt; &amp; --&gt; c" in vtt and "captions" in vtt
    assert "[captions]" in render([line], "txt", UTC)


CAPTIONS_VTT = """WEBVTT

NOTE human captioning (CART) of the session

1
00:01:01.000 --> 00:01:04.000 align:start
<v Chair>Thank you. Iran, you have the floor.</v>

2
00:01:04.500 --> 00:01:09.000
We support Document 161 &amp; DT/33 revision 1.
"""

CAPTIONS_SRT = """1
00:01:01,000 --> 00:01:04,000
Thank you. Iran, you have the floor.

2
00:01:04,500 --> 00:01:09,000
<i>We support</i> Document 161.
"""


@pytest.mark.parametrize("text", [CAPTIONS_VTT, CAPTIONS_SRT])
def test_captions_files_are_read(text):
    from observer_app.core.transcript import parse_captions

    cues = parse_captions(text)
    assert [(a, b) for a, b, _t in cues] == [(61_000, 64_000), (64_500, 69_000)]
    assert cues[0][2] == "Thank you. Iran, you have the floor."
    assert cues[1][2].startswith("We support Document 161")
    assert "<" not in cues[1][2] and "&amp;" not in cues[1][2]


def test_human_captions_take_precedence_over_machine_lines(profile, tmp_path):
    TranscriptRepository(profile.db).add(_lines())  # automatic lines of plen-1
    captions = tmp_path / "cart.vtt"
    captions.write_text(CAPTIONS_VTT, encoding="utf-8")
    assert transcripts.import_captions(profile, "pp26", "plen-1", captions, T0, "en") == 2
    out = tmp_path / "t.txt"
    transcripts.export_transcript(profile, "pp26", "plen-1", out, None, UTC)
    text = out.read_text()
    assert text.count("[captions]") == 2 and "cybersecurity" not in text  # machine text left out
    assert "Iran: We support Document 161 & DT/33 revision 1." in text  # speaker turn too
    # both stay searchable
    assert {h.line.source for h in transcripts.search(profile, "pp26", "support")} == {
        "automatic",
        "captions",
    }
    empty = tmp_path / "empty.vtt"
    empty.write_text("WEBVTT\n\n", encoding="utf-8")
    with pytest.raises(transcripts.TranscriptError, match="no WebVTT or SRT cues"):
        transcripts.import_captions(profile, "pp26", "plen-1", empty, T0)
