"""Which kind of source some bytes are, from their content (the name only breaks ties).

A ``.m3u`` that is an HTML page, a ``.json`` that is a JSON Feed, a calendar served as
``text/plain``: the extension lies often enough that it is the last thing asked.
"""

from __future__ import annotations

import json
import re

from observer_app.core.feeds.base import SNIFF_BYTES, TEXT_CONTROLS, bomless_unicode

_XML_PROLOG = re.compile(
    r"(?:\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>))*\s*",
    re.DOTALL | re.IGNORECASE,
)
_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_RSS_ROOTS = {"rss", "feed", "rdf:rdf", "rdf", "channel"}
#: Byte-order marks: text whatever NULs follow (UTF-32-LE's starts like UTF-16-LE's).
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_HTML_ROOTS = {
    "html",
    "head",
    "body",
    "div",
    "iframe",
    "script",
    "meta",
    "title",
    "p",
    "a",
    "table",
    "span",
}


def sniff_text(data: bytes, limit: int = 65536) -> str:
    """The start of ``data`` as text, good enough to look at (not to parse); the start of what a
    gzip file holds for a gzip file."""
    head = _head(data, limit)
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="replace")
    codec = bomless_unicode(head)
    return head.decode(codec, errors="replace") if codec else head.decode("latin-1")


