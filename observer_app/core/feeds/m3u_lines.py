"""The careful, line-by-line reading of an IPTV playlist, and the channel building both routes share.

``PlaylistReader`` holds what one playlist being read has seen so far (the #EXTINF waiting for its
address, an #EXTGRP or #EXTVLCOPT waiting for their channel, ids taken, bodies made). The careful
loop feeds it every line; the fast route (``m3u_fast``) hands it regular channels whole and every
other line one by one. Both end in ``PlaylistReader.channels``, so ids, bodies and warnings cannot
drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from observer_app.core.feeds.base import SourceResult, resolve_url, slug, slug_key
from observer_app.core.feeds.m3u_model import new_body, new_stream
from observer_app.core.model import Body, StreamKind
from observer_app.core.sources import parse_source as split_headers

#: One ``name="value"`` (or 'value', or bare value) attribute of an #EXTINF line.
_ATTR = re.compile(r"""\s*([A-Za-z0-9_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s,"']*))""")
_DURATION = re.compile(r"\s*(-?\d+(?:\.\d+)?)?")
_HAS_SCHEME = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.-]*://|^(?:rtmp|rtsp|udp|rtp|srt|mms|file):", re.IGNORECASE
)
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_VLC_KEYS = {
    "http-user-agent": "user_agent",
    "http-referrer": "referrer",
    "http-referer": "referrer",
}
_QUOTED_ATTR = re.compile(r'([A-Za-z0-9_:.-]+)\s*=\s*"([^"]*)"')
#: What follows the duration in the common form: double-quoted attributes only (the blanks the
#: scanner skips: any around an attribute, only spaces and tabs before the name's comma).
_QUOTED_ATTRS_ONLY = re.compile(r'(?:\s*[A-Za-z0-9_:.-]+\s*=\s*"[^"]*")*[ \t]*')
_WEB = ("http://", "https://")

#: What names a line: its number (careful loop), or ``(item, offset)`` (fast route, ``m3u_fast``).
Where = int | tuple[int, int]
#: Turns a ``Where`` into a line number, only when a warning needs one.
LineOf = Callable[[Where], int]


def parse_extinf(rest: str) -> tuple[dict[str, str], str, str]:
    """Attributes, display name and a complaint ("" if none) of the text after ``#EXTINF:``."""
    # Fast path for the common form (a duration, double-quoted values, then a comma and the
    # name), read as the careful scanner below reads it: the duration is taken first, as the
    # scanner takes it, so a key written against it ("-1tvg-id=") is not read as "-1tvg-id".
    comma = rest.find(",", rest.rfind('"') + 1)
    if comma >= 0:
        duration = _DURATION.match(rest)
        assert duration is not None  # every group of _DURATION is optional: it matches any text
        start = duration.end()
        if _QUOTED_ATTRS_ONLY.fullmatch(rest, start, comma):
            return (
                {k.lower(): v.strip() for k, v in _QUOTED_ATTR.findall(rest, start, comma)},
                rest[comma + 1 :].strip(),
                "",
            )
    return _scan_extinf(rest)


def _scan_extinf(rest: str) -> tuple[dict[str, str], str, str]:
    attrs: dict[str, str] = {}
    duration = _DURATION.match(rest)
    assert duration is not None  # every group of _DURATION is optional: it matches any text
    pos = duration.end()
    n = len(rest)
    while pos < n:
        while pos < n and rest[pos] in " \t":
            pos += 1
        if pos >= n:
            break
        if rest[pos] == ",":
            return attrs, rest[pos + 1 :].strip(), ""
        m = _ATTR.match(rest, pos)
        if m is None or m.end() == pos:
            comma = rest.find(",", pos)
            if comma < 0:
                return (
                    attrs,
                    "",
                    f"cannot read the attributes from {rest[pos : pos + 40]!r} and there is no name",
                )
            return (
                attrs,
                rest[comma + 1 :].strip(),
                f"unreadable attribute text {rest[pos:comma][:40]!r} skipped",
            )
        value = (
            m.group(2)
            if m.group(2) is not None
            else m.group(3)
            if m.group(3) is not None
            else m.group(4)
        )
        attrs[m.group(1).lower()] = value.strip()
        pos = m.end()
    return attrs, "", ""


def _vlcopt(text: str) -> tuple[str, str] | None:
    name, eq, value = text.partition("=")
    key = _VLC_KEYS.get(name.strip().lower())
    value = value.strip().strip('"').strip("'").strip()
    return (key, value) if eq and key and value else None


def looks_like_address(text: str) -> bool:
    """A stream address (URL, or a path with a / or a dot), not a stray line of text."""
    if _HAS_SCHEME.match(text):
        return True
    path = text.split("|", 1)[0]
    return (
        not any(c.isspace() for c in path)
        and ("/" in path or "." in path)
        and path[0] not in "=<{["
    )


