"""Private means private, checked on real SQLite profiles and a test keyring: the bundle file,
the import of a teammate's (older Observer's) bundle, the report exports, and secrets kept per
profile with the move of entries stored before that."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import keyring
import pytest
from support.keyrings import MemoryKeyring

from observer_app.core import bundle as core
from observer_app.core.model import Conference, Note
from observer_app.runtime import paths as app_paths
from observer_app.runtime import secrets
from observer_app.services import bundles
from observer_app.services import export as report_export
from observer_app.services.context import open_profile

CONF = "pp26"
NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
CONFERENCE = Conference(id=CONF, name="PP-26", timezone="Asia/Qatar")


@pytest.fixture
def profile(tmp_path):
    opened = open_profile(app_paths.resolve(tmp_path / "alice"))
    opened.settings.set("author.name", "alice")
    yield opened
    opened.close()


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def texts(report) -> list[str]:
    return sorted(e.text for b in report.bodies for s in b.sessions for e in s.entries)


def note(text: str, **fields) -> Note:
    return Note(text=text, utc=NOW, conference_id=CONF, **fields)


def test_a_bundle_file_holds_no_private_note(profile, tmp_path):
    profile.notes.add(note("for the team", author="alice"))
    profile.notes.add(note("my private thought", author="alice", for_feedback=False))
    assert bundles.export_bundle(profile, CONF, tmp_path / "b.json") == 1
    raw = (tmp_path / "b.json").read_bytes()
    assert b"my private thought" not in raw
    assert [n["text"] for n in json.loads(raw)["notes"]] == ["for the team"]


def test_a_teammates_private_note_is_not_imported(profile, tmp_path):
    """An older Observer put private notes in bundles: they stay out of this machine."""
    theirs = [
        note("bob's shared note", author="bob"),
        note("bob's secret", author="bob", for_feedback=False),
    ]
    data = core.dumps(core.to_bundle(CONF, "bob", theirs, NOW))
    report = bundles.import_bundle(profile, CONF, data, "bob-pp26.json")
    assert report.added == 1
    assert [n.text for n in profile.notes.list(CONF, include_deleted=True)] == ["bob's shared note"]


def test_a_teammates_note_made_private_here_is_not_withdrawn_from_the_teammate(profile, tmp_path):
    """Hiding bob's note here must not delete it on bob's machine: it is left out of our
    bundle, not withdrawn (only a note's author withdraws it)."""
    theirs = note("bob's shared note", author="bob")
    bundles.import_bundle(
        profile, CONF, core.dumps(core.to_bundle(CONF, "bob", [theirs], NOW)), "bob"
    )
    bundles.export_bundle(profile, CONF, tmp_path / "before.json")
    assert [n["text"] for n in json.loads((tmp_path / "before.json").read_bytes())["notes"]] == [
        "bob's shared note"
    ]
    here = profile.notes.get(theirs.id)
    profile.notes.save(here.edited(for_feedback=False))
    bundles.export_bundle(profile, CONF, tmp_path / "after.json")
    assert json.loads((tmp_path / "after.json").read_bytes())["notes"] == []


def test_include_private_includes_only_the_owners_own_private_notes(profile, tmp_path):
    profile.notes.add(note("shared", author="alice"))
    profile.notes.add(note("alice's own private", author="alice", for_feedback=False))
    profile.notes.add(note("unsigned, written here", for_feedback=False))
    # What an older Observer imported from a teammate: it must never go out from here.
    profile.notes.add(note("bob's private, imported long ago", author="bob", for_feedback=False))
    default = report_export.make_report(profile, CONFERENCE)
    assert texts(default) == ["shared"]
    explicit = report_export.make_report(
        profile, CONFERENCE, choices=report_export.ReportChoices(include_private=True)
    )
    assert texts(explicit) == [
        "alice's own private",
        "shared",
        "unsigned, written here",
    ]


def test_secrets_are_kept_per_profile(ring, tmp_path):
    first, second = (secrets.profile_scope(tmp_path / d) for d in ("one", "two"))
    assert secrets.set_secret("smtp.password", "pw-one", first)
    assert secrets.set_secret("smtp.password", "pw-two", second)
    assert secrets.get_secret("smtp.password", first) == "pw-one"
    assert secrets.get_secret("smtp.password", second) == "pw-two"
    assert all(str(tmp_path) in user for _service, user in ring.secrets)
    secrets.delete_secret("smtp.password", second)
    assert secrets.get_secret("smtp.password", first) == "pw-one"
    assert secrets.get_secret("smtp.password", second) is None


def test_an_entry_from_before_profiles_moves_to_the_first_profile_that_reads_it(ring, tmp_path):
    ring.set_password(secrets.SERVICE, "sync.webdav_password", "old-shared-pw")
    scope = secrets.profile_scope(tmp_path / "one")
    assert secrets.get_secret("sync.webdav_password", scope) == "old-shared-pw"
    assert ring.secrets == {(secrets.SERVICE, f"sync.webdav_password ({scope})"): "old-shared-pw"}
    assert secrets.get_secret("sync.webdav_password", scope) == "old-shared-pw"  # moved, kept


def test_opening_a_profile_makes_its_secrets_the_default(ring, tmp_path):
    for name in ("one", "two"):
        opened = open_profile(app_paths.resolve(tmp_path / name))
        secrets.set_secret("http.token", f"token-{name}")
        opened.close()
    users = sorted(user for _service, user in ring.secrets)
    assert users == sorted(
        f"http.token ({secrets.profile_scope(tmp_path / n / 'data')})" for n in ("one", "two")
    )
