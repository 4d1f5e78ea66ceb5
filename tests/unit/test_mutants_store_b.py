"""store/ part B (backup.py, outbox.py, documents.py, transcripts.py): what the mutation run
showed no test would notice. Real SQLite files; expected values written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.damage import damage_page, pages_of

from observer_app.core.model import Document, DocumentFile, Note
from observer_app.core.transcript import TranscriptLine
from observer_app.store.backup import RollingBackups, backups_newest_first, check
from observer_app.store.db import DamagedError, Database, StoreError
from observer_app.store.documents import DocumentRepository, DownloadedCopy
from observer_app.store.notes import NoteRepository
from observer_app.store.outbox import OutboxRepository, OutboxState, OutgoingReport
from observer_app.store.transcripts import TranscriptRepository

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _damaged_profile(folder: Path) -> Path:
    """A closed database whose second page of notes is junk."""
    path = folder / "observer.sqlite3"
    database = Database(path, folder / "backups").open()
    notes = NoteRepository(database)
    for i in range(40):
        notes.add(Note(f"note {i} " + "x" * 300, NOW, "pp26"))
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    damage_page(path, pages_of(path, "notes")[1])
    return path


# -- backup.py ---------------------------------------------------------------------------------


def test_the_backup_at_exit_reports_damage_as_damage(tmp_path):
    """Catches (a real bug, fixed): the backup of a closed file (``for_path``, run at every
    command's exit) met damage and raised AttributeError (no ``db``) instead of DamagedError,
    so the exit's log said "'RollingBackups' object has no attribute 'db'"."""
    path = _damaged_profile(tmp_path)
    with pytest.raises(DamagedError) as raised:
        RollingBackups.for_path(path, tmp_path / "backups").maybe_backup(NOW, force=True)
    assert raised.value.path == path
    assert list((tmp_path / "backups").glob("rolling-*")) == []


def _note_and_backup(backups: RollingBackups, db: Database, text: str, when: datetime):
    NoteRepository(db).add(Note(text, NOW, "pp26"))
    return backups.maybe_backup(when)


def test_by_default_a_changed_profile_is_backed_up_once_an_hour(tmp_path):
    """Catches: the default interval (one hour) changed, for the window's timer and for the
    backup at exit alike."""
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    try:
        for backups in (
            RollingBackups(db, db.backup_dir),
            RollingBackups.for_path(db.path, db.backup_dir),
        ):
            start = NOW if backups.db is not None else NOW + timedelta(days=1)
            assert _note_and_backup(backups, db, "a", start) is not None
            assert _note_and_backup(backups, db, "b", start + timedelta(minutes=59)) is None
            assert _note_and_backup(backups, db, "c", start + timedelta(hours=1)) is not None
    finally:
        db.close()


def test_the_first_backup_makes_its_folder_even_two_levels_deep(tmp_path):
    """Catches: the backup folder made without its parents (a profile whose data folder was
    moved or cleaned would never be backed up again)."""
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    try:
        folder = tmp_path / "gone" / "backups"
        made = RollingBackups(db, folder).maybe_backup(NOW)
        assert made is not None and made.parent == folder and check(made) is None
    finally:
        db.close()


def test_an_error_that_is_not_damage_is_raised_as_it_is(tmp_path):
    """Catches: the damage test inverted (a file that cannot be opened reported as damaged:
    the window would offer to recover a sound profile)."""
    missing = tmp_path / "no such folder" / "observer.sqlite3"
    with pytest.raises(sqlite3.OperationalError, match="unable to open database file"):
        RollingBackups.for_path(missing, tmp_path / "backups").maybe_backup(NOW)


def test_damage_raised_while_backing_up_carries_sqlites_words(tmp_path):
    """Catches: the DamagedError raised without SQLite's description of the damage (the
    recovery dialog and the log say what is wrong from it)."""
    path = _damaged_profile(tmp_path)
    with pytest.raises(DamagedError) as raised:
        RollingBackups.for_path(path, tmp_path / "backups").maybe_backup(NOW, force=True)
    assert raised.value.problem == "database disk image is malformed"


def test_backups_with_names_that_are_not_times_are_skipped_not_the_rest(tmp_path):
    """Catches: the listing stopping at the first name that is not a time (``break`` for
    ``continue``): the backups after it in the folder's order would be neither restored nor
    thinned."""
    folder = tmp_path / "backups"
    folder.mkdir()
    expected = []
    for hours in range(12):
        when = NOW - timedelta(hours=hours)
        (folder / f"rolling-{when:%Y%m%dT%H%M%SZ}-f.sqlite3").write_bytes(b"")
        expected.append(when)
        (folder / f"rolling-copy {hours} of a backup.sqlite3").write_bytes(b"")
    assert [when for when, _path in backups_newest_first(folder)] == expected


def test_a_copy_cut_short_is_cleared_after_exactly_an_hour(tmp_path):
    """Catches: the hour a half-written copy is kept, moved by a second or compared with
    ``<=`` (a copy another process is still writing could be removed under it)."""
    folder = tmp_path / "backups"
    folder.mkdir()
    kept, removed = folder / "rolling-a.1-2.tmp", folder / "rolling-b.1-2.tmp"
    for path, age in ((kept, 3600), (removed, 3601)):
        path.write_bytes(b"half a copy")
        os.utime(path, (NOW.timestamp() - age, NOW.timestamp() - age))
    assert RollingBackups.for_path(tmp_path / "x.sqlite3", folder).thin(NOW) == [removed]
    assert kept.exists()


# -- documents.py ------------------------------------------------------------------------------


@pytest.fixture
def library(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    repo = DocumentRepository(db)
    repo.record("pp26", [Document("DT/33", "t", files=(DocumentFile("en", "https://a/en"),))], NOW)
    yield repo
    db.close()


def _refuse(db: Database, action: str, table: str) -> None:
    """A trigger that makes every ``action`` on ``table`` fail (a write the disk refuses)."""
    db.execute(
        f"CREATE TRIGGER refuse_{action.lower()}_{table} BEFORE {action} ON {table} "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )


def test_each_library_write_that_fails_says_which(library, tmp_path):
    """Catches: the words of a failed write changed or lost (a download, the validators after
    a 304, a file's problem, the page text, the last look): the user is told which failed."""
    copy = DownloadedCopy(tmp_path / "x.pdf", 3, "abc")
    writes = [
        ("UPDATE", "document_files", "record the download",
         lambda: library.set_downloaded("pp26", "DT/33", "en", copy, NOW)),
        ("UPDATE", "document_files", "record the validators",
         lambda: library.set_validators("pp26", "DT/33", "en", '"v2"', None)),
        ("UPDATE", "document_files", "record the problem",
         lambda: library.set_problem("pp26", "DT/33", "en", "404")),
        ("INSERT", "document_pages", "index the document text",
         lambda: library.replace_pages("pp26", "DT/33", "en", "sha", ["page one"])),
        ("INSERT", "document_looks", "remember when you looked",
         lambda: library.mark_looked("pp26", NOW)),
    ]  # fmt: skip
    for action, table, what, write in writes:
        _refuse(library.db, action, table)
        with pytest.raises(StoreError) as raised:
            write()
        assert str(raised.value) == f"could not {what} in {library.db.path}: refused"
        library.db.execute(f"DROP TRIGGER refuse_{action.lower()}_{table}")


# -- transcripts.py ----------------------------------------------------------------------------


@pytest.fixture
def transcripts(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield TranscriptRepository(db)
    db.close()


def _said(text: str, second: int, session: str = "s1") -> TranscriptLine:
    start = NOW + timedelta(seconds=second)
    return TranscriptLine("pp26", session, second * 1000, second * 1000 + 900, start, text)


def test_a_transcript_search_gives_fifty_lines_unless_told(transcripts):
    """Catches: the default number of lines a search gives changed from 50 (the panel shows
    what it gets: a long day's transcript would flood it)."""
    transcripts.add([_said(f"spectrum, point {i}", i) for i in range(60)])
    assert len(transcripts.search("pp26", '"spectrum"')) == 50
    assert len(transcripts.search("pp26", '"spectrum"', limit=55)) == 55


# -- outbox.py ---------------------------------------------------------------------------------


@pytest.fixture
def outbox(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield OutboxRepository(db)
    db.close()


def _report(subject: str, key: str = "") -> OutgoingReport:
    return OutgoingReport(
        "pp26", "email", "secretariat@example.org", subject, b"body", idempotency_key=key
    )


def test_a_reports_key_is_the_one_given_or_a_new_one_each(outbox):
    """Catches: the caller's idempotency key replaced (a re-queued report would arrive twice)
    or no key made when none is given (the second report refused: the key is unique)."""
    given = outbox.enqueue(_report("given", key="feedback-pp26-0007"), NOW)
    made = [outbox.enqueue(_report(f"made {i}"), NOW) for i in range(2)]
    assert given.idempotency_key == "feedback-pp26-0007"
    assert all(len(m.idempotency_key) == 36 for m in made)  # a UUID, as the receivers log it
    assert made[0].idempotency_key != made[1].idempotency_key


def test_an_unknown_channel_is_named_in_the_refusal(outbox):
    """Catches: the refusal of a channel the app does not have losing the channel's name."""
    with pytest.raises(ValueError) as raised:
        outbox.enqueue(OutgoingReport("pp26", "fax", "x", "s", b""), NOW)
    assert str(raised.value) == "unknown channel 'fax'"
    assert outbox.list_pending() == []


def test_claiming_failing_and_queueing_that_fail_say_which(outbox):
    """Catches: the words of a failed claim, a failed 'needs your attention' or a report that
    could not be queued changed or lost (the report is kept; the user is told which step)."""
    waiting = outbox.enqueue(_report("waiting"), NOW).id
    _refuse(outbox.db, "UPDATE", "outbox")
    for call, what in (
        (lambda: outbox.claim(waiting, NOW, timedelta(minutes=5)), "mark the report as being sent"),
        (lambda: outbox.mark_failed(waiting, "550"), "record the failed report"),
    ):
        with pytest.raises(StoreError) as raised:
            call()
        assert str(raised.value) == f"could not {what} in {outbox.db.path}: refused"
    _refuse(outbox.db, "INSERT", "outbox")
    with pytest.raises(StoreError) as raised:
        outbox.enqueue(_report("new"), NOW)
    assert str(raised.value) == (
        f"could not put the report in the outbox in {outbox.db.path}: refused"
    )
    assert [i.subject for i in outbox.list_pending()] == ["waiting"]


def test_a_sent_report_cannot_be_marked_failed(outbox):
    """Catches: 'needs your attention' written over a report already sent (the user would send
    it again: a duplicate) or a failure not recorded for a report being sent."""
    sent = outbox.enqueue(_report("sent"), NOW).id
    outbox.claim(sent, NOW, timedelta(minutes=5))
    outbox.mark_sent(sent, NOW, "250 ok")
    outbox.mark_failed(sent, "late refusal", "550")
    busy = outbox.enqueue(_report("busy"), NOW).id
    outbox.claim(busy, NOW, timedelta(minutes=5))
    outbox.mark_failed(busy, "refused", "550 no such user")
    got = {i.subject: (i.state, i.last_error, i.receiver_answer) for i in outbox.list_sent()}
    got.update(
        {i.subject: (i.state, i.last_error, i.receiver_answer) for i in outbox.list_failed()}
    )
    assert got == {
        "sent": (OutboxState.SENT, "", "250 ok"),
        "busy": (OutboxState.FAILED, "refused", "550 no such user"),
    }


def test_the_sent_and_failed_lists_keep_to_their_conference(outbox):
    """Catches: the Sent or the Failed list of one conference showing another's reports."""
    for conference in ("pp26", "wtdc25"):
        sent = outbox.enqueue(OutgoingReport(conference, "http", "https://r/in", "s", b"{}"), NOW)
        outbox.claim(sent.id, NOW, timedelta(minutes=5))
        outbox.mark_sent(sent.id, NOW, "HTTP 201")
        failed = outbox.enqueue(OutgoingReport(conference, "http", "https://r/in", "f", b"{}"), NOW)
        outbox.cancel(failed.id)
    assert [i.conference_id for i in outbox.list_sent("wtdc25")] == ["wtdc25"]
    assert [i.conference_id for i in outbox.list_failed("pp26")] == ["pp26"]
    assert len(outbox.list_sent()) == len(outbox.list_failed()) == 2


_THIRTY = " ".join(f"w{i}" for i in range(1, 31))


def _one_long_page_and_a_note(library: DocumentRepository) -> None:
    """DT/33's only page: thirty words, "spectrum", the same thirty words; and one note."""
    library.replace_pages("pp26", "DT/33", "en", "sha", [f"{_THIRTY} spectrum {_THIRTY}"])
    NoteRepository(library.db).add(Note("Brazil on spectrum for rural areas", NOW, "pp26"))


def test_a_search_snippet_is_twelve_words_around_the_match_by_default(library):
    """Catches: the default snippet changed (the service passes only the marks): its length
    (12 words: five before the match, six after), its ellipsis or its marks."""
    _one_long_page_and_a_note(library)
    hits = {h.kind: h for h in library.search("pp26", "spectrum")}
    assert hits["document"].snippet == "…w26 w27 w28 w29 w30 [spectrum] w1 w2 w3 w4 w5 w6…"
    assert (hits["document"].ref, hits["document"].page) == ("DT/33", 1)
    assert hits["note"].snippet == "Brazil on [spectrum] for rural areas"


def test_a_snippet_made_later_is_the_one_search_would_have_made(library):
    """Catches: ``snippet_of`` for a note hit (or a page hit) with other defaults, the note's
    snippet looked up as a page, and a hit whose page is gone not answered with ''."""
    _one_long_page_and_a_note(library)
    bare = {h.kind: h for h in library.search("pp26", "spectrum", snippets=0)}
    assert [h.snippet for h in bare.values()] == ["", ""]
    assert library.snippet_of("pp26", bare["document"], "spectrum") == (
        "…w26 w27 w28 w29 w30 [spectrum] w1 w2 w3 w4 w5 w6…"
    )
    assert library.snippet_of("pp26", bare["note"], "spectrum") == (
        "Brazil on [spectrum] for rural areas"
    )
    library.replace_pages("pp26", "DT/33", "en", "sha-2", ["no longer on this page"])
    assert library.snippet_of("pp26", bare["document"], "spectrum") == ""


def test_search_gives_fifty_hits_unless_told_and_one_when_asked(library):
    """Catches: the default number of hits changed from 50, and a limit of 1 taken as none."""
    library.replace_pages("pp26", "DT/33", "en", "sha", [f"spectrum {i}" for i in range(60)])
    assert len(library.search("pp26", "spectrum")) == 50
    assert len(library.search("pp26", "spectrum", limit=1)) == 1
    assert len(library.search("pp26", "spectrum", limit=55, snippets=-1)) == 55


def test_a_retry_or_failure_without_an_answer_records_none(outbox):
    """Catches: the default receiver's answer of a retry or a failure not empty (the Outbox
    dialog would show an answer no receiver gave, or keep the previous attempt's)."""
    item = outbox.enqueue(_report("r"), NOW).id
    outbox.claim(item, NOW, timedelta(minutes=5))
    outbox.mark_retry(item, NOW, "451 try later", "451 greylisted")
    outbox.claim(item, NOW, timedelta(minutes=5))
    outbox.mark_retry(item, NOW, "cannot connect")
    retried = outbox.get(item)
    assert retried is not None and retried.receiver_answer == ""
    outbox.claim(item, NOW, timedelta(minutes=5))
    outbox.mark_failed(item, "certificate not trusted")
    failed = outbox.get(item)
    assert failed is not None
    assert (failed.state, failed.last_error, failed.receiver_answer) == (
        OutboxState.FAILED,
        "certificate not trusted",
        "",
    )


def test_a_queued_report_reads_back_field_by_field(outbox):
    """Catches: a field of a stored report read back as None or as another field (the
    conference, the channel, the destination, the key a receiver drops repeats by)."""
    report = OutgoingReport(
        "wtdc25",
        "http",
        "https://receiver.example/in",
        "Feedback on DT/33",
        b"{}",
        message_id="<m@example.org>",
        idempotency_key="feedback-wtdc25-0001",
    )
    queued = outbox.enqueue(report, NOW)
    again = outbox.get(queued.id)
    assert again is not None
    assert (
        again.conference_id,
        again.channel,
        again.destination,
        again.subject,
        again.idempotency_key,
        again.message_id,
    ) == (
        "wtdc25",
        "http",
        "https://receiver.example/in",
        "Feedback on DT/33",
        "feedback-wtdc25-0001",
        "<m@example.org>",
    )
    assert outbox.get("no-such-id") is None


def test_a_report_being_sent_is_listed_with_the_waiting_ones(outbox):
    """Catches: a report being sent right now missing from the pending list (the dialog would
    show it nowhere while it goes out)."""
    busy = outbox.enqueue(_report("busy"), NOW).id
    outbox.claim(busy, NOW, timedelta(minutes=5))
    outbox.enqueue(_report("waiting"), NOW + timedelta(minutes=1))
    listed = [(i.subject, i.state) for i in outbox.list_pending("pp26")]
    assert listed == [("busy", OutboxState.SENDING), ("waiting", OutboxState.PENDING)]


def test_one_file_of_a_document_reads_back_or_none(library, tmp_path):
    """Catches: a file record without its conference, and a language the document does not
    have answered with something else than None."""
    library.set_downloaded(
        "pp26", "DT/33", "en", DownloadedCopy(tmp_path / "DT-33.pdf", 10, "sha"), NOW
    )
    en = library.file("pp26", "DT/33", "en")
    assert en is not None
    assert (en.conference_id, en.symbol, en.language, en.url, en.local_path, en.downloaded_at) == (
        "pp26",
        "DT/33",
        "en",
        "https://a/en",
        tmp_path / "DT-33.pdf",
        NOW,
    )
    assert library.file("pp26", "DT/33", "fr") is None
    assert library.file("wtdc25", "DT/33", "en") is None


def test_a_queued_report_comes_back_with_what_it_carries(outbox):
    """Catches: ``enqueue`` answering without the payload and attachments it stored (a caller
    that sends at once would send an empty report)."""
    report = OutgoingReport(
        "pp26",
        "email",
        "secretariat@example.org",
        "Feedback",
        b"Dear secretariat,",
        (("report.md", "text/markdown", b"# Report"), ("report.pdf", "application/pdf", b"%PDF")),
    )
    queued = outbox.enqueue(report, NOW)
    assert queued.payload == b"Dear secretariat,"
    assert queued.attachments == [
        ("report.md", "text/markdown", b"# Report"),
        ("report.pdf", "application/pdf", b"%PDF"),
    ]


def test_one_backup_is_kept_per_day_whatever_its_minute(tmp_path):
    """Catches: the day's slot named with the minute in it (``%M`` for ``%m``): every backup
    older than a day would be kept, at whatever minute it was made, and the folder would grow
    for a month."""
    folder = tmp_path / "backups"
    folder.mkdir()
    made = [NOW - timedelta(days=2, hours=h, minutes=m) for h, m in ((3, 45), (2, 15), (1, 30))]
    for when in made:
        (folder / f"rolling-{when:%Y%m%dT%H%M%SZ}-0123456789abcdef.sqlite3").write_bytes(b"")
    RollingBackups.for_path(tmp_path / "x.sqlite3", folder).thin(NOW)
    assert [when for when, _path in backups_newest_first(folder)] == [made[2]]


def test_text_indexed_again_without_a_problem_clears_the_old_one(library):
    """Catches: the default problem of ``replace_pages`` not empty (a file read well after a
    bad scan would keep saying 'partly scanned' in the Documents panel)."""
    library.replace_pages("pp26", "DT/33", "en", "sha-1", ["first"], "partly scanned")
    library.replace_pages("pp26", "DT/33", "en", "sha-2", ["first", "second"])
    en = library.file("pp26", "DT/33", "en")
    assert en is not None and (en.indexed_sha256, en.problem) == ("sha-2", "")


def test_a_backup_without_a_time_is_named_by_the_clock_in_utc(tmp_path):
    """Catches: the clock read without its time zone when no time is given (the window's
    timer gives none): a naive time cannot be compared with the backups' UTC times."""
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    try:
        NoteRepository(db).add(Note("a", NOW, "pp26"))
        before = datetime.now(UTC).replace(microsecond=0)
        made = RollingBackups(db, db.backup_dir).maybe_backup(force=True)
        after = datetime.now(UTC)
        assert made is not None
        ((when, path),) = backups_newest_first(db.backup_dir)
        assert path == made and before <= when <= after
    finally:
        db.close()
