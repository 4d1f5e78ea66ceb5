"""``parse_source``: any source's bytes -> ``SourceResult``, the one entry point for every kind.

It never raises: a parser's unexpected exception becomes a problem naming the source, so one
broken source never takes the others (or the window) down with it. Before any kind is looked
for, ``prepare`` unpacks gzip, turns UTF-16/32 without a byte-order mark into UTF-8 and refuses
binary files, so that no parser ever sees a video, a PDF or text full of NULs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from observer_app.core.feeds.base import SourceResult, bomless_unicode
from observer_app.core.feeds.detect import BOMS, binary_kind, detect_kind, kind_by_name

_HTML = "line 1: this is an HTML page (a login or error page?), not a conference source"
#: What a source unpacked from gzip may weigh: a guide is tens of MB at most, a gzip bomb is not.
GUNZIP_LIMIT = 200 * 1024 * 1024
_XML_ENCODING = re.compile(r"""^(\s*<\?xml\s[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
#: A reader of one kind: ``(bytes, source, now) -> SourceResult``.
Parser = Callable[[bytes, str, datetime | None], SourceResult]
#: A reader of a decoded JSON document (any JSON value) from ``source``.
JsonParser = Callable[[Any, str], SourceResult]

_WHAT = {
    "m3u": "a playlist",
    "xmltv": "a programme guide",
    "ical": "a calendar",
    "rss": "a document feed",
    "indico": "an Indico export",
    "pretalx": "a schedule",
    "observer": "an Observer conference feed",
    "page": "a web page",
}


def parse_source(
    data: bytes, source: str, kind: str | None = None, now: datetime | None = None
) -> SourceResult:
    """Read ``data`` (from ``source``, a path or URL) as ``kind``, or as what it looks like."""
    try:
        data, notes, problem = prepare(data)
        if problem:
            expected = kind or kind_by_name(source)
            noun = _WHAT.get(expected, "a conference source")
            return _failed(source, expected or "unknown", problem.replace("{}", noun))
        found = detect_kind(data, source)
        result = _parse(data, source, kind or found, found, now)
        result.warnings[:0] = notes
        return result
    except RecursionError:
        return _failed(source, kind or "unknown", "nested too deeply to be read")
    except MemoryError:
        return _failed(source, kind or "unknown", "too large to be read")
    except Exception as exc:  # a parser bug must not take the other sources down
        return _failed(
            source, kind or "unknown", f"could not be read ({type(exc).__name__}: {exc})"
        )


def prepare(data: bytes) -> tuple[bytes, list[str], str]:
    """The bytes the parsers should see, warnings, and a problem ("" if none; ``{}`` in it stands for
    the kind expected: "this is a PDF document, not {}"): gzip unpacked (whatever the kind:
    guides are mostly served as ``.xml.gz``), UTF-16/32 without BOM as UTF-8, binary refused.
    Only the first few KB are looked at to decide, so a big UTF-8 playlist costs nothing here."""
    notes: list[str] = []
    if data.startswith(b"\x1f\x8b"):
        data, problem = gunzip(data, notes)
        if problem:
            return b"", notes, problem
    if data.startswith(BOMS):
        return data, notes, ""
    codec = bomless_unicode(data)
    if codec:
        text = data.decode(codec, errors="replace")
        notes.append(
            f"line 1: the source is {codec.upper()} without a byte-order mark; read as such"
        )
        if "\ufffd" in text:
            notes.append(f"the source has bytes that are not {codec.upper()} (shown as \ufffd)")
        # Now UTF-8: an XML declaration saying UTF-16 would make the XML parser misread it.
        return _XML_ENCODING.sub(r'\1"UTF-8"', text, count=1).encode("utf-8"), notes, ""
    what = binary_kind(data)
    if what:
        return data, notes, f"this is {what}, not {{}}: nothing was read from it"
    return data, notes, ""


def gunzip(data: bytes, notes: list[str], limit: int = GUNZIP_LIMIT) -> tuple[bytes, str]:
    """A gzip file's contents (every member, as ``gzip`` reads them), or b"" and the problem: the
    archive is damaged, cut off, or unpacks to more than ``limit`` bytes (it stops there: a gzip
    bomb never gets to fill the memory)."""
    import zlib

    parts: list[bytes] = []
    size, rest = 0, data
    while rest:
        unpacker = zlib.decompressobj(31)  # 16 + 15: a gzip header and trailer, CRC checked
        try:
            while not unpacker.eof:
                part = unpacker.decompress(rest, limit + 1 - size)
                rest = unpacker.unconsumed_tail
                size += len(part)
                parts.append(part)
                if size > limit:
                    return (
                        b"",
                        f"the gzip archive unpacks to more than {limit // 2**20} MB: too large to be read",
                    )
                if not part and not rest and not unpacker.eof:
                    return (
                        b"",
                        f"the gzip archive is cut off (after {size:,} bytes unpacked): nothing was read from it",
                    )
        except zlib.error as exc:
            reason = str(exc).split(": ", 1)[-1]
            return (
                b"",
                f"the gzip archive is damaged ({reason}, after {size:,} bytes unpacked): nothing was read",
            )
        rest = unpacker.unused_data.lstrip(b"\x00")  # members may follow, and zero padding
        if rest and not rest.startswith(b"\x1f\x8b"):
            notes.append(f"{len(rest):,} bytes after the end of the gzip archive were ignored")
            break
    return b"".join(parts), ""


def _failed(source: str, kind: str, problem: str) -> SourceResult:
    result = SourceResult(source, kind if kind in _PARSERS else "unknown")
    result.problems.append(problem)
    return result


def _parse(data: bytes, source: str, kind: str, found: str, now: datetime | None) -> SourceResult:
    if found == "empty":
        return _failed(source, kind, "the file is empty")
    if found == "html" and kind in ("html", "page"):
        return _page(data, source)
    if found == "html" and kind != "m3u":
        return _failed(source, kind, _HTML)
    parser = _PARSERS.get(kind)
    if parser is None:
        return _failed(source, "unknown", _unknown(found, data))
    return parser(data, source, now)


def _page(data: bytes, source: str) -> SourceResult:
    """A web page read for what it links to (``feeds.webpage``); one without any of it is the
    HTML problem (a login or error page)."""
    from observer_app.core.feeds.base import decode_text
    from observer_app.core.feeds.webpage import parse_page

    text, notes = decode_text(data, "the page")
    result = parse_page(text, source)
    if not result.ok:
        if source.startswith(("http://", "https://")):
            # A web page may hold its webcast in a script only the resolver reads: the services
            # layer tries it (``services.sources.resolve_page``) before refusing the page.
            if "embedded" not in result.problems[0]:  # (a page with a player says which)
                result.problems[:] = [_HTML]
            return result
        return _failed(source, "unknown", _HTML)
    result.warnings[:0] = notes
    return result


def _unknown(found: str, data: bytes) -> str:
    if found == "json":
        from observer_app.core.jsondoc import decode_json

        try:
            decode_json(
                data,
                "",
                lambda s, place, problem: ValueError(f"{place}: {problem}" if place else problem),
                "HTML",
                "a source",
            )
        except ValueError as exc:
            return str(exc)
        return (
            "JSON, but not a kind Observer reads (an Observer feed, a pretalx/frab schedule, an Indico "
            "export or a JSON Feed)"
        )
    if found == "profile":
        return "a conference profile, not a source: open it as a profile"
    if found == "xml":
        from observer_app.core.feeds.detect import root_element

        root = root_element(data)
        if not root:
            return "XML without any element (an empty or cut-off document)"
        return f"XML with root element <{root}>: neither an XMLTV guide (<tv>), a frab schedule (<schedule>) nor an RSS/Atom feed"
    return "not a kind of source Observer reads (M3U, XMLTV, iCalendar, RSS/Atom, JSON Feed, pretalx, Indico)"


def _observer(data: bytes, source: str, now: datetime | None) -> SourceResult:
    from observer_app.core.feeds.ownjson import FeedError, load_schema, parse_feed
    from observer_app.runtime.paths import feed_schema  # noqa: PLC0415 - keep core free of path setup

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


def _json(parser: JsonParser) -> Parser:
    def run(data: bytes, source: str, now: datetime | None) -> SourceResult:
        try:
            raw = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            return _failed(
                source, parser.__name__.removeprefix("parse_"), _unknown("json", data) or str(exc)
            )
        return parser(raw, source)

    return run


def _m3u(data: bytes, source: str, now: datetime | None) -> SourceResult:
    from observer_app.core.feeds.detect import hls_manifest
    from observer_app.core.feeds.m3u import parse_m3u

    what = hls_manifest(data)
    return _single_stream(source, what) if what else parse_m3u(data, source)


#: Names HLS servers give every manifest: the folder above names the stream better.
_GENERIC_NAMES = {
    "index",
    "playlist",
    "master",
    "main",
    "manifest",
    "chunklist",
    "prog_index",
    "live",
    "stream",
    "mono",
    "media",
    "video",
    "hls",
}


def _single_stream(source: str, what: str) -> SourceResult:
    """An HLS manifest read as what it is: one stream (the manifest's own address) of one body."""
    from pathlib import Path
    from urllib.parse import unquote, urlparse

    from observer_app.core.feeds.base import slug
    from observer_app.core.model import Body, Stream

    result = SourceResult(source, "m3u")
    single = f"this is a single HLS stream ({what}), not a playlist of channels"
    address = source.strip()
    if not address.startswith(("http://", "https://", "file:")) and address:
        try:
            address = Path(address).resolve().as_uri()
        except (OSError, ValueError):
            address = ""
    if not address:
        result.problems.append(f"{single}: open it by its address as a channel")
        return result
    parts = urlparse(address)
    steps = [unquote(p) for p in parts.path.split("/") if p]
    names = [re.sub(r"\.m3u8?$", "", step, flags=re.IGNORECASE) for step in reversed(steps)]
    name = next(
        (
            n
            for n in names
            if n.lower() not in _GENERIC_NAMES and not n.lower().startswith("chunklist")
        ),
        parts.hostname or "HLS stream",
    )
    body = Body(slug(name, "stream"), name)
    result.bodies, result.streams = [body], [Stream(body.id, body.id, address)]
    result.warnings.append(
        f"{single}; use it as a channel: read as one body, {name!r}, with this stream"
    )
    return result


def _xmltv(data: bytes, source: str, now: datetime | None) -> SourceResult:
    from observer_app.core.feeds.xmltv import parse_xmltv

    return parse_xmltv(data, source)


def _ical(data: bytes, source: str, now: datetime | None) -> SourceResult:
    from observer_app.core.feeds.ical import parse_ical

    return parse_ical(data, source, now=now)


def _rss(data: bytes, source: str, now: datetime | None) -> SourceResult:
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


def _checked_json(
    kind: str, looks_right: Callable[[object], bool], parser: JsonParser, wrong: str
) -> Parser:
    """A JSON parser that first checks the document is of its kind (else ``wrong``)."""

    def checked(raw: Any, src: str) -> SourceResult:
        return parser(raw, src) if looks_right(raw) else _failed(src, kind, wrong)

    checked.__name__ = f"parse_{kind}"
    return _json(checked)


def _indico(data: bytes, source: str, now: datetime | None) -> SourceResult:
    from observer_app.core.feeds.indico import is_indico, parse_indico

    return _checked_json(
        "indico", is_indico, parse_indico, "not an Indico export (no results list of events)"
    )(data, source, now)


def _pretalx(data: bytes, source: str, now: datetime | None) -> SourceResult:
    from observer_app.core.feeds.pretalx import is_schedule, parse_pretalx

    if not sniff_json(data):
        from observer_app.core.feeds.frab import parse_frab

        return parse_frab(data, source)

    return _checked_json(
        "pretalx", is_schedule, parse_pretalx, "not a schedule JSON (no schedule/conference object)"
    )(data, source, now)


def sniff_json(data: bytes) -> bool:
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


_PARSERS: dict[str, Parser] = {
    "observer": _observer,
    "m3u": _m3u,
    "xmltv": _xmltv,
    "ical": _ical,
    "rss": _rss,
    "indico": _indico,
    "pretalx": _pretalx,
    "page": lambda data, source, now: _page(data, source),
}
