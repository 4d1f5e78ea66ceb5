"""store/notes.py, the parts only GUI and CLI tests reached (in processes mutmut cannot see):
re-filing notes under a renamed body, the report's groups and pages, briefings, the sync
ancestry, the cited documents kept per note and the change counter. A real SQLite file;
expected values are written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from support.waiting import wait_for

from observer_app.core.model import Briefing, Note
from observer_app.core.notefilter import NoteFilter
from observer_app.store.db import Database, StoreError
from observer_app.store.notes import NoteRepository

CONF, OTHER = "pp26", "wtdc25"
T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
DELHI = timezone(timedelta(hours=5, minutes=30))


@pytest.fixture
def repo(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield NoteRepository(db)
    db.close()


def add(repo: NoteRepository, text: str, minute: int = 0, conf: str = CONF, **fields) -> Note:
    when = T0 + timedelta(minutes=minute)
    note = Note(text, when, conf, created=when, updated=when, **fields)
    return repo.add(note)


def refuse(repo: NoteRepository, table: str, action: str) -> None:
    """A real SQLite failure for the next write (a full disk or a lock cannot be staged here)."""
    repo.db.execute(
        f"CREATE TRIGGER refuse_{table}_{action.lower()} BEFORE {action} ON {table} "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )


def bodies(repo: NoteRepository) -> dict[str, str | None]:
    return {n.text: n.body_id for n in repo.list(None, include_deleted=True)}


# -- re-filing notes under a renamed body -------------------------------------------------------
def test_notes_filed_under_former_body_ids_move_to_the_new_ids(repo):
    """Catches: another conference's notes moved too, deleted notes left under the old id (an
    undo would bring them back under a body that no longer exists), a rename applied the wrong
    way round, and the count of moved notes wrong."""
    add(repo, "a", body_id="com5-old")
    gone = add(repo, "b deleted", body_id="com5-old")
    repo.delete(gone.id)
    add(repo, "c", body_id="plen-old")
    add(repo, "d", body_id="com4")
    add(repo, "e other conference", conf=OTHER, body_id="com5-old")
    before = {n.id: n.updated for n in repo.list(None, include_deleted=True)}

    moved = repo.refile_bodies(CONF, {"com5-old": "com5", "plen-old": "plen", "nowhere": "x"})

    assert moved == 3
    assert bodies(repo) == {
        "a": "com5",
        "b deleted": "com5",
        "c": "plen",
        "d": "com4",
        "e other conference": "com5-old",
    }
    # Their times stay: a re-filing is not an edit (teammates would see a conflict).
    assert {n.id: n.updated for n in repo.list(None, include_deleted=True)} == before


def test_refiling_with_nothing_to_move_changes_nothing(repo):
    """Catches: an early return that says notes moved, or renames applied without the lookup."""
    add(repo, "a", body_id="com4")
    assert repo.refile_bodies(CONF, {}) == 0
    assert repo.refile_bodies(CONF, {"com5-old": "com5"}) == 0
    assert bodies(repo) == {"a": "com4"}


def test_former_ids_are_looked_up_in_chunks_and_none_is_missed(repo):
    """Catches: a chunk skipped or cut short when a conference has more former ids than one
    query may take (500): the first id, one at a chunk's edge and the last one all move."""
    renames = {f"old-{i:04d}": f"new-{i:04d}" for i in range(1201)}
    for i in (0, 499, 500, 999, 1200):
        add(repo, f"note {i}", body_id=f"old-{i:04d}")

    assert repo.refile_bodies(CONF, renames) == 5
    assert bodies(repo) == {f"note {i}": f"new-{i:04d}" for i in (0, 499, 500, 999, 1200)}


