"""Headless subcommands: argument parsing and printing only; the work is in ``services``.

Global options (``--data-dir``, ``--feed``) come before the subcommand and apply to all.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from observer_app import __version__
from observer_app.cli.docs import add_docs_parsers
from observer_app.cli.feed import add_feed_parser, run_feed
from observer_app.cli.notes import add_note_change_parsers
from observer_app.cli.transcript import add_transcript_parsers
from observer_app.runtime.paths import AppPaths, PathError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="observer-app",
        description="Follow intergovernmental conferences: webcasts, documents, stamped notes, feedback. "
        "With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--data-dir", metavar="DIR", help="keep all data, settings, cache and logs under DIR"
    )
    p.add_argument(
        "--feed",
        metavar="PATH_OR_URL",
        help="conference feed to open (default: the last one, or the demo)",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log debugging detail to stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    d = sub.add_parser(
        "doctor", help="check the installation: versions, directories, keyring, libVLC playback"
    )
    d.add_argument("--json", action="store_true", help="print one JSON object")
    d.add_argument(
        "--seconds", type=float, default=2.0, help="how long to play the demo stream (default 2)"
    )

    pr = sub.add_parser(
        "probe", help="play a stream headless and report what happens (languages, clock, stalls)"
    )
    pr.add_argument(
        "url",
        help="stream address (http(s) HLS or progressive, or a file); '|User-Agent=...' accepted",
    )
    pr.add_argument(
        "--seconds", type=float, default=5.0, help="how long to play once it plays (default 5)"
    )
    pr.add_argument("--language", help="audio channel to ask for: floor, ar, zh, en, fr, ru, es")
    pr.add_argument(
        "--audio-only", action="store_true", help="probe the low-bandwidth audio-only mode"
    )
    pr.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        help="give up if nothing plays within this (default 20)",
    )
    pr.add_argument("--json", action="store_true", help="one JSON object per line")

    formats = ["md", "html", "pdf", "docx", "json", "csv", "vtt", "srt", "txt"]
    e = sub.add_parser("export", help="write a feedback report")
    e.add_argument(
        "--format", choices=formats, help="report format (default: from the file name, else md)"
    )
    e.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="where to write it ('-' for stdout)"
    )
    add_report_options(e)

    se = sub.add_parser(
        "send", help="send a feedback report by e-mail or to an HTTP endpoint (outbox on failure)"
    )
    se.add_argument("--to", choices=["email", "http"], required=True)
    se.add_argument(
        "--format",
        default="pdf,md",
        help="attachments for e-mail, comma-separated (default pdf,md)",
    )
    add_report_options(se)
    sub.add_parser("outbox", help="deliver what is waiting in the outbox, and list what was sent")

    s = sub.add_parser("settings", help="read and change settings")
    ss = s.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    sl = ss.add_parser("list", help="every setting with its value and help")
    sl.add_argument("--json", action="store_true")
    sg = ss.add_parser("get", help="print one setting")
    sg.add_argument("key")
    st = ss.add_parser("set", help="change one setting")
    st.add_argument("key")
    st.add_argument("value")

    n = sub.add_parser("notes", help="list, add, edit, delete or share notes")
    ns = n.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    nl = ns.add_parser("list", help="the notes of the current conference, in time order")
    nl.add_argument("--json", action="store_true")
    add_filter_options(nl)
    nb = ns.add_parser(
        "briefing", help="mark a civil-society briefing now ('since the last briefing' starts here)"
    )
    nb.add_argument("--title", default="Briefing")
    ne = ns.add_parser(
        "export-bundle", help="write all notes of the conference as a team bundle (JSON)"
    )
    ne.add_argument("file")
    ni = ns.add_parser(
        "import-bundle", help="merge a teammate's bundle: no duplicates, conflicts kept visibly"
    )
    ni.add_argument("file")
    nsy = ns.add_parser(
        "sync",
        help="exchange bundles with the team's WebDAV folder (settings sync.webdav_url, sync.user)",
    )
    nsy.add_argument("--json", action="store_true", help="print what was merged as JSON")

    sc = sub.add_parser("secret", help="passwords and tokens, kept in the system keyring")
    scs = sc.add_subparsers(dest="secret_command", metavar="ACTION", required=True)
    sset = scs.add_parser(
        "set", help="store a secret read from standard input (never from the command line)"
    )
    sset.add_argument("name", help="e.g. sync.webdav_password, smtp.password, http.token")
    sdel = scs.add_parser("delete", help="forget a secret")
    sdel.add_argument("name")
    scs.add_parser("status", help="which keyring backend is in use")
    add_note_change_parsers(ns)
    add_feed_parser(sub)
    add_docs_parsers(sub)
    add_transcript_parsers(sub)
    return p


def add_report_options(p: argparse.ArgumentParser) -> None:
    add_filter_options(p)
    g = p.add_argument_group("report")
    g.add_argument("--title", default="", help="the report's title")
    g.add_argument("--intro", default="", help="an introduction paragraph")
    g.add_argument("--include-private", action="store_true", help="include notes marked private")


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """The note selection shared by ``notes list`` (and, later, ``export``/``send``)."""
    g = p.add_argument_group("selection")
    g.add_argument("--body", help="body id")
    g.add_argument("--session", help="session id")
    g.add_argument("--day", help="YYYY-MM-DD, in the conference's time zone")
    g.add_argument("--speaker")
    g.add_argument("--stance", choices=["supports", "opposes", "concern", "question", "commitment"])
    g.add_argument("--tag")
    g.add_argument("--document", help="document symbol, e.g. DT/33 or 67(Rev.1)")
    g.add_argument(
        "--since-briefing", action="store_true", help="only notes since the last briefing"
    )
    g.add_argument("--search", default="", help="words that must appear")
    g.add_argument("--for-feedback", action="store_true", help="leave out private notes")


def note_filter(args, profile, conference):
    """A NoteFilter from the selection options (errors are SystemExit with a plain message)."""
    from datetime import date

    from observer_app.core.notefilter import NoteFilter
    from observer_app.core.symbols import parse_symbol

    day = None
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            raise SystemExit(f"observer-app: --day takes YYYY-MM-DD, not {args.day!r}") from None
    document = None
    if args.document:
        parsed = parse_symbol(args.document)
        if parsed is None:
            raise SystemExit(f"observer-app: {args.document!r} is not a document symbol")
        document = parsed.canonical()
    since = None
    if args.since_briefing:
        last = profile.notes.last_briefing(conference.id)
        if last is None:
            raise SystemExit("observer-app: no briefing marked yet (observer-app notes briefing)")
        since = last.utc
    return NoteFilter(
        body_id=args.body,
        session_id=args.session,
        day=day,
        speaker=args.speaker,
        stance=args.stance,
        tag=args.tag,
        document=document,
        since=since,
        text=args.search,
        only_for_feedback=args.for_feedback,
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from observer_app.store.db import StoreError

    if args.command == "doctor":
        from observer_app.services.doctor import run_doctor

        report = run_doctor(paths, feed=args.feed, seconds=args.seconds)
        if args.json:
            print(json.dumps(report.as_dict(), indent=2))
        else:
            print(report.as_text())
        return EXIT_OK if report.ok else EXIT_PROBLEM
    if args.command == "secret":
        from observer_app.cli.send import secret_command
        from observer_app.runtime import secrets

        secrets.use_profile(paths.data)  # the secret of this data directory's profile

        return secret_command(args)
    if args.command == "feed":
        return run_feed(args)
    if args.command == "probe":
        from observer_app.player.probe import run_probe

        result = run_probe(
            args.url, args.seconds, args.language, args.audio_only, args.json, timeout=args.timeout
        )
        return EXIT_OK if result.played else EXIT_PROBLEM
    try:
        from observer_app.services.context import open_profile

        # Beside a running window (it holds the profile's lock), the window owns the checks.
        profile = open_profile(paths)
    except (PathError, StoreError) as exc:
        print(f"observer-app: {_store_words(exc)}", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        from observer_app.cli.recovery import run_recovering

        return run_recovering(args, profile, _profile_command)
    except StoreError as exc:
        print(f"observer-app: {_store_words(exc)}", file=sys.stderr)
        return EXIT_PROBLEM
    except _FeedUnusable:
        return EXIT_PROBLEM
    finally:
        profile.close()


def _store_words(exc: Exception) -> str:
    """A full disk said for a shell (nothing saved, the text untouched), else the message."""
    from observer_app.store.db import DiskFullError

    return exc.for_command_line() if isinstance(exc, DiskFullError) else str(exc)


def _profile_command(args: argparse.Namespace, profile) -> int:
    if args.command == "settings":
        return _settings(args, profile)
    if args.command == "export":
        return _export(args, profile)
    if args.command == "send":
        from observer_app.cli.send import send_command

        conference = _conference(args, profile)
        return send_command(args, profile, conference, _report_options(args, profile, conference))
    if args.command == "outbox":
        from observer_app.cli.send import outbox_command

        return outbox_command(profile)
    if args.command == "notes":
        return _notes(args, profile)
    if args.command in ("docs", "search", "transcribe", "transcript"):
        return _library(args, profile)
    return EXIT_USAGE


class _FeedUnusable(Exception):
    pass


def _library(args, profile) -> int:
    """Documents, search and transcripts: commands on the conference's library."""
    if args.command in ("transcribe", "transcript"):
        from observer_app.cli.transcript import run_transcript

        return run_transcript(args, profile, _conference(args, profile))
    from observer_app.cli.docs import DocsContext, run_docs, run_search

    context = DocsContext(profile, _conference(args, profile))
    return (run_docs if args.command == "docs" else run_search)(args, context)


