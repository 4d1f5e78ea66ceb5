"""Team sync through a real WebDAV server (wsgidav on cheroot, basic auth) on 127.0.0.1.

Two observers, alice and bob, each with their own profile directory, share one folder. Their
passwords live in an in-memory keyring; the tests check that notes flow both ways without
duplicates, that concurrent edits keep both versions, that a file changed behind our back is
merged rather than overwritten, and that no password ever lands on disk or in a message.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

import cheroot.wsgi
import keyring
import keyring.backend
import pytest
from wsgidav.fs_dav_provider import FileResource, FilesystemProvider
from wsgidav.wsgidav_app import WsgiDAVApp

from observer_app.core import bundle as core
from observer_app.core.model import Note
from observer_app.net.session import make_session
from observer_app.net.webdav import (
    PreconditionFailed,
    WebDav,
    WebDavError,
    _parse_multistatus,
    file_url,
)
from observer_app.runtime import log as app_log
from observer_app.runtime import paths as app_paths
from observer_app.runtime import secrets
from observer_app.services import sync as team_sync
from observer_app.services.context import open_profile
from observer_app.services.sync import SyncError

CONF = "pp26"
NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
PASSWORDS = {"alice": "Alice-pw-7f3k9q-ŝecret", "bob": "Bob-pw-2m8x4z-secret"}


from support.keyrings import MemoryKeyring  # noqa: E402 - shared test backend


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    assert secrets.backend_info().usable
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def dav_server(tmp_path_factory):
    """One WebDAV server for the module (stopping one takes half a second); yields (URL, root).

    wsgidav's ETag is inode-mtime-size with whole seconds: two same-size writes within a second
    would look unchanged. Real servers (Nextcloud) change the ETag on every write, so the test
    server uses a content hash instead.
    """
    root = tmp_path_factory.mktemp("dav")
    patch = pytest.MonkeyPatch()
    patch.setattr(
        FileResource,
        "get_etag",
        lambda self: hashlib.sha256(Path(self._file_path).read_bytes()).hexdigest()[:32],
    )
    app = WsgiDAVApp(
        {
            "provider_mapping": {"/": FilesystemProvider(str(root))},
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "simple_dc": {
                "user_mapping": {"*": {u: {"password": pw} for u, pw in PASSWORDS.items()}}
            },
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
        }
    )
    server = cheroot.wsgi.Server(("127.0.0.1", 0), app, numthreads=4)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.bind_addr[1]}", root
    finally:
        server.stop()
        thread.join(10)
        patch.undo()


@pytest.fixture
def dav(dav_server):
    """A fresh team folder for each test; its URL."""
    base, root = dav_server
    name = f"team-{uuid.uuid4().hex[:8]}"
    (root / name).mkdir()
    return f"{base}/{name}/"


@pytest.fixture
def observers(tmp_path, dav):
    opened = {}

    def make(name: str, user: str | None = None):
        profile = open_profile(app_paths.resolve(tmp_path / f"profile-{name}"))
        profile.settings.set("author.name", user or name)
        profile.settings.set("sync.user", user or name)
        profile.settings.set("sync.webdav_url", dav)
        opened[name] = profile
        return profile

    yield make
    for profile in opened.values():
        profile.close()


@pytest.fixture(autouse=True)
def log_to_files(tmp_path):
    """The app's own logging, verbose, into a log file: the password must not show up there either."""
    logger = logging.getLogger("observer")
    handlers, level = list(logger.handlers), logger.level
    app_log.setup(tmp_path / "profile-shared-log", verbose=True)
    yield
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def sync(profile, client=None) -> team_sync.SyncReport:
    """Sync as the profile's user (one keyring per machine: put that user's password in it first)."""
    user = profile.settings.get("sync.user")
    scope = secrets.profile_scope(profile.paths.data)
    assert secrets.set_secret(team_sync.PASSWORD_SECRET, PASSWORDS[user], scope) is True
    return team_sync.sync(profile, CONF, client=client, now=NOW)


def add(profile, text: str) -> Note:
    return profile.notes.add(
        Note(text=text, utc=NOW, conference_id=CONF, author=profile.settings.get("author.name"))
    )


def texts(profile) -> list[tuple[str, bool]]:
    return sorted((n.text, n.conflict_of is not None) for n in profile.notes.list(CONF))


