"""Transcripts shared through the team folder: three observers (alice, bob, carol), three data
directories, each with its own keyring, syncing through a real WebDAV server (wsgidav over HTTPS
with a throwaway CA). Alice transcribed a plenary, bob transcribed its first seconds too on his
laptop, carol imported the human captions of a later passage. After syncing, every machine has
the same speech once, captions instead of the automatic lines of their span, and bob finds
alice's words with ``observer-app search`` (a real process) under the sitting's name. Syncing
again changes nothing. A version 1 bundle of an older Observer in the folder still imports."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from support.cli import run
from support.keyrings import MemoryKeyring
from support.webdav import https_webdav

from observer_app.runtime import paths as app_paths
from observer_app.runtime import secrets
from observer_app.services import sync as team_sync
from observer_app.services import transcripts
from observer_app.services.context import Profile, open_profile
from observer_app.store.transcripts import TranscriptRepository

CONF = "pp-demo"  # the demo conference: what `observer-app` opens with no feed
SESSION = "plenary-d1-am"  # "Meeting 1: Opening of the conference; ..." of the Plenary
START = datetime(2026, 12, 7, 0, 30, tzinfo=UTC)  # when the lines were said (any instant)


def demo_title() -> str:
    """The sitting's name as a person writes it; the date is the demo feed's (it follows
    today's date), read from the feed, in the conference's zone (Seoul)."""
    from zoneinfo import ZoneInfo

    from observer_app.services.conference import open_feed

    feed = open_feed(str(app_paths.demo_feed()), None).feed.conference
    day = feed.session(SESSION).start.astimezone(ZoneInfo("Asia/Seoul"))
    return f"Plenary, Meeting 1: Opening of the conference; election of the Chairman, {day.day} {day:%b %Y}"


PASSWORDS = {"alice": "Alice-pw-q81", "bob": "Bob-pw-z27", "carol": "Carol-pw-m40"}


class Machine:
    """One observer's computer: a data directory and a keyring of its own."""

    def __init__(self, name: str, home: Path, folder: str, ca_file: Path):
        self.name = name
        self.data_dir = home / name
        self.keyring = MemoryKeyring()
        self.profile: Profile = open_profile(app_paths.resolve(self.data_dir))
        for key, value in {
            "author.name": name,
            "sync.user": name,
            "sync.webdav_url": folder,
            "sync.ca_file": str(ca_file),
        }.items():
            self.profile.settings.set(key, value)
        previous = keyring.get_keyring()
        keyring.set_keyring(self.keyring)
        try:
            scope = secrets.profile_scope(self.profile.paths.data)
            assert secrets.set_secret(team_sync.PASSWORD_SECRET, PASSWORDS[name], scope)
        finally:
            keyring.set_keyring(previous)

    def sync(self) -> team_sync.SyncReport:
        previous = keyring.get_keyring()
        keyring.set_keyring(self.keyring)
        try:
            return team_sync.sync(self.profile, CONF)
        finally:
            keyring.set_keyring(previous)

    def said(self, at_ms: int, end_ms: int, text: str, position_ms: int = 0) -> None:
        """An automatic line as the transcriber makes it (``LineMaker``), stored."""
        maker = transcripts.LineMaker(CONF, SESSION, stream_url=f"https://{self.name}.cdn/p.m3u8")
        maker.start_segment(0, position_ms, START)
        message = {"start_ms": at_ms, "end_ms": end_ms, "text": text, "language": "en"}
        TranscriptRepository(self.profile.db).add([maker.make(message)])

    def lines(self):
        return TranscriptRepository(self.profile.db).lines(CONF, SESSION)


@pytest.fixture
def team(tmp_path):
    with https_webdav(tmp_path / "dav", PASSWORDS) as (base, root, ca_file):
        (root / "team").mkdir()
        machines = {n: Machine(n, tmp_path, f"{base}/team/", ca_file) for n in PASSWORDS}
        try:
            yield machines, root / "team"
        finally:
            for machine in machines.values():
                machine.profile.close()


def rounds(machines, n: int) -> list[team_sync.SyncReport]:
    return [machine.sync() for _ in range(n) for machine in machines.values()]


def test_a_transcript_made_on_one_laptop_is_searchable_on_the_others(team, tmp_path):
    machines, folder = team
    alice, bob, carol = machines["alice"], machines["bob"], machines["carol"]
    alice.said(1000, 5000, "Thank you. Iran, you have the floor.")
    alice.said(6000, 12000, "We support the draft resolution on cybersecurity in Document 161.")
    alice.said(20000, 26000, "Thank you Chair, Kenya supports the proposal of Iran.")
    # Bob's laptop opened the stream 30 s later and heard the first words a little differently.
    bob.said(1300, 5300, "Thank you, Iran, you have the floor", position_ms=30000)
    bob.said(40000, 45000, "Egypt asks for the floor on ADM/54.")
    captions = tmp_path / "cart.srt"
    captions.write_text(
        "1\n00:00:20,000 --> 00:00:26,000\n"
        "Thank you, Chair. Kenya supports the proposal of the Islamic Republic of Iran.\n",
        encoding="utf-8",
    )
    transcripts.import_captions(carol.profile, CONF, SESSION, captions, START, "en")
    # A teammate on an older Observer: a version 1 bundle, notes only.
    (folder / "dave-pp-demo.json").write_text(
        json.dumps(
            {
                "format": "observer-notes",
                "format_version": 1,
                "conference_id": CONF,
                "author": "dave",
                "exported": "2026-12-07T01:00:00.000Z",
                "notes": [
                    {
                        "id": "5f0e7a52-1c1e-4b7a-9d0e-4b2f6c8a1e37",
                        "conference_id": CONF,
                        "text": "Dave: Iran's proposal has support",
                        "utc": "2026-12-07T00:31:00.000Z",
                        "body_id": "plenary",
                        "session_id": SESSION,
                        "stream_url": None,
                        "stream_kind": None,
                        "media_position_ms": None,
                        "program_date_time": None,
                        "for_feedback": True,
                        "created": "2026-12-07T00:31:00.000Z",
                        "updated": "2026-12-07T00:31:00.000Z",
                        "speaker": "",
                        "agenda_item": "",
                        "stance": "",
                        "tags": [],
                        "author": "dave",
                        "conflict_of": None,
                        "deleted": False,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )

    rounds(machines, 2)

    expected_after = {  # by hand: what each speech should be, once
        (20000, "captions"),  # carol's captions replaced alice's automatic line of that span
        (6000, "automatic"),
        (40000, "automatic"),
    }
    for machine in machines.values():
        lines = machine.lines()
        first = [x for x in lines if x.utc < START + timedelta(seconds=6)]
        assert len(first) == 1, (machine.name, [x.text for x in first])  # the same speech, once
        rest = {(x.start_ms, x.source) for x in lines if x not in first}
        assert rest == expected_after, machine.name
        assert len(lines) == 4, machine.name
        notes = [n.text for n in machine.profile.notes.list(CONF)]
        assert "Dave: Iran's proposal has support" in notes, machine.name

    again = rounds(machines, 2)  # both ways, twice more: nothing new anywhere
    assert all(r.total.lines_added == 0 and r.total.lines_replaced == 0 for r in again)
    assert all(r.uploaded == "" for r in again[3:])  # unchanged bundles are not sent again
    assert all(len(m.lines()) == 4 for m in machines.values())
    shared = json.loads((folder / "alice-pp-demo.json").read_text(encoding="utf-8"))
    assert shared["format_version"] == 2 and len(shared["transcripts"]) == 4

    bob.profile.close()  # the command line opens bob's profile as the window would not be open
    found = run("search", "cybersecurity", "--json", data_dir=bob.data_dir)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    title = demo_title()
    assert [(h["kind"], h["session"], h["title"], h["position"]) for h in hits] == [
        ("transcript", SESSION, title, "0:06")
    ]
    printed = run("search", "Islamic Republic", data_dir=bob.data_dir)
    assert printed.returncode == 0, printed.stderr
    assert f"said     {title} 0:20" in printed.stdout
    assert SESSION not in printed.stdout  # the sitting's name, not its key
    bob.profile = open_profile(app_paths.resolve(bob.data_dir))
