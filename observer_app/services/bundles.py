"""Team note bundles: export, import (merge), and sync through a shared WebDAV folder.

The CLI (``notes export-bundle FILE``, ``notes import-bundle FILE``, ``notes sync``) and the GUI
call the three functions below; the format and the merge rules live in ``core.bundle``.

Guarantees: an import never loses a local note (a concurrent edit adds a visible conflict copy),
importing the same bundle twice changes nothing the second time, and sync never overwrites a file
in the folder without having merged the version it replaces (``If-Match``/``If-None-Match``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path

from observer_app import secrets
from observer_app.core import bundle as core
from observer_app.core.bundle import BundleError
from observer_app.core.model import Note, utc_now
from observer_app.net.webdav import PreconditionFailed, WebDav, WebDavError, file_name, file_url, folder_url, same_etag
from observer_app.services.context import Profile

log = logging.getLogger("observer.sync")

PASSWORD_SECRET = "sync.webdav_password"
_SET_URL = "observer-app settings set sync.webdav_url https://cloud.example.org/remote.php/dav/files/USER/observer/"
_SET_USER = "observer-app settings set sync.user USER"
_SET_PASSWORD = f"observer-app secret set {PASSWORD_SECRET}"


class SyncError(RuntimeError):
    """Sync cannot go on; ``str()`` says why and what to do, and never holds the password."""


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Notes both sides changed: ours kept, theirs added as a conflict copy (or an edit restored a deletion).
    conflicts: int = 0
    #: Local notes deleted because a teammate deleted them (and we had not changed them).
    deleted: int = 0

    def __iadd__(self, other: MergeReport) -> MergeReport:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def __str__(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflicting (both versions kept)")
        if self.deleted:
            parts.append(f"{self.deleted} deleted")
        parts.append(f"{self.unchanged} unchanged")
        return ", ".join(parts)


@dataclass
class SyncReport:
    folder: str
    #: The file we wrote in the folder (our bundle).
    uploaded: str = ""
    #: File name -> what importing it did.
    imported: dict[str, MergeReport] = field(default_factory=dict)
    #: Files not read again because they have not changed since the last sync.
    unchanged_files: list[str] = field(default_factory=list)
    #: Files that could not be used, with the reason (sync went on without them).
    problems: list[str] = field(default_factory=list)
    #: True when our file had been changed meanwhile and was merged before writing it.
    retried: bool = False

    @property
    def total(self) -> MergeReport:
        total = MergeReport()
        for report in self.imported.values():
            total += report
        return total

    def __str__(self) -> str:
        lines = [f"{name}: {report}" for name, report in sorted(self.imported.items())]
        if self.unchanged_files:
            lines.append(f"{len(self.unchanged_files)} file(s) unchanged since the last sync")
        lines += [f"not imported: {p}" for p in self.problems]
        if self.uploaded:
            lines.append(f"uploaded {self.uploaded} to {self.folder}")
        return "\n".join(lines)


# -- export and import ------------------------------------------------------------------------------

def _author(profile: Profile) -> str:
    return str(profile.settings.get("author.name") or profile.settings.get("sync.user") or "").strip()


def _our_bundle(profile: Profile, conference_id: str, now: datetime | None) -> tuple[dict, int]:
    author = _author(profile)
    notes = profile.notes.list(conference_id, include_deleted=True)
    versions: dict[str, list[str]] = {}
    for i, note in enumerate(notes):
        stored = profile.notes.ancestor(note.id)
        if stored is None and not note.author and author:
            # Never exported nor received: written here, so ours (the note's `updated` stays).
            note = notes[i] = profile.notes.save(replace(note, author=author))
        key = core.make_ancestor_key([core.fingerprint(note)], core.known_versions(stored))
        if key != stored:
            profile.notes.set_ancestor(note.id, key)
        versions[note.id] = core.known_versions(key)
    return core.to_bundle(conference_id, author, notes, now or utc_now(), versions), len(notes)


def bundle_bytes(profile: Profile, conference_id: str, now: datetime | None = None) -> tuple[bytes, int]:
    """Our bundle of ``conference_id`` (every note, tombstones and conflict copies included) and
    its note count. Records each note's current version as known: it is now shared."""
    bundle, count = _our_bundle(profile, conference_id, now)
    return core.dumps(bundle), count


def _digest(bundle: dict) -> str:
    """What a bundle says, whenever it was exported: an unchanged bundle is not uploaded again
    (which would make every teammate download it again)."""
    return hashlib.sha256(core.dumps({**bundle, "exported": ""})).hexdigest()


def export_bundle(profile: Profile, conference_id: str, path: str | os.PathLike, now: datetime | None = None) -> int:
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
        raise BundleError(str(target), "", f"cannot write the bundle: {exc.strerror or exc}") from None
    return count


