"""store/documents.py: the library's records field by field, what a new URL forgets, the
orders the Documents panel shows, page text and "what's new". A real SQLite file; expected
values written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from observer_app.core.model import Document, DocumentFile
from observer_app.store.db import Database, StoreError
from observer_app.store.documents import DocumentRecord, DocumentRepository, DownloadedCopy

CONF, OTHER = "pp26", "wtdc25"
T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
T1 = T0 + timedelta(hours=1)


@pytest.fixture
def repo(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield DocumentRepository(db)
    db.close()


def doc(symbol: str, title: str = "t", body: str | None = "com5", *urls: str) -> Document:
    files = tuple(DocumentFile(lang, url) for lang, url in zip(("en", "fr"), urls, strict=False))
    return Document(symbol, title, "itu.int", date(2026, 11, 2), body, files)


def test_a_record_keeps_every_field_first_and_last_seen(repo):
    """Catches: a field dropped or swapped, first_seen moved by a later feed (every document
    would look new), last_seen not moved, and the new symbols said wrongly."""
    assert repo.record(CONF, [doc("67(Rev.1)", "Proposals")], T0) == ["67(Rev.1)"]
    assert repo.record(
        CONF, [doc("67(Rev.1)", "Proposals, revised", "plen"), doc("DT/33")], T1
    ) == ["DT/33"]
    assert repo.document(CONF, "67(Rev.1)") == DocumentRecord(
        CONF, "67(Rev.1)", "67", "Proposals, revised", "itu.int", date(2026, 11, 2), "plen", T0, T1
    )
    repo.record(CONF, [Document("DT/40", "no date")], T1)
    assert repo.document(CONF, "DT/40").date is None
    assert repo.document(OTHER, "DT/33") is None


def test_a_new_url_forgets_the_validators_the_same_url_keeps_them(repo, tmp_path):
    """Catches: an ETag of the old address sent to the new one (a 304 for the wrong file)
    or validators dropped when nothing changed (every check downloads again)."""
    repo.record(CONF, [doc("DT/33", "t", "com5", "https://a/en", "https://a/fr")], T0)
    copy = DownloadedCopy(tmp_path / "x.pdf", 3, "abc", '"v1"', "Mon, 30 Nov 2026")
    for language in ("en", "fr"):
        repo.set_downloaded(CONF, "DT/33", language, copy, T0)
    repo.record(CONF, [doc("DT/33", "t", "com5", "https://a/en", "https://b/fr")], T1)
    en, fr = repo.files(CONF, "DT/33")
    assert (en.language, en.url, en.etag, en.last_modified) == (
        "en",
        "https://a/en",
        '"v1"',
        "Mon, 30 Nov 2026",
    )
    assert (fr.language, fr.url, fr.etag, fr.last_modified) == ("fr", "https://b/fr", None, None)
    assert (en.local_path, en.size, en.sha256, en.downloaded_at) == (
        tmp_path / "x.pdf",
        3,
        "abc",
        T0,
    )


def test_lists_in_the_panels_order_and_filters(repo):
    """Catches: documents not grouped under their base, another body's or conference's
    documents listed, a group with other bases, and files of other documents."""
    repo.record(
        CONF,
        [doc("DT/33"), doc("67(Rev.1)"), doc("67"), doc("8", "t", "plen"), doc("67(Add.1)")],
        T0,
    )
    repo.record(OTHER, [doc("67")], T0)
    assert [d.symbol for d in repo.documents(CONF)] == [
        "67",
        "67(Add.1)",
        "67(Rev.1)",
        "8",
        "DT/33",
    ]
    assert [d.symbol for d in repo.documents(CONF, "plen")] == ["8"]
    assert [d.symbol for d in repo.group(CONF, "67")] == ["67", "67(Add.1)", "67(Rev.1)"]
    assert [d.symbol for d in repo.group(OTHER, "67")] == ["67"]


def test_a_problem_is_kept_for_its_file_only(repo):
    """Catches: the problem written to every file of the document, or not written."""
    repo.record(CONF, [doc("DT/33", "t", "com5", "https://a/en", "https://a/fr")], T0)
    repo.set_problem(CONF, "DT/33", "fr", "404 Not Found")
    assert [(f.language, f.problem) for f in repo.files(CONF)] == [
        ("en", ""),
        ("fr", "404 Not Found"),
    ]


def test_page_text_replaces_the_old_and_keeps_page_numbers(repo):
    """Catches: old pages left beside the new, a blank page stored (or its number given to
    the next page), the checksum and problem not kept, and pages of other files counted."""
    repo.record(CONF, [doc("DT/33", "t", "com5", "https://a/en")], T0)
    repo.replace_pages(CONF, "DT/33", "en", "old", ["a", "b", "c"])
    repo.replace_pages(CONF, "DT/33", "en", "sha-1", ["first", "  \n", "third"], "partly scanned")
    assert repo.pages(CONF, "DT/33", "en") == [(1, "first"), (3, "third")]
    (en,) = repo.files(CONF, "DT/33")
    assert (en.indexed_sha256, en.problem) == ("sha-1", "partly scanned")
    repo.record(OTHER, [doc("DT/33", "t", "com5", "https://a/en")], T0)
    repo.replace_pages(OTHER, "DT/33", "en", "x", ["other"])
    assert repo.page_count(CONF) == 2 and repo.page_count(OTHER) == 1


def test_whats_new_since_the_last_look(repo):
    """Catches: a document first seen exactly at the last look counted as new (or one seen
    after it not), the newest not first, and the last look not replaced."""
    repo.record(CONF, [doc("67")], T0)
    repo.record(CONF, [doc("DT/33")], T1)
    repo.record(CONF, [doc("DT/40")], T1 + timedelta(hours=1))
    assert repo.last_looked(CONF) is None
    repo.mark_looked(CONF, T0)
    repo.mark_looked(CONF, T1)
    assert repo.last_looked(CONF) == T1
    assert repo.last_looked(OTHER) is None
    assert [d.symbol for d in repo.seen_since(CONF, T1)] == ["DT/40"]
    assert [d.symbol for d in repo.seen_since(CONF, None)] == ["DT/40", "DT/33", "67"]


def test_a_library_write_that_fails_says_what_and_where(repo):
    """Catches: the words of the failure changed (what could not be recorded, and where)."""
    repo.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(StoreError) as raised:
        repo.record(CONF, [doc("67")], T0)
    assert str(raised.value) == f"could not record the documents in {repo.db.path}: refused"