def remote_texts(url: str, user: str) -> list[str]:
    data, _etag = WebDav(make_session(), user, PASSWORDS[user]).get(url)
    return sorted(n.text for n in core.read_bundle(data, url).notes if not n.deleted)


# -- the flows ---------------------------------------------------------------------------------------


def test_notes_flow_both_ways_without_duplicates(observers, dav):
    alice, bob = observers("alice"), observers("bob")
    add(alice, "Plenary: Brazil asks for the human-rights reference")
    add(alice, "Com 5: مصر تؤيد 👍")
    first = sync(alice)
    assert first.uploaded == "alice-pp26.json" and first.imported == {}
    add(bob, "WG-PL: Germany opposes")
    report = sync(bob)
    assert report.imported["alice-pp26.json"].added == 2
    report = sync(alice)
    assert report.imported["bob-pp26.json"].added == 1
    assert report.imported["bob-pp26.json"].unchanged == 2
    assert texts(alice) == texts(bob) and len(texts(alice)) == 3
    assert (
        sync(bob).imported["alice-pp26.json"].unchanged == 3
    )  # alice's file now has bob's note too

    # Settled: nobody's file is read or written again, nothing is added.
    for profile in (alice, bob, alice):
        report = sync(profile)
        assert report.imported == {} and len(report.unchanged_files) == 1 and report.uploaded == ""
    assert texts(alice) == texts(bob) and len(texts(alice)) == 3
    listing = WebDav(make_session(), "bob", PASSWORDS["bob"]).propfind(dav)
    assert sorted(u for u, _ in listing) == [
        file_url(dav, "alice-pp26.json"),
        file_url(dav, "bob-pp26.json"),
    ]
    assert remote_texts(file_url(dav, "alice-pp26.json"), "alice") == remote_texts(
        file_url(dav, "bob-pp26.json"), "bob"
    )

    # An edit and a deletion travel too.
    note = next(n for n in bob.notes.list(CONF) if n.text.startswith("Plenary"))
    bob.notes.save(note.edited(text=note.text + " (and the gender reference)"))
    gone = next(n for n in bob.notes.list(CONF) if n.text.startswith("WG-PL"))
    bob.notes.delete(gone.id)
    sync(bob)
    report = sync(alice).imported["bob-pp26.json"]
    assert (report.updated, report.deleted, report.conflicts) == (1, 1, 0)
    assert texts(alice) == texts(bob) and len(texts(alice)) == 2


def test_concurrent_edits_keep_both_versions(observers):
    alice, bob = observers("alice"), observers("bob")
    note = add(alice, "Com 6: original")
    sync(alice)
    sync(bob)
    alice.notes.save(alice.notes.get(note.id).edited(text="Com 6: alice's reading"))
    bob.notes.save(bob.notes.get(note.id).edited(text="Com 6: bob's reading"))
    sync(alice)
    assert sync(bob).imported["alice-pp26.json"].conflicts == 1
    sync(alice)
    # The note is alice's: her reading stays the note, bob's is the conflicting edit (README).
    expected = [("Com 6: alice's reading", False), ("Com 6: bob's reading", True)]
    assert texts(alice) == texts(bob) == expected
    copy = next(n for n in alice.notes.list(CONF) if n.conflict_of)
    assert (
        copy.conflict_of == note.id and bob.notes.get(copy.id) is not None
    )  # same stable id on both sides
    for profile in (bob, alice, bob):  # settled: more syncs change nothing
        sync(profile)
    assert texts(alice) == texts(bob) == expected


class RacingClient(WebDav):
    """Before our first PUT, another machine of the same observer writes the file."""

    def __init__(self, session, user, password, meanwhile):
        super().__init__(session, user, password)
        self.meanwhile, self.puts = meanwhile, []

    def put(self, url, data, if_match=None, if_none_match=False):
        if self.meanwhile:
            self.meanwhile(url)
            self.meanwhile = None
        self.puts.append((if_match, if_none_match))
        return super().put(url, data, if_match=if_match, if_none_match=if_none_match)


