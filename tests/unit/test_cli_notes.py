"""``notes add --private``, ``notes edit``, ``notes delete`` and ``notes private`` run as a user
runs them: a real process on a real data directory."""

from __future__ import annotations

import json

from test_cli import run


def notes(tmp_path) -> list[dict]:
    return json.loads(run("notes", "list", "--json", data_dir=tmp_path).stdout)


def add(tmp_path, text: str, *extra: str) -> dict:
    result = run("notes", "add", text, "--json", *extra, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_add_private_edit_and_delete(tmp_path):
    run("settings", "set", "author.name", "Alice", data_dir=tmp_path)
    shared = add(tmp_path, "Kenya supports DT/33")
    private = add(tmp_path, "our red line", "--private")
    assert (shared["for_feedback"], private["for_feedback"]) == (True, False)
    assert shared["author"] == private["author"] == "Alice"

    edited = run(
        "notes",
        "edit",
        private["id"][:8],
        "--text",
        "our red line, softened",
        "--speaker",
        "Kenya",
        "--stance",
        "concern",
        "--json",
        data_dir=tmp_path,
    )
    assert edited.returncode == 0, edited.stderr
    assert json.loads(edited.stdout)["text"] == "our red line, softened"
    piped = run(
        "notes", "edit", shared["id"], input="Kenya supports DT/33(Rev.1)\n", data_dir=tmp_path
    )
    assert piped.returncode == 0 and f"note {shared['id']} changed" in piped.stderr
    by_id = {n["id"]: n for n in notes(tmp_path)}
    assert by_id[shared["id"]]["text"] == "Kenya supports DT/33(Rev.1)"
    assert (by_id[private["id"]]["speaker"], by_id[private["id"]]["stance"]) == ("Kenya", "concern")

    report = tmp_path / "r.md"
    assert run("export", "-o", str(report), data_dir=tmp_path).returncode == 0
    assert "red line" not in report.read_text("utf-8")

    deleted = run("notes", "delete", shared["id"], "--json", data_dir=tmp_path)
    assert deleted.returncode == 0 and json.loads(deleted.stdout)["deleted"] is True
    assert [n["id"] for n in notes(tmp_path)] == [private["id"]]
    again = run("notes", "edit", shared["id"], "--text", "x", data_dir=tmp_path)
    assert again.returncode == 2 and "is deleted" in again.stderr


def test_private_and_shared_again(tmp_path):
    note = add(tmp_path, "Brazil asks for the reference")
    made = run("notes", "private", note["id"], data_dir=tmp_path)
    assert made.returncode == 0 and "is private" in made.stderr
    assert notes(tmp_path)[0]["for_feedback"] is False
    back = run("notes", "private", note["id"], "--shared", "--json", data_dir=tmp_path)
    assert json.loads(back.stdout)["for_feedback"] is True


def test_bad_ids_and_bad_fields_say_what_to_do(tmp_path):
    note = add(tmp_path, "a note")
    for args, expected in (
        (("edit", "abc", "--text", "x"), "too short"),
        (("edit", "ffffffff", "--text", "x"), "notes list --json"),
        (("edit", note["id"], "--stance", "loves"), "unknown stance 'loves'"),
        (("edit", note["id"], "--text", "  "), "notes delete ID"),
        (("delete", "0000-nothing"), "no note"),
    ):
        result = run("notes", *args, data_dir=tmp_path)
        assert result.returncode == 2 and expected in result.stderr, (args, result.stderr)
    assert notes(tmp_path)[0]["text"] == "a note"  # nothing changed


def test_a_teammates_note_cannot_be_made_private(tmp_path):
    """Only its author can make a note private (a teammate's private note cannot exist here)."""
    from observer_app.core.model import Note  # noqa: PLC0415
    from observer_app.runtime import paths as app_paths  # noqa: PLC0415
    from observer_app.services.context import open_profile  # noqa: PLC0415

    run("settings", "set", "author.name", "Alice", data_dir=tmp_path)
    add(tmp_path, "mine")
    profile = open_profile(app_paths.resolve(tmp_path))
    try:
        mine = profile.notes.list()[0]
        conference_id = mine.conference_id
        theirs = profile.notes.add(
            Note(text="bob's note", utc=mine.utc, conference_id=conference_id, author="Bob")
        )
    finally:
        profile.close()
    result = run("notes", "private", theirs.id, data_dir=tmp_path)
    assert result.returncode == 2 and "is Bob's; only its author" in result.stderr
    assert {n["text"]: n["for_feedback"] for n in notes(tmp_path)}["bob's note"] is True