def _head(data: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes of ``data``, unpacked first when it is gzip (only that much is)."""
    if not data.startswith(b"\x1f\x8b"):
        return data[:limit]
    import zlib

    try:
        return zlib.decompressobj(31).decompress(data[:limit], limit)
    except zlib.error:
        return data[:limit]


def is_binary(data: bytes) -> bool:
    """Neither text nor text in UTF-16/32 (see ``binary_kind``): gzip looked into."""
    head = _head(data, SNIFF_BYTES)
    return not head.startswith(BOMS) and bomless_unicode(head) is None and bool(binary_kind(head))


def detect_kind(data: bytes, source: str = "") -> str:
    """One of observer, pretalx, indico, rss (also JSON Feed), m3u, xmltv, ical, html, json,
    profile, empty, binary (a video, a PDF, an image...: ``binary_kind`` says which) or unknown.
    ``json`` means JSON of no known kind (or broken JSON). Gzip files are judged by what they hold."""
    if is_binary(data):
        return "binary"
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
        rest = text[_XML_PROLOG.match(text).end() :]
        if re.match(r"<!doctype\s+html", text, re.IGNORECASE):
            return "html"
        root = _ROOT.match(rest)
        name = root.group(1).lower() if root else ""
        if name == "tv":
            return "xmltv"
        if name in _RSS_ROOTS:
            return "rss"
        if name == "schedule" and "<conference" in rest[:16384]:
            return "pretalx"  # frab / pentabarf schedule.xml, read like the schedule JSON
        if name in _HTML_ROOTS:
            return "html"
        return "xml"
    by_name = kind_by_name(source)
    if by_name:
        return by_name
    if re.search(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+\s*$", text[:2048], re.MULTILINE):
        return "m3u"  # a bare list of addresses is the simplest playlist there is
    return "unknown"


def kind_by_name(source: str) -> str:
    """ "m3u" or "ical" when the file name says so (a ``.gz`` after it aside), else ""."""
    name = source.lower().rsplit("?", 1)[0].removesuffix(".gz")
    if name.endswith((".m3u", ".m3u8")):
        return "m3u"
    if name.endswith((".ics", ".ical", ".ifb")):
        return "ical"
    return ""


#: Formats that turn up where a source was expected (a download saved under the wrong name, a
#: webcast recording, the conference's PDF): (magic bytes, where they start, what the file is).
_MAGIC = (
    (b"\x1aE\xdf\xa3", 0, "a video file (Matroska/WebM)"),
    (b"ftyp", 4, "a video file (MP4/QuickTime)"),
    (b"PK\x03\x04", 0, "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF8", 0, "a GIF image"),
    (b"OggS", 0, "an Ogg audio or video file"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"FLV\x01", 0, "a video file (Flash Video)"),
    (b"RIFF", 0, "a RIFF media file (WAV, AVI or WebP)"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"(\xb5/\xfd", 0, "a Zstandard archive"),
    (b"7z\xbc\xaf'\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Office document (.doc, .xls, .ppt)"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x7fELF", 0, "a program (ELF)"),
    (b"\x1f\x8b", 0, "a gzip archive inside a gzip archive"),
)


#: What may stand before ``%PDF-`` in a real PDF: a BOM, whitespace, a mail or HTTP header's end,
#: binary junk; not a line of text that merely mentions it.
_JUNK_BEFORE_PDF = re.compile(rb"(?:\xef\xbb\xbf)?[\x00-\x20\x80-\xff]*")


def binary_kind(data: bytes) -> str:
    """What binary file ``data`` is ("a PDF document (it starts with %PDF-)", "binary data (...)"), or
    "" when it may be text. Looks at the first few KB only: text sources never start like this.
    Call it on bytes without a UTF-16/32 byte-order mark (``bomless_unicode`` tells the others)."""
    pdf = data.find(b"%PDF-", 0, 1024)  # the PDF standard lets junk come first, but not text:
    if pdf == 0 or (
        pdf > 0 and _JUNK_BEFORE_PDF.fullmatch(data[:pdf])
    ):  # a calendar may quote "%PDF-1.7"
        return "a PDF document (it starts with %PDF-)"
    for magic, at, what in _MAGIC:
        if data.startswith(magic, at) and (magic != b"BZh" or data[4:10] == b"1AY&SY"):
            return what
    head = data[:SNIFF_BYTES]
    if (
        len(data) <= SNIFF_BYTES
    ):  # a text file padded with NULs by an interrupted copy is still text
        head = head.rstrip(b"\x00")
    controls = len(head) - len(head.translate(None, TEXT_CONTROLS))
    if controls >= 2 and controls * 100 > len(head):
        if head[:1] == b"G" and head[188:189] in (b"G", b""):  # a sync byte every 188
            return "a video file (MPEG transport stream)"
        first = next(i for i, b in enumerate(head) if b in TEXT_CONTROLS)
        return f"binary data ({controls:,} control bytes in its first {len(head):,}, the first at byte {first})"
    return ""


#: Tags only HLS manifests have: a media playlist's segment list, a master's variants.
_HLS_TAGS = re.compile(
    rb"^[ \t]*#EXT-X-(?:TARGETDURATION|STREAM-INF|MEDIA-SEQUENCE|MEDIA:|I-FRAME-STREAM-INF"
    rb"|PLAYLIST-TYPE|ENDLIST|DISCONTINUITY-SEQUENCE|PART-INF|SERVER-CONTROL|MAP:|KEY:"
    rb"|INDEPENDENT-SEGMENTS)",
    re.MULTILINE,
)
_IPTV_MARKS = re.compile(rb"tvg-|group-title|#EXTGRP|#EXTVLCOPT|#KODIPROP", re.IGNORECASE)


def hls_manifest(data: bytes) -> str:
    """What single HLS stream ``data`` is ("a master playlist with 5 variants"), or "" when it is
    not an HLS manifest: an IPTV playlist (with ``tvg-``/``group-title``...) is a list of channels
    even when it carries ``#EXT-X-`` tags. ``m3u8`` has the last word (only imported here)."""
    if not _HLS_TAGS.search(data, 0, 16384) or _IPTV_MARKS.search(data):
        return ""
    import m3u8

    try:
        playlist = m3u8.loads(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
    except Exception:  # noqa: BLE001 - m3u8 raises what it likes on junk; then it is not a manifest
        return ""
    if playlist.is_variant:
        what = f"a master playlist with {_count(len(playlist.playlists), 'variant')}"
        languages = sorted({m.language for m in playlist.media if m.type == "AUDIO" and m.language})
        return what + (f", audio in {', '.join(languages)}" if languages else "")
    # A media playlist declares its target duration. A list of channels with an
    # #EXT-X-INDEPENDENT-SEGMENTS line has "segments" (its channels) but no target duration, and
    # durations of -1: it stays a playlist of channels.
    if playlist.target_duration is not None and not any(
        (s.duration or 0) < 0 for s in playlist.segments
    ):
        recorded = playlist.is_endlist or (playlist.playlist_type or "").upper() == "VOD"
        return f"a media playlist of {_count(len(playlist.segments), 'segment')}{', a recording' if recorded else ''}"
    return ""


def _count(n: int, what: str) -> str:
    return f"{n:,} {what}{'' if n == 1 else 's'}"


def root_element(data: bytes) -> str:
    """The name of the first element of an XML document, "" if it has none."""
    text = sniff_text(data).lstrip("\ufeff \t\r\n")
    root = _ROOT.match(text[_XML_PROLOG.match(text).end() :])
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