def test_file_changed_between_get_and_put_is_merged_not_overwritten(observers, dav):
    alice = observers("alice")
    add(alice, "morning note")
    sync(alice)
    own = file_url(dav, "alice-pp26.json")
    laptop_note = Note(
        text="written on alice's laptop", utc=NOW, conference_id=CONF, author="alice"
    )

    def laptop_writes(url):
        body, etag = WebDav(make_session(), "alice", PASSWORDS["alice"]).get(url)
        notes = core.read_bundle(body, url).notes
        laptop = core.dumps(core.to_bundle(CONF, "alice", [*notes, laptop_note], NOW))
        WebDav(make_session(), "alice", PASSWORDS["alice"]).put(url, laptop, if_match=etag)

    add(alice, "afternoon note")
    client = RacingClient(make_session(), "alice", PASSWORDS["alice"], laptop_writes)
    report = sync(alice, client=client)
    assert report.retried
    assert len(client.puts) == 2 and client.puts[0][0] and client.puts[1][0] != client.puts[0][0]
    assert report.imported["alice-pp26.json"].added == 1
    assert "written on alice's laptop" in [t for t, _ in texts(alice)]
    assert remote_texts(own, "alice") == [
        "afternoon note",
        "morning note",
        "written on alice's laptop",
    ]


def test_conditional_put_refuses_to_overwrite(dav):
    client = WebDav(make_session(), "bob", PASSWORDS["bob"])
    url = file_url(dav, "bob-pp26.json")
    first = client.put(url, b'{"v": 1}', if_none_match=True)
    assert first
    with pytest.raises(PreconditionFailed):
        client.put(url, b'{"v": 2}', if_none_match=True)  # exists: If-None-Match: * fails
    second = client.put(url, b'{"v": 22}', if_match=first)
    with pytest.raises(PreconditionFailed):
        client.put(url, b'{"v": 3}', if_match=first)  # stale ETag
    assert client.get(url) == (b'{"v": 22}', second)
    assert [u for u, _ in client.propfind(dav)] == [url]


def test_same_observer_on_two_machines_merges_into_one_file(observers, dav):
    desk, laptop = observers("desk", user="alice"), observers("laptop", user="alice")
    add(desk, "from the desk")
    sync(desk)
    add(laptop, "from the laptop")
    report = sync(laptop)  # never uploaded from here: reads the existing file, merges, then writes
    assert report.imported["alice-pp26.json"].added == 1
    sync(desk)
    assert texts(desk) == texts(laptop) == [("from the desk", False), ("from the laptop", False)]
    assert remote_texts(file_url(dav, "alice-pp26.json"), "alice") == [
        "from the desk",
        "from the laptop",
    ]


def test_unreadable_file_in_the_folder_is_reported_and_skipped(observers, dav):
    alice, bob = observers("alice"), observers("bob")
    WebDav(make_session(), "bob", PASSWORDS["bob"]).put(
        file_url(dav, "junk.json"), b"<html>oops</html>"
    )
    add(bob, "bob's note")
    sync(bob)
    report = sync(alice)
    assert report.imported["bob-pp26.json"].added == 1
    assert (
        len(report.problems) == 1
        and "junk.json" in report.problems[0]
        and "HTML" in report.problems[0]
    )


# -- errors and secrets ------------------------------------------------------------------------------


def test_wrong_password_is_explained_without_the_password(observers, dav):
    alice = observers("alice")
    wrong = "Wr0ng-pw-91xq"
    secrets.set_secret(team_sync.PASSWORD_SECRET, wrong)
    with pytest.raises(SyncError) as info:
        team_sync.sync(alice, CONF)
    message = str(info.value)
    assert "'alice'" in message and dav in message and "HTTP 401" in message
    assert "secret set sync.webdav_password" in message
    assert wrong not in message and PASSWORDS["alice"] not in message


def test_missing_settings_say_which_command_to_run(observers, dav):
    alice = observers("alice")
    secrets.delete_secret(team_sync.PASSWORD_SECRET)
    with pytest.raises(SyncError, match="secret set sync.webdav_password"):
        team_sync.sync(alice, CONF)
    alice.settings.set("sync.webdav_url", "")
    with pytest.raises(SyncError, match="settings set sync.webdav_url"):
        team_sync.sync(alice, CONF)
    alice.settings.set("sync.webdav_url", dav.replace("http://", "http://alice:pw@"))
    with pytest.raises(SyncError, match="contains a user name or password"):
        team_sync.sync(alice, CONF)