class Entry:
    """An #EXTINF waiting for its address: what of it the channel needs."""

    __slots__ = ("where", "name", "group", "tvg_id", "tvg_name", "radio", "user_agent", "referrer")

    def __init__(
        self,
        where: Where,
        name: str,
        group: str,
        tvg_id: str,
        tvg_name: str,
        radio: str,
        user_agent: str | None,
        referrer: str | None,
    ) -> None:
        self.where, self.name, self.group, self.tvg_id, self.tvg_name = (
            where,
            name,
            group,
            tvg_id,
            tvg_name,
        )
        self.radio, self.user_agent, self.referrer = radio, user_agent, referrer

    @classmethod
    def from_attrs(cls, where: Where, name: str, attrs: dict[str, str]) -> Entry:
        return cls(
            where,
            name,
            attrs.get("group-title", ""),
            attrs.get("tvg-id", ""),
            attrs.get("tvg-name", ""),
            attrs.get("radio", ""),
            attrs.get("user-agent") or attrs.get("http-user-agent"),
            attrs.get("referrer") or attrs.get("http-referrer"),
        )


def channel_row(
    address: str,
    name: str = "",
    group: str = "",
    tvg_id: str = "",
    tvg_name: str = "",
    radio: str = "",
    user_agent: str | None = None,
    referrer: str | None = None,
) -> tuple[str, ...]:
    """A channel in the shape of the fast route's matches (``m3u_fast._ITEM``'s groups), so that
    ``PlaylistReader.channels`` takes those matches as they come, without copying them."""
    return (
        "",
        tvg_id,
        tvg_name,
        group,
        radio,
        referrer or "",
        user_agent or "",
        "",
        "",
        name,
        "",
        address,
        "",
    )


def _same(where: Where) -> int:
    assert isinstance(where, int)  # the careful loop's ``where`` is the line number itself
    return where


