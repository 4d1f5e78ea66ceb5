"""Three observers (alice, bob, carol), three data directories, each with its own keyring, syncing
through a real WebDAV server (wsgidav on cheroot) over HTTPS with a throwaway CA (trustme) that
they trust through ``sync.ca_file``.

What is checked from outside, on the bytes of every file: a private note never leaves its
owner's data directory (not the server's folder, not a teammate's database, not an export); a
note made private after it was shared is withdrawn like a deletion; a conflict is marked the
same way on all three machines, each version with its author; each profile has its own password.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from support.keyrings import MemoryKeyring
from support.webdav import https_webdav

from observer_app.core.model import Conference, Note
from observer_app.runtime import paths as app_paths
from observer_app.runtime import secrets
from observer_app.services import bundles
from observer_app.services import export as report_export
from observer_app.services import sync as team_sync
from observer_app.services.context import Profile, open_profile
from observer_app.services.sync import SyncError

CONF = "pp26"
PASSWORDS = {"alice": "Alice-pw-q81", "bob": "Bob-pw-z27", "carol": "Carol-pw-m40"}
SECRET_TEXT = "PRIVATE-7c1f: our red line on Res. 130, do not share"
SECRET_SPEAKER = "Zanzibar-delegate-44"


@pytest.fixture(scope="module")
def https_dav(tmp_path_factory) -> Iterator[tuple[str, Path, Path]]:
    """A WebDAV server over HTTPS on 127.0.0.1; yields (folder URL, server root, CA file)."""
    with https_webdav(tmp_path_factory.mktemp("https-dav"), PASSWORDS) as served:
        yield served


class Machine:
    """One observer's computer: a data directory and a keyring of its own."""

    def __init__(self, name: str, home: Path, folder: str, ca_file: Path):
        self.name = name
        self.keyring = MemoryKeyring()
        self.profile: Profile = open_profile(app_paths.resolve(home / name))
        self.profile.settings.set("author.name", name)
        self.profile.settings.set("sync.user", name)
        self.profile.settings.set("sync.webdav_url", folder)
        self.profile.settings.set("sync.ca_file", str(ca_file))
        with self.active():
            assert secrets.set_secret(team_sync.PASSWORD_SECRET, PASSWORDS[name], self.scope), (
                "the memory keyring must count as a real one"
            )

    @property
    def scope(self) -> str:
        return secrets.profile_scope(self.profile.paths.data)

    @property
    def data_dir(self) -> Path:
        return self.profile.paths.data.parent  # --data-dir: data, config, cache, log under it

    def active(self):
        machine = self

        class _Active:
            def __enter__(self):
                self.previous = keyring.get_keyring()
                keyring.set_keyring(machine.keyring)

            def __exit__(self, *exc):
                keyring.set_keyring(self.previous)

        return _Active()

    def sync(self) -> team_sync.SyncReport:
        with self.active():
            return team_sync.sync(self.profile, CONF)

    def add(self, text: str, **fields) -> Note:
        return self.profile.notes.add(
            Note(text=text, utc=_NOW, conference_id=CONF, author=self.name, **fields)
        )


from datetime import UTC, datetime  # noqa: E402

_NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)


@pytest.fixture
def team(tmp_path, https_dav) -> Iterator[tuple[dict[str, Machine], Path]]:
    base, root, ca_file = https_dav
    folder_name = f"team-{tmp_path.name[-20:]}".replace("_", "-")
    (root / folder_name).mkdir()
    machines = {
        name: Machine(name, tmp_path, f"{base}/{folder_name}/", ca_file)
        for name in ("alice", "bob", "carol")
    }
    yield machines, root / folder_name
    for machine in machines.values():
        machine.profile.close()


def rounds(machines: dict[str, Machine], n: int = 2) -> None:
    for _ in range(n):
        for machine in machines.values():
            machine.sync()


def files_containing(needle: bytes, *roots: Path, skip: Path | None = None) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and (skip is None or skip not in path.parents):
                if needle in path.read_bytes():
                    found.append(path)
    return found


def test_a_private_note_is_in_no_file_outside_its_owners_data_directory(team, tmp_path):
    machines, folder = team
    alice, bob, carol = machines["alice"], machines["bob"], machines["carol"]
    shared = alice.add("Plenary: Brazil asks for the human-rights reference")
    private = alice.add(SECRET_TEXT, for_feedback=False, speaker=SECRET_SPEAKER)
    private_then_deleted = alice.add(SECRET_TEXT + " (draft)", for_feedback=False)
    alice.profile.notes.delete(private_then_deleted.id)
    bob.add("WG-PL: Germany opposes")
    rounds(machines)

    for teammate in (bob, carol):
        ids = {n.id for n in teammate.profile.notes.list(CONF, include_deleted=True)}
        assert shared.id in ids and private.id not in ids and private_then_deleted.id not in ids
    # Every export a teammate can make, private notes included, and the owner's own exports.
    conference = Conference(id=CONF, name="PP-26", timezone="Asia/Qatar")
    outside = tmp_path / "exports"
    outside.mkdir()
    for machine in (bob, carol):
        bundles.export_bundle(machine.profile, CONF, outside / f"{machine.name}-bundle.json")
        report_export.export_report(
            machine.profile,
            conference,
            "json",
            outside / f"{machine.name}.json",
            report_export.ReportChoices(include_private=True),
        )
    bundles.export_bundle(alice.profile, CONF, outside / "alice-bundle.json")
    for fmt in ("md", "json", "csv", "txt"):
        report_export.export_report(alice.profile, conference, fmt, outside / f"alice.{fmt}")
    # The owner can include her own private note, explicitly, for that one export.
    report_export.export_report(
        alice.profile,
        conference,
        "md",
        alice.data_dir / "mine.md",
        report_export.ReportChoices(include_private=True),
    )
    assert SECRET_TEXT.encode() in (alice.data_dir / "mine.md").read_bytes()

    server_files = sorted(p.name for p in folder.iterdir())
    assert server_files == ["alice-pp26.json", "bob-pp26.json", "carol-pp26.json"]
    for needle in (SECRET_TEXT.encode(), SECRET_SPEAKER.encode(), private.id.encode()):
        leaks = files_containing(needle, tmp_path, folder.parent, skip=alice.data_dir)
        assert leaks == [], needle
    assert files_containing(SECRET_TEXT.encode(), alice.data_dir)  # it is there, on her machine


