"""Command-line faces of changing notes: ``notes add|edit|delete|private`` (parsing and
printing only; the rules are in ``services.notes``).

Wiring (in ``cli.py``): ``add_note_change_parsers(ns)`` on the ``notes`` subparsers, then with
the profile open and the conference known, ``run_note_change(args, profile, conference)``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
COMMANDS = ("add", "edit", "delete", "private")


def add_note_change_parsers(ns: Any) -> None:
    """``add``, ``edit``, ``delete`` and ``private`` under ``notes``."""
    na = ns.add_parser("add", help="add a note stamped now (no media position)")
    na.add_argument("text")
    na.add_argument("--body", help="body id (see the feed)")
    na.add_argument(
        "--private", action="store_true", help="a private note: it never leaves this machine"
    )
    na.add_argument("--json", action="store_true", help="print the note as JSON (else its id)")
    ne = ns.add_parser(
        "edit", help="change a note's text or fields (standard input gives the text if no option)"
    )
    ne.add_argument("id", help="the note's id, or its first characters (notes list --json)")
    ne.add_argument("--text")
    ne.add_argument("--speaker")
    ne.add_argument("--agenda-item")
    ne.add_argument("--stance", help="supports, opposes, concern, question, commitment or ''")
    ne.add_argument("--json", action="store_true", help="print the changed note as JSON")
    nd = ns.add_parser("delete", help="delete a note (teammates learn of it at the next sync)")
    nd.add_argument("id")
    nd.add_argument("--json", action="store_true")
    npr = ns.add_parser(
        "private",
        help="make one of your notes private: out of reports and of the team folder "
        "(withdrawn at the next sync)",
    )
    npr.add_argument("id")
    npr.add_argument(
        "--shared", action="store_true", help="the other way: for feedback and the team again"
    )
    npr.add_argument("--json", action="store_true")


def note_json(note: Any) -> dict[str, Any]:
    """A note as scripts read it (``notes list --json`` prints the same fields)."""
    from observer_app.core import clock  # noqa: PLC0415

    return {
        "id": note.id,
        "utc": clock.iso_utc(note.utc),
        "body": note.body_id,
        "session": note.session_id,
        "media_position_ms": note.media_position_ms,
        "stream_url": note.stream_url,
        "text": note.text,
        "speaker": note.speaker,
        "agenda_item": note.agenda_item,
        "stance": note.stance,
        "tags": list(note.tags),
        "for_feedback": note.for_feedback,
        "author": note.author,
        "edited_by": note.edited_by,
        "conflict_of": note.conflict_of,
        "deleted": note.deleted,
    }


def run_note_change(args: argparse.Namespace, profile: Any, conference: Any) -> int:
    from observer_app.services import notes  # noqa: PLC0415

    try:
        note, message = _change(args, profile, conference, notes)
    except notes.NoteError as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(note_json(note), indent=2, ensure_ascii=False))
    elif args.notes_command == "add":
        print(note.id)
    else:
        print(message, file=sys.stderr)
    return EXIT_OK


def _change(args: argparse.Namespace, profile: Any, conference: Any, notes: Any) -> tuple[Any, str]:
    command = args.notes_command
    if command == "add":
        note = notes.add_note_now(profile, conference, args.text, args.body, private=args.private)
        return note, ""
    if command == "edit":
        text = args.text
        if (
            text is None
            and args.speaker is None
            and args.agenda_item is None
            and args.stance is None
        ):
            if sys.stdin.isatty():
                raise notes.NoteError("give --text (or pipe the new text on standard input)")
            text = sys.stdin.read()
        note = notes.edit_note(
            profile,
            conference,
            args.id,
            text=text,
            speaker=args.speaker,
            agenda_item=args.agenda_item,
            stance=args.stance,
        )
        return note, f"note {note.id} changed"
    if command == "delete":
        note = notes.delete_note(profile, conference, args.id)
        return note, f"note {note.id} deleted"
    note = notes.set_private(profile, conference, args.id, private=not args.shared)
    state = "for feedback and the team" if note.for_feedback else "private"
    return note, f"note {note.id} is {state}"
