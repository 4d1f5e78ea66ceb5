"""Document feeds: RSS 2.0 / Atom through feedparser, JSON Feed by hand (feedparser 6 cannot).

Each entry is a document. Its symbol comes from the title when the title holds one
(``DT/33(Rev.1)``, ``Document 67-E``), else a stable symbol made from the entry's id or link,
so the same entry keeps the same symbol at every refresh. The file is the enclosure (or the
link); its language is the symbol's suffix, else the entry's, else the feed's.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from observer_app.core.feeds.base import SourceResult, language_code, resolve_url, stable_symbol
from observer_app.core.model import Document, DocumentFile
from observer_app.core.symbols import find_symbols, parse_symbol


def is_json_feed(raw: object) -> bool:
    if not isinstance(raw, dict) or not isinstance(raw.get("items"), list):
        return False
    version = str(raw.get("version") or "")
    return (
        version.startswith("https://jsonfeed.org/version/")
        or version in ("1", "1.0", "1.1")
        or "feed_url" in raw
    )


class _Collector:
    def __init__(self, result: SourceResult, default_language: str):
        self.result, self.language = result, default_language or "en"
        self.documents: dict[str, Document] = {}

    def add(
        self, place: str, title: str, key: str, urls: list[str], language: str, day: date | None
    ) -> None:
        title = " ".join(title.split())
        if not title and not any(urls):
            self.result.warnings.append(
                f"{place}: no title, link or enclosure: nothing to list it by; skipped"
            )
            return
        found = parse_symbol(title) or next((s for _, _, s in find_symbols(title)), None)
        symbol = found.canonical() if found else stable_symbol("feed", key or title)
        lang = (
            (found.language if found and found.language else "")
            or language_code(language)
            or self.language
        )
        files = tuple(
            DocumentFile(lang, resolve_url(u, self.result.source)) for u in dict.fromkeys(urls) if u
        )
        if not files:
            self.result.warnings.append(
                f"{place}: {title[:60]!r} has no link or enclosure; listed without a file"
            )
        old = self.documents.get(symbol)
        if old is None:
            self.documents[symbol] = Document(
                symbol, title or symbol, self.result.name, day, None, files
            )
        else:
            merged = old.files + tuple(f for f in files if f not in old.files)
            self.documents[symbol] = Document(
                old.symbol, old.title, old.source, old.date or day, None, merged
            )

    def finish(self) -> None:
        self.result.documents = list(self.documents.values())


def parse_rss(data: bytes, source: str, content_type: str = "") -> SourceResult:
    """RSS 0.9x/1.0/2.0 and Atom; feedparser's own encoding detection handles legacy charsets.
    ``content_type``: the server's Content-Type header, for its charset."""
    import feedparser

    result = SourceResult(source, "rss")
    headers = _headers(source, content_type)
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers=headers, sanitize_html=True, resolve_relative_uris=True
    )
    error = parsed.get("bozo_exception")
    feed = parsed.get("feed", {})
    result.name = " ".join(str(feed.get("title", "")).split())
    if not parsed.entries and (error is not None or not parsed.get("version")):
        where = _where(error)
        result.problems.append(
            f"{where}not an RSS or Atom feed ({_reason(error)})"
            if error
            else "not an RSS or Atom feed"
        )
        return result
    if error is not None and type(error).__name__ == "CharacterEncodingOverride":
        result.warnings.append(_encoding_warning(data, headers, parsed.get("encoding") or ""))
    elif error is not None and type(error).__name__ != "NonXMLContentType":
        result.warnings.append(
            f"{_where(error)}the feed is not well-formed ({_reason(error)}); "
            "what could be read was kept"
        )
    collector = _Collector(result, language_code(feed.get("language")))
    for i, entry in enumerate(parsed.entries):
        urls = [e.get("href", "") for e in entry.get("enclosures", [])] or [entry.get("link", "")]
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        day = date(*stamp[:3]) if stamp else None
        language = entry.get("language") or (entry.get("title_detail") or {}).get("language") or ""
        collector.add(
            f"entry {i + 1}",
            str(entry.get("title", "")),
            str(entry.get("id") or entry.get("link") or ""),
            urls,
            language,
            day,
        )
    collector.finish()
    if not parsed.entries:
        result.warnings.append("the feed has no entries")
    return result