def import_bundle(profile: Profile, conference_id: str, data_or_path: bytes | str | os.PathLike,
                  source_name: str | None = None) -> MergeReport:
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
        raise BundleError(source, "conference_id",
                          f"these are notes of conference {bundle.conference_id!r}, not of {conference_id!r}; "
                          "open that conference to import them")
    locals_ = {note.id: profile.notes.get(note.id) for note in bundle.notes}
    for i, note in enumerate(bundle.notes):  # check everything before writing anything
        local = locals_[note.id]
        if local is not None and local.conference_id != conference_id:
            raise BundleError(source, f"notes/{i}/id", f"note {note.id} is a note of conference "
                              f"{local.conference_id!r} here; nothing was imported")
    report = MergeReport()
    with profile.db.transaction():  # one commit: all of the bundle or none of it
        for remote in bundle.notes:
            local = locals_[remote.id]
            stored = profile.notes.ancestor(remote.id)
            decision = core.merge(local, remote, stored, bundle.versions.get(remote.id))
            _apply(profile, decision, remote.id, stored)
            _count(report, decision, local)
        _retire_redundant_copies(profile, conference_id)
    return report


def _apply(profile: Profile, decision: core.MergeDecision, note_id: str, stored: str | None) -> None:
    if decision.note is not None:
        profile.notes.save(decision.note)
    if decision.copy is not None and profile.notes.get(decision.copy.id) is None:
        profile.notes.save(decision.copy)
        profile.notes.set_ancestor(decision.copy.id, decision.copy_ancestor or "")
    if decision.ancestor != stored:
        profile.notes.set_ancestor(note_id, decision.ancestor)


def _retire_redundant_copies(profile: Profile, conference_id: str) -> None:
    for copy in core.redundant_copies(profile.notes.list(conference_id, include_deleted=True)):
        log.info("conflict copy %s now says what note %s says; retiring it", copy.id, copy.conflict_of)
        profile.notes.save(replace(copy, deleted=True, updated=utc_now()))


def _count(report: MergeReport, decision: core.MergeDecision, local: Note | None) -> None:
    outcome = decision.outcome
    if outcome is core.Outcome.ADDED:
        if decision.note.deleted:  # a tombstone of a note we never had: nothing to see
            report.unchanged += 1
        else:
            report.added += 1
    elif outcome is core.Outcome.UPDATED:
        if decision.note.deleted and not local.deleted:
            report.deleted += 1
        else:
            report.updated += 1
    elif outcome in (core.Outcome.CONFLICT, core.Outcome.RESTORED):
        report.conflicts += 1
    else:
        report.unchanged += 1


# -- sync through a WebDAV folder -------------------------------------------------------------------

@dataclass(frozen=True)
class SyncConfig:
    folder: str
    user: str
    password: str
    author: str

    def __repr__(self) -> str:  # never show the password, not even in a traceback
        return f"SyncConfig(folder={self.folder!r}, user={self.user!r}, author={self.author!r})"


def sync_config(profile: Profile) -> SyncConfig:
    """The team folder settings, or a ``SyncError`` saying which command sets what is missing."""
    url = str(profile.settings.get("sync.webdav_url") or "").strip()
    user = str(profile.settings.get("sync.user") or "").strip()
    if not url:
        raise SyncError(f"no team folder is set; set its WebDAV address with: {_SET_URL}")
    if not url.lower().startswith(("https://", "http://")):
        raise SyncError(f"the team folder {url!r} is not an http(s) address; set it with: {_SET_URL}")
    if "@" in url.split("://", 1)[1].split("/", 1)[0]:
        raise SyncError("the team folder address contains a user name or password; remove them from "
                        f"sync.webdav_url and use: {_SET_USER} and {_SET_PASSWORD}")
    if not user:
        raise SyncError(f"no user name for the team folder {url}; set it with: {_SET_USER}")
    password = secrets.get_secret(PASSWORD_SECRET)
    if not password:
        raise SyncError(f"no password for user {user!r} of the team folder {url} in the keyring; "
                        f"store it with: {_SET_PASSWORD}")
    return SyncConfig(folder_url(url), user, password, _author(profile) or user)


def bundle_file_name(author: str, conference_id: str) -> str:
    """``<author>-<conference_id>.json``: one file per observer (letters of any script kept)."""
    slug = re.sub(r"[^\w.-]+", "-", author.strip()).strip("-.") or "observer"
    return f"{slug}-{conference_id}.json"


class SyncState:
    """Per conference, the ETag last seen of each file of the folder, and a digest of what we
    last uploaded, in ``sync-state.json`` next to the database (nothing secret). It lets sync
    skip teammates' files that did not change, send ``If-Match`` with the version of our own
    file that we last merged, and not upload an unchanged bundle again."""

    def __init__(self, path: Path, conference_id: str):
        self.path = path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict) or not isinstance(data.get("conferences"), dict):
            data = {"version": 1, "conferences": {}}
        self.data = data
        mine = data["conferences"].setdefault(conference_id, {})
        self.etags: dict[str, str] = mine.setdefault("etags", {})
        self.uploaded: dict[str, str] = mine.setdefault("uploaded", {})

    def etag(self, url: str) -> str | None:
        return self.etags.get(url)

    def set_etag(self, url: str, etag: str | None) -> None:
        if etag:
            self.etags[url] = etag
        else:
            self.etags.pop(url, None)

    def save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.data, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