class PlaylistReader:
    """One playlist being read into ``result``. ``where`` values name a line; ``line_of`` turns
    them into line numbers, only when a warning needs one (the fast route counts lines lazily)."""

    def __init__(self, result: SourceResult, source: str, line_of: LineOf = _same) -> None:
        self.result, self.source, self.line_of = result, source, line_of
        self.bodies: dict[str, Body] = {}
        self.body_by_name: dict[str, Body] = {}
        self.stream_ids: set[str] = set()
        self.last_suffix: dict[str, int] = {}  # wanted id -> the last n tried as "id-n"
        self.slug_keys: dict[str, str] = {}  # name -> slug_key(name), for stream and body ids alike
        self.pending: Entry | None = None
        self.group = ""  # an #EXTGRP seen before its #EXTINF
        self.options: dict[str, str] = {}
        self.header_seen = False
        self.junk = 0

    def warn(self, where: Where, text: str) -> None:
        self.result.warnings.append(f"line {self.line_of(where)}: {text}")

    def line(self, line: str, where: Where) -> None:
        """One stripped, non-blank line."""
        if line[0] == "#":
            upper = line[:11].upper()
            if upper.startswith("#EXTINF:"):
                self.drop_pending()
                attrs, name, complaint = parse_extinf(line[8:])
                if complaint:
                    self.warn(where, complaint)
                self.begin(Entry.from_attrs(where, name or attrs.get("tvg-name", ""), attrs))
            elif upper.startswith("#EXTM3U"):
                self.header_seen = True
                # "On line 1 or before any channel": once a channel is read we are past line 1.
                if not self.result.channels:
                    attrs, _, _ = parse_extinf(line[7:])
                    self.guides(attrs.get("x-tvg-url") or attrs.get("url-tvg") or "")
            elif upper.startswith("#EXTGRP:"):
                if (
                    self.pending is not None
                ):  # between #EXTINF and its address: that channel's group
                    self.pending.group = self.pending.group or line[8:].strip()
                else:  # before the #EXTINF it belongs to
                    self.group = line[8:].strip()
            elif upper.startswith("#EXTVLCOPT:"):
                opt = _vlcopt(line[11:])
                if opt:
                    self.options[opt[0]] = opt[1]
            return  # #KODIPROP, #EXT-X-..., "# comments": nothing for us
        if not looks_like_address(line):
            self.junk += 1
            if self.junk <= 20:
                self.warn(where, f"not a playlist line, ignored: {line[:60]!r}")
            return
        self.address(line, where)

    def guides(self, value: str) -> None:
        """The guides of an ``x-tvg-url`` value: IPTV players read it as a comma-separated list
        (iptv-org playlists name several EPG sites), so a comma separates two guides; the first
        header that names any wins."""
        if self.result.guide_urls:
            return
        urls = [resolve_url(part, self.source) for part in value.split(",") if part.strip()]
        self.result.guide_urls = list(dict.fromkeys(urls))
        self.result.guide_url = urls[0] if urls else ""

    def drop_pending(self) -> None:
        if self.pending is not None:
            self.warn(self.pending.where, f"channel {self.pending.name!r} has no address; skipped")
            self.pending = None

    def begin(self, entry: Entry) -> None:
        """An #EXTINF read: it waits for its address."""
        self.drop_pending()
        if self.group and not entry.group:
            entry.group = self.group
        self.group = ""
        self.pending = entry

    def address(self, line: str, where: Where) -> None:
        """An address line (stripped): the waiting #EXTINF's channel, or a channel of its own."""
        entry, self.pending = self.pending, None
        if entry is None:
            row = channel_row(line)
        else:
            row = channel_row(
                line,
                entry.name,
                entry.group,
                entry.tvg_id,
                entry.tvg_name,
                entry.radio,
                entry.user_agent,
                entry.referrer,
            )
        self.channels([row], lambda _: where)

    def channels(self, rows: Sequence[tuple[str, ...]], where_of: Callable[[int], Where]) -> None:
        """Streams (and bodies when new) from rows shaped like ``channel_row``'s, the shape the fast
        route's pattern reads them in; ``where_of(k)`` names the address line of ``rows[k]``."""
        source, stream_ids, body_by_name, keys = (
            self.source,
            self.stream_ids,
            self.body_by_name,
            self.slug_keys,
        )
        result = self.result
        streams, audio_only, channels = result.streams, result.audio_only, result.channels
        live, web = StreamKind.LIVE, _WEB
        for k, (
            _,
            tvg_id,
            tvg_name,
            group,
            radio,
            attr_referrer,
            attr_user_agent,
            http_user_agent,
            http_referrer,
            name,
            _,
            line,
            _,
        ) in enumerate(rows):
            line = line.strip()
            user_agent: str | None = attr_user_agent or http_user_agent
            referrer: str | None = attr_referrer or http_referrer
            if self.options:
                options, self.options = self.options, {}
                user_agent = user_agent or options.get("user_agent")
                referrer = referrer or options.get("referrer")
            if "|" in line:
                address = split_headers(line, user_agent or None, referrer or None)
                url, user_agent, referrer = address.url, address.user_agent, address.referrer
            else:  # what split_headers would give, without building it
                url, user_agent, referrer = line, user_agent or None, referrer or None
            if "%" in url and _BAD_ESCAPE.search(url):
                self.warn(where_of(k), "the address has a malformed %-escape; kept as written")
            name = name.strip() or tvg_name or url.rstrip("/").rsplit("/", 1)[-1] or url
            body_name = group or name
            body = body_by_name.get(body_name)
            if body is None:
                body_key = keys.get(body_name)
                if body_key is None:
                    body_key = keys[body_name] = slug_key(body_name)
                body_key = body_key or slug(body_name, "body")
                body = self.bodies.get(body_key)
                if body is None:
                    body = self.bodies[body_key] = new_body(body_key, body_name)
                body_by_name[body_name] = body
            key_name = tvg_id or name
            stream_id = keys.get(key_name)
            if stream_id is None:  # a channel without group shares its name with its body
                stream_id = keys[key_name] = slug_key(key_name)
            stream_id = stream_id or slug(key_name, "channel")
            if stream_id in stream_ids:
                stream_id = self.free_id(stream_id)
            else:
                stream_ids.add(stream_id)
            if not url.startswith(web):
                url = resolve_url(url, source)
            streams.append(new_stream(stream_id, body.id, url, live, user_agent, referrer))
            if radio and radio.lower() == "true":
                audio_only.add(stream_id)
            if tvg_id and tvg_id not in channels:
                channels[tvg_id] = stream_id
            if tvg_name and tvg_name not in channels:
                channels[tvg_name] = stream_id

    def free_id(self, wanted: str) -> str:
        """What ``base.unique_id`` gives (``wanted-2``, ``wanted-3``... the first free), in constant
        time however often ``wanted`` repeats: ids are only ever added, so every suffix tried
        before for ``wanted`` is still taken and the search resumes after the last one."""
        taken, n = self.stream_ids, self.last_suffix.get(wanted, 1)
        candidate = wanted
        while candidate in taken:
            n += 1
            candidate = f"{wanted}-{n}"
        self.last_suffix[wanted] = n
        taken.add(candidate)
        return candidate

    def finish(self) -> SourceResult:
        result = self.result
        if self.junk > 20:
            result.warnings.append(
                f"{self.junk - 20} more lines that are not playlist lines were ignored"
            )
        self.drop_pending()
        result.bodies = list(self.bodies.values())
        if not result.streams:
            result.problems.append(
                "no channel with an address found: not an M3U playlist, or an empty one"
            )
        elif not self.header_seen:
            result.warnings.insert(0, "line 1: no #EXTM3U header; read as a playlist anyway")
        return result
