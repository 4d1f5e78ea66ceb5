"""IPTV-style M3U playlists (webcast channels), read the way IPTV players read them.

The ``m3u8`` package is for HLS manifests and rejects ``#EXTINF`` attributes, and real playlists
are messy (BOMs, CRLF, UTF-16, cp1252, no ``#EXTM3U``, junk lines, commas inside quoted values),
so the careful reader is a plain line loop (``m3u_lines``). ``group-title`` (or ``#EXTGRP``) names
the body; a channel with neither is its own body. ``radio="true"`` marks an audio-only stream.

Big playlists (the iptv-org index has thousands of channels) go the fast route (``m3u_fast``): one
regular expression reads every regular channel whole and hands any other line to the careful
reader's own step, so both give the same result, line numbers in warnings included.
"""

from __future__ import annotations

from observer_app.core.feeds.base import SourceResult, decode_text, looks_like_html
from observer_app.core.feeds.m3u_fast import read_items
from observer_app.core.feeds.m3u_lines import PlaylistReader, parse_extinf

__all__ = ["parse_extinf", "parse_m3u"]

#: Line breaks of str.splitlines besides \n and \r: the fast route splits on \n alone.
_ASCII_BREAKS = ("\v", "\f", "\x1c", "\x1d", "\x1e")
_OTHER_BREAKS = _ASCII_BREAKS + ("\x85", "\u2028", "\u2029")


def parse_m3u(data: bytes | str, source: str) -> SourceResult:
    """Channels of an IPTV playlist as streams, their groups as bodies."""
    return _read(data, source)[0]


def _read(data: bytes | str, source: str, fast: bool = True) -> tuple[SourceResult, int, int]:
    """The result, how many channels went the fast route and how many lines the careful one
    (all of them when ``fast`` is false, or the text has line breaks other than \\n and \\r)."""
    result = SourceResult(source, "m3u")
    if isinstance(data, bytes):
        text, notes = decode_text(data, "the playlist")
        result.warnings.extend(notes)
    else:
        text = data
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        result.problems.append("the file is empty")
        return result, 0, 0
    if looks_like_html(text):
        result.problems.append(
            "line 1: this is an HTML page, not a playlist (a web page saved as .m3u?)"
        )
        return result, 0, 0
    reader = PlaylistReader(result, source)
    breaks = _ASCII_BREAKS if text.isascii() else _OTHER_BREAKS
    if fast and not any(c in text for c in breaks):
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")  # as splitlines counts them
        channels, lines = read_items(reader, text)
    else:
        channels, lines = 0, _parse_lines(reader, text)
    return reader.finish(), channels, lines


def _parse_lines(reader: PlaylistReader, text: str) -> int:
    """The careful loop: every line through ``reader``, numbered as ``str.splitlines`` counts them."""
    count = 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line:
            count += 1
            reader.line(line, number)
    return count
