"""Transcript lines: the only SQL that touches them (table and index: migrations, issue 19).

Lines are written as they come (a few a minute), each insert its own short transaction so a
crash loses at most the line being decoded. Adding a line that is already there (same
conference, session, stream, position and text: a teammate's copy, a replay) changes nothing.
Search is an external-content FTS5 table kept by triggers, like the notes'.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from observer_app.core import clock
from observer_app.core.transcript import TranscriptLine
from observer_app.store.db import Database, StoreError

_COLUMNS = (
    "conference_id, session_key, body_id, stream_url, start_ms, end_ms, utc, text, language, "
    "source, speaker, documents, created"
)


@dataclass(frozen=True)
class TranscriptHit:
    line: TranscriptLine
    snippet: str
    rank: float


def _values(line: TranscriptLine, created: str) -> tuple[object, ...]:
    return (
        line.conference_id,
        line.session_key,
        line.body_id,
        line.stream_url,
        line.start_ms,
        line.end_ms,
        clock.iso_utc(line.utc),
        line.text,
        line.language,
        line.source,
        line.speaker,
        f" {' '.join(line.documents)} " if line.documents else "",
        created,
    )


def _line(row: sqlite3.Row) -> TranscriptLine:
    return TranscriptLine(
        conference_id=row["conference_id"],
        session_key=row["session_key"],
        start_ms=row["start_ms"],
        end_ms=row["end_ms"],
        utc=clock.parse_iso(row["utc"]),
        text=row["text"],
        language=row["language"],
        source=row["source"],
        speaker=row["speaker"],
        body_id=row["body_id"],
        stream_url=row["stream_url"],
        documents=tuple(row["documents"].split()),
        id=row["id"],
    )


class TranscriptRepository:
    def __init__(self, db: Database):
        self.db = db

    def add(self, lines: Iterable[TranscriptLine]) -> int:
        """Store new lines (duplicates are skipped); how many were new."""
        from datetime import UTC, datetime

        created = clock.iso_utc(datetime.now(UTC))
        added = 0
        try:
            with self.db.transaction() as conn:
                for line in lines:
                    cursor = conn.execute(
                        f"INSERT INTO transcript_lines ({_COLUMNS}) VALUES "
                        f"({','.join('?' * 13)}) ON CONFLICT DO NOTHING",
                        _values(line, created),
                    )
                    added += cursor.rowcount
        except sqlite3.Error as exc:
            raise StoreError(f"could not save the transcript in {self.db.path}: {exc}") from None
        return added

    def lines(self, conference_id: str, session_key: str) -> list[TranscriptLine]:
        rows = self.db.execute(
            "SELECT * FROM transcript_lines WHERE conference_id = ? AND session_key = ? "
            "ORDER BY start_ms, id",
            (conference_id, session_key),
        )
        return [_line(r) for r in rows]

    def conference_lines(self, conference_id: str) -> list[TranscriptLine]:
        """Every line of a conference (a team bundle sends them all), by session and time."""
        rows = self.db.execute(
            "SELECT * FROM transcript_lines WHERE conference_id = ? "
            "ORDER BY session_key, start_ms, id",
            (conference_id,),
        )
        return [_line(r) for r in rows]

    def remove(self, lines: Iterable[TranscriptLine]) -> int:
        """Delete stored lines (automatic ones that human captions replace); how many."""
        ids = [(line.id,) for line in lines if line.id is not None]
        try:
            with self.db.transaction() as conn:
                conn.executemany("DELETE FROM transcript_lines WHERE id = ?", ids)
        except sqlite3.Error as exc:
            raise StoreError(f"could not update the transcript in {self.db.path}: {exc}") from None
        return len(ids)

    def sessions(self, conference_id: str) -> list[tuple[str, int]]:
        """Session keys with a transcript, and their line counts (most recent first)."""
        rows = self.db.execute(
            "SELECT session_key, count(*) AS n, max(utc) AS last FROM transcript_lines "
            "WHERE conference_id = ? GROUP BY session_key ORDER BY last DESC",
            (conference_id,),
        )
        return [(r["session_key"], r["n"]) for r in rows]

    def search(
        self,
        conference_id: str,
        fts_query: str,
        limit: int = 50,
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[TranscriptHit]:
        """Lines matching ``fts_query`` (build it with ``core.notefilter.fts_query``), best first."""
        if not fts_query or limit <= 0:
            return []
        try:
            rows = self.db.execute(
                "SELECT t.*, snippet(transcript_fts, 0, ?, ?, '…', 12) AS snip, "
                "transcript_fts.rank AS rank FROM transcript_fts "
                "JOIN transcript_lines t ON t.id = transcript_fts.rowid "
                "WHERE transcript_fts MATCH ? AND t.conference_id = ? ORDER BY rank LIMIT ?",
                (marks[0], marks[1], fts_query, conference_id, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {fts_query!r}: {exc}") from None
        return [TranscriptHit(_line(r), r["snip"], float(r["rank"])) for r in rows]
