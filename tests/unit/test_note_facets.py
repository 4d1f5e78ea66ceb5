"""The speaker/tag/day lists come from trigger-kept counts: they must always equal a full scan."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta

from observer_app.core import clock
from observer_app.core.model import Note
from observer_app.services.context import open_profile
from observer_app.store.migrations import MIGRATIONS

T0 = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
TZ = clock.zone("Asia/Kolkata")  # UTC+5:30: days do not start on the hour


def scan(db, conference_id):
    """What the lists were before the counts: read every note."""
    rows = db.execute(
        "SELECT speaker, tags, utc FROM notes WHERE conference_id = ? AND deleted = 0",
        (conference_id,),
    ).fetchall()
    import json
    from collections import Counter

    speakers = Counter(r["speaker"] for r in rows if r["speaker"])
    tags = sorted({t for r in rows for t in json.loads(r["tags"]) if t})
    days = sorted({clock.parse_iso(r["utc"]).astimezone(TZ).date() for r in rows})
    return sorted(speakers, key=lambda s: (-speakers[s], s)), tags, days


def lists(repo, conference_id):
    return repo.speakers(conference_id), repo.tags(conference_id), repo.days(conference_id, TZ)


def test_counts_follow_adds_edits_soft_and_hard_deletes(app_dirs):
    profile = open_profile(app_dirs)
    repo, rng = profile.notes, random.Random(4)
    notes = []
    for i in range(300):
        conference = rng.choice(["a", "b"])
        note = Note(
            f"note {i}",
            T0 + timedelta(minutes=rng.randint(0, 5 * 24 * 60)),
            conference,
            speaker=rng.choice(["", "Kenya", "Brazil", "Chair", "kenya"]),
            tags=tuple(rng.sample(["wsis", "ai", "budget", "gender"], rng.randint(0, 3))),
        )
        notes.append(repo.add(note))
    for _ in range(200):
        note = rng.choice(notes)
        action = rng.random()
        if action < 0.4:
            changed = note.edited(
                speaker=rng.choice(["", "Egypt", "Kenya"]),
                tags=("ai",) if rng.random() < 0.5 else (),
            )
        elif action < 0.6:
            changed = note.edited(deleted=not note.deleted)
        elif action < 0.8:
            changed = note.edited(utc=note.utc + timedelta(hours=rng.randint(-30, 30)))
        else:
            changed = note.edited(conference_id="b" if note.conference_id == "a" else "a")
        notes[notes.index(note)] = repo.save(changed)
    victim = notes.pop()
    profile.db.execute("DELETE FROM notes WHERE id = ?", (victim.id,))
    for conference in ("a", "b"):
        assert lists(repo, conference) == scan(profile.db, conference)
    assert profile.db.execute("SELECT count(*) FROM note_facets WHERE uses <= 0").fetchone()[0] == 0
    profile.close()


def test_the_migration_counts_the_notes_already_there(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for number, step in enumerate(MIGRATIONS[:5], start=1):
        for statement in step:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO notes (id, conference_id, utc, text, created, updated, speaker, tags) "
        "VALUES ('n1', 'a', '2026-03-02T10:00:00.000Z', 't', 'x', 'x', 'Kenya', '[\"ai\",\"wsis\"]')"
    )
    conn.commit()
    conn.close()
    from observer_app.store.db import Database
    from observer_app.store.notes import NoteRepository

    db = Database(path, tmp_path / "backups").open()
    repo = NoteRepository(db)
    assert lists(repo, "a") == (["Kenya"], ["ai", "wsis"], [datetime(2026, 3, 2).date()])
    db.close()
