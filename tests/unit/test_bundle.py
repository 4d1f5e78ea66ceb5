"""Team note bundles: the format (round trip, schema errors) and the merge rules, on real SQLite."""

import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core import bundle as core
from observer_app.core.bundle import BundleError, Outcome, fingerprint, merge
from observer_app.core.model import Note, StreamKind
from observer_app.runtime import paths as app_paths
from observer_app.services import bundles
from observer_app.services.context import open_profile

NOW = datetime(2026, 11, 30, 6, 15, 1, 234000, tzinfo=UTC)
CONF = "pp26"


def full_note(**changes) -> Note:
    """A note with every field set, in right-to-left script, with emoji and newlines."""
    note = Note(
        text="المملكة العربية السعودية تؤيد المقترح 👍\nsecond line\n\tindented — «quoted»",
        utc=NOW,
        conference_id=CONF,
        body_id="com5",
        session_id="com5-3",
        stream_url="https://x.example/live.m3u8",
        stream_kind=StreamKind.LIVE,
        media_position_ms=3_723_456,
        program_date_time=NOW - timedelta(seconds=12),
        for_feedback=True,
        id=str(uuid.uuid4()),
        created=NOW - timedelta(minutes=5),
        updated=NOW,
        speaker="Saudi Arabia",
        agenda_item="7.2",
        stance="supports",
        tags=("AI", "حقوق", "🌍"),
        author="Zoë",
        conflict_of=None,
        deleted=False,
    )
    return replace(note, **changes)


@pytest.fixture
def make_profile(tmp_path):
    opened = []

    def make(name: str, author: str | None = None):
        profile = open_profile(app_paths.resolve(tmp_path / name))
        profile.settings.set("author.name", author or name)
        opened.append(profile)
        return profile

    yield make
    for profile in opened:
        profile.close()


def bundle_bytes(notes, versions=None, **top) -> bytes:
    bundle = core.to_bundle(CONF, "alice", notes, NOW, versions)
    bundle.update(top)
    return core.dumps(bundle)


# -- format ------------------------------------------------------------------------------------------


def test_round_trip_keeps_every_field():
    notes = [
        full_note(),
        full_note(
            id=str(uuid.uuid4()),
            stream_kind=StreamKind.ARCHIVE,
            body_id=None,
            session_id=None,
            stream_url=None,
            media_position_ms=None,
            program_date_time=None,
            tags=(),
            stance="",
            deleted=True,
            conflict_of=str(uuid.uuid4()),
            for_feedback=False,
            edited_by="Bob",
        ),
    ]
    data = bundle_bytes(notes)
    bundle = core.read_bundle(data, "team.json")
    assert (bundle.conference_id, bundle.author) == (CONF, "alice")
    assert sorted(bundle.notes, key=lambda n: n.id) == sorted(notes, key=lambda n: n.id)
    text = data.decode("utf-8")
    assert "المملكة" in text and "👍" in text  # ensure_ascii=False: readable in any editor
    assert '"2026-11-30T06:15:01.234Z"' in text


def test_output_is_deterministic_and_sorted_by_id():
    notes = [full_note(id=str(uuid.uuid4())) for _ in range(5)]
    a, b = bundle_bytes(notes), bundle_bytes(list(reversed(notes)))
    assert a == b
    ids = [n["id"] for n in json.loads(a)["notes"]]
    assert ids == sorted(ids)


