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

MIGRATIONS.append(
    [
        # 2: quick fields, authorship, conflict copies, briefings, sync ancestry, full-text search.
        "ALTER TABLE notes ADD COLUMN speaker TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE notes ADD COLUMN agenda_item TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE notes ADD COLUMN stance TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE notes ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE notes ADD COLUMN conflict_of TEXT",
        # Canonical symbols of the documents a note cites, space-separated with spaces around
        # (" DT/33 67(Rev.1) "), kept by the repository so the document filter is one LIKE.
        "ALTER TABLE notes ADD COLUMN documents TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX notes_by_session ON notes (conference_id, session_id, utc)",
        # The notes list filters 100,000 notes on every change: each filter has its index, in time order.
        "CREATE INDEX notes_by_body ON notes (conference_id, deleted, body_id, utc)",
        "CREATE INDEX notes_by_speaker ON notes (conference_id, deleted, speaker COLLATE NOCASE, utc)",
        "CREATE INDEX notes_by_stance ON notes (conference_id, deleted, stance, utc)",
        """CREATE TABLE briefings (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL,
        utc TEXT NOT NULL,
        title TEXT NOT NULL
    )""",
        # The content a note had when it was last exchanged with the team: the common ancestor
        # that tells "they edited" from "I edited" from "we both did".
        "CREATE TABLE sync_state (note_id TEXT PRIMARY KEY, ancestor TEXT NOT NULL)",
        """CREATE VIRTUAL TABLE notes_fts USING fts5(
        text, speaker, agenda_item, tags, documents, content='notes', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    )""",
        """CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, text, speaker, agenda_item, tags, documents)
        VALUES (new.rowid, new.text, new.speaker, new.agenda_item, new.tags, new.documents);
    END""",
        """CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text, speaker, agenda_item, tags, documents)
        VALUES ('delete', old.rowid, old.text, old.speaker, old.agenda_item, old.tags, old.documents);
    END""",
        """CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text, speaker, agenda_item, tags, documents)
        VALUES ('delete', old.rowid, old.text, old.speaker, old.agenda_item, old.tags, old.documents);
        INSERT INTO notes_fts(rowid, text, speaker, agenda_item, tags, documents)
        VALUES (new.rowid, new.text, new.speaker, new.agenda_item, new.tags, new.documents);
    END""",
        "INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')",
    ]
)

MIGRATIONS.append(
    [
        # 3: the outbox of feedback reports sent by e-mail or HTTP (see store/outbox.py, docs/submission.md).
        # Nothing secret goes here: destination is an address or URL, passwords and tokens stay in the keyring.
        """CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('email', 'http')),
        destination TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        payload BLOB NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        message_id TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_utc TEXT NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        sent_utc TEXT,
        receiver_answer TEXT NOT NULL DEFAULT ''
    )""",
        "CREATE INDEX outbox_by_state ON outbox (state, next_attempt_utc)",
        "CREATE INDEX outbox_by_conference ON outbox (conference_id, state, created)",
        # The rendered reports an e-mail carries, as bytes (no base64 bloat), loaded only to send.
        """CREATE TABLE outbox_attachments (
        outbox_id TEXT NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        mimetype TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (outbox_id, position)
    )""",
    ]
)

