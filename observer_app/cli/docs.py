"""Command-line faces of the document library: ``docs fetch|new|diff`` and ``search``
(parsing and printing only; the work is in ``services.documents``).

Wiring (in ``cli.py``): ``add_docs_parsers(sub)`` in ``build_parser``, then with the profile
open and the conference known, ``run_docs(args, DocsContext(profile, conference))`` for
``docs`` and ``run_search(...)`` for ``search``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
_UN = ("ar", "zh", "en", "fr", "ru", "es")


@dataclass
class DocsContext:
    """What the commands need: the open profile (``services.context.Profile``) and the conference."""

    profile: Any
    conference: Any


def add_docs_parsers(subparsers) -> None:
    """Add ``docs`` (fetch, new, diff) and ``search`` to the top-level subparsers."""
    d = subparsers.add_parser(
        "docs", help="conference documents: download, what's new, revision diffs"
    )
    ds = d.add_subparsers(dest="docs_command", metavar="ACTION", required=True)
    f = ds.add_parser(
        "fetch",
        help="download the conference's documents into the cache and index their text "
        "(exit 1 if any file failed)",
    )
    f.add_argument("--body", help="only the documents of this body (id from the feed)")
    f.add_argument(
        "--language",
        help="preferred languages first, comma-separated (default: your interpretation "
        "language, then en)",
    )
    f.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    n = ds.add_parser("new", help="documents and revisions that appeared since you last looked")
    n.add_argument("--mark", action="store_true", help="and mark them as looked at")
    n.add_argument("--json", action="store_true")
    df = ds.add_parser(
        "diff", help="what a revision changed against the version before it (unified diff)"
    )
    df.add_argument("symbol", help="e.g. 67(Rev.1) or 'DT/33 rev 1'")
    df.add_argument(
        "--language", help="language of the text to compare (default: English when both have it)"
    )
    s = subparsers.add_parser("search", help="search document pages, your notes and transcripts")
    s.add_argument(
        "query",
        help="words that must appear (accents do not matter; the last word may be a prefix)",
    )
    s.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    s.add_argument("--json", action="store_true", help="one JSON array")


def run_docs(args, ctx: DocsContext) -> int:
    if args.docs_command == "fetch":
        return _fetch(args, ctx)
    if args.docs_command == "new":
        return _new(args, ctx)
    if args.docs_command == "diff":
        return _diff(args, ctx)
    return EXIT_USAGE


def preferred_languages(ctx: DocsContext, option: str | None) -> tuple[str, ...]:
    """``--language`` if given, else the interpretation language from the settings, then English."""
    if option:
        return tuple(x.strip().lower() for x in option.split(",") if x.strip())
    chosen = str(ctx.profile.settings.get("player.language") or "")
    return tuple(dict.fromkeys([*([chosen] if chosen in _UN else []), "en"]))


def _fetch(args, ctx: DocsContext) -> int:
    from observer_app.services import documents

    conference = ctx.conference
    if args.body and conference.body(args.body) is None:
        known = ", ".join(b.id for b in conference.bodies) or "none"
        print(
            f"observer-app: no body {args.body!r} in {conference.name} (bodies: {known})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    shown = {"index": 0}

    def progress(p) -> None:
        if p.index != shown["index"]:
            shown["index"] = p.index
            print(f"[{p.index}/{p.count}] {p.symbol} ({p.language})", file=sys.stderr, flush=True)

    summary = documents.fetch_documents(
        conference,
        ctx.profile,
        ctx.profile.paths.cache / "documents",
        documents.FetchScope(args.body, preferred_languages(ctx, args.language)),
        progress=progress,
    )
    if args.json:
        print(json.dumps(summary.as_dict(), indent=2, ensure_ascii=False))
    else:
        counts = summary.counts()
        print(
            f"fetched {counts['fetched']}, unchanged {counts['unchanged']}, local {counts['local']}, "
            f"failed {counts['failed']}" + (" (cancelled)" if summary.cancelled else "")
        )
        for o in summary.outcomes:
            if o.status == documents.FileStatus.FAILED:
                print(f"  failed: {o.symbol} ({o.language}) {o.url}: {o.reason}")
            elif o.text_problem:
                print(f"  no searchable text: {o.symbol} ({o.language}): {o.text_problem}")
    return EXIT_OK if summary.ok else EXIT_PROBLEM


def _new(args, ctx: DocsContext) -> int:
    from observer_app.services import documents

    found = documents.whats_new(ctx.profile, ctx.conference.id, mark=args.mark)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "symbol": n.symbol,
                        "kind": n.kind,
                        "base": n.record.base,
                        "title": n.record.title,
                        "first_seen": n.record.first_seen.isoformat(),
                    }
                    for n in found
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for n in found:
            print(f"{n.symbol:20} {n.kind:11} {n.record.title}")
        if not found:
            print("nothing new since you last looked", file=sys.stderr)
    return EXIT_OK


def _diff(args, ctx: DocsContext) -> int:
    from observer_app.services import documents

    result = documents.diff_revision(ctx.profile, ctx.conference.id, args.symbol, args.language)
    if result.problem and not result.diff:
        print(f"observer-app: {result.problem}", file=sys.stderr)
        return EXIT_PROBLEM
    print(result.diff)
    return EXIT_OK


def run_search(args, ctx: DocsContext) -> int:
    """Pages, notes and transcript lines in one list, best first (``services.search``)."""
    from observer_app.cli.transcript import spoken_dict
    from observer_app.core import clock
    from observer_app.services import search
    from observer_app.store.db import StoreError

    if args.limit < 1:
        print("observer-app: --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        hits = search.search(ctx.profile, ctx.conference, ctx.conference.id, args.query, args.limit)
    except StoreError as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    if args.json:
        print(json.dumps([_hit_dict(h, spoken_dict) for h in hits], indent=2, ensure_ascii=False))
        return EXIT_OK
    for h in hits:
        line = getattr(h, "line", None)
        if line is not None:  # what was said: the sitting's name and the video time
            where, kind = f"{h.title} {clock.format_position(line.start_ms)}", "said"
        else:
            where = f"{h.ref} ({h.language}) p.{h.page}" if h.kind == "document" else h.ref
            kind = h.kind
        print(f"{kind:8} {where:28} {' '.join(h.snippet.split())}")
    if not hits:
        print(f"nothing found for {args.query!r}", file=sys.stderr)
    return EXIT_OK


def _hit_dict(h, spoken_dict) -> dict:
    if getattr(h, "line", None) is not None:
        return spoken_dict(h)
    return {
        "kind": h.kind,
        "symbol": h.ref if h.kind == "document" else None,
        "note_id": h.ref if h.kind == "note" else None,
        "language": h.language or None,
        "page": h.page,
        "snippet": h.snippet,
        "rank": h.rank,
        "title": h.title,
    }