def test_export_import_through_sqlite_keeps_every_field(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    live, gone = full_note(), full_note(id=str(uuid.uuid4()), text="withdrawn", deleted=True)
    alice.notes.add(live)
    alice.notes.add(gone)
    path = tmp_path / "alice.json"
    assert bundles.export_bundle(alice, CONF, path) == 2
    assert [
        p.name for p in tmp_path.iterdir() if p.name.startswith(".")
    ] == []  # no temp file left behind
    report = bundles.import_bundle(bob, CONF, path)
    assert (report.added, report.unchanged) == (1, 1)  # the tombstone is kept, but shows nothing
    assert bob.notes.get(live.id) == live
    assert bob.notes.get(gone.id).deleted
    assert [n.id for n in bob.notes.list(CONF)] == [live.id]


def test_export_signs_our_own_unsigned_notes(make_profile, tmp_path):
    alice = make_profile("alice", author="Alice Martín")
    note = alice.notes.add(full_note(author=""))
    bundles.export_bundle(alice, CONF, tmp_path / "b.json")
    assert (
        json.loads((tmp_path / "b.json").read_text("utf-8"))["notes"][0]["author"] == "Alice Martín"
    )
    assert alice.notes.get(note.id).author == "Alice Martín"
    assert alice.notes.get(note.id).updated == note.updated  # signing is not an edit


def _error(data: bytes) -> BundleError:
    with pytest.raises(BundleError) as info:
        core.read_bundle(data, "/shared/bob-pp26.json")
    return info.value


def test_missing_field_is_named_with_its_place():
    raw = json.loads(bundle_bytes([full_note()]))
    del raw["notes"][0]["text"]
    err = _error(json.dumps(raw).encode())
    assert err.place == "notes/0"
    assert str(err).startswith("/shared/bob-pp26.json, notes/0: ")
    assert "'text' is missing" in str(err)


def test_wrong_type_is_named_with_its_place():
    raw = json.loads(bundle_bytes([full_note(), full_note(id=str(uuid.uuid4()))]))
    raw["notes"][1]["tags"] = "AI, health"
    err = _error(json.dumps(raw).encode())
    assert err.place == "notes/1/tags"
    assert "is not of type 'array'" in str(err)


def test_bad_time_and_bad_id_are_explained():
    raw = json.loads(bundle_bytes([full_note()]))
    raw["notes"][0]["utc"] = "2026-11-30 06:15"
    err = _error(json.dumps(raw).encode())
    assert err.place == "notes/0/utc" and "UTC offset" in str(err)
    raw = json.loads(bundle_bytes([full_note()]))
    raw["notes"][0]["id"] = "note-1"
    assert _error(json.dumps(raw).encode()).place == "notes/0/id"


def test_newer_format_version_is_refused_plainly():
    raw = json.loads(bundle_bytes([full_note()]))
    raw["format_version"] = 3
    raw["notes"][0]["new_field_of_v3"] = True
    err = _error(json.dumps(raw).encode())
    assert err.place == "format_version"
    assert "newer" in str(err) and "update Observer" in str(err)


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "empty"),
        (b"<html><body>Login</body></html>", "HTML"),
        (b'{"format": "observer-notes", "format_version": 1, "notes": [', "cut off"),
        (b'{"format": "observer-conference", "format_version": 1}', "not an Observer notes bundle"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_unusable_files_are_explained(data, expected):
    assert expected in str(_error(data))


def test_duplicate_ids_and_foreign_notes_are_refused():
    note = full_note()
    raw = json.loads(bundle_bytes([note]))
    raw["notes"].append(dict(raw["notes"][0]))
    assert "appears twice" in str(_error(json.dumps(raw).encode()))
    raw = json.loads(bundle_bytes([note]))
    raw["notes"][0]["conference_id"] = "wtdc25"
    assert _error(json.dumps(raw).encode()).place == "notes/0/conference_id"


# -- merge rules (pure) ------------------------------------------------------------------------------


def test_fingerprint_follows_content_not_bookkeeping():
    note = full_note()
    assert fingerprint(note) == fingerprint(
        replace(note, updated=NOW + timedelta(hours=1), author="x")
    )
    assert fingerprint(note) != fingerprint(replace(note, text=note.text + "."))
    assert fingerprint(note) != fingerprint(replace(note, deleted=True))
    assert fingerprint(note) != fingerprint(replace(note, tags=("AI",)))


def test_merge_new_and_identical():
    note = full_note()
    assert merge(None, note, None).outcome is Outcome.ADDED
    decision = merge(note, replace(note, updated=NOW + timedelta(1)), fingerprint(note))
    assert decision.outcome is Outcome.UNCHANGED and decision.note is None and decision.copy is None
    assert core.known_versions(decision.ancestor)[0] == fingerprint(note)


def test_merge_local_only_edit_keeps_local():
    base = full_note()
    local = base.edited(text="my correction")
    decision = merge(local, base, fingerprint(base))
    assert decision.outcome is Outcome.KEPT and decision.note is None and decision.copy is None


def test_merge_remote_only_edit_takes_remote():
    base = full_note()
    remote = base.edited(text="their correction")
    for versions in (None, [fingerprint(remote), fingerprint(base)]):
        decision = merge(base, remote, fingerprint(base), versions)
        assert decision.outcome is Outcome.UPDATED and decision.note == remote
        assert core.known_versions(decision.ancestor)[0] == fingerprint(remote)


def test_merge_both_edited_keeps_local_and_adds_a_stable_conflict_copy():
    base = full_note()
    local, remote = base.edited(text="mine"), base.edited(text="theirs", edited_by="Bob")
    decision = merge(local, remote, fingerprint(base), [fingerprint(remote), fingerprint(base)])
    assert decision.outcome is Outcome.CONFLICT
    assert decision.note is None  # ours stays as it is
    copy = decision.copy
    assert copy.conflict_of == base.id and copy.text == "theirs" and copy.id != base.id
    assert copy.id == merge(local, remote, fingerprint(base)).copy.id  # stable: same id every time
    assert core.known_versions(decision.ancestor)[0] == fingerprint(local)
    other = base.edited(text="someone else's", edited_by="Carol")
    assert merge(local, other, fingerprint(base)).copy.id != copy.id


def test_conflict_marks_the_teammates_edit_whichever_machine_merges():
    """The author's version stays the note and the teammate's edit is the copy, on the author's
    machine and on the teammate's alike; both versions keep who made them and when."""
    base = full_note(author="Zoë")
    owners = base.edited(text="Zoë's reading")
    teammates = base.edited(text="Bob's reading", edited_by="Bob")
    on_zoe = merge(owners, teammates, fingerprint(base), [fingerprint(teammates)])
    on_bob = merge(teammates, owners, fingerprint(base), [fingerprint(owners)])
    assert on_zoe.outcome is on_bob.outcome is Outcome.CONFLICT
    assert on_zoe.note is None and on_zoe.copy.text == "Bob's reading"
    assert on_bob.note.text == "Zoë's reading" and on_bob.copy.text == "Bob's reading"
    assert on_zoe.copy.id == on_bob.copy.id
    assert (on_bob.copy.edited_by, on_bob.copy.updated) == ("Bob", teammates.updated)
    assert (on_bob.note.edited_by, on_bob.note.updated) == ("", owners.updated)
    # Two teammates' edits: the earlier one stays, on both machines.
    carol = replace(
        base, text="Carol's reading", edited_by="Carol", updated=teammates.updated + timedelta(1)
    )
    on_b = merge(teammates, carol, fingerprint(base), [fingerprint(carol)])
    on_c = merge(carol, teammates, fingerprint(base), [fingerprint(teammates)])
    assert on_b.copy.text == on_c.copy.text == "Carol's reading"


def test_merge_stale_remote_never_reverts_a_newer_local_edit():
    """We edited twice and shared in between; a teammate's file still has the first version."""
    base = full_note()
    first = base.edited(text="first edit")
    second = first.edited(text="second edit")
    known = core.make_ancestor_key([fingerprint(first), fingerprint(base)])
    decision = merge(second, base, known, [fingerprint(base)])
    assert decision.outcome is Outcome.KEPT


def test_merge_revert_is_decided_by_the_later_edit_on_both_sides():
    base = full_note()
    edit = base.edited(text="edit")
    revert = replace(
        base, updated=edit.updated + timedelta(seconds=5)
    )  # back to the old text, later
    both = core.make_ancestor_key([fingerprint(edit), fingerprint(base)])
    theirs = core.known_versions(both)
    here = merge(edit, revert, both, theirs)
    there = merge(revert, edit, both, theirs)
    assert here.outcome is Outcome.UPDATED and here.note == revert
    assert there.outcome is Outcome.KEPT


def test_merge_delete_vs_unchanged_deletes():
    base = full_note()
    tombstone = base.edited(deleted=True)
    decision = merge(
        base, tombstone, fingerprint(base), [fingerprint(tombstone), fingerprint(base)]
    )
    assert decision.outcome is Outcome.UPDATED and decision.note.deleted


def test_merge_delete_vs_edit_keeps_the_edit_on_both_sides():
    base = full_note()
    edit, tombstone = base.edited(text="edited"), base.edited(deleted=True)
    here = merge(edit, tombstone, fingerprint(base), [fingerprint(tombstone), fingerprint(base)])
    assert here.outcome is Outcome.CONFLICT and here.note is None and here.copy is None
    there = merge(tombstone, edit, fingerprint(base), [fingerprint(edit), fingerprint(base)])
    assert there.outcome is Outcome.RESTORED and there.note == edit


# -- merge through the store ---------------------------------------------------------------------------


def share(src, dst, tmp_path) -> bundles.MergeReport:
    path = tmp_path / f"{src.settings.get('author.name')}.json"
    bundles.export_bundle(src, CONF, path, now=NOW)
    return bundles.import_bundle(dst, CONF, path)


def texts(profile) -> list[tuple[str, str | None]]:
    return sorted((n.text, n.conflict_of) for n in profile.notes.list(CONF))


def test_importing_the_same_bundle_twice_adds_nothing(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    for i in range(3):
        alice.notes.add(full_note(id=str(uuid.uuid4()), text=f"note {i}"))
    bob.notes.add(full_note(text="bob's own"))
    assert share(alice, bob, tmp_path).added == 3
    again = bundles.import_bundle(bob, CONF, tmp_path / "alice.json")
    assert (again.added, again.updated, again.conflicts, again.unchanged) == (0, 0, 0, 3)
    assert len(bob.notes.list(CONF, include_deleted=True)) == 4
    assert "bob's own" in [t for t, _ in texts(bob)]  # an import never loses a local note


def test_edits_flow_both_ways(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    note = alice.notes.add(full_note(text="draft"))
    share(alice, bob, tmp_path)
    bob.notes.save(bob.notes.get(note.id).edited(text="draft, corrected by bob"))
    assert share(bob, alice, tmp_path).updated == 1
    assert alice.notes.get(note.id).text == "draft, corrected by bob"
    assert share(alice, bob, tmp_path).unchanged == 1
    alice.notes.save(alice.notes.get(note.id).edited(text="final"))
    share(alice, bob, tmp_path)
    assert texts(bob) == texts(alice) == [("final", None)]


def test_concurrent_edits_keep_both_versions_on_both_sides(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    note = alice.notes.add(full_note(text="original", author="alice"))
    share(alice, bob, tmp_path)
    alice.notes.save(alice.notes.get(note.id).edited(text="alice's version"))
    bob.notes.save(bob.notes.get(note.id).edited(text="bob's version"))
    report = share(alice, bob, tmp_path)
    assert report.conflicts == 1
    # The author's (alice's) version stays the note; bob's own edit is the conflicting one.
    expected = [("alice's version", None), ("bob's version", note.id)]
    assert texts(bob) == expected
    share(bob, alice, tmp_path)
    assert texts(alice) == texts(bob)
    for _ in range(2):  # and it stays settled: no new copies, no flip-flop
        share(alice, bob, tmp_path)
        share(bob, alice, tmp_path)
    assert texts(alice) == texts(bob) == expected
    copy = next(n for n in alice.notes.list(CONF) if n.conflict_of)
    assert copy.edited_by == "bob" and alice.notes.get(note.id).edited_by == ""


def test_both_sides_meeting_the_same_conflict_settle_without_duplicates(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    note = alice.notes.add(full_note(text="original"))
    share(alice, bob, tmp_path)
    alice.notes.save(alice.notes.get(note.id).edited(text="alice's version"))
    bob.notes.save(bob.notes.get(note.id).edited(text="bob's version"))
    # Both export before either imports: each side sees the conflict.
    bundles.export_bundle(alice, CONF, tmp_path / "a.json", now=NOW)
    bundles.export_bundle(bob, CONF, tmp_path / "b.json", now=NOW)
    assert bundles.import_bundle(alice, CONF, tmp_path / "b.json").conflicts == 1
    assert bundles.import_bundle(bob, CONF, tmp_path / "a.json").conflicts == 1
    for _ in range(2):
        share(alice, bob, tmp_path)
        share(bob, alice, tmp_path)
    assert texts(alice) == texts(bob)
    assert sorted(t for t, _ in texts(alice)) == ["alice's version", "bob's version"]


def test_delete_of_an_unchanged_note_deletes_it(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    note = alice.notes.add(full_note(text="to be withdrawn"))
    share(alice, bob, tmp_path)
    alice.notes.delete(note.id)
    assert share(alice, bob, tmp_path).deleted == 1
    assert bob.notes.list(CONF) == [] and bob.notes.get(note.id).deleted


def test_delete_vs_edit_keeps_the_edited_note(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    note = alice.notes.add(full_note(text="disputed"))
    share(alice, bob, tmp_path)
    alice.notes.delete(note.id)
    bob.notes.save(bob.notes.get(note.id).edited(text="disputed, but important"))
    report = share(alice, bob, tmp_path)
    assert report.conflicts == 1 and report.deleted == 0
    assert texts(bob) == [("disputed, but important", None)]
    share(bob, alice, tmp_path)  # the edit wins on alice's side too
    assert texts(alice) == [("disputed, but important", None)]


def test_a_bundle_of_another_conference_is_refused(make_profile, tmp_path):
    alice, bob = make_profile("alice"), make_profile("bob")
    alice.notes.add(full_note(conference_id="wtdc25"))
    bundles.export_bundle(alice, "wtdc25", tmp_path / "w.json")
    with pytest.raises(BundleError, match="notes of conference 'wtdc25', not of 'pp26'"):
        bundles.import_bundle(bob, CONF, tmp_path / "w.json")
    assert bob.notes.list(include_deleted=True) == []


def test_missing_file_is_a_bundle_error(make_profile, tmp_path):
    with pytest.raises(BundleError, match="cannot read the file"):
        bundles.import_bundle(make_profile("bob"), CONF, tmp_path / "nope.json")


def test_shipped_schema_is_valid_and_agrees_with_the_reader():
    import jsonschema  # noqa: PLC0415

    raw_schema = json.loads(
        (app_paths.resources_dir() / "schema" / "notes-bundle.schema.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(raw_schema)
    good = json.loads(bundle_bytes([full_note()], {}))
    bad = json.loads(bundle_bytes([full_note()]))
    bad["notes"][0]["program_date_time"] = "yesterday"
    for schema in (
        raw_schema,
        core.bundle_schema(),
    ):  # the file as tools see it, and as the app uses it
        validator = jsonschema.Draft202012Validator(schema)
        assert validator.is_valid(good) and not validator.is_valid(bad)
