"""store/notes.py's filters (the notes list's search bar and the report's choices), the days
and facets the filter menus offer, and loading by rowid. A real SQLite file; each expected
set of notes is written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from observer_app.core.model import Note
from observer_app.core.notefilter import NoteFilter
from observer_app.store.db import Database, StoreError
from observer_app.store.notes import NoteRepository

CONF = "pp26"
T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
DELHI = timezone(timedelta(hours=5, minutes=30))


@pytest.fixture
def repo(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    repo = NoteRepository(db)
    specs = [
        # text, minutes after T0, fields
        (
            "Brazil supports DT/33",
            0,
            dict(
                body_id="com5", session_id="s1", speaker="Brazil", stance="for", tags=("spectrum",)
            ),
        ),
        (
            "Egypt objects to 67(Rev.1)",
            30,
            dict(
                body_id="com5",
                session_id="s2",
                speaker="egypt",
                stance="against",
                tags=("spectrum", "budget"),
            ),
        ),
        ("private aside", 60, dict(body_id="plen", for_feedback=False, tags=("budget",))),
        ("late evening in Delhi", 12 * 60 + 29, dict(body_id="plen", speaker="India")),
        ("next day in Delhi", 12 * 60 + 30, dict(body_id="plen", speaker="India")),
        ("tagged spectrumx", 90, dict(tags=("spectrumx",))),
        ("cites DT/330", 95, dict()),
    ]
    for text, minutes, fields in specs:
        when = T0 + timedelta(minutes=minutes)
        repo.add(Note(text, when, CONF, created=when, updated=when, **fields))
    repo.add(Note("Brazil elsewhere", T0, "other", created=T0, updated=T0, body_id="com5"))
    gone = repo.add(Note("Brazil deleted", T0, CONF, created=T0, updated=T0, body_id="com5"))
    repo.delete(gone.id)
    yield repo
    db.close()


def texts(repo: NoteRepository, f: NoteFilter, tz=UTC, limit=None) -> list[str]:
    return [n.text for n in repo.find(CONF, f, tz, limit)]


def test_each_filter_keeps_exactly_its_notes(repo):
    """Catches: a filter ignored or compared with the wrong column, the speaker compared with
    case (an observer types 'Egypt'), a tag or document matched as a prefix (spectrumx,
    DT/330), private notes in 'for feedback', and deleted or other conferences' notes."""
    assert texts(repo, NoteFilter(body_id="com5")) == [
        "Brazil supports DT/33",
        "Egypt objects to 67(Rev.1)",
    ]
    assert texts(repo, NoteFilter(session_id="s2")) == ["Egypt objects to 67(Rev.1)"]
    assert texts(repo, NoteFilter(stance="against")) == ["Egypt objects to 67(Rev.1)"]
    assert texts(repo, NoteFilter(speaker="EGYPT")) == ["Egypt objects to 67(Rev.1)"]
    assert texts(repo, NoteFilter(tag="spectrum")) == [
        "Brazil supports DT/33",
        "Egypt objects to 67(Rev.1)",
    ]
    assert texts(repo, NoteFilter(document="DT/33")) == ["Brazil supports DT/33"]
    assert "private aside" not in texts(repo, NoteFilter(only_for_feedback=True))
    assert len(texts(repo, NoteFilter(only_for_feedback=True))) == 6
    assert texts(repo, NoteFilter(tag="budget", only_for_feedback=True)) == [
        "Egypt objects to 67(Rev.1)"
    ]
    assert texts(repo, NoteFilter(text="brazil")) == ["Brazil supports DT/33"]
    assert texts(repo, NoteFilter(text="objects", tag="spectrum")) == ["Egypt objects to 67(Rev.1)"]


def test_time_bounds_since_inclusive_until_exclusive_and_the_day_in_a_zone(repo):
    """Catches: ``since`` or ``until`` off by one instant, the tighter of a day and a bound
    not chosen, the day taken in UTC instead of the conference's zone, and the limit."""
    since = T0 + timedelta(minutes=30)
    assert texts(repo, NoteFilter(since=since, until=T0 + timedelta(minutes=60))) == [
        "Egypt objects to 67(Rev.1)"
    ]
    # 30 Nov in Delhi (UTC+5:30) ends at 18:30 UTC.
    day = texts(repo, NoteFilter(day=date(2026, 11, 30)), tz=DELHI)
    assert "late evening in Delhi" in day and "next day in Delhi" not in day
    assert texts(repo, NoteFilter(day=date(2026, 12, 1)), tz=DELHI) == ["next day in Delhi"]
    narrowed = NoteFilter(day=date(2026, 11, 30), since=T0 + timedelta(minutes=61))
    assert texts(repo, narrowed, tz=DELHI) == [
        "tagged spectrumx",
        "cites DT/330",
        "late evening in Delhi",
    ]
    narrowed = NoteFilter(day=date(2026, 11, 30), until=T0 + timedelta(minutes=31))
    assert texts(repo, narrowed, tz=DELHI) == [
        "Brazil supports DT/33",
        "Egypt objects to 67(Rev.1)",
    ]
    assert texts(repo, NoteFilter(), limit=2) == [
        "Brazil supports DT/33",
        "Egypt objects to 67(Rev.1)",
    ]