def _conference(args, profile):
    """The conference to work on. A feed named with --feed must work: a script that asked for
    one conference must not silently get another (the GUI falls back to the demo instead)."""
    from observer_app.core.feeds.ownjson import FeedError
    from observer_app.services.conference import open_feed, open_with_fallback

    # A copy kept less than the window's refresh interval ago is what the window shows too:
    # used as it is, without a request (each export asked the server again, or waited for
    # it on a slow connection); an older one is asked for conditionally, and offline used
    # with a note giving its age.
    fresh_for_s = int(profile.settings.get("conference.refresh_minutes")) * 60
    if args.feed:
        try:
            result = open_feed(args.feed, profile.paths.cache, fresh_for_s=fresh_for_s)
        except FeedError as exc:
            print(f"observer-app: {exc}", file=sys.stderr)
            raise _FeedUnusable() from None
    else:
        result = open_with_fallback(
            profile.settings.get("conference.last_feed") or None,
            profile.paths.cache,
            fresh_for_s=fresh_for_s,
        )
    for problem in (
        result.problems + result.stale
    ):  # stale: offline, an old copy is used (the window says so too)
        print(f"observer-app: {problem}", file=sys.stderr)
    from observer_app.services.notes import refile_former_bodies
    from observer_app.store.db import StoreError

    try:  # notes filed under a body's former id count as the body's, as in the window
        refile_former_bodies(profile, result.feed.conference)
    except (StoreError, sqlite3.Error) as exc:  # they stay where they were; the command runs
        print(f"observer-app: {exc}", file=sys.stderr)
    return result.feed.conference