MIGRATIONS.append(
    [
        # 4: the document library (store/documents.py, docs/documents.md): documents seen per conference,
        # their files (cache path, HTTP validators, checksum), "last looked" for what's new, page text.
        """CREATE TABLE documents (
        conference_id TEXT NOT NULL,
        symbol TEXT NOT NULL,
        base TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        date TEXT,
        body_id TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        PRIMARY KEY (conference_id, symbol)
    )""",
        "CREATE INDEX documents_by_first_seen ON documents (conference_id, first_seen)",
        "CREATE INDEX documents_by_base ON documents (conference_id, base)",
        """CREATE TABLE document_files (
        conference_id TEXT NOT NULL,
        symbol TEXT NOT NULL,
        language TEXT NOT NULL,
        url TEXT NOT NULL,
        local_path TEXT,
        etag TEXT,
        last_modified TEXT,
        size INTEGER,
        sha256 TEXT,
        downloaded_at TEXT,
        indexed_sha256 TEXT,
        problem TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (conference_id, symbol, language),
        FOREIGN KEY (conference_id, symbol) REFERENCES documents (conference_id, symbol) ON DELETE CASCADE
    )""",
        "CREATE TABLE document_looks (conference_id TEXT PRIMARY KEY, looked_utc TEXT NOT NULL)",
        # One row per extracted page; the full-text index reads its text from here (external content).
        """CREATE TABLE document_pages (
        id INTEGER PRIMARY KEY,
        conference_id TEXT NOT NULL,
        symbol TEXT NOT NULL,
        language TEXT NOT NULL,
        page INTEGER NOT NULL,
        text TEXT NOT NULL
    )""",
        "CREATE INDEX document_pages_by_file ON document_pages (conference_id, symbol, language, page)",
        """CREATE VIRTUAL TABLE document_pages_fts USING fts5(
        text, content='document_pages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )""",
        """CREATE TRIGGER document_pages_fts_insert AFTER INSERT ON document_pages BEGIN
        INSERT INTO document_pages_fts(rowid, text) VALUES (new.id, new.text);
    END""",
        """CREATE TRIGGER document_pages_fts_delete AFTER DELETE ON document_pages BEGIN
        INSERT INTO document_pages_fts(document_pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
        """CREATE TRIGGER document_pages_fts_update AFTER UPDATE ON document_pages BEGIN
        INSERT INTO document_pages_fts(document_pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO document_pages_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    ]
)


MIGRATIONS.append(
    [
        # 5: what the observer follows (a body: all its sessions; or one session), and the
        # reminders already shown (so a restart does not ring the same session twice).
        """CREATE TABLE follows (
        conference_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('body', 'session')),
        target_id TEXT NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (conference_id, kind, target_id)
    )""",
        """CREATE TABLE reminders_shown (
        conference_id TEXT NOT NULL,
        reminder_key TEXT NOT NULL,
        shown TEXT NOT NULL,
        PRIMARY KEY (conference_id, reminder_key)
    )""",
    ]
)


def _facet_sql(row: str, delta: int) -> list[str]:
    """Statements that add (delta=1) or remove (-1) one note's speaker, tags and 10-minute time
    slot to the per-conference counts, for the trigger on ``row`` ("new" or "old")."""
    upsert = (
        "INSERT INTO note_facets (conference_id, kind, value, uses) {select} WHERE {cond} "
        f"ON CONFLICT DO UPDATE SET uses = uses + {delta};"
    )
    return [
        upsert.format(
            select=f"SELECT {row}.conference_id, 'speaker', {row}.speaker, {delta}",
            cond=f"{row}.speaker != ''",
        ),
        upsert.format(
            select=f"SELECT DISTINCT {row}.conference_id, 'tag', j.value, {delta} FROM json_each({row}.tags) AS j",
            cond="j.value != ''",
        ),
        upsert.format(
            select=f"SELECT {row}.conference_id, 'slot', substr({row}.utc, 1, 15), {delta}",
            cond="true",
        ),
    ]


MIGRATIONS.append(
    [
        # 6: counts of speakers, tags and 10-minute slots per conference, kept by triggers. The notes
        # panel's completion lists and day filter read these instead of scanning every note (a
        # DISTINCT over json_each of 100,000 notes took 110 ms at every start).
        """CREATE TABLE note_facets (
        conference_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('speaker', 'tag', 'slot')),
        value TEXT NOT NULL,
        uses INTEGER NOT NULL,
        PRIMARY KEY (conference_id, kind, value)
    ) WITHOUT ROWID""",
        "CREATE TRIGGER notes_facets_insert AFTER INSERT ON notes WHEN new.deleted = 0 BEGIN "
        + " ".join(_facet_sql("new", 1))
        + " END",
        "CREATE TRIGGER notes_facets_delete AFTER DELETE ON notes WHEN old.deleted = 0 BEGIN "
        + " ".join(_facet_sql("old", -1))
        + " DELETE FROM note_facets WHERE uses <= 0; END",
        "CREATE TRIGGER notes_facets_update AFTER UPDATE OF conference_id, speaker, tags, utc, deleted ON notes BEGIN "
        + " ".join(
            s.replace("WHERE ", "WHERE old.deleted = 0 AND ", 1) for s in _facet_sql("old", -1)
        )
        + " ".join(
            s.replace("WHERE ", "WHERE new.deleted = 0 AND ", 1) for s in _facet_sql("new", 1)
        )
        + " DELETE FROM note_facets WHERE uses <= 0; END",
        """INSERT INTO note_facets (conference_id, kind, value, uses)
        SELECT conference_id, 'speaker', speaker, count(*) FROM notes WHERE deleted = 0 AND speaker != ''
        GROUP BY conference_id, speaker""",
        """INSERT INTO note_facets (conference_id, kind, value, uses)
        SELECT conference_id, 'tag', j.value, count(DISTINCT notes.rowid) FROM notes, json_each(notes.tags) AS j
        WHERE deleted = 0 AND j.value != '' GROUP BY conference_id, j.value""",
        """INSERT INTO note_facets (conference_id, kind, value, uses)
        SELECT conference_id, 'slot', substr(utc, 1, 15), count(*) FROM notes WHERE deleted = 0
        GROUP BY conference_id, substr(utc, 1, 15)""",
    ]
)

MIGRATIONS.append(
    [
        # Who made each version of a note (a teammate's edit of our note), so that the two
        # versions of a conflict say whose is whose; "" means the note's author.
        "ALTER TABLE notes ADD COLUMN edited_by TEXT NOT NULL DEFAULT ''",
    ]
)

MIGRATIONS.append(
    [
        # The transcript (issue 19, store/transcripts.py): timed lines of what was said, from
        # the machine ("automatic") or human captions ("captions"), searchable with notes and
        # documents. One line is unique by its stream, session, position and text, so a
        # teammate's copy merges without duplicates.
        """CREATE TABLE transcript_lines (
        id INTEGER PRIMARY KEY,
        conference_id TEXT NOT NULL,
        session_key TEXT NOT NULL,
        body_id TEXT,
        stream_url TEXT NOT NULL DEFAULT '',
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        utc TEXT NOT NULL,
        text TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'automatic' CHECK (source IN ('automatic', 'captions')),
        speaker TEXT NOT NULL DEFAULT '',
        documents TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        UNIQUE (conference_id, session_key, stream_url, start_ms, text)
    )""",
        "CREATE INDEX transcript_by_session ON transcript_lines (conference_id, session_key, start_ms)",
        "CREATE INDEX transcript_by_time ON transcript_lines (conference_id, utc)",
        """CREATE VIRTUAL TABLE transcript_fts USING fts5(
        text, speaker, documents, content='transcript_lines', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
        """CREATE TRIGGER transcript_fts_insert AFTER INSERT ON transcript_lines BEGIN
        INSERT INTO transcript_fts(rowid, text, speaker, documents)
        VALUES (new.id, new.text, new.speaker, new.documents);
    END""",
        """CREATE TRIGGER transcript_fts_delete AFTER DELETE ON transcript_lines BEGIN
        INSERT INTO transcript_fts(transcript_fts, rowid, text, speaker, documents)
        VALUES ('delete', old.id, old.text, old.speaker, old.documents);
    END""",
        """CREATE TRIGGER transcript_fts_update AFTER UPDATE ON transcript_lines BEGIN
        INSERT INTO transcript_fts(transcript_fts, rowid, text, speaker, documents)
        VALUES ('delete', old.id, old.text, old.speaker, old.documents);
        INSERT INTO transcript_fts(rowid, text, speaker, documents)
        VALUES (new.id, new.text, new.speaker, new.documents);
    END""",
    ]
)

#: The schema version this code writes (keep it last: steps above are appended).
LATEST = len(MIGRATIONS)
