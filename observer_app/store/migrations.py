"""Numbered schema steps. Step N brings the database from user_version N-1 to N.

Append only: never edit a released step; add a new one. Each step runs in one transaction
with its ``PRAGMA user_version`` bump, so a crash mid-migration leaves the old version intact.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: notes, settings, the draft being typed.
    [
        """CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            conference_id TEXT NOT NULL,
            body_id TEXT,
            session_id TEXT,
            stream_url TEXT,
            stream_kind TEXT,
            media_position_ms INTEGER,
            program_date_time TEXT,
            utc TEXT NOT NULL,
            text TEXT NOT NULL,
            for_feedback INTEGER NOT NULL DEFAULT 1,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX notes_by_time ON notes (conference_id, deleted, utc)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE drafts (
            slot TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            stamp TEXT,
            updated TEXT NOT NULL
        )""",
    ],
]

LATEST = len(MIGRATIONS)