def test_a_refiling_that_fails_says_where_and_moves_nothing(repo):
    """Catches: the failure swallowed (the notes list would show stale bodies) or half done."""
    add(repo, "a", body_id="com5-old")
    add(repo, "b", body_id="plen-old")
    refuse(repo, "notes", "UPDATE")
    with pytest.raises(StoreError) as raised:
        repo.refile_bodies(CONF, {"com5-old": "com5", "plen-old": "plen"})
    assert str(raised.value) == (
        f"could not re-file notes under their body in {repo.db.path}: refused"
    )
    assert bodies(repo) == {"a": "com5-old", "b": "plen-old"}


# -- the report's groups and pages --------------------------------------------------------------
@pytest.fixture
def report_notes(repo):
    """Notes of two bodies and sessions, for feedback or private, by two authors."""
    made = {
        "s1 early": add(repo, "s1 early", 1, body_id="com5", session_id="s1"),
        "s1 late": add(repo, "s1 late", 9, body_id="com5", session_id="s1"),
        "s1 private ana": add(
            repo,
            "s1 private ana",
            5,
            body_id="com5",
            session_id="s1",
            for_feedback=False,
            author=" ana\n",
        ),
        "s1 private bo": add(
            repo,
            "s1 private bo",
            6,
            body_id="com5",
            session_id="s1",
            for_feedback=False,
            author="bo",
        ),
        "com5 no session": add(repo, "com5 no session", 3, body_id="com5"),
        "s2": add(repo, "s2", 4, body_id="com5", session_id="s2"),
        "no body": add(repo, "no body", 2),
        "deleted": add(repo, "deleted", 0, body_id="com5", session_id="s1"),
        "other": add(repo, "other", 0, conf=OTHER, body_id="com5", session_id="s1"),
    }
    repo.delete(made["deleted"].id)
    return {text: repo.rowid(note.id) for text, note in made.items()}


def iso(minute: int) -> str:
    """The stored form of T0 + ``minute`` minutes."""
    return clock_iso(T0 + timedelta(minutes=minute))


def clock_iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_report_groups_count_the_feedback_notes_and_the_owners_private_ones(repo, report_notes):
    """Catches: private notes counted in a shared report, the owner's own private notes left
    out (author compared untrimmed), deleted or other conferences' notes counted, and a wrong
    earliest time (the page a group starts on)."""
    shared = repo.report_groups(CONF, NoteFilter(), UTC, None)
    assert sorted(shared, key=repr) == sorted(
        [
            ("com5", "s1", 2, iso(1)),
            ("com5", None, 1, iso(3)),
            ("com5", "s2", 1, iso(4)),
            (None, None, 1, iso(2)),
        ],
        key=repr,
    )
    mine = repo.report_groups(CONF, NoteFilter(), UTC, frozenset({"ana"}))
    assert ("com5", "s1", 3, iso(1)) in mine and len(mine) == 4
    both = repo.report_groups(CONF, NoteFilter(), UTC, frozenset({"ana", "bo"}))
    assert ("com5", "s1", 4, iso(1)) in both
    only_s2 = repo.report_groups(CONF, NoteFilter(session_id="s2"), UTC, None)
    assert only_s2 == [("com5", "s2", 1, iso(4))]


def test_report_pages_in_time_order_with_offset_and_limit(repo, report_notes):
    """Catches: a page in another order than time, offset and limit swapped or ignored, the
    notes without a session left out of their body's group (or added to every group), the
    body compared with '=' (no match for notes without a body), and private notes included."""
    rowid = report_notes

    def page(group, offset=0, limit=10, owners=None):
        return repo.report_rowids(CONF, NoteFilter(), UTC, owners, group, offset, limit)

    assert page(("com5", ("s1",))) == [rowid["s1 early"], rowid["s1 late"]]
    assert page(("com5", ("s1", None))) == [
        rowid["s1 early"],
        rowid["com5 no session"],
        rowid["s1 late"],
    ]
    assert page(("com5", ("s1", None)), offset=1, limit=1) == [rowid["com5 no session"]]
    assert page(("com5", ("s1", "s2")), offset=2) == [rowid["s1 late"]]
    assert page(("com5", (None,))) == [rowid["com5 no session"]]
    assert page((None, (None,))) == [rowid["no body"]]
    assert page(("com5", ())) == []
    assert page(("com5", ("s1",)), owners=frozenset({"ana"})) == [
        rowid["s1 early"],
        rowid["s1 private ana"],
        rowid["s1 late"],
    ]


