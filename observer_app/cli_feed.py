"""``observer-app feed check PATH_OR_URL... [--json]``: what each source gives, or why it cannot.

Reads every source with the same code the window uses (``services.sources``), without the cache
(a check is about what is there now). A conference profile given as an argument is checked
source by source. Exit status 0 when every source is usable, 1 when any is not.

``--json`` prints one JSON list with an object per source:
``{"source", "kind", "ok", "counts": {"bodies", "sessions", "streams", "documents"}, "problems",
"warnings", "name", "timezone"}`` (and ``"profile"``: the profile's path for its sources).
"""

from __future__ import annotations

import argparse
import json
import sys

EXIT_OK, EXIT_PROBLEM = 0, 1


def add_feed_parser(subparsers) -> argparse.ArgumentParser:
    """Add ``feed check`` to the main parser's subcommands."""
    feed = subparsers.add_parser("feed", help="check conference sources (playlists, calendars, schedules, feeds)")
    actions = feed.add_subparsers(dest="feed_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="read each source and say what it gives or why it cannot be used")
    check.add_argument("sources", nargs="+", metavar="PATH_OR_URL",
                       help="M3U, XMLTV, iCalendar, Indico or pretalx JSON, RSS/Atom/JSON Feed, an Observer feed, "
                            "or a conference profile")
    check.add_argument("--json", action="store_true", help="print a JSON list, one object per source")
    return feed


def run_feed(args: argparse.Namespace) -> int:
    if getattr(args, "feed_command", "check") != "check":
        print(f"observer-app feed: unknown action {args.feed_command!r}", file=sys.stderr)
        return 2
    entries = []
    for source in args.sources:
        entries.extend(_check(source))
    if args.json:
        print(json.dumps([_as_dict(result, profile) for result, profile in entries], indent=2, ensure_ascii=False))
    else:
        for result, profile in entries:
            print(_as_text(result, profile))
    return EXIT_OK if entries and all(result.ok for result, _ in entries) else EXIT_PROBLEM


def _check(source: str) -> list[tuple]:
    from observer_app.core.feeds.detect import detect_kind
    from observer_app.core.feeds.parse import parse_source
    from observer_app.core.feeds.profile import ProfileError, parse_profile
    from observer_app.services.sources import fetch_source, open_sources

    fetched = fetch_source(source, None)
    if fetched.data is None:
        from observer_app.core.feeds.base import SourceResult

        result = SourceResult(source)
        result.problems.append(fetched.problem)
        return [(result, "")]
    if detect_kind(fetched.data, source) != "profile":
        return [(parse_source(fetched.data, source), "")]
    try:
        profile = parse_profile(fetched.data, source)
    except ProfileError as exc:
        from observer_app.core.feeds.base import SourceResult

        result = SourceResult(source, "unknown")
        result.problems.append(f"{exc.place}: {exc.problem}" if exc.place else exc.problem)
        return [(result, "")]
    _, results, notes = open_sources(profile.sources, None, name=profile.name, timezone=profile.timezone)
    for note in profile.warnings + notes:
        print(f"{source}: {note}", file=sys.stderr)
    return [(r, source) for r in results]


def _as_dict(result, profile: str) -> dict:
    out = {"source": result.source, "kind": result.kind, "ok": result.ok, "counts": result.counts(),
           "problems": list(result.problems), "warnings": list(result.warnings), "name": result.name,
           "timezone": result.timezone}
    if profile:
        out["profile"] = profile
    return out


def _as_text(result, profile: str) -> str:
    counts = result.counts()
    state = "usable" if result.ok else "NOT USABLE"
    lines = [f"{result.source}{f' (from {profile})' if profile else ''}: {result.kind}, {state}"]
    if result.ok:
        lines.append("  " + ", ".join(f"{n} {what}" for what, n in counts.items())
                     + (f"; name {result.name!r}" if result.name else "")
                     + (f"; time zone {result.timezone}" if result.timezone else ""))
    lines += [f"  problem: {p}" for p in result.problems]
    shown = result.warnings[:30]
    lines += [f"  warning: {w}" for w in shown]
    if len(result.warnings) > len(shown):
        lines.append(f"  ... and {len(result.warnings) - len(shown)} more warnings (see --json)")
    return "\n".join(lines)
