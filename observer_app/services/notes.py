"""Taking notes outside the player (CLI, scripts): the same stamping rules as the GUI."""

from __future__ import annotations

from datetime import UTC, datetime

from observer_app.core.model import Conference, Note, NoteStamp
from observer_app.services.context import Profile


class NoteError(ValueError):
    pass


def add_note_now(
    profile: Profile,
    conference: Conference,
    text: str,
    body_id: str | None = None,
    now: datetime | None = None,
) -> Note:
    """A note stamped now, filed under the session of ``body_id`` sitting now (if any)."""
    if not text.strip():
        raise NoteError("a note needs some text")
    if body_id and conference.body(body_id) is None:
        known = ", ".join(b.id for b in conference.bodies)
        raise NoteError(f"no body {body_id!r} in {conference.name}; known: {known}")
    now = now or datetime.now(UTC)
    session = conference.current_session(body_id, now) if body_id else None
    note = NoteStamp(now, body_id, session.id if session else None).note(
        text.strip(), conference.id
    )
    return profile.notes.add(note)
