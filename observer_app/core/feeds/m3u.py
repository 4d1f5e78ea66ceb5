"""IPTV-style M3U playlists (webcast channels), read the way IPTV players read them.

The ``m3u8`` package is for HLS manifests and rejects ``#EXTINF`` attributes, and real playlists
are messy (BOMs, CRLF, UTF-16, cp1252, no ``#EXTM3U``, junk lines, commas inside quoted values),
so this is a plain line loop. ``group-title`` (or ``#EXTGRP``) names the body; a channel with
neither is its own body. ``radio="true"`` marks an audio-only stream.
"""

from __future__ import annotations

import re

from observer_app.core.feeds.base import SourceResult, decode_text, looks_like_html, resolve_url, slug, unique_id
from observer_app.core.model import Body, Stream, StreamKind
from observer_app.core.sources import parse_source as split_headers

#: One ``name="value"`` (or 'value', or bare value) attribute of an #EXTINF line.
_ATTR = re.compile(r"""\s*([A-Za-z0-9_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s,"']*))""")
_DURATION = re.compile(r"\s*(-?\d+(?:\.\d+)?)?")
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://|^(?:rtmp|rtsp|udp|rtp|srt|mms|file):", re.IGNORECASE)
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_VLC_KEYS = {"http-user-agent": "user_agent", "http-referrer": "referrer", "http-referer": "referrer"}


class _Entry:
    __slots__ = ("line", "name", "attrs", "group", "user_agent", "referrer")

    def __init__(self, line: int, name: str, attrs: dict[str, str]):
        self.line, self.name, self.attrs = line, name, attrs
        self.group = attrs.get("group-title", "")
        self.user_agent = attrs.get("user-agent") or attrs.get("http-user-agent")
        self.referrer = attrs.get("referrer") or attrs.get("http-referrer")


_QUOTED_ATTR = re.compile(r'([A-Za-z0-9_:.-]+)\s*=\s*"([^"]*)"')
_ONLY_DURATION = re.compile(r"\s*(?:-?\d+(?:\.\d+)?)?\s*$")


def parse_extinf(rest: str) -> tuple[dict[str, str], str, str]:
    """Attributes, display name and a complaint ("" if none) of the text after ``#EXTINF:``."""
    # Fast path for the common form (double-quoted values, name after the last quote's comma);
    # anything else goes through the careful scanner below.
    last_quote = rest.rfind('"')
    comma = rest.find(",", last_quote + 1)
    if comma >= 0 and rest.count('"', 0, last_quote + 1) % 2 == 0:
        head = rest[:comma]
        if _ONLY_DURATION.match(_QUOTED_ATTR.sub("", head)):
            return {k.lower(): v.strip() for k, v in _QUOTED_ATTR.findall(head)}, rest[comma + 1:].strip(), ""
    return _scan_extinf(rest)


def _scan_extinf(rest: str) -> tuple[dict[str, str], str, str]:
    attrs: dict[str, str] = {}
    pos = _DURATION.match(rest).end()
    n = len(rest)
    while pos < n:
        while pos < n and rest[pos] in " \t":
            pos += 1
        if pos >= n:
            break
        if rest[pos] == ",":
            return attrs, rest[pos + 1:].strip(), ""
        m = _ATTR.match(rest, pos)
        if m is None or m.end() == pos:
            comma = rest.find(",", pos)
            if comma < 0:
                return attrs, "", f"cannot read the attributes from {rest[pos:pos + 40]!r} and there is no name"
            return attrs, rest[comma + 1:].strip(), f"unreadable attribute text {rest[pos:comma][:40]!r} skipped"
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        attrs[m.group(1).lower()] = value.strip()
        pos = m.end()
    return attrs, "", ""


def _vlcopt(text: str) -> tuple[str, str] | None:
    name, eq, value = text.partition("=")
    key = _VLC_KEYS.get(name.strip().lower())
    value = value.strip().strip('"').strip("'").strip()
    return (key, value) if eq and key and value else None


def _looks_like_address(text: str) -> bool:
    if _HAS_SCHEME.match(text):
        return True
    path = text.split("|", 1)[0]
    return not any(c.isspace() for c in path) and ("/" in path or "." in path) and path[0] not in "=<{["


def parse_m3u(data: bytes | str, source: str) -> SourceResult:
    """Channels of an IPTV playlist as streams, their groups as bodies."""
    result = SourceResult(source, "m3u")
    if isinstance(data, bytes):
        text, notes = decode_text(data, "the playlist")
        result.warnings.extend(notes)
    else:
        text = data
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        result.problems.append("the file is empty")
        return result
    if looks_like_html(text):
        result.problems.append("line 1: this is an HTML page, not a playlist (a web page saved as .m3u?)")
        return result

    bodies: dict[str, Body] = {}
    body_by_name: dict[str, Body] = {}
    stream_ids: set[str] = set()
    pending: _Entry | None = None
    group = ""  # an #EXTGRP seen before its #EXTINF
    options: dict[str, str] = {}
    header_seen = False
    junk = 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line[0] == "#":
            upper = line[:11].upper()
            if upper.startswith("#EXTINF:"):
                if pending is not None:
                    result.warnings.append(f"line {pending.line}: channel {pending.name!r} has no address; skipped")
                attrs, name, complaint = parse_extinf(line[8:])
                if complaint:
                    result.warnings.append(f"line {number}: {complaint}")
                pending = _Entry(number, name or attrs.get("tvg-name", ""), attrs)
                if group and not pending.group:
                    pending.group = group
                group = ""
            elif upper.startswith("#EXTM3U"):
                header_seen = True
                if number == 1 or not result.channels:
                    attrs, _, _ = parse_extinf(line[7:])
                    guide = attrs.get("x-tvg-url") or attrs.get("url-tvg")
                    if guide and not result.guide_url:
                        result.guide_url = resolve_url(guide, source)
            elif upper.startswith("#EXTGRP:"):
                if pending is not None:  # between #EXTINF and its address: that channel's group
                    pending.group = pending.group or line[8:].strip()
                else:  # before the #EXTINF it belongs to
                    group = line[8:].strip()
            elif upper.startswith("#EXTVLCOPT:"):
                opt = _vlcopt(line[11:])
                if opt:
                    options[opt[0]] = opt[1]
            continue  # #KODIPROP, #EXT-X-..., "# comments": nothing for us
        if not _looks_like_address(line):
            junk += 1
            if junk <= 20:
                result.warnings.append(f"line {number}: not a playlist line, ignored: {line[:60]!r}")
            continue
        entry = pending or _Entry(number, "", {})
        pending = None
        address = split_headers(line, entry.user_agent or options.get("user_agent"),
                                entry.referrer or options.get("referrer"))
        if options:
            options = {}
        if "%" in address.url and _BAD_ESCAPE.search(address.url):
            result.warnings.append(f"line {number}: the address has a malformed %-escape; kept as written")
        name = entry.name or address.url.rstrip("/").rsplit("/", 1)[-1] or address.url
        body_name = entry.group or name
        body = body_by_name.get(body_name)
        if body is None:
            body_key = slug(body_name, "body")
            body = bodies.get(body_key)
            if body is None:
                body = bodies[body_key] = Body(body_key, body_name)
            body_by_name[body_name] = body
        tvg_id = entry.attrs.get("tvg-id", "")
        stream_id = unique_id(slug(tvg_id or name, "channel"), stream_ids)
        url = resolve_url(address.url, source)
        result.streams.append(Stream(stream_id, body.id, url, StreamKind.LIVE,
                                     user_agent=address.user_agent, referrer=address.referrer))
        if entry.attrs.get("radio", "").lower() == "true":
            result.audio_only.add(stream_id)
        for key in (tvg_id, entry.attrs.get("tvg-name", "")):
            if key and key not in result.channels:
                result.channels[key] = stream_id
    if junk > 20:
        result.warnings.append(f"{junk - 20} more lines that are not playlist lines were ignored")
    if pending is not None:
        result.warnings.append(f"line {pending.line}: channel {pending.name!r} has no address; skipped")
    result.bodies = list(bodies.values())
    if not result.streams:
        result.problems.append("no channel with an address found: not an M3U playlist, or an empty one")
    elif not header_seen:
        result.warnings.insert(0, "line 1: no #EXTM3U header; read as a playlist anyway")
    return result
