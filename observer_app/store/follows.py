"""Followed bodies and sessions per conference, and which reminders were already shown."""

from __future__ import annotations

from observer_app.core import clock
from observer_app.core.follows import Follow
from observer_app.core.model import utc_now
from observer_app.store.db import Database


class FollowRepository:
    def __init__(self, db: Database):
        self.db = db

    def follows(self, conference_id: str) -> set[Follow]:
        rows = self.db.execute(
            "SELECT kind, target_id FROM follows WHERE conference_id = ?", (conference_id,)
        )
        return {Follow(r["kind"], r["target_id"]) for r in rows}

    def set_followed(self, conference_id: str, follow: Follow, followed: bool) -> None:
        with self.db.transaction() as conn:
            if followed:
                conn.execute(
                    "INSERT OR IGNORE INTO follows (conference_id, kind, target_id, created) VALUES (?, ?, ?, ?)",
                    (conference_id, follow.kind, follow.target_id, clock.iso_utc(utc_now())),
                )
            else:
                conn.execute(
                    "DELETE FROM follows WHERE conference_id = ? AND kind = ? AND target_id = ?",
                    (conference_id, follow.kind, follow.target_id),
                )

    def refile_bodies(self, conference_id: str, renames: dict[str, str]) -> None:
        """Follows of a body's former id become follows of its id (``Body.former_ids``)."""
        followed = {f.target_id for f in self.follows(conference_id) if f.kind == "body"}
        wanted = {old: new for old, new in renames.items() if old in followed}
        if not wanted:
            return
        with self.db.transaction() as conn:
            for old, new in wanted.items():
                conn.execute(
                    "UPDATE OR IGNORE follows SET target_id = ? "
                    "WHERE conference_id = ? AND kind = 'body' AND target_id = ?",
                    (new, conference_id, old),
                )
                conn.execute(  # (left when the new id was followed already)
                    "DELETE FROM follows WHERE conference_id = ? AND kind = 'body' AND target_id = ?",
                    (conference_id, old),
                )

    def reminders_shown(self, conference_id: str) -> set[str]:
        rows = self.db.execute(
            "SELECT reminder_key FROM reminders_shown WHERE conference_id = ?", (conference_id,)
        )
        return {r["reminder_key"] for r in rows}

    def mark_reminder_shown(self, conference_id: str, key: str) -> None:
        """Kept in the database so a restart does not ring the same session again."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO reminders_shown (conference_id, reminder_key, shown) VALUES (?, ?, ?)",
                (conference_id, key, clock.iso_utc(utc_now())),
            )
