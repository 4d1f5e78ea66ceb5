"""Command-line faces of the transcript: ``transcribe URL_OR_FILE`` and ``transcript export``
(parsing and printing only; the work is in ``services.transcriber`` and ``services.transcripts``).

``transcribe`` decodes the stream with a headless libVLC into a named pipe (no second copy of
anything on disk), a child process runs Whisper on it, and each line is printed as it comes
(``--json``: one object per line) and stored in the profile, searchable with ``search``.
"""

from __future__ import annotations

import json
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def add_transcript_parsers(subparsers: Any) -> None:
    t = subparsers.add_parser(
        "transcribe",
        help="print a timed transcript of a stream or file as it plays (on this machine only)",
    )
    t.add_argument("source", metavar="URL_OR_FILE", help="stream address or media file")
    t.add_argument(
        "--language",
        help="language spoken (en, fr, es, ru, ar, zh); default: English for .en models, "
        "else detected",
    )
    t.add_argument(
        "--model", help="tiny, base, small, medium, large-v3, or tiny.en ... (default: setting)"
    )
    t.add_argument(
        "--seconds", type=float, help="stop after this many seconds of audio (default: the end)"
    )
    t.add_argument(
        "--session", help="store the lines under this session id (default: transcribe-<time>)"
    )
    t.add_argument("--json", action="store_true", help="one JSON object per line")
    x = subparsers.add_parser("transcript", help="transcripts kept in the profile")
    xs = x.add_subparsers(dest="transcript_command", metavar="ACTION", required=True)
    xe = xs.add_parser("export", help="write a session's transcript as WebVTT, SRT or text")
    xe.add_argument("session", metavar="SESSION", help="session id (see 'transcript list')")
    xe.add_argument("-o", "--output", required=True, metavar="FILE", help="'-' for stdout")
    xe.add_argument("--format", choices=["vtt", "srt", "txt"], help="default: from the name")
    xs.add_parser("list", help="sessions with a transcript, and their line counts")
    xi = xs.add_parser(
        "import-captions",
        help="human captions (WebVTT or SRT) as a session's transcript (they take precedence)",
    )
    xi.add_argument("file", metavar="FILE")
    xi.add_argument("--session", required=True, help="session id (its start dates the cues)")
    xi.add_argument("--start", help="UTC instant of the recording's 0:00 (default: session start)")
    xi.add_argument("--language", default="", help="language of the captions (en, fr, ...)")


def run_transcript(args: Any, profile: Any, conference: Any) -> int:
    from observer_app.core import clock
    from observer_app.services import transcripts
    from observer_app.store.transcripts import TranscriptRepository

    if args.command == "transcribe":
        return _transcribe(args, profile, conference)
    if args.transcript_command == "import-captions":
        return _import_captions(args, profile, conference)
    if args.transcript_command == "list":
        for key, count in TranscriptRepository(profile.db).sessions(conference.id):
            print(f"{key:30} {count} line{'s' if count != 1 else ''}")
        return EXIT_OK
    try:
        n = transcripts.export_transcript(
            profile,
            conference.id,
            args.session,
            Path(args.output),
            args.format,
            clock.zone(conference.timezone),
        )
    except transcripts.TranscriptError as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"wrote {n} line{'s' if n != 1 else ''} to {args.output}", file=sys.stderr)
    return EXIT_OK


def _import_captions(args: Any, profile: Any, conference: Any) -> int:
    from observer_app.core import clock
    from observer_app.services import transcripts

    session = conference.session(args.session)
    try:
        start = clock.parse_iso(args.start) if args.start else (session.start if session else None)
    except ValueError:
        print(f"observer-app: --start takes an ISO instant, not {args.start!r}", file=sys.stderr)
        return EXIT_USAGE
    if start is None:
        print(
            f"observer-app: {args.session!r} is not a session of {conference.name}: "
            "say when its recording starts with --start 2026-11-30T06:00:00Z",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        added = transcripts.import_captions(
            profile, conference.id, args.session, Path(args.file), start, args.language
        )
    except transcripts.TranscriptError as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{added} caption line{'s' if added != 1 else ''} stored", file=sys.stderr)
    return EXIT_OK


def _model_folder(args: Any, profile: Any) -> tuple[Path, str]:
    """The model's folder (downloaded first if needed) and its name."""
    from observer_app.services import speech_models as sm

    name = args.model or str(profile.settings.get("transcript.model"))
    user_dir = "" if args.model else str(profile.settings.get("transcript.model_dir") or "")
    folder = sm.find_model(name, profile.paths.cache, user_dir)
    if folder is not None:
        return folder, name
    print(f"downloading the {name} model (once; then it works offline)...", file=sys.stderr)
    shown = {"percent": -1}

    def progress(p: sm.Progress) -> None:
        percent = p.done_bytes * 100 // max(1, p.total_bytes)
        if percent != shown["percent"]:
            shown["percent"] = percent
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)

    folder = sm.download_model(name, profile.paths.cache, progress=progress)
    print(file=sys.stderr)
    return folder, name


