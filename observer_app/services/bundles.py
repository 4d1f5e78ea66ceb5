"""Team note bundles: export, import (merge), and sync through a shared WebDAV folder.

The CLI (``notes export-bundle FILE``, ``notes import-bundle FILE``, ``notes sync``) and the GUI
call the three functions below; the format and the merge rules live in ``core.bundle``.

Guarantees: an import never loses a local note (a concurrent edit adds a visible conflict copy),
importing the same bundle twice changes nothing the second time, and sync never overwrites a file
in the folder without having merged the version it replaces (``If-Match``/``If-None-Match``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path

from observer_app.core import bundle as core
from observer_app.core.bundle import BundleError
from observer_app.core.model import Note, utc_now
from observer_app.core.transcript import merge_lines
from observer_app.services.context import Profile
from observer_app.store.transcripts import TranscriptRepository

log = logging.getLogger("observer.sync")


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Notes both sides changed: ours kept, theirs added as a conflict copy (or an edit restored a deletion).
    conflicts: int = 0
    #: Local notes deleted because a teammate deleted them (and we had not changed them).
    deleted: int = 0
    #: Transcript lines added (new to us), and automatic lines that a teammate's captions replaced.
    lines_added: int = 0
    lines_replaced: int = 0

    def __iadd__(self, other: MergeReport) -> MergeReport:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def __str__(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''}")
        if self.deleted:
            parts.append(f"{self.deleted} deleted")
        parts.append(f"{self.unchanged} unchanged")
        if self.lines_added or self.lines_replaced:
            replaced = (
                f" ({self.lines_replaced} replaced by captions)" if self.lines_replaced else ""
            )
            parts.append(f"{self.lines_added} transcript lines added{replaced}")
        return ", ".join(parts)


def _author(profile: Profile) -> str:
    return str(
        profile.settings.get("author.name") or profile.settings.get("sync.user") or ""
    ).strip()


def _sync_user(profile: Profile) -> str:
    return str(profile.settings.get("sync.user") or "").strip()


def _our_bundle(
    profile: Profile, conference_id: str, now: datetime | None
) -> tuple[core.JsonDict, int]:
    """Our bundle: every note that may leave the machine (``core.shareable``: no private note,
    withdrawals of the ones made private after they were shared); records what it shares."""
    author = _author(profile)
    shared: list[Note] = []
    versions: dict[str, list[str]] = {}
    for note in profile.notes.list(conference_id, include_deleted=True):
        stored = profile.notes.ancestor(note.id)
        # Only the author withdraws a note: a teammate's note made private here (which only
        # hides it here) is left out, and stays on the teammate's machine.
        ours = note.author.strip() in (author, _sync_user(profile), "")
        outgoing = core.shareable(note, was_shared=stored is not None and ours)
        if outgoing is None:
            continue
        if outgoing is note:
            outgoing = _claim_local_edit(profile, note, stored, author)
        key = core.make_ancestor_key([core.fingerprint(outgoing)], core.known_versions(stored))
        if key != stored:
            profile.notes.set_ancestor(note.id, key)
        versions[note.id] = core.known_versions(key)
        shared.append(outgoing)
    # The transcript goes whole (a teammate's lines too, like their notes): lines are unique by
    # session, stream, position and text, so the copies merge into one.
    lines = TranscriptRepository(profile.db).conference_lines(conference_id)
    bundle = core.to_bundle(conference_id, author, shared, now or utc_now(), versions, lines)
    return bundle, len(shared)


def _claim_local_edit(profile: Profile, note: Note, stored: str | None, author: str) -> Note:
    """A version made here (never shared nor received) is ours: a note written here gets us as
    its author, a teammate's note edited here gets us as the editor of this version (its
    ``updated`` stays), so that a conflict can say whose edit is whose."""
    if not author or core.fingerprint(note) in core.known_versions(stored):
        return note
    if stored is None:
        claimed = note if note.author else replace(note, author=author, edited_by="")
    elif note.author and note.author != author:
        claimed = replace(note, edited_by=author)
    else:
        claimed = replace(note, edited_by="")
    return note if claimed == note else profile.notes.save(claimed)


def bundle_bytes(
    profile: Profile, conference_id: str, now: datetime | None = None
) -> tuple[bytes, int]:
    """Our bundle of ``conference_id`` (every note, tombstones and conflict copies included) and
    its note count. Records each note's current version as known: it is now shared."""
    bundle, count = _our_bundle(profile, conference_id, now)
    return core.dumps(bundle), count


def _digest(bundle: core.JsonDict) -> str:
    """What a bundle says, whenever it was exported: an unchanged bundle is not uploaded again
    (which would make every teammate download it again)."""
    return hashlib.sha256(core.dumps({**bundle, "exported": ""})).hexdigest()