def test_report_queries_reject_a_search_fts5_cannot_read_with_the_words_typed(repo):
    """Catches: the search error raised as SQLite's own (a traceback in the window) or without
    the words the user typed."""
    add(repo, "a", body_id="com5", session_id="s1")
    repo.db.execute("DROP TABLE notes_fts")  # any query through the index now fails
    with pytest.raises(StoreError, match="cannot search for 'budget'"):
        repo.report_groups(CONF, NoteFilter(text="budget"), UTC, None)


# -- briefings ---------------------------------------------------------------------------------
def test_briefings_of_a_conference_in_time_order_and_the_last_before_a_moment(repo):
    """Catches: briefings of another conference listed, an order other than time, fields
    swapped when read back, and the last briefing 'before' a moment excluding that moment or
    ignoring it."""
    late = repo.add_briefing(Briefing(CONF, T0 + timedelta(hours=5), "Evening briefing"))
    early = repo.add_briefing(Briefing(CONF, T0, "Morning briefing"))
    repo.add_briefing(Briefing(OTHER, T0 + timedelta(hours=1), "Elsewhere"))

    assert repo.briefings(CONF) == [early, late]
    assert repo.briefings(CONF)[0] == Briefing(CONF, T0, "Morning briefing", early.id)
    assert repo.last_briefing(CONF) == late
    assert repo.last_briefing(CONF, before=T0 + timedelta(hours=5)) == late
    assert repo.last_briefing(CONF, before=T0 + timedelta(hours=4)) == early
    assert repo.last_briefing(CONF, before=T0 - timedelta(seconds=1)) is None
    assert repo.last_briefing("no-such-conference") is None


def test_a_briefing_that_cannot_be_saved_says_so(repo):
    """Catches: the wording of the failure (what could not be saved, and where)."""
    refuse(repo, "briefings", "INSERT")
    with pytest.raises(StoreError) as raised:
        repo.add_briefing(Briefing(CONF, T0, "Morning briefing"))
    assert str(raised.value) == (
        f"could not save the briefing in {repo.db.path}: refused. Nothing was lost: your text "
        "is still in the editor."
    )
    assert repo.briefings(CONF) == []


# -- sync ancestry -----------------------------------------------------------------------------
def test_the_sync_ancestor_is_kept_per_note_and_replaced(repo):
    """Catches: the ancestor not stored, not replaced on the next sync (a conflict on every
    later merge), or read for another note."""
    assert repo.ancestor("n1") is None
    repo.set_ancestor("n1", "hash-1")
    repo.set_ancestor("n2", "hash-2")
    repo.set_ancestor("n1", "hash-3")
    assert repo.ancestor("n1") == "hash-3"
    assert repo.ancestor("n2") == "hash-2"
    refuse(repo, "sync_state", "UPDATE")
    with pytest.raises(StoreError, match="could not record the sync state in"):
        repo.set_ancestor("n1", "hash-4")
    assert repo.ancestor("n1") == "hash-3"


# -- what the notes cite, and the change counter -------------------------------------------------
def test_cited_documents_are_kept_per_note_of_the_conference(repo):
    """Catches: notes citing nothing listed, another conference's notes listed, or the symbols
    not kept (a report would parse every note again, or cite nothing)."""
    citing = add(repo, "Brazil supports DT/33 and 67(Rev.1)")
    add(repo, "nothing cited here")
    add(repo, "DT/40 elsewhere", conf=OTHER)
    assert repo.cited_by_id(CONF) == {citing.id: " DT/33 67(Rev.1) "}


