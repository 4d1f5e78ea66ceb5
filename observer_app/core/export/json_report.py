"""JSON feedback report, format "observer-feedback" version 1: what the HTTP submission sends.

It is also the report *as data* for the other formats: ``entry_data`` flattens one note the
same way for JSON, CSV, HTML, DOCX and the cue tracks, so a field added here shows up
everywhere. Fields that ``core.report`` may not carry yet (speaker, stance, ids, links) are read
with ``getattr`` fallbacks, so this works before and after they are added.

Schema: ``resources/schema/feedback-report.schema.json``; description: docs/report-formats.md.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from observer_app.core import clock
from observer_app.core.report import BodyGroup, Quote, Report, ReportEntry, SessionGroup

FORMAT = "observer-feedback"
FORMAT_VERSION = 1

# http(s), a host, then anything but blanks and control characters, to the end.
_PUBLIC_URL = re.compile(r"(?i)https?://[^\s/?#\x00-\x1f\x7f]+(?:[/?#][^\s\x00-\x1f\x7f]*)?\Z")
_POSITION = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*$")


def public_url(url: object) -> str | None:
    """``url`` if it is an http(s) link a reader of the report can follow, else ``None``.

    Local ``file:`` paths would leak the observer's folder names and mean nothing to the
    reader; ``javascript:``/``data:`` links are an attack. Control characters and blanks are
    refused rather than repaired: a link that needs repair did not come from a feed we trust.
    """
    if isinstance(url, str) and len(url) <= 2048 and _PUBLIC_URL.match(url):
        return url
    return None


def position_ms(entry: ReportEntry) -> int | None:
    """The note's place in its session's recording, in ms (``None`` when unknown).

    Uses ``entry.position_ms`` when the report carries it, else parses the
    ``media_position`` text ("0:45:03", "45:03"), which is only precise to the second.
    """
    for name in ("position_ms", "media_position_ms"):
        ms = getattr(entry, name, None)
        if isinstance(ms, int) and not isinstance(ms, bool) and ms >= 0:
            return ms
    m = _POSITION.match(getattr(entry, "media_position", "") or "")
    if not m:
        return None
    h, mi, s, frac = m.groups()
    return ((int(h or 0) * 60 + int(mi)) * 60 + int(s)) * 1000 + int((frac or "0").ljust(3, "0"))


def iso(dt: datetime) -> str:
    """``clock.iso_utc`` with a fast path for the UTC datetimes a report holds (10,000 of them)."""
    if dt.tzinfo is not UTC:
        return clock.iso_utc(dt)
    return (
        dt.isoformat(timespec="milliseconds")[:-6] + "Z"
    )  # "+00:00" -> "Z"; strftime is 20x slower


def _text(obj: object, name: str) -> str:
    value = getattr(obj, name, "")
    return value if isinstance(value, str) else ""


def _opt(obj: object, name: str) -> str | None:
    value = getattr(obj, name, None)
    return value if isinstance(value, str) and value else None


def quote_data(quote: Quote) -> dict[str, Any]:
    """A transcript passage the note quotes, verbatim: when it was said (UTC), its span in the
    recording, the link to that second, and whether people ("captions") or Whisper
    ("automatic") wrote it (null when the note does not say)."""
    return {
        "text": quote.words,
        "said_at": iso(quote.said_utc) if quote.said_utc is not None else None,
        "video": quote.video,
        "video_start_ms": quote.start_ms,
        "video_end_ms": quote.end_ms,
        "link": public_url(quote.archive_link),
        "source": quote.source or None,
    }


def entry_data(entry: ReportEntry) -> dict[str, Any]:
    """One note as plain data (keys in the schema's order)."""
    tags = getattr(entry, "tags", ()) or ()
    return {
        "id": entry.note_id,
        "utc": iso(entry.utc),
        "conference_time": entry.conference_time,
        "media_position": entry.media_position,
        "media_position_ms": position_ms(entry),
        "speaker": _text(entry, "speaker"),
        "agenda_item": _text(entry, "agenda_item"),
        "stance": _text(entry, "stance"),
        "tags": [t for t in tags if isinstance(t, str)],
        "text": entry.text,
        "archive_link": public_url(getattr(entry, "archive_link", None)),
        "documents": [
            {"symbol": d.symbol, "title": d.title, "url": public_url(getattr(d, "url", None))}
            for d in entry.documents
        ],
        "quotes": [quote_data(p) for p in getattr(entry, "parts", ()) if isinstance(p, Quote)],
    }


def _common(entries: list[ReportEntry], name: str) -> str | None:
    """The value of ``name`` that every entry shares, else ``None``."""
    values = {getattr(e, name, None) for e in entries}
    value = values.pop() if len(values) == 1 else None
    return value if isinstance(value, str) and value else None


def session_id(session: SessionGroup) -> str | None:
    """The session's id: its own field when it has one, else the one all its notes carry.

    The group of notes outside scheduled sessions has no start and never an id.
    """
    return _opt(session, "id") or (
        _common(session.entries, "session_id") if session.start else None
    )


def agenda_groups(session: SessionGroup) -> list[tuple[str, list[ReportEntry]]]:
    """The session's notes by agenda item (``SessionGroup.agenda`` when the report has it)."""
    groups = getattr(session, "agenda", None)
    if groups is None:
        return [("", list(session.entries))]
    return [(getattr(g, "item", "") or "", list(g.entries)) for g in groups]


def session_data(session: SessionGroup) -> dict[str, Any]:
    return {
        "id": session_id(session),
        "title": session.title,
        "start": clock.iso_utc(session.start) if session.start else None,
        "archive_url": public_url(getattr(session, "archive_url", None)),
        "entries": [entry_data(e) for e in session.entries],
    }


def body_data(body: BodyGroup) -> dict[str, Any]:
    body_id = _opt(body, "id") or _common([e for s in body.sessions for e in s.entries], "body_id")
    return {"id": body_id, "name": body.name, "sessions": [session_data(s) for s in body.sessions]}


def report_data(report: Report) -> dict[str, Any]:
    """The whole report as the JSON document (a dict ready for ``json.dumps``)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "conference": {
            "id": _opt(report, "conference_id"),
            "name": report.conference,
            "timezone": report.timezone,
        },
        "title": _text(report, "title"),
        "introduction": _text(report, "introduction"),
        "author": report.author or "",
        "organization": report.organization or "",
        "contact": report.contact or "",
        "generated": clock.iso_utc(report.generated),
        "note_count": report.note_count,
        "bodies": [body_data(b) for b in report.bodies],
    }


def render(report: Report) -> str:
    """UTF-8 JSON, non-ASCII kept as is, keys in a fixed order, one note per line.

    The structure is indented by hand and each note written on one line by the C encoder:
    ``json.dumps(indent=2)`` falls back to the pure-Python encoder and took 0.5 s for 10,000
    notes; this layout is as readable, diffs one line per changed note, and takes a third.
    The pieces are joined once: joining per session, then per body, then the whole copied the
    report three more times (four bytes a character as soon as one note has an emoji), 90 ms
    of a 10,000-note export.
    """
    data = report_data(report)
    enc = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    out = ["{\n"]
    out += [f"  {enc(k)}: {enc(v)},\n" for k, v in data.items() if k != "bodies"]
    out.append('  "bodies": [')
    for i, body in enumerate(data["bodies"]):
        out.append(",\n" if i else "\n")
        head = ", ".join(f"{enc(k)}: {enc(v)}" for k, v in body.items() if k != "sessions")
        out.append(f'    {{{head}, "sessions": [')
        for j, session in enumerate(body["sessions"]):
            out.append(",\n" if j else "\n")
            _session_pieces(out, session, enc)
        out.append("\n    ]}" if body["sessions"] else "]}")
    out.append("\n  ]" if data["bodies"] else "]")
    out.append("\n}\n")
    return "".join(out)


def _session_pieces(out: list[str], session: dict[str, Any], enc: Callable[[Any], str]) -> None:
    """A session's line and its notes, one a line, added to ``out``."""
    head = ", ".join(f"{enc(k)}: {enc(v)}" for k, v in session.items() if k != "entries")
    out.append(f'      {{{head}, "entries": [')
    for k, entry in enumerate(session["entries"]):
        out.append(",\n        " if k else "\n        ")
        out.append(enc(entry))
    out.append("\n      ]}" if session["entries"] else "]}")


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The shipped JSON Schema (read once, on first use)."""
    from observer_app.runtime.paths import resources_dir  # noqa: PLC0415 - keep core free of path setup

    path = resources_dir() / "schema" / "feedback-report.schema.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def validate(data: object) -> list[str]:
    """Every way ``data`` breaks the schema, as "place: problem" lines; empty when valid.

    The schema cannot say that ``note_count`` matches the entries, so that is checked here.
    """
    import jsonschema  # noqa: PLC0415 - 0.1 s to import; every format imports this module

    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    problems = [
        f"{'/'.join(str(p) for p in e.absolute_path) or 'top level'}: {e.message}"
        for e in sorted(
            validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
        )
    ]
    if not problems and isinstance(data, dict):
        count = sum(len(s["entries"]) for b in data["bodies"] for s in b["sessions"])
        if count != data["note_count"]:
            problems.append(f"note_count: {data['note_count']} but the report holds {count} notes")
    return problems
