"""Transcripts in team bundles (format version 2) and their merge; one ranked search over pages,
notes and transcript lines, hits titled with the sitting's name. Real SQLite profiles; the
expected orders and counts below are written by hand from the rules in docs/notes-bundle.md and
services/search.py, never computed by the code under test."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core import bundle as core
from observer_app.core.bundle import BundleError
from observer_app.core.model import Body, Conference, Note, Session
from observer_app.core.transcript import AUTOMATIC, CAPTIONS, TranscriptLine, merge_lines
from observer_app.services import bundles, search
from observer_app.services.context import open_profile
from observer_app.store.transcripts import TranscriptRepository

CONF = "pp26"
T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


def line(
    at_s: float,
    text: str,
    source: str = AUTOMATIC,
    language: str = "en",
    session: str = "pl-7",
    stream: str = "https://webcast.example/plenary.m3u8",
    position_s: float | None = None,
    length_s: float = 5,
) -> TranscriptLine:
    start = int((at_s if position_s is None else position_s) * 1000)
    return TranscriptLine(
        CONF,
        session,
        start,
        start + int(length_s * 1000),
        T0 + timedelta(seconds=at_s),
        text,
        language,
        source,
        stream_url=stream,
    )


# -- merge rules ------------------------------------------------------------------------------------


def test_the_same_line_again_is_known_not_added():
    ours = [line(0, "Poland, you have the floor.", CAPTIONS), line(5, "Thank you, Chairman.")]
    merged = merge_lines(ours, list(ours))
    assert (merged.add, merged.remove, merged.known) == ([], [], 2)


def test_the_same_speech_transcribed_on_another_laptop_is_one_line():
    ours = [line(0, "Poland, you have the floor.")]
    # Bob's laptop opened the stream later (another position) and Whisper cut 1 s later and
    # spelt it a little differently: 4 of the 5 words are the same, 4 of 5 seconds overlap.
    bobs = line(
        1, "Poland you have the floor, yes", stream="https://cdn2.example/p.m3u8", position_s=31
    )
    merged = merge_lines(ours, [bobs])
    assert (merged.add, merged.known) == ([], 1)


def test_other_words_or_another_language_at_the_same_time_are_kept():
    ours = [line(0, "Poland, you have the floor.")]
    other_words = line(1, "Our delegation supports the proposal")
    french = line(0, "La Pologne a la parole.", language="fr")
    merged = merge_lines(ours, [other_words, french])
    assert [x.text for x in merged.add] == [
        "La Pologne a la parole.",
        "Our delegation supports the proposal",
    ]


def test_a_line_that_only_touches_ours_is_not_the_same_speech():
    ours = [line(0, "we support document 161")]
    next_one = line(4.5, "we support document 161")  # 0.5 s of 5 s shared: a repetition
    assert merge_lines(ours, [next_one]).add == [next_one]


def test_captions_replace_automatic_lines_of_the_same_span_and_not_others():
    ours = [
        line(0, "Thank you mister chair"),
        line(5, "we supports document one six one"),
        line(30, "later automatic line"),
        line(5, "Merci monsieur le président", language="fr"),
    ]
    captions = [
        line(0, "Thank you, Mr. Chair.", CAPTIONS),
        line(5, "We support Document 161.", CAPTIONS),
    ]
    merged = merge_lines(ours, captions)
    assert [x.text for x in merged.add] == ["Thank you, Mr. Chair.", "We support Document 161."]
    assert [x.text for x in merged.remove] == [
        "Thank you mister chair",
        "we supports document one six one",
    ]


def test_automatic_lines_under_captions_we_hold_are_left_out_whichever_comes_first():
    ours = [line(0, "Thank you, Mr. Chair.", CAPTIONS)]
    merged = merge_lines(ours, [line(1, "thank you mister chair and welcome")])
    assert (merged.add, merged.known) == ([], 1)
    # In one bundle, captions and the automatic lines of their span: the captions win.
    both = [line(0, "thank you mister chair"), line(1, "Thank you, Mr. Chair.", CAPTIONS)]
    merged = merge_lines([], both)
    assert ([x.source for x in merged.add], merged.remove) == ([CAPTIONS], [])


# -- the bundle format ------------------------------------------------------------------------------


def note() -> Note:
    return Note(
        text="Brazil supports",
        utc=T0,
        conference_id=CONF,
        author="alice",
        id="0c70a190-929e-4e7c-b0e8-c0c43f37eb19",
    )


def test_a_bundle_without_transcript_stays_version_1_so_older_observers_read_it():
    raw = core.to_bundle(CONF, "alice", [note()], T0)
    assert raw["format_version"] == 1 and "transcripts" not in raw


def test_a_bundle_with_transcript_is_version_2_and_round_trips_every_field():
    said = TranscriptLine(
        CONF,
        "pl-7",
        61_200,
        63_400,
        T0,
        "Iran, you have the floor on DT/33",
        "en",
        CAPTIONS,
        speaker="Chair",
        body_id="plenary",
        stream_url="https://webcast.example/p.m3u8",
        documents=("DT/33",),
    )
    data = core.dumps(core.to_bundle(CONF, "alice", [note()], T0, transcripts=[said]))
    raw = json.loads(data)
    assert raw["format_version"] == 2
    assert raw["transcripts"][0]["utc"] == "2026-11-30T06:00:00.000Z"
    assert core.read_bundle(data, "alice.json").transcripts == [said]


def test_a_version_1_bundle_with_transcripts_is_refused():
    raw = core.to_bundle(CONF, "alice", [note()], T0, transcripts=[line(0, "hello")])
    raw["format_version"] = 1
    with pytest.raises(BundleError):
        core.read_bundle(json.dumps(raw).encode(), "odd.json")


def test_a_bad_transcript_line_is_named_with_its_place():
    raw = core.to_bundle(CONF, "alice", [], T0, transcripts=[line(0, "hello")])
    raw["transcripts"][0]["source"] = "guessed"
    with pytest.raises(BundleError) as err:
        core.read_bundle(json.dumps(raw).encode(), "bad.json")
    assert err.value.place == "transcripts/0/source"
    raw["transcripts"][0].update(source="automatic", utc="2026-11-30 06:00")
    with pytest.raises(BundleError) as err:
        core.read_bundle(json.dumps(raw).encode(), "bad.json")
    assert err.value.place == "transcripts/0/utc" and "UTC offset" in str(err.value)


# -- import through SQLite --------------------------------------------------------------------------


@pytest.fixture
def two_profiles(tmp_path):
    from observer_app.runtime import paths as app_paths

    made = [open_profile(app_paths.resolve(tmp_path / name)) for name in ("alice", "bob")]
    yield made
    for p in made:
        p.close()


def test_import_adds_lines_once_and_captions_replace_automatic(two_profiles, tmp_path):
    alice, bob = two_profiles
    TranscriptRepository(alice.db).add(
        [line(0, "Thank you, Mr. Chair.", CAPTIONS), line(40, "Kenya asks for the floor")]
    )
    TranscriptRepository(bob.db).add(
        [line(1, "thank you mister chair"), line(80, "bob's own line")]
    )
    path = tmp_path / "alice.json"
    bundles.export_bundle(alice, CONF, path)
    first = bundles.import_bundle(bob, CONF, path)
    again = bundles.import_bundle(bob, CONF, path)
    assert (first.lines_added, first.lines_replaced) == (2, 1)
    assert (again.lines_added, again.lines_replaced) == (0, 0)
    assert "2 transcript lines added (1 replaced by captions)" in str(first)
    assert [(x.text, x.source) for x in TranscriptRepository(bob.db).lines(CONF, "pl-7")] == [
        ("Thank you, Mr. Chair.", CAPTIONS),
        ("Kenya asks for the floor", AUTOMATIC),
        ("bob's own line", AUTOMATIC),
    ]


# -- one ranked search ------------------------------------------------------------------------------


def conference() -> Conference:
    return Conference(
        id=CONF,
        name="PP-26",
        timezone="Asia/Qatar",
        bodies=(Body(id="plenary", name="Plenary"),),
        sessions=(
            Session(
                id="pl-7",
                body_id="plenary",
                title="Meeting 7: Policy statements",
                start=datetime(2026, 11, 30, 21, 30, tzinfo=UTC),  # 1 Dec in Doha
                end=datetime(2026, 12, 1, 0, 0, tzinfo=UTC),
            ),
        ),
    )


def test_transcript_hits_are_titled_with_the_sitting_and_ranked_with_notes(two_profiles):
    profile = two_profiles[0]
    filler = ["Plenary opened on time", "Coffee break at eleven", "Quorum was reached"]
    for text in filler + [
        "A long note that mentions satellite once among many other words about spectrum, "
        "orbits, filings, coordination, the radio regulations and the next conference",
    ]:
        profile.notes.add(Note(text=text, utc=T0, conference_id=CONF, author="alice"))
    TranscriptRepository(profile.db).add(
        [line(60 + 10 * i, text) for i, text in enumerate(filler)]
        + [
            line(0, "satellite satellite satellite"),
            line(
                120,
                "we talked about the satellite filings and the orbit and spectrum and the "
                "radio regulations and coordination procedures at length today",
                session="x-rec",
            ),
        ]
    )
    hits = search.search(profile, conference(), CONF, "satellite", limit=10)
    # By hand: the short line saying it three times is the most distinctive match; the note
    # (one mention in 24 words) beats the line in another recording (one mention in 23 words
    # but a transcript index where "satellite" is commoner, 2 rows of 5 against 1 of 4).
    assert [(h.kind, h.title or h.ref) for h in hits] == [
        ("transcript", "Plenary, Meeting 7: Policy statements, 1 Dec 2026"),
        ("note", hits[1].ref),
        ("transcript", "x-rec"),
    ]
    assert search.search(profile, conference(), CONF, "satellite", limit=2)[1].kind == "note"


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"source": "guessed"},
        {"utc": "2026-11-30 06:00"},
        {"start_ms": -1},
        {"end_ms": True},
        {"session_key": ""},
        {"documents": [161]},
        {"body_id": 7},
        {"extra": 1},
        {"text": None},
    ],
)
def test_the_direct_line_check_agrees_with_the_schema(change):
    """Lines are checked without jsonschema (speed); both must give the same verdict."""
    import jsonschema

    raw = core.to_bundle(CONF, "alice", [], T0, transcripts=[line(0, "hello")])
    raw["transcripts"][0].update(change)
    schema_ok = jsonschema.Draft202012Validator(core.bundle_schema()).is_valid(raw)
    try:
        core.read_bundle(json.dumps(raw).encode(), "x.json")
        direct_ok = True
    except BundleError:
        direct_ok = False
    assert schema_ok == direct_ok == (not change)