def test_a_note_made_private_after_sharing_is_withdrawn_like_a_deletion(team):
    machines, folder = team
    alice, bob, carol = machines["alice"], machines["bob"], machines["carol"]
    note = alice.add("Com 5: Egypt supports, said off the record " + SECRET_SPEAKER)
    rounds(machines, 1)
    assert all(m.profile.notes.get(note.id).text == note.text for m in (bob, carol))
    assert len(files_containing(SECRET_SPEAKER.encode(), folder)) == 3

    alice.profile.notes.save(alice.profile.notes.get(note.id).edited(for_feedback=False))
    alice.sync()
    report = bob.sync()
    assert report.imported["alice-pp26.json"].deleted == 1
    assert "1 deleted" in str(report)
    rounds(machines)
    for teammate in (bob, carol):
        gone = teammate.profile.notes.get(note.id)
        assert gone.deleted and gone.text == "" and gone.author == "alice"
        assert note.id not in {n.id for n in teammate.profile.notes.list(CONF)}
    assert files_containing(SECRET_SPEAKER.encode(), folder) == []
    kept = alice.profile.notes.get(note.id)  # the owner keeps it, private
    assert (kept.text, kept.for_feedback, kept.deleted) == (note.text, False, False)


def test_a_conflict_is_marked_the_same_on_all_three_machines(team):
    machines, _folder = team
    alice, bob = machines["alice"], machines["bob"]
    note = alice.add("Com 6: original")
    rounds(machines, 1)
    a = alice.profile.notes
    b = bob.profile.notes
    a.save(a.get(note.id).edited(text="Com 6: alice's reading"))
    b.save(b.get(note.id).edited(text="Com 6: bob's reading"))
    alice.sync()
    report = bob.sync()
    assert report.imported["alice-pp26.json"].conflicts == 1
    assert "alice-pp26.json: 0 added, 0 updated, 1 conflict, 0 unchanged" in str(report)
    as_json = json.loads(json.dumps(report.as_dict()))  # notes sync --json
    assert (
        as_json["total"]["conflicts"] == 1 and as_json["files"]["alice-pp26.json"]["conflicts"] == 1
    )
    rounds(machines)
    for machine in machines.values():
        notes = machine.profile.notes.list(CONF)
        assert len(notes) == 2, machine.name
        original = next(n for n in notes if n.id == note.id)
        copy = next(n for n in notes if n.conflict_of == note.id)
        assert (original.text, original.author, original.edited_by) == (
            "Com 6: alice's reading",
            "alice",
            "",
        ), machine.name
        assert (copy.text, copy.author, copy.edited_by) == (
            "Com 6: bob's reading",
            "alice",
            "bob",
        ), machine.name
        assert copy.updated > note.updated and original.updated > note.updated


def test_each_profile_has_its_own_password(team):
    """Two profiles of one system user (one keyring): setting the second one's password must not
    replace the first one's."""
    machines, _folder = team
    alice, bob = machines["alice"], machines["bob"]
    shared = MemoryKeyring()
    alice.keyring = bob.keyring = shared
    with alice.active():
        secrets.set_secret(team_sync.PASSWORD_SECRET, PASSWORDS["alice"], alice.scope)
        secrets.set_secret(team_sync.PASSWORD_SECRET, PASSWORDS["bob"], bob.scope)
    assert alice.sync().uploaded == "alice-pp26.json"
    assert bob.sync().uploaded == "bob-pp26.json"
    names = sorted(user for _service, user in shared.secrets)
    assert names == sorted(f"{team_sync.PASSWORD_SECRET} ({m.scope})" for m in (alice, bob))


def test_an_unknown_certificate_authority_is_refused_with_the_setting_that_fixes_it(team):
    machines, _folder = team
    carol = machines["carol"]
    carol.profile.settings.set("sync.ca_file", "")
    with pytest.raises(SyncError) as info:
        carol.sync()
    assert "could not be verified" in str(info.value) and "sync.ca_file" in str(info.value)
    carol.profile.settings.set("sync.ca_file", str(carol.data_dir / "missing-ca.pem"))
    with pytest.raises(SyncError, match="sync.ca_file"):
        carol.sync()