def _settings(args, profile) -> int:
    from observer_app.core.settings import SETTINGS, SettingError

    try:
        if args.settings_command == "list":
            values = profile.settings.all()
            if args.json:
                print(json.dumps(values, indent=2, ensure_ascii=False))
            else:
                for key, spec in SETTINGS.items():
                    print(
                        f"{key} = {json.dumps(values[key], ensure_ascii=False)}\n    {spec.label}: {spec.help}"
                    )
        elif args.settings_command == "get":
            value = profile.settings.get(args.key)
            print(value if isinstance(value, str) else json.dumps(value))
        else:
            profile.settings.set(args.key, args.value)
    except SettingError as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _report_options(args, profile, conference):
    """The report's ReportChoices from the selection and report options."""
    from observer_app.services.export import ReportChoices

    return ReportChoices(
        note_filter(args, profile, conference), args.title, args.intro, args.include_private
    )


def _export(args, profile) -> int:
    from observer_app.runtime.heap import collector_paused

    with collector_paused():
        return _export_report(args, profile)


def _export_report(args, profile) -> int:
    from observer_app.services import export

    conference = _conference(args, profile)
    fmt = args.format or export.guess_format(args.output)
    options = _report_options(args, profile, conference)
    if fmt == "pdf":
        from observer_app.cli.send import qt_for_pdf

        qt_for_pdf()
    try:
        if args.output == "-":
            sys.stdout.buffer.write(
                export.render_bytes(export.make_report(profile, conference, choices=options), fmt)
            )
            return EXIT_OK
        report = export.export_report(profile, conference, fmt, Path(args.output), options)
    except export.ExportError as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    n = report.note_count
    print(f"wrote {n} note{'s' if n != 1 else ''} to {args.output}", file=sys.stderr)
    return EXIT_OK


def _notes(args, profile) -> int:
    from observer_app.core import clock

    conference = _conference(args, profile)
    if args.notes_command in ("add", "edit", "delete", "private"):
        from observer_app.cli.notes import run_note_change

        return run_note_change(args, profile, conference)
    if args.notes_command in ("export-bundle", "import-bundle", "sync"):
        return _bundles(args, profile, conference)
    if args.notes_command == "briefing":
        from observer_app.core.model import Briefing

        briefing = profile.notes.add_briefing(
            Briefing(conference.id, datetime.now(UTC), args.title)
        )
        print(clock.iso_utc(briefing.utc))
        return EXIT_OK
    notes = profile.notes.find(
        conference.id, note_filter(args, profile, conference), clock.zone(conference.timezone)
    )
    if args.json:
        from observer_app.cli.notes import note_json

        print(
            json.dumps(
                [note_json(n) for n in notes],
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        tz = clock.zone(conference.timezone)
        for n in notes:
            who = f"{n.speaker}: " if n.speaker else ""
            print(
                f"{n.utc.astimezone(tz):%Y-%m-%d %H:%M:%S} {clock.format_position(n.media_position_ms):>8}  "
                f"{n.body_id or '-':10} {who}{n.text}"
            )
    return EXIT_OK


def _bundles(args, profile, conference) -> int:
    from observer_app.core.bundle import BundleError
    from observer_app.services import bundles, sync

    try:
        if args.notes_command == "export-bundle":
            count = bundles.export_bundle(profile, conference.id, args.file)
            print(f"wrote {count} note{'s' if count != 1 else ''} to {args.file}", file=sys.stderr)
        elif args.notes_command == "import-bundle":
            print(bundles.import_bundle(profile, conference.id, args.file))
        else:
            report = sync.sync(profile, conference.id)
            print(
                json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if args.json else report
            )
    except (BundleError, sync.SyncError) as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK
