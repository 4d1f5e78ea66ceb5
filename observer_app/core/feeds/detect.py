"""Which kind of source some bytes are, from their content (the name only breaks ties).

A ``.m3u`` that is an HTML page, a ``.json`` that is a JSON Feed, a calendar served as
``text/plain``: the extension lies often enough that it is the last thing asked.
"""

from __future__ import annotations

import json
import re

_XML_PROLOG = re.compile(r"(?:\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>))*\s*",
                         re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_RSS_ROOTS = {"rss", "feed", "rdf:rdf", "rdf", "channel"}
_HTML_ROOTS = {"html", "head", "body", "div", "iframe", "script", "meta", "title", "p", "a", "table", "span"}


def sniff_text(data: bytes, limit: int = 65536) -> str:
    """The start of ``data`` as text, good enough to look at (not to parse)."""
    head = data[:limit]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace")
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
        return head.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", errors="replace")
    return head.decode("latin-1")


def detect_kind(data: bytes, source: str = "") -> str:
    """One of observer, pretalx, indico, rss (also JSON Feed), m3u, xmltv, ical, html, json,
    profile, empty or unknown. ``json`` means JSON of no known kind (or broken JSON)."""
    text = sniff_text(data).lstrip("\ufeff \t\r\n")
    if not text:
        return "empty"
    first = text[0]
    if first in "{[":
        return _json_kind(data)
    upper = text[:2048].upper()
    if upper.startswith("#EXTM3U") or "#EXTINF" in upper:
        return "m3u"
    if upper.startswith("BEGIN:VCALENDAR") or upper.startswith("BEGIN:VEVENT"):
        return "ical"
    if first == "<":
        rest = text[_XML_PROLOG.match(text).end():]
        if re.match(r"<!doctype\s+html", text, re.IGNORECASE):
            return "html"
        root = _ROOT.match(rest)
        name = root.group(1).lower() if root else ""
        if name == "tv":
            return "xmltv"
        if name in _RSS_ROOTS:
            return "rss"
        if name in _HTML_ROOTS:
            return "html"
        return "xml"
    name = source.lower().rsplit("?", 1)[0]
    if name.endswith((".m3u", ".m3u8")):
        return "m3u"
    if name.endswith((".ics", ".ical", ".ifb")):
        return "ical"
    if re.search(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+\s*$", text[:2048], re.MULTILINE):
        return "m3u"  # a bare list of addresses is the simplest playlist there is
    return "unknown"


def root_element(data: bytes) -> str:
    """The name of the first element of an XML document, "" if it has none."""
    text = sniff_text(data).lstrip("\ufeff \t\r\n")
    root = _ROOT.match(text[_XML_PROLOG.match(text).end():])
    return root.group(1) if root else ""


def _json_kind(data: bytes) -> str:
    from observer_app.core.feeds.indico import is_indico
    from observer_app.core.feeds.pretalx import is_schedule
    from observer_app.core.feeds.rss import is_json_feed

    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "json"
    if isinstance(raw, dict):
        fmt = raw.get("format")
        if fmt == "observer-conference" or ("conference" in raw and "bodies" in raw):
            return "observer"
        if fmt == "observer-profile":
            return "profile"
    if is_schedule(raw):
        return "pretalx"
    if is_indico(raw):
        return "indico"
    if is_json_feed(raw):
        return "rss"
    return "json"
