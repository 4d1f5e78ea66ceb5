"""``parse_source``: any source's bytes -> ``SourceResult``, the one entry point for every kind.

It never raises: a parser's unexpected exception becomes a problem naming the source, so one
broken source never takes the others (or the window) down with it.
"""

from __future__ import annotations

import json
from datetime import datetime

from observer_app.core.feeds.base import SourceResult
from observer_app.core.feeds.detect import detect_kind

_HTML = "line 1: this is an HTML page (a login or error page?), not a conference source"


def parse_source(data: bytes, source: str, kind: str | None = None, now: datetime | None = None) -> SourceResult:
    """Read ``data`` (from ``source``, a path or URL) as ``kind``, or as what it looks like."""
    try:
        found = detect_kind(data, source)
        return _parse(data, source, kind or found, found, now)
    except RecursionError:
        return _failed(source, kind or "unknown", "nested too deeply to be read")
    except MemoryError:
        return _failed(source, kind or "unknown", "too large to be read")
    except Exception as exc:  # a parser bug must not take the other sources down
        return _failed(source, kind or "unknown", f"could not be read ({type(exc).__name__}: {exc})")


def _failed(source: str, kind: str, problem: str) -> SourceResult:
    result = SourceResult(source, kind if kind in _PARSERS else "unknown")
    result.problems.append(problem)
    return result


def _parse(data: bytes, source: str, kind: str, found: str, now: datetime | None) -> SourceResult:
    if found == "empty":
        return _failed(source, kind, "the file is empty")
    if found == "html" and kind != "m3u":
        return _failed(source, kind, _HTML)
    parser = _PARSERS.get(kind)
    if parser is None:
        return _failed(source, "unknown", _unknown(found, data))
    return parser(data, source, now)


def _unknown(found: str, data: bytes) -> str:
    if found == "json":
        from observer_app.core.jsondoc import decode_json

        try:
            decode_json(data, "", lambda s, place, problem: ValueError(f"{place}: {problem}" if place else problem),
                        "HTML", "a source")
        except ValueError as exc:
            return str(exc)
        return ("JSON, but not a kind Observer reads (an Observer feed, a pretalx/frab schedule, an Indico "
                "export or a JSON Feed)")
    if found == "profile":
        return "a conference profile, not a source: open it as a profile"
    if found == "xml":
        from observer_app.core.feeds.detect import root_element

        root = root_element(data)
        if not root:
            return "XML without any element (an empty or cut-off document)"
        return f"XML with root element <{root}>: neither an XMLTV guide (<tv>) nor an RSS/Atom feed"
    return "not a kind of source Observer reads (M3U, XMLTV, iCalendar, RSS/Atom, JSON Feed, pretalx, Indico)"


def _observer(data: bytes, source: str, now: datetime | None) -> SourceResult:
    from observer_app.core.feeds.ownjson import FeedError, load_schema, parse_feed
    from observer_app.paths import feed_schema  # noqa: PLC0415 - keep core free of path setup

    result = SourceResult(source, "observer")
    try:
        loaded = parse_feed(data, source, load_schema(feed_schema()), now=now)
    except FeedError as exc:
        result.problems.append(f"{exc.place}: {exc.problem}" if exc.place else exc.problem)
        return result
    conf = loaded.conference
    result.name, result.timezone = conf.name, conf.timezone
    result.bodies, result.sessions = list(conf.bodies), list(conf.sessions)
    result.streams, result.documents = list(conf.streams), list(conf.documents)
    result.warnings.extend(loaded.warnings)
    return result


def _json(parser):
    def run(data: bytes, source: str, now: datetime | None) -> SourceResult:
        try:
            raw = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            return _failed(source, parser.__name__.removeprefix("parse_"), _unknown("json", data) or str(exc))
        return parser(raw, source)
    return run


def _m3u(data, source, now):
    from observer_app.core.feeds.m3u import parse_m3u
    return parse_m3u(data, source)


def _xmltv(data, source, now):
    from observer_app.core.feeds.xmltv import parse_xmltv
    return parse_xmltv(data, source)


def _ical(data, source, now):
    from observer_app.core.feeds.ical import parse_ical
    return parse_ical(data, source)


def _rss(data, source, now):
    from observer_app.core.feeds.rss import is_json_feed, parse_json_feed, parse_rss

    if sniff_json(data):
        try:
            raw = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            return _failed(source, "rss", _unknown("json", data))
        if not is_json_feed(raw):
            return _failed(source, "rss", "JSON, but not a JSON Feed (no items list)")
        return parse_json_feed(raw, source)
    return parse_rss(data, source)


def _checked_json(kind: str, looks_right, parser, wrong: str):
    """A JSON parser that first checks the document is of its kind (else ``wrong``)."""
    def checked(raw, src):
        return parser(raw, src) if looks_right(raw) else _failed(src, kind, wrong)
    checked.__name__ = f"parse_{kind}"
    return _json(checked)


def _indico(data, source, now):
    from observer_app.core.feeds.indico import is_indico, parse_indico

    return _checked_json("indico", is_indico, parse_indico,
                         "not an Indico export (no results list of events)")(data, source, now)


def _pretalx(data, source, now):
    from observer_app.core.feeds.pretalx import is_schedule, parse_pretalx

    return _checked_json("pretalx", is_schedule, parse_pretalx,
                         "not a schedule JSON (no schedule/conference object)")(data, source, now)


def sniff_json(data: bytes) -> bool:
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


_PARSERS = {"observer": _observer, "m3u": _m3u, "xmltv": _xmltv, "ical": _ical, "rss": _rss,
            "indico": _indico, "pretalx": _pretalx}