_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def _encoding_warning(data: bytes, headers: dict[str, str], used: str) -> str:
    """What to say when feedparser had to read a feed in another encoding than expected: which
    encoding was declared, and where (the server, the XML declaration), or that none was
    (XML then means UTF-8: saying "the declared encoding (utf-8)" blamed the file for a
    declaration it never made)."""
    used = used or "a best guess"
    charset = re.search(r"charset=([^;\s]+)", headers.get("content-type", ""))
    declared = _XML_DECLARED.match(data.lstrip(b"\xef\xbb\xbf")[:512])
    if charset:
        where = f"the server's declared encoding ({charset.group(1)})"
    elif declared:
        where = f"the feed's declared encoding ({declared.group(1).decode('ascii')})"
    else:
        return (
            f"the feed declares no encoding and is not UTF-8 (XML's default); read as {used}, "
            "check accented titles"
        )
    return f"{where} is wrong; read as {used}, check accented titles"


def _headers(source: str, content_type: str) -> dict[str, str]:
    """What feedparser is told of the response. The media type is always an XML one: the content
    already showed this is a feed, and RFC 7303 lets the XML declaration decide the encoding
    when the server names no charset (feedparser follows RFC 3023, where ``text/*`` without a
    charset means US-ASCII, and would warn about every UTF-8 feed served as text/xml). Only a
    charset the server did name can disagree with the bytes: that is worth a warning."""
    if not source.startswith(("http://", "https://")):
        return {}  # a file: its own declaration and byte-order mark decide
    params = (p.strip().partition("=") for p in content_type.split(";")[1:])
    charset = next(
        (
            value.strip("\"' ").lower()
            for name, _, value in params
            if name.strip().lower() == "charset"
        ),
        "",
    )
    return {
        "content-location": source,
        "content-type": "application/xml" + (f"; charset={charset}" if charset else ""),
    }


def parse_json_feed(raw: dict, source: str) -> SourceResult:
    """JSON Feed 1.0/1.1: items with url, attachments, date_published, language."""
    result = SourceResult(source, "rss")
    result.name = " ".join(str(raw.get("title") or "").split())
    collector = _Collector(result, language_code(str(raw.get("language") or "")))
    for i, item in enumerate(raw.get("items") or []):
        place = f"items/{i}"
        if not isinstance(item, dict):
            result.warnings.append(f"{place}: not an object; skipped")
            continue
        urls = [
            str(a.get("url"))
            for a in item.get("attachments") or []
            if isinstance(a, dict) and a.get("url")
        ]
        urls = urls or [str(item.get("url") or item.get("external_url") or "")]
        day = None
        if item.get("date_published"):
            try:
                day = datetime.fromisoformat(
                    str(item["date_published"]).replace("Z", "+00:00")
                ).date()
            except ValueError:
                result.warnings.append(
                    f"{place}/date_published: {item['date_published']!r} is not an RFC 3339 date"
                )
        collector.add(
            place,
            str(item.get("title") or item.get("summary") or ""),
            str(item.get("id") or ""),
            urls,
            str(item.get("language") or ""),
            day,
        )
    collector.finish()
    if not raw.get("items"):
        result.warnings.append("items: the feed has no items")
    return result


def _where(error) -> str:
    line = getattr(error, "getLineNumber", None)
    try:
        return f"line {line()}: " if callable(line) and line() else ""
    except Exception:  # SAX locators can be gone after the parse
        return ""


def _reason(error) -> str:
    text = getattr(error, "getMessage", None)
    try:
        return str(text()) if callable(text) else str(error)
    except Exception:
        return type(error).__name__