def test_missing_folder_is_explained(observers, dav):
    alice = observers("alice")
    alice.settings.set("sync.webdav_url", dav + "no-such-folder/")
    with pytest.raises(SyncError, match="no such folder"):
        sync(alice)


def test_passwords_never_reach_disk_or_logs(observers, dav, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    alice, bob = observers("alice"), observers("bob")
    add(alice, "a")
    add(bob, "b")
    for profile in (alice, bob, alice):
        sync(profile)
    secrets.set_secret(team_sync.PASSWORD_SECRET, "not-the-right-one")
    with pytest.raises(SyncError):
        team_sync.sync(bob, CONF)
    needles = []
    for user, pw in PASSWORDS.items():
        needles += [pw.encode(), base64.b64encode(f"{user}:{pw}".encode())]
    needles.append(b"not-the-right-one")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "sync-state.json" for p in files) and any(
        p.suffix == ".log" for p in files
    )
    for path in files:
        content = path.read_bytes()
        assert not any(n in content for n in needles), path
    assert not any(n.decode() in caplog.text for n in needles)


def test_listing_entries_outside_the_folder_are_ignored():
    xml = b"""<?xml version="1.0"?>
    <d:multistatus xmlns:d="DAV:">
      <d:response><d:href>/team/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>
        </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/team/bob%20m-pp26.json</d:href><d:propstat><d:prop><d:getetag>"e1"</d:getetag>
        <d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>https://elsewhere.example/steal.json</d:href><d:propstat><d:prop>
        <d:getetag>"e2"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/team/sub/deep.json</d:href><d:propstat><d:prop><d:getetag>"e3"</d:getetag>
        </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
    </d:multistatus>"""
    from observer_app.net.webdav import _is_child  # noqa: PLC0415

    folder = "https://cloud.example.org/team/"
    entries = [(u, e) for u, e in _parse_multistatus(xml, folder) if _is_child(u, folder)]
    assert entries == [("https://cloud.example.org/team/bob%20m-pp26.json", '"e1"')]
    with pytest.raises(WebDavError):
        _parse_multistatus(b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', folder)


def test_network_failures_are_plain_webdav_errors(dav):
    """A server that never answers, one that fails, and https spoken to a plain http port."""
    import http.server  # noqa: PLC0415
    import socket  # noqa: PLC0415

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)

    class Failing(http.server.BaseHTTPRequestHandler):
        def do_PROPFIND(self):  # noqa: N802
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    failing = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    threading.Thread(target=failing.serve_forever, daemon=True).start()
    try:
        client = WebDav(make_session(retries=0), "alice", PASSWORDS["alice"], timeout=0.5)
        with pytest.raises(WebDavError, match="did not answer in time"):
            client.propfind(f"http://127.0.0.1:{silent.getsockname()[1]}/team/")
        with pytest.raises(WebDavError, match=r"server error \(HTTP 503\)") as info:
            client.propfind(f"http://127.0.0.1:{failing.server_address[1]}/team/")
        assert info.value.status == 503
        with pytest.raises(WebDavError, match="no secure \\(TLS\\) connection"):
            client.propfind(dav.replace("http://", "https://"))
        with pytest.raises(WebDavError, match="no such folder") as info:
            client.get(dav + "missing.json")
        assert info.value.status == 404
    finally:
        failing.shutdown()
        failing.server_close()
        silent.close()


def test_teammates_file_names_are_shown_as_written_not_percent_encoded(observers, dav):
    alice, bob = observers("alice"), observers("bob")
    bob.settings.set("author.name", "Zoë Ünal")
    add(bob, "Com 4: Türkiye supports")
    assert "uploaded Zoë-Ünal-pp26.json to " in str(sync(bob))
    report = sync(alice)
    assert list(report.imported) == ["Zoë-Ünal-pp26.json"]
    assert "Zoë-Ünal-pp26.json: 1 added" in str(report) and "%" not in str(report)
    missing = file_url(dav, "Zoë-Ünal-old.json")
    with pytest.raises(WebDavError) as info:
        WebDav(make_session(), "alice", PASSWORDS["alice"]).get(missing)
    assert "Zoë-Ünal-old.json: no such folder or file" in str(info.value)
    assert "%C3" not in str(info.value)