def _source_url(source: str) -> str:
    if "://" in source:
        return source
    path = Path(source).expanduser()
    if not path.exists():
        raise FileNotFoundError(f"no such file: {source}")
    return path.resolve().as_uri()


def _transcribe(args: Any, profile: Any, conference: Any) -> int:
    from observer_app.player.backend import LibVlcMissing
    from observer_app.services.speech_models import ModelError

    try:
        folder, name = _model_folder(args, profile)
        url = _source_url(args.source)
    except (ModelError, FileNotFoundError) as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    language = args.language or ("en" if name.endswith(".en") else None)
    session = args.session or f"transcribe-{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    try:
        return _run(args, profile, conference, folder, url, language, session)
    except LibVlcMissing as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM


def _run(
    args: Any,
    profile: Any,
    conference: Any,
    folder: Path,
    url: str,
    language: str | None,
    session: str,
) -> int:
    from observer_app.core import clock
    from observer_app.player.pcm_tap import PcmTap, drain_then_remove, make_pipe
    from observer_app.services.transcriber import (
        LONG_MAX_S,
        LONG_MIN_S,
        MAX_S,
        MIN_S,
        Transcriber,
        TranscriberConfig,
    )
    from observer_app.services.transcripts import LineMaker
    from observer_app.store.transcripts import TranscriptRepository

    # A file is decoded as fast as the CPU allows and nobody waits for each line: long pieces
    # (several times less CPU per minute). A stream: short pieces, lines a few seconds late.
    lo, hi = (LONG_MIN_S, LONG_MAX_S) if url.startswith("file:") else (MIN_S, MAX_S)
    pipe = make_pipe()
    config = TranscriberConfig(str(folder), language, min_s=lo, max_s=hi, limit_s=args.seconds)
    transcriber = Transcriber(config, str(pipe)).start()
    tap = PcmTap(url, pipe)
    maker = LineMaker(conference.id, session, stream_url=url)
    repo = TranscriptRepository(profile.db)
    tz = clock.zone(conference.timezone)
    limit_ms = None if args.seconds is None else int(args.seconds * 1000)
    problem = ""
    count = 0
    try:
        tap.start()
        finished = False
        while not finished:
            if tap.finished():
                tap.stop()  # closes the pipe: the child flushes what it has
            for message in transcriber.poll(0.2):
                kind = message["kind"]
                if kind == "segment":
                    maker.start_segment(message["segment"], 0, datetime.now(UTC))
                elif kind == "line" and (limit_ms is None or message["start_ms"] < limit_ms):
                    line = maker.make(message)
                    repo.add([line])
                    count += 1
                    _print(line, tz, args.json)
                elif kind == "progress" and limit_ms is not None:
                    if message["audio_ms"] >= limit_ms:
                        tap.stop()  # the child flushes what it has, then says segment_end
                elif kind == "error":
                    problem, finished = message["message"], True
                elif kind in ("segment_end", "end"):
                    finished = True
            if not transcriber.alive() and not finished:
                problem, finished = "the transcriber stopped unexpectedly", True
    except KeyboardInterrupt:
        pass
    finally:
        released = threading.Event()
        drain = drain_then_remove(pipe, released.is_set)  # libVLC must never block writing
        tap.release()
        released.set()
        transcriber.stop()
        drain.join()
    if problem:
        print(f"observer-app: {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{count} line{'s' if count != 1 else ''} stored as session {session}", file=sys.stderr)
    return EXIT_OK


def _print(line: Any, tz: Any, as_json: bool) -> None:
    from observer_app.core import clock

    if as_json:
        print(
            json.dumps(
                {
                    "start_ms": line.start_ms,
                    "end_ms": line.end_ms,
                    "utc": clock.iso_utc(line.utc),
                    "text": line.text,
                    "language": line.language,
                    "speaker": line.speaker,
                    "documents": list(line.documents),
                    "source": line.source,
                },
                ensure_ascii=False,
            ),
            flush=True,
        )
    else:
        who = f"{line.speaker}: " if line.speaker else ""
        print(
            f"{clock.format_clock(line.utc, tz, seconds=True)} "
            f"{clock.format_position(line.start_ms):>8}  {who}{line.text}",
            flush=True,
        )


def spoken_dict(hit: Any) -> dict[str, Any]:
    """A transcript hit of ``observer-app search --json`` (kind "transcript"): the session's
    key and title (the sitting as the schedule names it), video time, instant, speaker."""
    from observer_app.core import clock

    return {
        "kind": "transcript",
        "session": hit.line.session_key,
        "title": hit.title,
        "position": clock.format_position(hit.line.start_ms),
        "utc": clock.iso_utc(hit.line.utc),
        "snippet": hit.snippet,
        "rank": hit.rank,
        "speaker": hit.line.speaker,
    }