def sync(profile: Profile, conference_id: str, client: WebDav | None = None, now: datetime | None = None) -> SyncReport:
    """Import every teammate's bundle from the team folder, then upload ours.

    Our file is ``<author>-<conference_id>.json``. It is written with ``If-Match`` (the version we
    last merged) or ``If-None-Match: *`` (we never saw one); when someone changed it meanwhile
    (412: e.g. the same observer on another machine), it is read, merged and written again, once.
    ``client`` is for tests; by default a ``WebDav`` on ``net.session.make_session()``.
    """
    cfg = sync_config(profile)
    if client is None:
        from observer_app.net.session import make_session  # noqa: PLC0415

        client = WebDav(make_session(), cfg.user, cfg.password)
    state = SyncState(profile.paths.data / "sync-state.json", conference_id)
    own_name = bundle_file_name(cfg.author, conference_id)
    own_url = file_url(cfg.folder, own_name)
    report = SyncReport(cfg.folder)
    try:
        own_unchanged = False
        for url, etag in client.propfind(cfg.folder):
            name = file_name(url)
            if not name.lower().endswith(".json"):
                continue
            if etag is not None and same_etag(etag, state.etag(own_url if name == own_name else url)):
                own_unchanged = own_unchanged or name == own_name
                if name != own_name:
                    report.unchanged_files.append(name)
                continue
            read = _import_remote(profile, conference_id, client, url, name, report)
            if read is None and name == own_name:
                raise SyncError(f"our own file {name} in the team folder cannot be merged ({report.problems[-1]}); "
                                "nothing was overwritten. Move that file away in the folder, then sync again.")
            if read is not None:
                # For our own file (changed by our other machine): merged now, so If-Match that version.
                state.set_etag(own_url if name == own_name else url, read or etag)
        _upload(profile, conference_id, client, own_url, own_name, state, own_unchanged, report, now)
    except WebDavError as exc:
        hint = f"; store the right password of {cfg.user!r} with: {_SET_PASSWORD}" if exc.status == 401 else ""
        raise SyncError(f"team folder sync failed: {exc}{hint}") from None
    finally:
        try:
            state.save()
        except OSError as exc:
            log.warning("could not save the sync state %s: %s", state.path, exc)
    log.info("synced %s with %s: %s", conference_id, cfg.folder, report.total)
    return report


def _import_remote(profile: Profile, conference_id: str, client: WebDav, url: str, name: str,
                   report: SyncReport) -> str | None:
    """GET and merge one file; the ETag of what was read ("" when the server sent none), or None
    when the file cannot be used: it is reported, and read again next time. A bundle of another
    conference is passed over."""
    data, etag = client.get(url)
    try:
        merged = import_bundle(profile, conference_id, data, source_name=name)
    except BundleError as exc:
        if exc.place != "conference_id":
            report.problems.append(str(exc))
            log.warning("not imported: %s", exc)
            return None
        return etag or ""
    _note_import(report, name, merged)
    return etag or ""


def _note_import(report: SyncReport, name: str, merged: MergeReport) -> None:
    report.imported.setdefault(name, MergeReport())
    report.imported[name] += merged
    log.info("imported %s: %s", name, merged)


def _upload(profile: Profile, conference_id: str, client: WebDav, url: str, name: str, state: SyncState,
            remote_unchanged: bool, report: SyncReport, now: datetime | None) -> None:
    """PUT our bundle, never over a version we have not merged. Skipped when neither our bundle
    nor the file in the folder changed since the last upload."""
    etag = state.etag(url)
    for attempt in (1, 2):
        bundle, _count = _our_bundle(profile, conference_id, now)
        digest = _digest(bundle)
        if remote_unchanged and etag and state.uploaded.get(url) == digest:
            return
        try:
            if etag:
                new_etag = client.put(url, core.dumps(bundle), if_match=etag)
            else:
                new_etag = client.put(url, core.dumps(bundle), if_none_match=True)
        except PreconditionFailed:
            if attempt == 2:
                raise SyncError(f"{url} changed again while we were merging it; nothing was overwritten. "
                                "Run the sync again.") from None
        else:
            state.set_etag(url, new_etag)
            state.uploaded[url] = digest
            report.uploaded = name
            return
        report.retried = True
        remote_unchanged = False
        log.info("%s was changed elsewhere since we last saw it; merging it before writing", name)
        try:
            data, etag = client.get(url)
        except WebDavError as exc:
            if exc.status != 404:
                raise
            etag = None  # deleted meanwhile: create it again, still only if nobody else does first
            continue
        if not etag:
            raise SyncError(f"{url}: the server sends no ETag, so our file cannot be updated without risking "
                            "a teammate's changes; nothing was overwritten")
        state.set_etag(url, etag)
        try:
            _note_import(report, name, import_bundle(profile, conference_id, data, source_name=name))
        except BundleError as exc:
            raise SyncError(f"our own file in the team folder cannot be merged ({exc}); nothing was overwritten. "
                            "Move that file away in the folder, then sync again.") from None
