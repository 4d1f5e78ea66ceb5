"""``observer-app feed check PATH_OR_URL... [--json]``: what each source gives, or why it cannot.

Reads every source with the same code the window uses (``services.sources``), without the cache
(a check is about what is there now). A conference profile given as an argument is checked
source by source. Exit status 0 when every source is usable, 1 when any is not.

A playlist's guide (``x-tvg-url``) is checked too, as the window reads it. ``--json`` prints one
JSON list with an object per source: ``{"source", "kind", "ok", "counts": {"bodies", "sessions",
"streams", "documents"}, "problems", "warnings", "name", "timezone"}`` (and ``"profile"``: the
profile's path for its sources, whose warnings also carry the profile's own; ``"guide_of"``: the
playlist that named a guide).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_app.core.feeds.base import SourceResult

EXIT_OK, EXIT_PROBLEM = 0, 1


class Via(StrEnum):
    """How a source checked was reached, when not given itself (its text is the JSON key)."""

    PROFILE = "profile"  # one of a profile's sources
    GUIDE_OF = "guide_of"  # the guide a playlist names
    LINKED_FROM = "linked_from"  # a source a web page links to


#: How the text output says where a source came from.
_WHERE = {
    Via.PROFILE: " (from {})",
    Via.GUIDE_OF: " (guide named by {})",
    Via.LINKED_FROM: " (linked from {})",
}


@dataclass(frozen=True)
class Checked:
    """One source read, and how it was reached: ``via`` None for a source given itself,
    else from ``origin`` (the profile, playlist or page)."""

    result: SourceResult
    via: Via | None = None
    origin: str = ""


def add_feed_parser(subparsers) -> argparse.ArgumentParser:
    """Add ``feed check`` to the main parser's subcommands."""
    feed = subparsers.add_parser(
        "feed", help="check conference sources (playlists, calendars, schedules, feeds)"
    )
    actions = feed.add_subparsers(dest="feed_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="read each source and say what it gives or why it cannot be used"
    )
    check.add_argument(
        "sources",
        nargs="+",
        metavar="PATH_OR_URL",
        help="M3U, XMLTV, iCalendar, Indico or pretalx JSON, RSS/Atom/JSON Feed, an Observer feed, "
        "or a conference profile",
    )
    check.add_argument(
        "--json", action="store_true", help="print a JSON list, one object per source"
    )
    return feed


def run_feed(args: argparse.Namespace) -> int:
    if getattr(args, "feed_command", "check") != "check":
        print(f"observer-app feed: unknown action {args.feed_command!r}", file=sys.stderr)
        return 2
    entries = []
    for source in args.sources:
        entries.extend(_check(source))
    if args.json:
        print(json.dumps([_as_dict(entry) for entry in entries], indent=2, ensure_ascii=False))
    else:
        for entry in entries:
            print(_as_text(entry))
    return EXIT_OK if entries and all(e.result.ok for e in entries) else EXIT_PROBLEM


def _check(source: str) -> list[Checked]:
    """``source`` and what it brings along: a profile's sources, the guide a playlist names,
    the sources a web page links to, as the window reads them."""
    from observer_app.core.feeds.base import SourceResult
    from observer_app.core.feeds.detect import detect_kind
    from observer_app.core.feeds.profile import parse_profile
    from observer_app.services.sources import (
        Naming,
        linked_sources,
        load,
        named_guides,
        open_sources,
        parse_bytes,
    )

    def parse(data: bytes, content_type: str):
        if detect_kind(data, source) == "profile":
            return parse_profile(data, source)
        return parse_bytes(data, source, None, content_type)

    try:
        value = load(source, None, parse).value
    except ValueError as exc:  # unreadable, or a profile that cannot be used
        result = SourceResult(source)
        place, problem = getattr(exc, "place", ""), getattr(exc, "problem", str(exc))
        result.problems.append(f"{place}: {problem}" if place else problem)
        return [Checked(result)]
    if isinstance(value, SourceResult):
        return [
            Checked(value),
            *(Checked(guide, Via.GUIDE_OF, source) for guide in named_guides([value], None)),
            *(Checked(r, Via.LINKED_FROM, source) for r in linked_sources([value], None)),
        ]
    combined = open_sources(
        value.sources, None, naming=Naming(name=value.name, timezone=value.timezone)
    )
    _profile_warnings(value, combined.results, combined.warnings)
    return [Checked(r, Via.PROFILE, source) for r in combined.results]


def _profile_warnings(profile, results: list, notes: list[str]) -> None:
    """The profile's own warnings go with the source they are about (``sources/2/...``); the
    profile-wide ones and the merge's with its first source, so ``--json`` has them all."""
    from observer_app.core.feeds.profile import source_index

    for note in profile.warnings + notes:
        index = source_index(note)
        target = results[index] if index is not None and index < len(results) else results[0]
        target.warnings.append(f"profile {profile.source}: {note}")


def _as_dict(entry: Checked) -> dict:
    result = entry.result
    out = {
        "source": result.source,
        "kind": result.kind,
        "ok": result.ok,
        "counts": result.counts(),
        "problems": list(result.problems),
        "warnings": list(result.warnings),
        "name": result.name,
        "timezone": result.timezone,
    }
    if entry.via is not None:
        out[entry.via] = entry.origin
    return out


_ONE = {"bodies": "body", "sessions": "session", "streams": "stream", "documents": "document"}


def _as_text(entry: Checked) -> str:
    result = entry.result
    counts = result.counts()
    state = "usable" if result.ok else "NOT USABLE"
    where = _WHERE[entry.via].format(entry.origin) if entry.via is not None else ""
    lines = [f"{result.source or repr(result.source)}{where}: {result.kind}, {state}"]
    if result.ok:
        lines.append(
            "  "
            + ", ".join(f"{n} {_ONE[what] if n == 1 else what}" for what, n in counts.items())
            + (f"; name {result.name!r}" if result.name else "")
            + (f"; time zone {result.timezone}" if result.timezone else "")
        )
    lines += [f"  problem: {p}" for p in result.problems]
    shown = result.warnings[:30]
    lines += [f"  warning: {w}" for w in shown]
    if len(result.warnings) > len(shown):
        lines.append(f"  ... and {len(result.warnings) - len(shown)} more warnings (see --json)")
    return "\n".join(lines)
