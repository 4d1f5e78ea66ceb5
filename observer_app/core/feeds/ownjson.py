"""The project's own conference feed (JSON, ``format_version`` 1; docs/feed-format.md).

Loading goes: bytes -> JSON (line/column on error) -> JSON Schema (path on error) -> cross
references and times (id on error) -> ``Conference``. Every problem is a ``FeedError`` that
names the source, the place and the problem, so the GUI and ``feed check`` can show it as is.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urljoin, urlparse

from observer_app.core import clock
from observer_app.core.jsondoc import decode_json
from observer_app.core.model import (
    AudioChannel,
    Body,
    Conference,
    Document,
    DocumentFile,
    Session,
    Stream,
    StreamKind,
)
from observer_app.core.sources import parse_source
from observer_app.core.symbols import parse_symbol

if TYPE_CHECKING:
    import jsonschema

FORMAT = "observer-conference"
FORMAT_VERSION = 1


class FeedError(ValueError):
    """A feed that cannot be used; ``str()`` is a complete message for the user."""

    def __init__(self, source: str, place: str, problem: str):
        self.source, self.place, self.problem = source, place, problem
        where = f"{source}, {place}" if place else source
        super().__init__(f"{where}: {problem}")


@dataclass
class LoadedFeed:
    conference: Conference
    warnings: list[str] = field(default_factory=list)


def load_schema(schema_path: Path) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_path.read_text(encoding="utf-8"))
    return schema


def parse_feed(
    data: bytes, source: str, schema: dict[str, Any] | None, now: datetime | None = None
) -> LoadedFeed:
    """Parse and validate feed bytes read from ``source`` (a path or URL, used for messages
    and to resolve relative URLs). ``schema`` None: a feed shipped with the app, which the test
    suite validates; importing jsonschema alone would cost its start 0.1 s."""
    raw = decode_json(
        data,
        source,
        FeedError,
        "this is HTML or XML, not an Observer conference feed (JSON)",
        "a conference feed",
    )
    if (
        isinstance(raw, dict)
        and isinstance(raw.get("format_version"), int)
        and raw.get("format") == FORMAT
    ):
        if raw["format_version"] > FORMAT_VERSION:
            raise FeedError(
                source,
                "format_version",
                f"version {raw['format_version']} is newer than this app understands ({FORMAT_VERSION}); update Observer",
            )
    if schema is not None:
        _validate(raw, source, schema)
    try:
        return _build(raw, source, now or clock.ensure_utc(datetime.now().astimezone()))
    except FeedError:
        raise
    except (ValueError, TypeError, OverflowError) as exc:  # a value the schema could not rule out
        raise FeedError(source, "", f"unusable value: {exc}") from None


def _validate(raw: object, source: str, schema: dict) -> None:
    """``FeedError`` naming the first place where ``raw`` breaks the feed schema."""
    import jsonschema  # noqa: PLC0415 - 0.1 s to import: only when a feed is validated

    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    try:
        errors = sorted(validator.iter_errors(raw), key=lambda e: [str(p) for p in e.absolute_path])
    except RecursionError:
        raise FeedError(
            source, "", "the JSON is nested too deeply to be a conference feed"
        ) from None
    if errors:
        first = errors[0]
        place = "/".join(str(p) for p in first.absolute_path) or "top level"
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise FeedError(source, place, _schema_message(first) + more)


def _schema_message(error: jsonschema.ValidationError) -> str:
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "additionalProperties":
        return error.message
    schema = cast("Mapping[str, Any]", error.schema)  # a "pattern" rule is an object
    if error.validator == "pattern" and "offset" in str(schema.get("description", "")):
        return (
            f"{error.instance!r} is not a date-time with a UTC offset "
            "(write it like 2014-10-21T09:30:00+09:00, or with Z for UTC)"
        )
    if error.validator == "pattern":
        return f"{error.instance!r} is not in the expected form"
    if error.validator == "format":
        return f"{error.instance!r} is not a valid {error.validator_value}"
    return error.message


def _resolve(url: str, source: str) -> str:
    """Absolute URL for ``url`` written in a feed read from ``source``."""
    try:
        scheme = urlparse(url).scheme
    except ValueError as exc:
        raise ValueError(f"bad address {url!r}: {exc}") from None
    if scheme in ("http", "https", "file", "rtsp", "rtmp", "udp", "srt"):
        return url
    if urlparse(source).scheme in ("http", "https"):
        return urljoin(source, url)
    path = Path(url)
    if not path.is_absolute():
        path = Path(source).resolve().parent / path
    return path.as_uri()


def _build(raw: dict[str, Any], source: str, now: datetime) -> LoadedFeed:
    warnings: list[str] = []
    conf = raw["conference"]
    try:
        clock.zone(conf["timezone"])
    except clock.TimeZoneError as exc:
        raise FeedError(source, "conference/timezone", str(exc)) from None

    bodies = tuple(
        Body(b["id"], b["name"], b.get("short_name", ""), b.get("room", "")) for b in raw["bodies"]
    )
    body_ids = _unique([b.id for b in bodies], source, "bodies")

    streams = []
    for i, s in enumerate(raw.get("streams", [])):
        _check_ref(s["body"], body_ids, source, f"streams/{i}/body", "body")
        audio = tuple(AudioChannel(a["language"], a.get("name", "")) for a in s.get("audio", []))
        address = parse_source(
            s["url"], s.get("user_agent"), s.get("referrer")
        )  # "|User-Agent=" suffixes too
        streams.append(
            Stream(
                s["id"],
                s["body"],
                _resolve(address.url, source),
                StreamKind(s.get("kind", "live")),
                audio,
                s.get("duration_ms"),
                address.user_agent,
                address.referrer,
            )
        )
    stream_ids = _unique([s.id for s in streams], source, "streams")

    sessions = []
    for i, s in enumerate(raw.get("sessions", [])):
        place = f"sessions/{i}"
        _check_ref(s["body"], body_ids, source, f"{place}/body", "body")
        if "stream" in s:
            _check_ref(s["stream"], stream_ids, source, f"{place}/stream", "stream")
        try:
            start, end = clock.parse_iso(s["start"]), clock.parse_iso(s["end"])
        except ValueError as exc:
            raise FeedError(source, place, f"impossible date or time ({exc})") from None
        if end <= start:
            raise FeedError(source, f"{place}/end", f"session {s['id']!r} ends before it starts")
        archive = _resolve(s["archive_url"], source) if s.get("archive_url") else None
        sessions.append(
            Session(
                s["id"],
                s["body"],
                s["title"],
                start,
                end,
                s.get("stream"),
                archive,
                tuple(s.get("agenda", ())),
            )
        )
    _unique([s.id for s in sessions], source, "sessions")

    documents = []
    for i, d in enumerate(raw.get("documents", [])):
        parsed = parse_symbol(d["symbol"])
        if parsed is None:
            warnings.append(
                f"documents/{i}/symbol: {d['symbol']!r} is not a recognised document symbol; kept as written"
            )
        if "body" in d:
            _check_ref(d["body"], body_ids, source, f"documents/{i}/body", "body")
        files = tuple(
            DocumentFile(lang, _resolve(url, source)) for lang, url in d.get("files", {}).items()
        )
        documents.append(
            Document(
                parsed.canonical() if parsed else d["symbol"],
                d["title"],
                d.get("source", ""),
                date.fromisoformat(d["date"]) if d.get("date") else None,
                d.get("body"),
                files,
            )
        )
    _unique([d.symbol for d in documents], source, "documents")

    conference = Conference(
        id=conf["id"],
        name=conf["name"],
        timezone=conf["timezone"],
        venue=conf.get("venue", ""),
        short_name=conf.get("short_name", ""),
        url=conf.get("url", ""),
        bodies=bodies,
        sessions=tuple(sessions),
        streams=tuple(streams),
        documents=tuple(documents),
        source=source,
    )
    if "demo" in raw:
        conference = _rebase_demo(conference, raw["demo"]["anchor_session"], now, source)
    for body in bodies:
        if conference.stream_for_body(body.id) is None:
            warnings.append(f"body {body.id!r} has no stream")
    return LoadedFeed(conference, warnings)


def _rebase_demo(conference: Conference, anchor_id: str, now: datetime, source: str) -> Conference:
    anchor = conference.session(anchor_id)
    if anchor is None:
        raise FeedError(source, "demo/anchor_session", f"no session with id {anchor_id!r}")
    shift: timedelta = clock.rebase_days(anchor.start, now, clock.zone(conference.timezone))
    # Documents keep their dates: they are printed in the PDFs.
    sessions = tuple(
        replace(s, start=s.start + shift, end=s.end + shift) for s in conference.sessions
    )
    return replace(conference, sessions=sessions, featured_body=anchor.body_id)


def _unique(ids: list[str], source: str, place: str) -> set[str]:
    seen: set[str] = set()
    for i, value in enumerate(ids):
        if value in seen:
            raise FeedError(source, f"{place}/{i}", f"duplicate id {value!r}")
        seen.add(value)
    return seen


def _check_ref(value: str, known: set[str], source: str, place: str, what: str) -> None:
    if value not in known:
        raise FeedError(
            source, place, f"refers to {what} {value!r}, which the feed does not define"
        )
