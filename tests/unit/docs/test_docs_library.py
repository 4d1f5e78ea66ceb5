"""The document library on a real SQLite file: migration, recording, indexing, search with
notes, what's new, revision diffs, offline files (local PDFs: no network needed)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.docserver import make_pdf

from observer_app.core.model import Conference, Document, DocumentFile, NoteStamp
from observer_app.services import documents as docs
from observer_app.store.db import Database
from observer_app.store.documents import DocumentRepository
from observer_app.store.migrations import LATEST, MIGRATIONS
from observer_app.store.notes import NoteRepository

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PDFS = Path(__file__).resolve().parents[2] / "data" / "pdf"


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "p.sqlite3", tmp_path / "backups").open()
    yield database
    database.close()


def pdf(tmp_path: Path, name: str, pages: list[str]) -> DocumentFile:
    path = tmp_path / name
    path.write_bytes(make_pdf(pages))
    return DocumentFile("en", path.as_uri())


def conference(*documents: Document, cid: str = "pp26") -> Conference:
    return Conference(cid, "PP-26", "Asia/Seoul", documents=documents)


def test_migration_from_schema_3_keeps_notes_and_adds_the_library(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, tmp_path / "b", migrations=MIGRATIONS[:3]).open()
    assert old.user_version == 3
    # Written as schema 3 knew notes (today's repository writes columns added later).
    with old.transaction() as conn:
        conn.execute(
            "INSERT INTO notes (id, conference_id, utc, text, created, updated)"
            " VALUES ('n1', 'pp26', ?, 'spectrum for satellites', ?, ?)",
            (T0.isoformat(), T0.isoformat(), T0.isoformat()),
        )
    old.close()
    db = Database(path, tmp_path / "b").open()
    assert db.user_version == LATEST >= 4
    assert [n.text for n in NoteRepository(db).list("pp26")] == ["spectrum for satellites"]
    assert len(list((tmp_path / "b").glob("*v3-to-v*.sqlite3"))) == 1
    repo = DocumentRepository(db)
    repo.record("pp26", [Document("67", "Proposals")], T0)
    repo.replace_pages("pp26", "67", "en", None, [])  # no such file row yet: harmless
    assert [d.symbol for d in repo.documents("pp26")] == ["67"]
    hits = docs.search(repo, "pp26", "satellites")
    assert [(h.kind, h.snippet) for h in hits] == [("note", "spectrum for [satellites]")]
    db.close()


def test_record_keeps_first_seen_and_groups_under_the_base(db):
    repo = DocumentRepository(db)
    assert repo.record("pp26", [Document("67", "A"), Document("DT/33", "B")], T0) == ["67", "DT/33"]
    later = T0 + timedelta(hours=5)
    assert repo.record(
        "pp26", [Document("67", "A, corrected title"), Document("67(Add.2)(Rev.1)", "C")], later
    ) == ["67(Add.2)(Rev.1)"]
    record = repo.document("pp26", "67")
    assert (record.title, record.first_seen, record.last_seen) == ("A, corrected title", T0, later)
    assert [d.symbol for d in repo.group("pp26", "67")] == ["67", "67(Add.2)(Rev.1)"]
    assert repo.documents("other") == []


def test_whats_new_since_the_last_look(db):
    repo = DocumentRepository(db)
    repo.record("pp26", [Document("67", "A"), Document("DT/33", "B")], T0)
    assert {n.symbol for n in docs.whats_new(repo, "pp26")} == {
        "67",
        "DT/33",
    }  # never looked: all new
    docs.whats_new(repo, "pp26", mark=True, now=T0 + timedelta(minutes=1))
    assert docs.whats_new(repo, "pp26") == []
    repo.record(
        "pp26",
        [
            Document("67", "A"),
            Document("DT/33", "B"),
            Document("67(Rev.1)", "A rev"),
            Document("67(Add.2)", "A add"),
            Document("67(Corr.1)", "corr"),
            Document("84", "D"),
        ],
        T0 + timedelta(hours=1),
    )
    found = docs.whats_new(repo, "pp26")
    assert sorted((n.symbol, n.kind) for n in found) == [
        ("67(Add.2)", "addendum"),
        ("67(Corr.1)", "corrigendum"),
        ("67(Rev.1)", "revision"),
        ("84", "document"),
    ]
    assert docs.whats_new(repo, "other-conference") == []
    docs.mark_looked(repo, "pp26", now=T0 + timedelta(hours=2))
    assert docs.whats_new(repo, "pp26") == []


def test_fetch_indexes_local_files_and_reindexes_when_they_change(db, tmp_path):
    repo = DocumentRepository(db)
    f67 = pdf(tmp_path, "67.pdf", ["Satellite orbits and spectrum", "Budget of the Union"])
    conf = conference(Document("67", "Proposals", body_id="com5", files=(f67,)))
    summary = docs.fetch_documents(conf, repo, tmp_path / "cache")
    assert [(o.status, o.pages) for o in summary.outcomes] == [("local", 2)]
    assert [h.page for h in docs.search(repo, "pp26", "budget")] == [2]
    again = docs.fetch_documents(conf, repo, tmp_path / "cache")
    assert [(o.status, o.pages) for o in again.outcomes] == [
        ("local", None)
    ]  # same checksum: not re-read
    Path(f67.url.removeprefix("file://")).write_bytes(make_pdf(["Cybersecurity only"]))
    changed = docs.fetch_documents(conf, repo, tmp_path / "cache")
    assert [(o.status, o.pages) for o in changed.outcomes] == [("local", 1)]
    assert docs.search(repo, "pp26", "budget") == []  # stale pages are gone
    assert [(h.ref, h.page) for h in docs.search(repo, "pp26", "cybersecurity")] == [("67", 1)]
    assert repo.page_count("pp26") == 1
    assert not (tmp_path / "cache").exists() or not any(
        (tmp_path / "cache").rglob("*.pdf")
    )  # read in place


def test_search_ranks_pages_and_notes_together_with_snippets(db, tmp_path):
    repo, notes = DocumentRepository(db), NoteRepository(db)
    conf = conference(
        Document(
            "67",
            "Proposals",
            files=(
                pdf(
                    tmp_path,
                    "a.pdf",
                    [
                        "Opening remarks of the chair",
                        "spectrum spectrum spectrum: the spectrum plan for satellites",
                    ],
                ),
            ),
        ),
        Document(
            "DT/33",
            "Draft",
            files=(
                pdf(
                    tmp_path,
                    "b.pdf",
                    ["A long page " + "about other matters " * 40 + "and spectrum once"],
                ),
            ),
        ),
    )
    docs.fetch_documents(conf, repo, tmp_path / "cache")
    notes.add(NoteStamp(T0).note("Brazil: spectrum for rural areas", "pp26"))
    deleted = notes.add(NoteStamp(T0).note("spectrum note that was deleted", "pp26"))
    notes.delete(deleted.id)
    notes.add(NoteStamp(T0).note("spectrum in another conference", "other"))
    hits = docs.search(repo, "pp26", "spectrum")
    assert [(h.kind, h.ref, h.page) for h in hits][0] == ("document", "67", 2)
    note_ids = {
        n.id for n in notes.list("pp26")
    }  # the deleted note and the other conference's are left out
    assert sorted(h.ref if h.kind == "document" else "note" for h in hits) == [
        "67",
        "DT/33",
        "note",
    ]
    assert all(h.ref in note_ids for h in hits if h.kind == "note")
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    assert (
        hits[0].snippet.startswith("[spectrum] [spectrum] [spectrum]")
        and hits[0].title == "Proposals"
    )
    note_hit = next(h for h in hits if h.kind == "note")
    assert note_hit.snippet == "Brazil: [spectrum] for rural areas" and note_hit.page is None
    long_hit = next(h for h in hits if h.ref == "DT/33")
    assert long_hit.snippet.startswith("…") and "[spectrum]" in long_hit.snippet
    assert len(docs.search(repo, "pp26", "spectrum", limit=2)) == 2
    assert docs.search(repo, "pp26", "spectr")[0].ref == "67"  # the last word is a prefix
    assert docs.search(repo, "pp26", "") == [] and docs.search(repo, "pp26", 'AND OR "*') == []
    assert [h.snippet for h in docs.search(repo, "pp26", "satellites", marks=("<b>", "</b>"))] == [
        "spectrum spectrum spectrum: the spectrum plan for <b>satellites</b>"
    ]


def test_revision_diff_against_the_version_before(db, tmp_path):
    repo = DocumentRepository(db)
    conf = conference(
        Document(
            "DT/33",
            "Draft",
            files=(
                pdf(
                    tmp_path, "33.pdf", ["1 Several delegations supported.", "2 The group agreed."]
                ),
            ),
        ),
        Document(
            "DT/33(Rev.2)",
            "Draft",
            files=(
                pdf(
                    tmp_path,
                    "33r2.pdf",
                    ["1 Many delegations supported.", "2 The group agreed.", "3 New paragraph."],
                ),
            ),
        ),
        Document("DT/33(Add.1)", "Annex", files=(pdf(tmp_path, "33a1.pdf", ["annex"]),)),
    )
    docs.fetch_documents(conf, repo, tmp_path / "cache")
    result = docs.diff_revision(repo, "pp26", "DT/33 rev 2")
    assert (result.symbol, result.previous, result.language, result.problem) == (
        "DT/33(Rev.2)",
        "DT/33",
        "en",
        "",
    )
    lines = result.diff.splitlines()
    assert lines[:2] == ["--- DT/33 (en)", "+++ DT/33(Rev.2) (en)"]
    assert (
        "-1 Several delegations supported." in lines and "+1 Many delegations supported." in lines
    )
    assert "+3 New paragraph." in lines and " 2 The group agreed." in lines
    assert "is not a revision" in docs.diff_revision(repo, "pp26", "DT/33(Add.1)").problem
    assert "not a document symbol" in docs.diff_revision(repo, "pp26", "hello").problem
    assert "no earlier version" in docs.diff_revision(repo, "pp26", "67(Rev.1)").problem
    assert (
        "not in the library"
        in docs.diff_revision(repo, "pp26", "DT/33(Rev.2)", language="fr").problem
    )


def test_encrypted_and_missing_files_are_reported_not_raised(db, tmp_path):
    repo = DocumentRepository(db)
    locked = DocumentFile("en", (PDFS / "pypdf_encryption_r6-user-password.pdf").as_uri())
    gone = DocumentFile("fr", (tmp_path / "gone.pdf").as_uri())
    summary = docs.fetch_documents(
        conference(Document("84", "Locked", files=(locked, gone))), repo, tmp_path / "c"
    )
    by_lang = {o.language: o for o in summary.outcomes}
    assert (
        by_lang["en"].status == "local" and "protected by a password" in by_lang["en"].text_problem
    )
    assert by_lang["fr"].status == "failed" and "does not exist" in by_lang["fr"].reason
    assert not summary.ok and [o.language for o in summary.failed] == ["fr"]
    assert docs.available_offline(repo, "pp26") == {"84": ["en"]}
    again = docs.fetch_documents(
        conference(Document("84", "Locked", files=(locked,))), repo, tmp_path / "c"
    )
    assert (
        again.outcomes[0].pages is None and "password" in again.outcomes[0].text_problem
    )  # not re-read


def test_offline_files_and_preferred_language(db, tmp_path):
    repo = DocumentRepository(db)
    en, fr = (
        pdf(tmp_path, "en.pdf", ["English"]),
        replace(pdf(tmp_path, "fr.pdf", ["Français"]), language="fr"),
    )
    docs.fetch_documents(
        conference(Document("67", "A", files=(en, fr))),
        repo,
        tmp_path / "c",
        docs.FetchScope(languages=("fr",)),
    )
    assert docs.available_offline(repo, "pp26") == {"67": ["en", "fr"]}
    assert docs.local_file(repo, "pp26", "67", ("fr", "en")).language == "fr"
    assert docs.local_file(repo, "pp26", "67", ("es",)).language in ("en", "fr")
    (tmp_path / "fr.pdf").unlink()
    assert docs.available_offline(repo, "pp26") == {"67": ["en"]}
    assert docs.local_file(repo, "pp26", "DT/1") is None


def test_fts_query_errors_become_store_errors(db):
    from observer_app.store.db import StoreError

    repo = DocumentRepository(db)
    with pytest.raises(StoreError, match="cannot search"):
        repo.search("pp26", '"unbalanced', 5)
    assert isinstance(db.conn, sqlite3.Connection)


def test_a_cancel_while_indexing_leaves_the_text_for_the_next_fetch(db, tmp_path):
    """Cancelled between pages: the file is kept, its text not indexed and said so (not as a
    problem of the file), and the next fetch reads it."""
    import threading

    repo = DocumentRepository(db)
    conf = conference(
        Document("67", "Proposals", files=(pdf(tmp_path, "67.pdf", ["alpha", "bravo"]),))
    )
    stop = threading.Event()

    def stop_once_indexing(progress: docs.FetchProgress) -> None:
        if progress.phase is docs.FetchPhase.INDEX:
            stop.set()

    first = docs.fetch_documents(
        conf, repo, tmp_path / "c", progress=stop_once_indexing, cancel=stop
    )
    (outcome,) = first.outcomes
    assert (outcome.status, outcome.pages, outcome.text_problem) == (
        "local",
        None,
        "text not indexed (cancelled)",
    )
    assert docs.search(repo, "pp26", "bravo") == []
    again = docs.fetch_documents(conf, repo, tmp_path / "c")
    assert (again.outcomes[0].pages, again.outcomes[0].text_problem) == (2, "")
    assert [h.ref for h in docs.search(repo, "pp26", "bravo")] == ["67"]