def export_bundle(
    profile: Profile,
    conference_id: str,
    path: str | os.PathLike[str],
    now: datetime | None = None,
) -> int:
    """Write our bundle to ``path`` atomically (a reader never sees half a file); the note count."""
    with profile.db.transaction():  # the ancestors it records: one commit
        data, count = bundle_bytes(profile, conference_id, now)
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise BundleError(
            str(target), "", f"cannot write the bundle: {exc.strerror or exc}"
        ) from None
    return count


def import_bundle(
    profile: Profile,
    conference_id: str,
    data_or_path: bytes | str | os.PathLike[str],
    source_name: str | None = None,
) -> MergeReport:
    """Merge a bundle (bytes, or a file) into the notes of ``conference_id``.

    Refuses a bundle of another conference. Never loses a local note: see ``core.bundle.merge``.
    """
    if isinstance(data_or_path, bytes):
        data, source = data_or_path, source_name or "bundle"
    else:
        source = source_name or str(data_or_path)
        try:
            data = Path(data_or_path).read_bytes()
        except OSError as exc:
            raise BundleError(source, "", f"cannot read the file: {exc.strerror or exc}") from None
    bundle = core.read_bundle(data, source)
    if bundle.conference_id != conference_id:
        raise BundleError(
            source,
            "conference_id",
            f"these are notes of conference {bundle.conference_id!r}, not of {conference_id!r}; "
            "open that conference to import them",
        )
    locals_ = {note.id: profile.notes.get(note.id) for note in bundle.notes}
    for i, note in enumerate(bundle.notes):  # check everything before writing anything
        local = locals_[note.id]
        if local is not None and local.conference_id != conference_id:
            raise BundleError(
                source,
                f"notes/{i}/id",
                f"note {note.id} is a note of conference "
                f"{local.conference_id!r} here; nothing was imported",
            )
    report = MergeReport()
    author = _author(profile)
    with profile.db.transaction():  # one commit: all of the bundle or none of it
        for remote in bundle.notes:
            if not remote.for_feedback and not remote.deleted:
                # A teammate's private note has no place here (an older Observer sent them).
                log.warning("%s: private note %s not imported", source, remote.id)
                report.unchanged += 1
                continue
            local = locals_[remote.id]
            stored = profile.notes.ancestor(remote.id)
            if local is not None:
                local = _claim_local_edit(profile, local, stored, author)
            decision = core.merge(local, remote, stored, bundle.versions.get(remote.id))
            _apply(profile, decision, remote.id, stored)
            _count(report, decision, local)
        _retire_redundant_copies(profile, conference_id)
        _merge_transcript(profile, conference_id, bundle, report)
    return report


def _merge_transcript(
    profile: Profile, conference_id: str, bundle: core.Bundle, report: MergeReport
) -> None:
    """Add the teammate's transcript lines we lack (``core.transcript.merge_lines``: no
    duplicates, human captions replace automatic lines of the same span)."""
    if not bundle.transcripts:
        return
    repo = TranscriptRepository(profile.db)
    merged = merge_lines(repo.conference_lines(conference_id), bundle.transcripts)
    report.lines_replaced += repo.remove(merged.remove)
    report.lines_added += repo.add(merged.add)


def _apply(
    profile: Profile, decision: core.MergeDecision, note_id: str, stored: str | None
) -> None:
    if decision.note is not None:
        profile.notes.save(decision.note)
    if decision.copy is not None and profile.notes.get(decision.copy.id) is None:
        profile.notes.save(decision.copy)
        profile.notes.set_ancestor(decision.copy.id, decision.copy_ancestor or "")
    if decision.ancestor != stored:
        profile.notes.set_ancestor(note_id, decision.ancestor)


def _retire_redundant_copies(profile: Profile, conference_id: str) -> None:
    for copy in core.redundant_copies(profile.notes.list(conference_id, include_deleted=True)):
        log.info(
            "conflict copy %s now says what note %s says; retiring it", copy.id, copy.conflict_of
        )
        profile.notes.save(replace(copy, deleted=True, updated=utc_now()))


def _count(report: MergeReport, decision: core.MergeDecision, local: Note | None) -> None:
    outcome = decision.outcome
    if outcome is core.Outcome.ADDED:
        assert decision.note is not None
        if decision.note.deleted:  # a tombstone of a note we never had: nothing to see
            report.unchanged += 1
        else:
            report.added += 1
    elif outcome is core.Outcome.UPDATED:
        assert decision.note is not None and local is not None
        if decision.note.deleted and not local.deleted:
            report.deleted += 1
        else:
            report.updated += 1
    elif outcome in (core.Outcome.CONFLICT, core.Outcome.RESTORED):
        report.conflicts += 1
    else:
        report.unchanged += 1


# -- sync through a WebDAV folder -------------------------------------------------------------------
