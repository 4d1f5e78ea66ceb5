"""Sync team bundles through a shared WebDAV folder (Nextcloud and others).

Each observer's bundle is one file in the folder; sync reads the others' files and merges them
(``services.bundles.import_bundle``), then uploads ours with ``If-Match`` (or ``If-None-Match:
*`` the first time), so nobody's file is ever overwritten blindly. Split from ``bundles`` (the
file format and merge) so each stays readable.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from observer_app.core import bundle as core
from observer_app.core.bundle import BundleError
from observer_app.net.webdav import (
    PreconditionFailed,
    WebDav,
    WebDavError,
    file_name,
    file_url,
    folder_url,
    same_etag,
    shown_url,
)
from observer_app.runtime import secrets
from observer_app.services.bundles import MergeReport, _author, _digest, _our_bundle, import_bundle
from observer_app.services.context import Profile

log = logging.getLogger("observer.sync")

PASSWORD_SECRET = "sync.webdav_password"
_SET_URL = "observer-app settings set sync.webdav_url https://cloud.example.org/remote.php/dav/files/USER/observer/"
_SET_USER = "observer-app settings set sync.user USER"
_SET_PASSWORD = f"observer-app secret set {PASSWORD_SECRET}"


class SyncError(RuntimeError):
    """Sync cannot go on; ``str()`` says why and what to do, and never holds the password."""


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

    def as_dict(self) -> dict[str, object]:
        """For ``notes sync --json``: plain (decoded) file names, counts per file and in all."""
        return {
            "folder": self.folder,
            "uploaded": self.uploaded or None,
            "files": {name: asdict(r) for name, r in sorted(self.imported.items())},
            "total": asdict(self.total),
            "unchanged_files": sorted(self.unchanged_files),
            "problems": list(self.problems),
        }

    def __str__(self) -> str:
        lines = [f"{name}: {report}" for name, report in sorted(self.imported.items())]
        if len(self.imported) > 1:
            lines.append(f"in all: {self.total}")
        if self.unchanged_files:
            lines.append(f"{len(self.unchanged_files)} file(s) unchanged since the last sync")
        lines += [f"not imported: {p}" for p in self.problems]
        if self.uploaded:
            lines.append(f"uploaded {self.uploaded} to {shown_url(self.folder)}")
        return "\n".join(lines)


# -- export and import ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncConfig:
    folder: str
    user: str
    password: str
    author: str
    #: sync.ca_file: the team server's own certificate authority ("" : the system's).
    ca_file: str = ""

    def __repr__(self) -> str:  # never show the password, not even in a traceback
        return f"SyncConfig(folder={self.folder!r}, user={self.user!r}, author={self.author!r})"


def sync_config(profile: Profile) -> SyncConfig:
    """The team folder settings, or a ``SyncError`` saying which command sets what is missing."""
    url = str(profile.settings.get("sync.webdav_url") or "").strip()
    user = str(profile.settings.get("sync.user") or "").strip()
    if not url:
        raise SyncError(f"no team folder is set; set its WebDAV address with: {_SET_URL}")
    if not url.lower().startswith(("https://", "http://")):
        raise SyncError(
            f"the team folder {url!r} is not an http(s) address; set it with: {_SET_URL}"
        )
    if "@" in url.split("://", 1)[1].split("/", 1)[0]:
        raise SyncError(
            "the team folder address contains a user name or password; remove them from "
            f"sync.webdav_url and use: {_SET_USER} and {_SET_PASSWORD}"
        )
    if not user:
        raise SyncError(f"no user name for the team folder {url}; set it with: {_SET_USER}")
    password = secrets.get_secret(PASSWORD_SECRET, secrets.profile_scope(profile.paths.data))
    if not password:
        raise SyncError(
            f"no password for user {user!r} of the team folder {url} in the keyring; "
            f"store it with: {_SET_PASSWORD}"
        )
    ca_file = str(profile.settings.get("sync.ca_file") or "").strip()
    if ca_file and not os.access(ca_file, os.R_OK):
        raise SyncError(
            f"the CA file {ca_file} (sync.ca_file) cannot be read; set the right file with: "
            "observer-app settings set sync.ca_file /path/to/ca.pem"
        )
    return SyncConfig(folder_url(url), user, password, _author(profile) or user, ca_file)


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


def sync(
    profile: Profile, conference_id: str, client: WebDav | None = None, now: datetime | None = None
) -> SyncReport:
    """Import every teammate's bundle from the team folder, then upload ours.

    Our file is ``<author>-<conference_id>.json``. It is written with ``If-Match`` (the version we
    last merged) or ``If-None-Match: *`` (we never saw one); when someone changed it meanwhile
    (412: e.g. the same observer on another machine), it is read, merged and written again, once.
    ``client`` is for tests; by default a ``WebDav`` on ``net.session.make_session()``.
    """
    cfg = sync_config(profile)
    if client is None:
        from observer_app.net.session import make_session  # noqa: PLC0415

        session = make_session()
        if cfg.ca_file:
            session.verify = cfg.ca_file  # verified still, against the team server's own CA
        client = WebDav(session, cfg.user, cfg.password)
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
            if etag is not None and same_etag(
                etag, state.etag(own_url if name == own_name else url)
            ):
                own_unchanged = own_unchanged or name == own_name
                if name != own_name:
                    report.unchanged_files.append(name)
                continue
            read = _import_remote(profile, conference_id, client, url, name, report)
            if read is None and name == own_name:
                raise SyncError(
                    f"our own file {name} in the team folder cannot be merged ({report.problems[-1]}); "
                    "nothing was overwritten. Move that file away in the folder, then sync again."
                )
            if read is not None:
                # For our own file (changed by our other machine): merged now, so If-Match that version.
                state.set_etag(own_url if name == own_name else url, read or etag)
        run = _Run(profile, conference_id, client, state, report, now)
        _upload(run, own_url, own_name, own_unchanged)
    except WebDavError as exc:
        hint = (
            f"; store the right password of {cfg.user!r} with: {_SET_PASSWORD}"
            if exc.status == 401
            else ""
        )
        raise SyncError(f"team folder sync failed: {exc}{hint}") from None
    finally:
        try:
            state.save()
        except OSError as exc:
            log.warning("could not save the sync state %s: %s", state.path, exc)
    log.info("synced %s with %s: %s", conference_id, cfg.folder, report.total)
    return report


def _import_remote(
    profile: Profile, conference_id: str, client: WebDav, url: str, name: str, report: SyncReport
) -> str | None:
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


@dataclass(frozen=True)
class _Run:
    """What every step of one ``sync`` shares."""

    profile: Profile
    conference_id: str
    client: WebDav
    state: SyncState
    report: SyncReport
    now: datetime | None


def _upload(run: _Run, url: str, name: str, remote_unchanged: bool) -> None:
    """PUT our bundle, never over a version we have not merged. Skipped when neither our bundle
    nor the file in the folder changed since the last upload."""
    profile, conference_id, client = run.profile, run.conference_id, run.client
    state, report, now = run.state, run.report, run.now
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
                raise SyncError(
                    f"{shown_url(url)} changed again while we were merging it; nothing was overwritten. "
                    "Run the sync again."
                ) from None
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
            raise SyncError(
                f"{shown_url(url)}: the server sends no ETag, so our file cannot be updated without risking "
                "a teammate's changes; nothing was overwritten"
            )
        state.set_etag(url, etag)
        try:
            _note_import(
                report, name, import_bundle(profile, conference_id, data, source_name=name)
            )
        except BundleError as exc:
            raise SyncError(
                f"our own file in the team folder cannot be merged ({exc}); nothing was overwritten. "
                "Move that file away in the folder, then sync again."
            ) from None
