"""The document library: documents seen per conference, their files in the cache, page text
for search, and the "last looked" marker behind *what's new*. The only SQL that touches them.

Page text lives in ``document_pages`` (one row per page); ``document_pages_fts`` indexes it
as external content, kept in step by triggers, so text is stored once and ``snippet()`` works.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from observer_app.core import clock
from observer_app.core.model import Document
from observer_app.core.symbols import group_key
from observer_app.store.db import Database, StoreError


@dataclass(frozen=True)
class DocumentRecord:
    """A document as the library knows it (feed fields plus when it was first and last seen)."""

    conference_id: str
    symbol: str
    base: str
    title: str
    source: str
    date: date | None
    body_id: str | None
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class DownloadedCopy:
    """A document file on disk and what the server said about it (for the next request)."""

    path: Path
    size: int | None
    sha256: str | None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FileRecord:
    """One language file of a document: where it comes from, where it is, what it was."""

    conference_id: str
    symbol: str
    language: str
    url: str
    local_path: Path | None
    etag: str | None
    last_modified: str | None
    size: int | None
    sha256: str | None
    downloaded_at: datetime | None
    indexed_sha256: str | None
    problem: str

    @property
    def available(self) -> bool:
        """A finished file is on disk (what offline reading needs)."""
        return self.local_path is not None and self.local_path.is_file()


@dataclass(frozen=True)
class Hit:
    """One search result: a document page or a note. ``ref`` is the symbol or the note id;
    ``rank`` is FTS5's bm25 (lower is better); ``snippet`` has the matches between the marks."""

    kind: str  # "document" or "note"
    ref: str
    language: str
    page: int | None
    snippet: str
    rank: float
    title: str = ""


#: One kind of search hit, best first: (rowid, rank, ref, language, page, snippet, title).
_PAGE_HITS = (
    "SELECT document_pages_fts.rowid, document_pages_fts.rank, p.symbol, p.language, p.page, "
    "CASE WHEN _snippet_due() THEN snippet(document_pages_fts, 0, ?, ?, ?, ?) ELSE '' END, "
    "coalesce(d.title, '') FROM document_pages_fts "
    "JOIN document_pages p ON p.id = document_pages_fts.rowid "
    "LEFT JOIN documents d ON d.conference_id = p.conference_id AND d.symbol = p.symbol "
    "WHERE document_pages_fts MATCH ? AND p.conference_id = ? "
    "ORDER BY document_pages_fts.rank LIMIT ?"
)
_NOTE_HITS = (
    "SELECT notes_fts.rowid, notes_fts.rank, n.id, '', NULL, "
    "CASE WHEN _snippet_due() THEN snippet(notes_fts, -1, ?, ?, ?, ?) ELSE '' END, '' "
    "FROM notes_fts JOIN notes n ON n.rowid = notes_fts.rowid "
    "WHERE notes_fts MATCH ? AND n.conference_id = ? AND n.deleted = 0 "
    "ORDER BY notes_fts.rank LIMIT ?"
)

_DOC_COLUMNS = "conference_id, symbol, base, title, source, date, body_id, first_seen, last_seen"
_FILE_COLUMNS = (
    "conference_id, symbol, language, url, local_path, etag, last_modified, size, sha256, "
    "downloaded_at, indexed_sha256, problem"
)


