"""store/transcripts.py: every field of a line through the database and back, the orders
the transcript views rely on, removal, the sessions list and search. A real SQLite file;
expected values written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core.transcript import TranscriptLine
from observer_app.store.db import Database, StoreError
from observer_app.store.transcripts import TranscriptRepository

CONF = "pp26"
T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


@pytest.fixture
def repo(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield TranscriptRepository(db)
    db.close()


def line(text: str, start_s: int, session: str = "s1", conf: str = CONF, **fields):
    return TranscriptLine(
        conf,
        session,
        start_s * 1000,
        start_s * 1000 + 900,
        T0 + timedelta(seconds=start_s),
        text,
        **fields,
    )


def test_every_field_of_a_line_comes_back(repo):
    """Catches: a field dropped, swapped with another or stored in another form (the
    documents said in the line, the stream, the body, the speaker, the language, captions)."""
    full = line(
        "Brazil supports DT/33",
        5,
        language="en",
        source="captions",
        speaker="Brazil",
        body_id="com5",
        stream_url="https://live.example.org/com5.m3u8",
        documents=("DT/33", "67(Rev.1)"),
    )
    assert repo.add([full]) == 1
    (stored,) = repo.lines(CONF, "s1")
    assert stored.id is not None
    assert stored == full.with_id(stored.id)
    bare = line("no documents", 6, session="s2")
    repo.add([bare])
    (stored_bare,) = repo.lines(CONF, "s2")
    assert stored_bare == bare.with_id(stored_bare.id)


def test_lines_are_counted_once_and_come_in_time_order(repo):
    """Catches: a duplicate counted as new, lines in insertion order instead of time, and
    another session's or conference's lines included."""
    assert repo.add([line("second", 20), line("first", 10)]) == 2
    assert repo.add([line("first", 10), line("third", 30)]) == 1
    repo.add([line("elsewhere", 1, session="s2"), line("other", 1, conf="wtdc25")])
    assert [x.text for x in repo.lines(CONF, "s1")] == ["first", "second", "third"]
    assert [(x.session_key, x.text) for x in repo.conference_lines(CONF)] == [
        ("s1", "first"),
        ("s1", "second"),
        ("s1", "third"),
        ("s2", "elsewhere"),
    ]
    assert repo.sessions(CONF) == [("s1", 3), ("s2", 1)]  # s1 has the latest line


def test_sessions_most_recent_first(repo):
    """Catches: the sessions list in name order or oldest first."""
    repo.add([line("a", 100, session="a-session"), line("b", 5, session="b-session")])
    assert repo.sessions(CONF) == [("a-session", 1), ("b-session", 1)]
    repo.add([line("b later", 200, session="b-session")])
    assert repo.sessions(CONF) == [("b-session", 2), ("a-session", 1)]


def test_remove_deletes_only_stored_lines_and_counts_them(repo):
    """Catches: lines not deleted, the wrong ones deleted, or a line never stored (no id)
    counted as removed."""
    repo.add([line("keep", 1), line("drop", 2)])
    keep, drop = repo.lines(CONF, "s1")
    assert repo.remove([drop, line("never stored", 3)]) == 1
    assert repo.lines(CONF, "s1") == [keep]


def test_search_finds_the_conferences_lines_with_marks(repo):
    """Catches: an empty query or a zero limit running a search, another conference's lines
    found, the marks not used, the limit ignored, and a bad query raised as SQLite's own."""
    repo.add(
        [
            line("spectrum for satellites", 1),
            line("more spectrum", 2),
            line("spectrum elsewhere", 1, conf="wtdc25"),
        ]
    )
    hits = repo.search(CONF, '"satellites"', marks=("<", ">"))
    assert [(h.line.text, h.snippet) for h in hits] == [
        ("spectrum for satellites", "spectrum for <satellites>")
    ]
    assert {h.line.text for h in repo.search(CONF, '"spectrum"')} == {
        "spectrum for satellites",
        "more spectrum",
    }
    assert len(repo.search(CONF, '"spectrum"', limit=1)) == 1
    assert repo.search(CONF, "") == [] and repo.search(CONF, '"spectrum"', limit=0) == []
    with pytest.raises(StoreError, match="cannot search for '\"unbalanced'"):
        repo.search(CONF, '"unbalanced')


def test_failures_say_what_and_where(repo):
    """Catches: the words of a failed save or removal changed."""
    repo.add([line("stored", 1)])
    (stored,) = repo.lines(CONF, "s1")
    for action in ("INSERT", "DELETE"):
        repo.db.execute(
            f"CREATE TRIGGER refuse_{action.lower()} BEFORE {action} ON transcript_lines "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    with pytest.raises(StoreError) as raised:
        repo.add([line("new", 2)])
    assert str(raised.value) == f"could not save the transcript in {repo.db.path}: refused"
    with pytest.raises(StoreError) as raised:
        repo.remove([stored])
    assert str(raised.value) == f"could not update the transcript in {repo.db.path}: refused"
