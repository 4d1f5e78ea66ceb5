"""The headless command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from support.cli import ENV, run


@pytest.mark.parametrize(
    "args",
    [[], ["doctor"], ["export"], ["settings"], ["settings", "set"], ["notes"], ["notes", "add"]],
)
def test_help_at_every_level(args):
    result = run(*args, "--help")
    assert result.returncode == 0
    assert "usage: observer-app" in result.stdout


def test_settings_set_get_list(tmp_path):
    assert run("settings", "set", "author.name", "A. Observer", data_dir=tmp_path).returncode == 0
    assert run("settings", "get", "author.name", data_dir=tmp_path).stdout.strip() == "A. Observer"
    listed = json.loads(run("settings", "list", "--json", data_dir=tmp_path).stdout)
    assert listed["author.name"] == "A. Observer" and listed["player.volume"] == 80
    bad = run("settings", "set", "player.volume", "loud", data_dir=tmp_path)
    assert bad.returncode == 2 and "player.volume takes a whole number, not 'loud'" in bad.stderr


def test_notes_add_list_and_export_markdown(tmp_path):
    run("settings", "set", "author.organization", "Digital Rights Watch", data_dir=tmp_path)
    added = run(
        "notes",
        "add",
        "Kenya supports DT/33; asks for ADM/54 online",
        "--body",
        "com5",
        data_dir=tmp_path,
    )
    assert added.returncode == 0, added.stderr
    notes = json.loads(run("notes", "list", "--json", data_dir=tmp_path).stdout)
    assert [n["text"] for n in notes] == ["Kenya supports DT/33; asks for ADM/54 online"]
    assert notes[0]["body"] == "com5" and notes[0]["session"].startswith(
        "com5-d2-"
    )  # whatever sits now
    out = tmp_path / "report.md"
    exported = run("export", "--format", "md", "-o", str(out), data_dir=tmp_path)
    assert exported.returncode == 0 and "wrote 1 note to" in exported.stderr
    text = out.read_text(encoding="utf-8")
    assert "Digital Rights Watch" in text and "Kenya supports DT/33" in text
    assert "Documents: DT/33 (Draft report of the Plenary Working Group" in text
    assert "ADM/54 (Agenda of the fourth meeting of Committee 5)" in text


def test_notes_add_refuses_an_empty_note(tmp_path):
    result = run("notes", "add", "   ", data_dir=tmp_path)
    assert result.returncode == 2 and "needs some text" in result.stderr
    assert json.loads(run("notes", "list", "--json", data_dir=tmp_path).stdout) == []


def test_notes_add_unknown_body(tmp_path):
    result = run("notes", "add", "x", "--body", "com9", data_dir=tmp_path)
    assert result.returncode == 2 and "no body 'com9'" in result.stderr and "com5" in result.stderr


def test_global_feed_option_bad_file_is_an_error_not_another_conference(tmp_path):
    bad = tmp_path / "feed.json"
    bad.write_text("<html>oops</html>")
    result = run("--feed", str(bad), "export", "-o", str(tmp_path / "r.md"), data_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count(f"{bad}, line 1: this is HTML") == 1  # said once, plainly
    assert not (tmp_path / "r.md").exists()


def test_last_feed_broken_falls_back_to_demo_with_message(tmp_path):
    bad = tmp_path / "feed.json"
    bad.write_text('{"format": "observer-conference", "format_version": 1, "conference": ')
    run("settings", "set", "conference.last_feed", str(bad), data_dir=tmp_path)
    result = run("notes", "list", data_dir=tmp_path)
    assert result.returncode == 0
    assert "the file seems cut off" in result.stderr and "opened the demo" in result.stderr


def test_unwritable_data_dir_is_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = run("notes", "list", data_dir=blocker)
    assert result.returncode == 1
    assert (
        f"{blocker} is a file, not a directory" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_export_to_a_missing_directory_is_a_clear_message(tmp_path):
    result = run("export", "-o", str(tmp_path / "no" / "such" / "dir" / "r.md"), data_dir=tmp_path)
    assert (
        result.returncode == 1
        and "cannot write" in result.stderr
        and "Traceback" not in result.stderr
    )


@pytest.mark.vlc
def test_doctor_json_plays_the_demo(tmp_path):
    result = run("doctor", "--json", "--seconds", "1", data_dir=tmp_path)
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stdout
    checks = {c["name"]: c for c in report["checks"]}
    assert (
        checks["libVLC playback"]["ok"]
        and "(3 audio tracks)" in checks["libVLC playback"]["detail"]
    )
    assert report["info"]["libvlc"].startswith("3.")
    assert report["info"]["data dir"] == str(tmp_path / "data")


def test_doctor_without_libvlc_says_how_to_install(tmp_path):
    env = {
        **ENV,
        "PYTHON_VLC_LIB_PATH": str(tmp_path / "no-libvlc.so"),
        "PYTHON_VLC_MODULE_PATH": str(tmp_path),
    }
    result = run("doctor", data_dir=tmp_path, env=env)
    assert result.returncode == 1
    assert "libVLC not found" in result.stdout
    assert (
        "sudo apt install libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output"
        in result.stdout
    )
    assert "Traceback" not in result.stdout + result.stderr


def test_core_store_net_never_import_qt_or_vlc():
    code = (
        "import sys, pkgutil, importlib, observer_app.core, observer_app.store, observer_app.net\n"
        "for pkg in (observer_app.core, observer_app.store, observer_app.net):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'vlc')]\n"
        "print(bad)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_version_imports_no_gui_player_network_or_heavy_library():
    """``observer-app --version`` answers from the command line's parser alone (issue 15): the
    modules a subcommand needs (Qt, libVLC, requests, keyring, the schema, the speech and PDF
    libraries) are imported in the subcommand that uses them. Read with ``-X importtime``,
    which names every module the process imported."""
    heavy = {
        "PySide6", "shiboken6", "vlc", "requests", "urllib3", "keyring", "jsonschema",
        "numpy", "av", "faster_whisper", "ctranslate2", "pypdfium2", "docx", "icalendar",
        "feedparser", "yt_dlp", "m3u8", "webvtt",
    }  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "observer_app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.startswith("observer-app "), result.stderr
    imported = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    assert "observer_app" in imported  # (the importtime lines were read)
    assert sorted(imported & heavy) == []


def test_notes_list_selection_and_briefing(tmp_path):
    run("notes", "add", "Before: Kenya supports DT/33", "--body", "com5", data_dir=tmp_path)
    assert run("notes", "briefing", data_dir=tmp_path).returncode == 0
    run("notes", "add", "After: Chile on ADM/54", "--body", "com6", data_dir=tmp_path)
    since = json.loads(run("notes", "list", "--json", "--since-briefing", data_dir=tmp_path).stdout)
    assert [n["text"] for n in since] == ["After: Chile on ADM/54"]
    by_doc = json.loads(
        run("notes", "list", "--json", "--document", "dt 33", data_dir=tmp_path).stdout
    )
    assert [n["text"] for n in by_doc] == ["Before: Kenya supports DT/33"]
    found = json.loads(
        run(
            "notes", "list", "--json", "--search", "chile", "--body", "com6", data_dir=tmp_path
        ).stdout
    )
    assert len(found) == 1
    bad = run("notes", "list", "--document", "hello", data_dir=tmp_path)
    assert bad.returncode != 0 and "not a document symbol" in bad.stderr


def test_bundle_export_import_between_two_profiles(tmp_path):
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    run("settings", "set", "author.name", "Alice", data_dir=alice)
    run("notes", "add", "Alice: Kenya supports DT/33", "--body", "com5", data_dir=alice)
    bundle = tmp_path / "alice.json"
    assert run("notes", "export-bundle", str(bundle), data_dir=alice).returncode == 0
    first = run("notes", "import-bundle", str(bundle), data_dir=bob)
    again = run("notes", "import-bundle", str(bundle), data_dir=bob)
    assert first.returncode == 0 and again.returncode == 0, first.stderr
    notes = json.loads(run("notes", "list", "--json", data_dir=bob).stdout)
    assert [(n["text"], n["author"]) for n in notes] == [
        ("Alice: Kenya supports DT/33", "Alice")
    ]  # once
    junk = tmp_path / "junk.json"
    junk.write_text("<html>login</html>")
    bad = run("notes", "import-bundle", str(junk), data_dir=bob)
    assert bad.returncode == 1 and str(junk) in bad.stderr and "Traceback" not in bad.stderr


def test_secret_is_read_from_stdin_and_never_stored_in_a_file_without_a_keyring(tmp_path):
    env = {**ENV, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = run(
        "secret",
        "set",
        "sync.webdav_password",
        data_dir=tmp_path,
        env=env,
        input="hunter2-secret\n",
    )
    assert result.returncode == 1 and "NOT stored" in result.stderr
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"hunter2-secret" not in path.read_bytes(), path


def test_send_by_email_without_a_mail_server_makes_a_draft(tmp_path):
    run("notes", "add", "Kenya supports DT/33", "--body", "com5", data_dir=tmp_path)
    run("settings", "set", "smtp.recipients", "coalition@example.org", data_dir=tmp_path)
    result = run("send", "--to", "email", "--format", "md,csv", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("draft") and "mailto:coalition@example.org" in result.stdout