def test_the_change_counter_moves_when_another_connection_commits(repo):
    """Catches: a constant or this connection's own counter (the notes list would not follow
    a note added from the command line)."""
    first = repo.data_version()
    add(repo, "our own note")
    assert repo.data_version() == first  # our own commits are not news
    other = sqlite3.connect(repo.db.path)
    other.execute(
        "INSERT INTO briefings (id, conference_id, utc, title) VALUES ('b', ?, ?, 'x')",
        (CONF, iso(0)),
    )
    other.commit()
    other.close()
    assert repo.data_version() != first


def test_the_draft_writer_writes_to_this_database(repo):
    """Catches: the writer made for another file (the draft would be lost on a crash)."""
    errors: list[str] = []
    writer = repo.draft_writer(errors.append)
    try:
        writer.submit("typed so far", None, "main", None)
        wait_for(lambda: repo.load_draft("main") is not None, timeout=10)
    finally:
        writer.close()
    assert errors == []
    assert repo.load_draft("main") == ("typed so far", None)


def test_saving_an_edit_replaces_every_field(repo):
    """Catches: ``save`` leaving a field of the stored note as it was (an undo or an imported
    edit would half apply)."""
    note = add(repo, "first", body_id="com5", speaker="Brazil", tags=("budget",))
    edited = replace(
        note,
        text="second",
        body_id="plen",
        speaker="Egypt",
        tags=("ai", "budget"),
        stance="against",
        for_feedback=False,
        updated=note.updated + timedelta(minutes=1),
    )
    repo.save(edited)
    assert repo.get(note.id) == edited
    assert repo.count(CONF) == 1


def test_a_note_write_that_fails_says_what_could_not_be_done(repo):
    """Catches: the words of each failure changed or lost (the user is told what failed and
    that the text is still in the editor)."""
    note = add(repo, "first")
    repo.save_draft("kept", None, slot="x")
    for table, action in (
        ("notes", "UPDATE"),
        ("notes", "INSERT"),
        ("drafts", "INSERT"),
        ("drafts", "DELETE"),
    ):
        refuse(repo, table, action)
    for call, what in (
        (lambda: repo.update_text(note.id, "second"), "update the note"),
        (lambda: repo.delete(note.id), "delete the note"),
        (lambda: repo.undelete(note.id), "restore the note"),
        (lambda: repo.add(Note("new", T0, CONF)), "save the note"),
        (lambda: repo.save_draft("typed", None), "save the draft"),
        (lambda: repo.clear_draft("x"), "clear the draft"),
    ):
        with pytest.raises(StoreError) as raised:
            call()
        assert str(raised.value) == (
            f"could not {what} in {repo.db.path}: refused. Nothing was lost: your text is "
            "still in the editor."
        )
    assert repo.get(note.id).text == "first"


def test_a_short_id_with_a_backslash_is_taken_literally(repo):
    """Catches: the backslash (the LIKE escape character) not escaped itself: ``\\a`` would
    then find the notes whose id starts with ``a``."""
    note = add(repo, "a")
    assert repo.ids_starting(note.id[0], CONF) == [note.id]
    assert repo.ids_starting("\\" + note.id[0], CONF) == []


def test_a_report_of_one_day_counts_that_day_in_the_conferences_zone(repo):
    """Catches: the report's groups and pages built without the conference's time zone (a
    report of one day would fail, or count the day in UTC)."""
    add(repo, "before midnight in Delhi", 12 * 60 + 29, body_id="com5", session_id="s1")
    add(repo, "after midnight in Delhi", 12 * 60 + 30, body_id="com5", session_id="s1")
    day = NoteFilter(day=date(2026, 11, 30))
    assert repo.report_groups(CONF, day, DELHI, None) == [("com5", "s1", 1, iso(12 * 60 + 29))]
    rowids = repo.report_rowids(CONF, day, DELHI, None, ("com5", ("s1",)), 0, 10)
    assert [n.text for n in repo.by_rowids(rowids)] == ["before midnight in Delhi"]