def _doc(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(
        row["conference_id"],
        row["symbol"],
        row["base"],
        row["title"],
        row["source"],
        date.fromisoformat(row["date"]) if row["date"] else None,
        row["body_id"],
        clock.parse_iso(row["first_seen"]),
        clock.parse_iso(row["last_seen"]),
    )


def _file(row: sqlite3.Row) -> FileRecord:
    return FileRecord(
        row["conference_id"],
        row["symbol"],
        row["language"],
        row["url"],
        Path(row["local_path"]) if row["local_path"] else None,
        row["etag"],
        row["last_modified"],
        row["size"],
        row["sha256"],
        clock.parse_iso(row["downloaded_at"]) if row["downloaded_at"] else None,
        row["indexed_sha256"],
        row["problem"],
    )


class DocumentRepository:
    def __init__(self, db: Database):
        self.db = db

    def _write(self, what: str, statements: Iterable[tuple[str, tuple[object, ...]]]) -> None:
        try:
            with self.db.transaction() as conn:
                for sql, params in statements:
                    conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"could not {what} in {self.db.path}: {exc}") from None

    # -- documents seen ---------------------------------------------------------------------------
    def record(self, conference_id: str, documents: Sequence[Document], now: datetime) -> list[str]:
        """Remember the documents a feed lists (new ones get ``first_seen = now``; all get
        ``last_seen = now``). A file whose URL changed forgets its validators. Returns the new symbols."""
        stamp = clock.iso_utc(now)
        known = {
            r[0]
            for r in self.db.execute(
                "SELECT symbol FROM documents WHERE conference_id = ?", (conference_id,)
            )
        }
        statements: list[tuple[str, tuple[object, ...]]] = []
        for d in documents:
            statements.append(
                (
                    f"INSERT INTO documents ({_DOC_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(conference_id, symbol) "
                    "DO UPDATE SET title = excluded.title, source = excluded.source, date = excluded.date, "
                    "body_id = excluded.body_id, base = excluded.base, last_seen = excluded.last_seen",
                    (
                        conference_id,
                        d.symbol,
                        group_key(d.symbol),
                        d.title,
                        d.source,
                        d.date.isoformat() if d.date else None,
                        d.body_id,
                        stamp,
                        stamp,
                    ),
                )
            )
            for f in d.files:
                statements.append(
                    (
                        "INSERT INTO document_files (conference_id, symbol, language, url) VALUES (?,?,?,?) "
                        "ON CONFLICT(conference_id, symbol, language) DO UPDATE SET url = excluded.url, "
                        "etag = CASE WHEN url = excluded.url THEN etag END, "
                        "last_modified = CASE WHEN url = excluded.url THEN last_modified END",
                        (conference_id, d.symbol, f.language, f.url),
                    )
                )
        self._write("record the documents", statements)
        return [d.symbol for d in documents if d.symbol not in known]

    def documents(self, conference_id: str, body_id: str | None = None) -> list[DocumentRecord]:
        sql = f"SELECT {_DOC_COLUMNS} FROM documents WHERE conference_id = ?"
        params: tuple[object, ...] = (conference_id,)
        if body_id:
            sql, params = sql + " AND body_id = ?", params + (body_id,)
        return [_doc(r) for r in self.db.execute(sql + " ORDER BY base, symbol", params)]

    def document(self, conference_id: str, symbol: str) -> DocumentRecord | None:
        row = self.db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE conference_id = ? AND symbol = ?",
            (conference_id, symbol),
        ).fetchone()
        return _doc(row) if row else None

    def group(self, conference_id: str, base: str) -> list[DocumentRecord]:
        """A document with its revisions, addenda and corrigenda."""
        rows = self.db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE conference_id = ? AND base = ? "
            "ORDER BY symbol",
            (conference_id, base),
        )
        return [_doc(r) for r in rows]

    # -- files ----------------------------------------------------------------------------------------
    def files(self, conference_id: str, symbol: str | None = None) -> list[FileRecord]:
        sql = f"SELECT {_FILE_COLUMNS} FROM document_files WHERE conference_id = ?"
        params: tuple[object, ...] = (conference_id,)
        if symbol is not None:
            sql, params = sql + " AND symbol = ?", params + (symbol,)
        return [_file(r) for r in self.db.execute(sql + " ORDER BY symbol, language", params)]

    def file(self, conference_id: str, symbol: str, language: str) -> FileRecord | None:
        row = self.db.execute(
            f"SELECT {_FILE_COLUMNS} FROM document_files WHERE conference_id = ? AND symbol = ? "
            "AND language = ?",
            (conference_id, symbol, language),
        ).fetchone()
        return _file(row) if row else None

    def set_downloaded(
        self, conference_id: str, symbol: str, language: str, copy: DownloadedCopy, when: datetime
    ) -> None:
        self._write(
            "record the download",
            [
                (
                    "UPDATE document_files SET local_path = ?, size = ?, sha256 = ?, etag = ?, last_modified = ?, "
                    "downloaded_at = ?, problem = '' WHERE conference_id = ? AND symbol = ? AND language = ?",
                    (
                        str(copy.path),
                        copy.size,
                        copy.sha256,
                        copy.etag,
                        copy.last_modified,
                        clock.iso_utc(when),
                        conference_id,
                        symbol,
                        language,
                    ),
                )
            ],
        )

    def set_validators(
        self,
        conference_id: str,
        symbol: str,
        language: str,
        etag: str | None,
        last_modified: str | None,
    ) -> None:
        """After a 304: the server may send fresher validators for the same bytes."""
        self._write(
            "record the validators",
            [
                (
                    "UPDATE document_files SET etag = ?, last_modified = ?, problem = '' "
                    "WHERE conference_id = ? AND symbol = ? AND language = ?",
                    (etag, last_modified, conference_id, symbol, language),
                )
            ],
        )

    def set_problem(self, conference_id: str, symbol: str, language: str, problem: str) -> None:
        self._write(
            "record the problem",
            [
                (
                    "UPDATE document_files SET problem = ? WHERE conference_id = ? AND symbol = ? AND language = ?",
                    (problem, conference_id, symbol, language),
                )
            ],
        )

    # -- page text --------------------------------------------------------------------------------------
    def replace_pages(
        self,
        conference_id: str,
        symbol: str,
        language: str,
        sha256: str | None,
        pages: Sequence[str],
        problem: str = "",
    ) -> None:
        """The file's text as it is now, in one commit: old pages go, new pages come, and the
        checksum they came from is kept (same checksum next time: nothing to re-index)."""
        key = (conference_id, symbol, language)
        statements: list[tuple[str, tuple[object, ...]]] = [
            (
                "DELETE FROM document_pages WHERE conference_id = ? AND symbol = ? AND language = ?",
                key,
            )
        ]
        statements += [
            (
                "INSERT INTO document_pages (conference_id, symbol, language, page, text) VALUES (?,?,?,?,?)",
                (*key, number, text),
            )
            for number, text in enumerate(pages, start=1)
            if text.strip()
        ]
        statements.append(
            (
                "UPDATE document_files SET indexed_sha256 = ?, problem = ? "
                "WHERE conference_id = ? AND symbol = ? AND language = ?",
                (sha256, problem, *key),
            )
        )
        self._write("index the document text", statements)

    def pages(self, conference_id: str, symbol: str, language: str) -> list[tuple[int, str]]:
        rows = self.db.execute(
            "SELECT page, text FROM document_pages WHERE conference_id = ? AND symbol = ? "
            "AND language = ? ORDER BY page",
            (conference_id, symbol, language),
        )
        return [(r["page"], r["text"]) for r in rows]

    def page_count(self, conference_id: str) -> int:
        count: int = self.db.execute(
            "SELECT count(*) FROM document_pages WHERE conference_id = ?", (conference_id,)
        ).fetchone()[0]
        return count

    # -- search -------------------------------------------------------------------------------------------
    def search(
        self,
        conference_id: str,
        fts_query: str,
        limit: int = 50,
        marks: tuple[str, str] = ("[", "]"),
        ellipsis: str = "…",
        words: int = 12,
        snippets: int | None = None,
    ) -> list[Hit]:
        """Document pages and the observer's notes matching ``fts_query`` (FTS5 syntax; build it
        with ``core.notefilter.fts_query``), best first by bm25.

        One query per kind, the snippet made in it as FTS5 hands out the rows best first: for
        the ``snippets`` best of each kind only (all without ``snippets``), so the ``snippets``
        best hits have theirs. ``snippet()`` re-reads and tokenizes a page (0.2-0.7 ms); asking
        for it in a second query ran the whole match again for each row. The others come with
        an empty snippet; ``snippet_of`` makes one when a hit is shown."""
        if not fts_query or limit <= 0:
            return []
        snip = (marks[0], marks[1], ellipsis, int(words))
        budget = limit if snippets is None else max(0, snippets)
        try:
            assert self.db.conn is not None, "the profile is closed"
            cursor = self.db.conn.cursor()
            cursor.row_factory = None
            rows = [
                ("document", *r)
                for r in self._ranked(
                    cursor, _PAGE_HITS, snip, fts_query, conference_id, limit, budget
                )
            ] + [
                ("note", *r)
                for r in self._ranked(
                    cursor, _NOTE_HITS, snip, fts_query, conference_id, limit, budget
                )
            ]
        except sqlite3.OperationalError as exc:  # a query FTS5 cannot parse
            raise StoreError(f"cannot search for {fts_query!r}: {exc}") from None
        rows.sort(key=lambda r: r[2])
        return [
            Hit(kind, ref, language, page, snippet, rank, title)
            for kind, _rowid, rank, ref, language, page, snippet, title in rows[:limit]
        ]

    @staticmethod
    def _ranked(
        cursor: sqlite3.Cursor,
        sql: str,
        snip: tuple[str, str, str, int],
        fts_query: str,
        conference_id: str,
        limit: int,
        budget: int,
    ) -> list[tuple[Any, ...]]:
        """The best ``limit`` rows of one kind; a snippet for the first ``budget`` of them.

        FTS5 sorts by rank itself and SQLite works out a row's columns as it hands it out, so
        ``_snippet_due`` is asked once per row, best first, and ``snippet()`` runs only when it
        says yes (CASE evaluates the branch it takes only)."""
        left = [budget]

        def due() -> int:
            left[0] -= 1
            return int(left[0] >= 0)

        assert cursor.connection is not None
        cursor.connection.create_function("_snippet_due", 0, due, deterministic=False)
        return cursor.execute(sql, (*snip, fts_query, conference_id, limit)).fetchall()

    def snippet_of(
        self,
        conference_id: str,
        hit: Hit,
        fts_query: str,
        marks: tuple[str, str] = ("[", "]"),
        ellipsis: str = "…",
        words: int = 12,
    ) -> str:
        """The snippet of one hit that ``search`` returned without one."""
        snip = (marks[0], marks[1], ellipsis, int(words))
        if hit.kind == "document":
            row = self.db.execute(
                "SELECT snippet(document_pages_fts, 0, ?, ?, ?, ?) FROM document_pages_fts "
                "WHERE document_pages_fts MATCH ? AND rowid = (SELECT id FROM document_pages WHERE conference_id = ? "
                "AND symbol = ? AND language = ? AND page = ?)",
                (*snip, fts_query, conference_id, hit.ref, hit.language, hit.page),
            ).fetchone()
        else:
            row = self.db.execute(
                "SELECT snippet(notes_fts, -1, ?, ?, ?, ?) FROM notes_fts WHERE notes_fts MATCH ? "
                "AND rowid = (SELECT rowid FROM notes WHERE id = ?)",
                (*snip, fts_query, hit.ref),
            ).fetchone()
        return row[0] if row else ""

    # -- what's new -----------------------------------------------------------------------------------------
    def last_looked(self, conference_id: str) -> datetime | None:
        row = self.db.execute(
            "SELECT looked_utc FROM document_looks WHERE conference_id = ?", (conference_id,)
        ).fetchone()
        return clock.parse_iso(row[0]) if row else None

    def mark_looked(self, conference_id: str, when: datetime) -> None:
        self._write(
            "remember when you looked",
            [
                (
                    "INSERT INTO document_looks (conference_id, looked_utc) VALUES (?, ?) "
                    "ON CONFLICT(conference_id) DO UPDATE SET looked_utc = excluded.looked_utc",
                    (conference_id, clock.iso_utc(when)),
                )
            ],
        )

    def seen_since(self, conference_id: str, since: datetime | None) -> list[DocumentRecord]:
        """Documents first seen after ``since`` (all of them when ``since`` is None), newest first."""
        sql = f"SELECT {_DOC_COLUMNS} FROM documents WHERE conference_id = ?"
        params: tuple[object, ...] = (conference_id,)
        if since is not None:
            sql, params = sql + " AND first_seen > ?", params + (clock.iso_utc(since),)
        return [
            _doc(r)
            for r in self.db.execute(sql + " ORDER BY first_seen DESC, base, symbol", params)
        ]
