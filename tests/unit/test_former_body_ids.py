"""Issue 17: body ids with "+" are now spelt "plus" ("EBS+1" was ``ebs-1``, now ``ebs-plus-1``)
and "Committee5" now merges into "Committee 5". Notes and follows an observer filed under the
old ids, in a real profile (SQLite), show under the body again once the conference opens; a
conference's own id did not change."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from observer_app.core.follows import BODY, Follow
from observer_app.core.model import NoteStamp
from observer_app.core.notefilter import NoteFilter
from observer_app.services.notes import refile_former_bodies
from observer_app.services.sources import Naming, open_sources

PLAYLIST = """#EXTM3U
#EXTINF:-1 tvg-id="ebs1.kr",EBS+1
http://127.0.0.1:9/ebs1.m3u8
#EXTINF:-1 tvg-id="c5.itu",Committee 5
http://127.0.0.1:9/c5.m3u8
#EXTINF:-1 tvg-id="pl.itu",Plenary
http://127.0.0.1:9/plenary.m3u8
"""

#: A calendar naming the committee without its space: the same body by the name rule.
CALENDAR = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        "UID:c5-1@test",
        "DTSTAMP:20261101T000000Z",
        "DTSTART:20261130T080000Z",
        "DTEND:20261130T100000Z",
        "SUMMARY:Committee 5, first meeting",
        "LOCATION:Committee5",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)

WHEN = datetime(2026, 11, 30, 8, 30, tzinfo=UTC)


def _conference(tmp_path: Path):
    playlist = tmp_path / "wsis.m3u"
    playlist.write_text(PLAYLIST, encoding="utf-8")
    calendar = tmp_path / "c5.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    return open_sources(
        [str(playlist), str(calendar)],
        naming=Naming(name="WSIS+20 Forum"),
        get_token=lambda _name: None,
    ).conference


def _note(profile, conference_id: str, body_id: str, text: str):
    note = NoteStamp(WHEN, body_id, None).note(text, conference_id)
    return profile.notes.add(note)


def test_notes_filed_under_former_body_ids_show_under_the_body(profile, tmp_path) -> None:
    conference = _conference(tmp_path)
    ids = {b.name: b.id for b in conference.bodies}
    assert ids["EBS+1"] == "ebs-plus-1" and ids["Committee 5"] == "committee-5", ids
    # Filed by the version before "+" was spelt out and "Committee5" merged in:
    ebs = _note(profile, conference.id, "ebs-1", "EBS+1 carried the opening")
    c5 = _note(profile, conference.id, "committee5", "Kenya asked for the floor")
    plenary = _note(profile, conference.id, "plenary", "untouched")

    assert refile_former_bodies(profile, conference) == 2
    assert refile_former_bodies(profile, conference) == 0  # once only

    def under(body_id: str) -> list[str]:
        found = profile.notes.find(conference.id, NoteFilter(body_id=body_id), UTC)
        return [n.id for n in found]

    assert under("ebs-plus-1") == [ebs.id]
    assert under("committee-5") == [c5.id]
    assert under("plenary") == [plenary.id]
    kept = profile.notes.get(ebs.id)
    assert kept is not None and kept.text == "EBS+1 carried the opening"
    assert kept.utc == ebs.utc and kept.updated == ebs.updated  # filed again, not edited


def test_follows_of_a_former_body_id_follow_the_body(profile, tmp_path) -> None:
    conference = _conference(tmp_path)
    profile.follows.set_followed(conference.id, Follow(BODY, "ebs-1"), True)
    profile.follows.set_followed(conference.id, Follow(BODY, "committee5"), True)
    profile.follows.set_followed(conference.id, Follow(BODY, "committee-5"), True)

    refile_former_bodies(profile, conference)

    assert profile.follows.follows(conference.id) == {
        Follow(BODY, "ebs-plus-1"),
        Follow(BODY, "committee-5"),
    }


def test_an_id_a_body_still_has_is_never_taken_from_it(profile, tmp_path) -> None:
    """ "X" keeps ``x``; "X+" was ``x`` too, but its notes cannot be told apart: they stay."""
    playlist = tmp_path / "x.m3u"
    playlist.write_text(
        "#EXTM3U\n#EXTINF:-1,X\nhttp://127.0.0.1:9/x.m3u8\n#EXTINF:-1,X+\nhttp://127.0.0.1:9/xp.m3u8\n",
        encoding="utf-8",
    )
    conference = open_sources([str(playlist)], get_token=lambda _n: None).conference
    assert sorted(b.id for b in conference.bodies) == ["x", "x-plus"]
    note = _note(profile, conference.id, "x", "on X")
    assert refile_former_bodies(profile, conference) == 0
    found = profile.notes.find(conference.id, NoteFilter(body_id="x"), UTC)
    assert [n.id for n in found] == [note.id]


def test_a_conference_named_with_a_plus_keeps_its_id(tmp_path) -> None:
    """Its id files every note of it: "WSIS+20 Forum" stays ``wsis-20-forum``, as before."""
    assert _conference(tmp_path).id == "wsis-20-forum"


def test_the_command_line_lists_them_under_the_body_too(tmp_path) -> None:
    """``notes list`` (and every command that opens the conference) re-files them too, without
    the window having been opened first."""
    import json
    import sqlite3

    from support.cli import run

    playlist = tmp_path / "wsis.m3u"
    playlist.write_text(PLAYLIST, encoding="utf-8")
    data = tmp_path / "data"
    added = run(
        "--feed",
        str(playlist),
        "notes",
        "add",
        "EBS+1 opening",
        "--body",
        "ebs-plus-1",
        "--json",
        data_dir=data,
    )
    assert added.returncode == 0, added.stderr
    note_id = json.loads(added.stdout)["id"]
    # As the version before the "+" rule filed it:
    with sqlite3.connect(next(data.rglob("observer.sqlite3"))) as db:
        db.execute("UPDATE notes SET body_id = 'ebs-1' WHERE id = ?", (note_id,))
    listed = run("--feed", str(playlist), "notes", "list", "--json", data_dir=data)
    assert listed.returncode == 0, listed.stderr
    assert [(n["id"], n["body"]) for n in json.loads(listed.stdout)] == [(note_id, "ebs-plus-1")]