def test_the_days_with_notes_in_the_conferences_zone(repo):
    """Catches: days counted in UTC (a note at 18:30 UTC is on the next day in Delhi), or
    another conference's days offered."""
    assert repo.days(CONF, UTC) == [date(2026, 11, 30)]
    assert repo.days(CONF, DELHI) == [date(2026, 11, 30), date(2026, 12, 1)]


def test_speakers_most_used_first_and_tags_in_order(repo):
    """Catches: the completion lists unordered, in the wrong order, or of another kind."""
    assert repo.speakers(CONF) == ["India", "Brazil", "egypt"]
    assert repo.tags(CONF) == ["budget", "spectrum", "spectrumx"]


def test_loading_by_rowid_keeps_the_order_asked_and_the_gaps_if_wanted(repo):
    """Catches: notes returned in table order instead of the order asked (the list's pages
    would be shuffled), a missing note dropped when rows must stay aligned, and the chunks
    of 500 (a long list) losing notes."""
    first, second = repo.find_rowids(CONF, NoteFilter(body_id="com5"), UTC)
    assert [n.text for n in repo.by_rowids([second, first])] == [
        "Egypt objects to 67(Rev.1)",
        "Brazil supports DT/33",
    ]
    assert [n and n.text for n in repo.by_rowids([second, 99999, first], keep_missing=True)] == [
        "Egypt objects to 67(Rev.1)",
        None,
        "Brazil supports DT/33",
    ]
    assert len(repo.by_rowids([99999, second])) == 1
    assert repo.by_rowids([]) == []
    many = [*range(100000, 100600), first]  # the note comes in a second chunk
    assert [n.text for n in repo.by_rowids(many)] == ["Brazil supports DT/33"]


def test_loading_a_long_list_by_rowid_misses_no_note_at_a_chunk_edge(repo):
    """Catches: chunks of 500 stepped by 501 (the 501st rowid never asked for) and the
    chunks stopping after the first 500 starts (a note past the 1,000th lost): the notes
    list would show gaps in a long conference."""
    first, second = repo.find_rowids(CONF, NoteFilter(body_id="com5"), UTC)
    many = [*range(100000, 100500), first, *range(100500, 101000), second]
    assert many.index(first) == 500 and many.index(second) == 1001
    assert [n.text for n in repo.by_rowids(many)] == [
        "Brazil supports DT/33",
        "Egypt objects to 67(Rev.1)",
    ]


def test_the_plain_list_with_and_without_deleted_and_conference(repo):
    """Catches: deleted notes in the list (or left out when asked for), and the conference
    filter ignored or made mandatory."""
    assert "Brazil deleted" not in [n.text for n in repo.list(CONF)]
    assert "Brazil deleted" in [n.text for n in repo.list(CONF, include_deleted=True)]
    assert "Brazil elsewhere" not in [n.text for n in repo.list(CONF)]
    assert len(repo.list()) == 8
    assert len(repo.list(None, include_deleted=True)) == 9


def test_a_tag_with_quotes_is_found(repo):
    """Catches: double quotes in a tag not doubled for FTS5 (the search would fail or find
    nothing)."""
    when = T0 + timedelta(minutes=200)
    repo.add(Note("quoted", when, CONF, created=when, updated=when, tags=('say "yes"',)))
    assert texts(repo, NoteFilter(tag='say "yes"')) == ["quoted"]


def test_a_tag_with_an_unbalanced_quote_is_found(repo):
    """Catches: double quotes in a tag not doubled for FTS5: one quote alone (13" screens)
    ends the phrase early and the search fails instead of finding the note."""
    when = T0 + timedelta(minutes=200)
    repo.add(Note("inches", when, CONF, created=when, updated=when, tags=('13" screens',)))
    assert texts(repo, NoteFilter(tag='13" screens')) == ["inches"]


def test_a_search_the_index_cannot_answer_says_what_was_searched(repo):
    """Catches: the search's own words lost from the error (an AttributeError instead of a
    message saying which search failed). The full-text index is really missing here."""
    repo.db.execute("DROP TABLE notes_fts")
    with pytest.raises(StoreError) as caught:
        repo.find_rowids(CONF, NoteFilter(text="brazil"), UTC)
    assert str(caught.value) == "cannot search for 'brazil': no such table: notes_fts"