def test_a_report_page_with_a_search_fts5_cannot_read_names_the_words(repo):
    """Catches: the filter's words lost on the way to the error (an AttributeError instead of
    the message)."""
    add(repo, "a", body_id="com5", session_id="s1")
    repo.db.execute("DROP TABLE notes_fts")
    with pytest.raises(StoreError, match="cannot search for 'budget'"):
        repo.report_rowids(CONF, NoteFilter(text="budget"), UTC, None, ("com5", ("s1",)), 0, 5)


# -- session 7, part A continued: reading a note back ---------------------------------------------
def test_every_field_of_a_note_comes_back(repo):
    """Catches: the agenda item, the author, the teammate who edited it or the conflict it
    belongs to left out when a row is read back (each would come back empty: a teammate's
    note shown as ours, a conflict copy as a plain note)."""
    note = add(
        repo,
        "Brazil on 67(Rev.1)",
        agenda_item="7.2",
        author="amira@example.org",
        edited_by="li@example.org",
        conflict_of="0123456789abcdef",
    )
    back = repo.get(note.id)
    assert back is not None
    assert (back.agenda_item, back.author, back.edited_by, back.conflict_of) == (
        "7.2",
        "amira@example.org",
        "li@example.org",
        "0123456789abcdef",
    )


def test_list_with_citations_gives_the_live_notes_and_their_symbols(repo):
    """Catches: ``list_with_citations`` (the export's one read) returning deleted notes or
    another conference's, the notes or their symbols left out or emptied, the notes out of
    time order."""
    later = add(repo, "see DT/33 and 67(Rev.1)", minute=5)
    first = add(repo, "no document here", minute=1)
    gone = add(repo, "Document 12 withdrawn", minute=2)
    repo.delete(gone.id)
    add(repo, "Document 40 elsewhere", minute=3, conf=OTHER)

    notes, cited = repo.list_with_citations(CONF)

    assert [n.text for n in notes] == ["no document here", "see DT/33 and 67(Rev.1)"]
    assert [n.id for n in notes] == [first.id, later.id]
    assert cited == {later.id: " DT/33 67(Rev.1) "}


def test_a_time_stored_with_another_offset_reads_back_in_utc(repo):
    """Catches: a stored time with an offset other than Z (a row written before the store
    wrote "Z", or by hand) returned in that offset instead of UTC (the fast path taken for
    every parsed time, or for the wrong ones), or not parsed at all."""
    note = add(repo, "Plenary opens")
    repo.db.execute("UPDATE notes SET utc = '2026-11-30T08:15:00+02:00' WHERE id = ?", (note.id,))
    back = repo.get(note.id)
    assert back is not None
    assert back.utc == datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
    assert back.utc.utcoffset() == timedelta(0)
    assert (back.utc.hour, back.utc.minute) == (6, 15)


def test_a_saved_note_is_found_by_its_non_ascii_tag(repo):
    """Catches: tags stored with \\u escapes (``ensure_ascii`` not False): the full-text index
    reads the stored text, so a filter on the tag "développement" found nothing."""
    when = T0
    note = Note("On the budget", when, CONF, created=when, updated=when, tags=("développement",))
    repo.save(note)
    found = repo.find(CONF, NoteFilter(tag="développement"), UTC)
    assert [n.id for n in found] == [note.id]


def test_a_refused_save_says_what_failed(repo):
    """Catches: the words of a failed save (the operation named in the message) lost."""
    refuse(repo, "notes", "INSERT")
    when = T0
    with pytest.raises(StoreError) as caught:
        repo.save(Note("Lost?", when, CONF, created=when, updated=when))
    assert str(caught.value) == (
        f"could not save the note in {repo.db.path}: refused. Nothing was lost: your text is "
        "still in the editor."
    )
