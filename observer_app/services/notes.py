"""Taking and changing notes outside the player (CLI, scripts): the same stamping rules as the
GUI, and the rules of who may change what (only a note's author makes it private)."""

from __future__ import annotations

from datetime import UTC, datetime

from observer_app.core.model import STANCES, Conference, Note, NoteStamp
from observer_app.services.context import Profile


class NoteError(ValueError):
    pass


def add_note_now(
    profile: Profile,
    conference: Conference,
    text: str,
    body_id: str | None = None,
    now: datetime | None = None,
    private: bool = False,
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
    note.for_feedback = not private
    note.author = my_name(profile)
    return profile.notes.add(note)


def refile_former_bodies(profile: Profile, conference: Conference) -> int:
    """Notes and follows filed under a body's former id (``Body.former_ids``: "EBS+1" was
    ``ebs-1`` before "+" was spelt out; "Committee5" now merges into "Committee 5") show under
    the body again: they are re-filed under its id. Ids a body still has are never touched,
    nor one that two bodies had ("X+" and "X++" were both ``x``). How many notes moved (0 on
    every later call)."""
    claims: dict[str, set[str]] = {}
    for body in conference.bodies:
        for old in body.former_ids:
            claims.setdefault(old, set()).add(body.id)
    renames = {old: next(iter(ids)) for old, ids in claims.items() if len(ids) == 1}
    if not renames:
        return 0
    profile.follows.refile_bodies(conference.id, renames)
    return profile.notes.refile_bodies(conference.id, renames)


def my_name(profile: Profile) -> str:
    """The name this profile signs its notes with (author.name, else the team folder user)."""
    s = profile.settings
    return str(s.get("author.name") or s.get("sync.user") or "").strip()


def is_mine(profile: Profile, note: Note) -> bool:
    """Written here (unsigned) or signed with one of our names."""
    names = {my_name(profile), str(profile.settings.get("sync.user") or "").strip(), ""}
    return note.author.strip() in names


def find_note(profile: Profile, conference: Conference, note_id: str) -> Note:
    """The note of ``conference`` whose id is, or starts with, ``note_id`` (as ``notes list
    --json`` prints it; a few first characters are enough when they are unique)."""
    wanted = note_id.strip().lower()
    if len(wanted) < 4:
        raise NoteError(f"{note_id!r} is too short for a note id; give at least 4 characters")
    ids = profile.notes.ids_starting(wanted, conference.id)
    if not ids:
        raise NoteError(
            f"no note {note_id!r} in {conference.name}; list them with: observer-app notes list --json"
        )
    if len(ids) > 1:
        raise NoteError(f"{note_id!r} matches several notes; give more of the id")
    note = profile.notes.get(ids[0])
    assert note is not None
    return note


def _live(profile: Profile, conference: Conference, note_id: str) -> Note:
    note = find_note(profile, conference, note_id)
    if note.deleted:
        raise NoteError(f"note {note.id} is deleted; nothing was changed")
    return note


def edit_note(
    profile: Profile,
    conference: Conference,
    note_id: str,
    *,
    text: str | None = None,
    speaker: str | None = None,
    agenda_item: str | None = None,
    stance: str | None = None,
) -> Note:
    """Change the given fields of a note (None: leave as it is); ``updated`` becomes now."""
    note = _live(profile, conference, note_id)
    changes: dict[str, str] = {}
    if text is not None:
        if not text.strip():
            raise NoteError(
                "a note needs some text; to remove it use: observer-app notes delete ID"
            )
        changes["text"] = text.strip()
    if stance is not None and stance and stance not in STANCES:
        raise NoteError(f"unknown stance {stance!r}; one of: {', '.join(STANCES)} (or '')")
    for name, value in (("speaker", speaker), ("agenda_item", agenda_item), ("stance", stance)):
        if value is not None:
            changes[name] = value.strip()
    if not changes:
        raise NoteError("nothing to change: give --text, --speaker, --agenda-item or --stance")
    return profile.notes.save(note.edited(**changes))


def delete_note(profile: Profile, conference: Conference, note_id: str) -> Note:
    """Soft delete (teammates learn of it at the next sync); the deleted note."""
    note = _live(profile, conference, note_id)
    profile.notes.delete(note.id)
    deleted = profile.notes.get(note.id)
    assert deleted is not None
    return deleted


def set_private(profile: Profile, conference: Conference, note_id: str, private: bool) -> Note:
    """Make a note private (it leaves no more: withdrawn from the team at the next sync) or for
    feedback again. Only the note's author may: a teammate's private note cannot exist here."""
    note = _live(profile, conference, note_id)
    if private and not is_mine(profile, note):
        raise NoteError(
            f"note {note.id} is {note.author}'s; only its author can make it private "
            "(to keep it out of a report, leave it out of the selection, or delete it)"
        )
    if note.for_feedback == (not private):
        return note
    return profile.notes.save(note.edited(for_feedback=not private))
