"""Indico's HTTP export (``/export/event/ID.json?detail=sessions`` or ``contributions``).

Every date is ``{"date", "time", "tz"}``. Indico sessions become bodies and their contributions
sessions; contributions outside a session sit in their room (or in one body named after the
event). An event with neither gives one session per occurrence (``occ=yes``) or one for the whole
event. Attached material (``material``/``folders``/``attachments``) becomes documents. The .ics
export is read by ``feeds.ical``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from observer_app.core import clock
from observer_app.core.feeds.base import (
    ASSUMED_LENGTH,
    SourceResult,
    no_end_warning,
    resolve_url,
    settle_open_ends,
    slug,
    stable_symbol,
    unique_id,
)
from observer_app.core.model import Body, Document, DocumentFile, Session
from observer_app.core.symbols import find_symbols, parse_symbol


def is_indico(raw: object) -> bool:
    return isinstance(raw, dict) and (
        raw.get("_type") == "HTTPAPIResult"
        or (
            isinstance(raw.get("results"), list)
            and any(isinstance(r, dict) and "startDate" in r for r in raw["results"])
        )
    )


def _instant(value: object, place: str, default_tz: str, result: SourceResult) -> datetime | None:
    if not isinstance(value, dict) or not value.get("date"):
        return None
    zone_name = str(value.get("tz") or default_tz or "UTC")
    tz: tzinfo
    try:
        tz = clock.zone(zone_name)
    except clock.TimeZoneError as exc:
        result.warnings.append(f"{place}/tz: {exc}; read as UTC")
        tz = UTC
    try:
        day = date.fromisoformat(str(value["date"]))
        moment = time.fromisoformat(str(value.get("time") or "00:00:00"))
    except ValueError as exc:
        result.warnings.append(
            f"{place}: {value.get('date')!r} {value.get('time')!r} is not a date and time ({exc})"
        )
        return None
    return datetime.combine(day, moment, tz).astimezone(UTC)


class _Reader:
    """Reads one event of the export into the bodies, documents and sessions shared by all."""

    def __init__(
        self, result: SourceResult, event: dict[str, Any], tz: str, place: str = "results/0"
    ):
        self.result, self.event, self.tz, self.place = result, event, tz, place
        self.bodies: dict[str, Body] = {}
        self.session_ids: set[str] = {s.id for s in result.sessions}
        self.documents: dict[str, Document] = {}
        self.open_ids: set[str] = set()
        #: Sittings this event gave (its occurrences are read only when there are none).
        self.sittings = 0

    def body(self, name: str) -> Body:
        key = slug(name, "body")
        if key not in self.bodies:
            self.bodies[key] = Body(key, name)
        return self.bodies[key]

    def sitting(self, item: dict[str, Any], place: str, body: Body) -> None:
        start = _instant(item.get("startDate"), f"{place}/startDate", self.tz, self.result)
        end = _instant(item.get("endDate"), f"{place}/endDate", self.tz, self.result)
        if start is None:
            self.result.warnings.append(f"{place}: no usable start; skipped")
            return
        assumed = end is None or end <= start
        if end is not None and end < start:
            self.result.warnings.append(f"{place}: ends before it starts; skipped")
            return
        if end is None or assumed:
            self.result.warnings.append(no_end_warning(f"{place}/endDate"))
            end = start + ASSUMED_LENGTH
        title = " ".join(str(item.get("title") or "").split()) or "(untitled)"
        sid = unique_id(
            f"indico-{self.event.get('id', '')}-{item.get('_type', 'item').lower()}-{item.get('id', '')}",
            self.session_ids,
        )
        if assumed:
            self.open_ids.add(sid)
        self.sittings += 1
        self.result.sessions.append(Session(sid, body.id, title, start, end))
        self.material(item, place, body.id)

    def material(self, item: dict[str, Any], place: str, body_id: str | None) -> None:
        """The documents attached to ``item``, each filed under its symbol (one per file URL)."""
        for title, url in _attached_files(item):
            self.document(title, url, body_id)

    def document(self, title: str, url: str, body_id: str | None) -> None:
        """File ``url`` under the symbol its title names (or a stable one from the URL); a
        second language of the same symbol joins the first document's files."""
        found = parse_symbol(title) or next((s for _, _, s in find_symbols(title)), None)
        symbol = found.canonical() if found else stable_symbol("indico", url)
        language = found.language if found and found.language else ""
        entry = DocumentFile(language or "en", resolve_url(url, self.result.source))
        old = self.documents.get(symbol)
        if old is None:
            self.documents[symbol] = Document(
                symbol, title or url.rsplit("/", 1)[-1], "Indico", None, body_id, (entry,)
            )
        elif entry not in old.files:
            self.documents[symbol] = Document(
                old.symbol, old.title, old.source, old.date, old.body_id, old.files + (entry,)
            )


def _dicts(value: object) -> list[dict[str, Any]]:
    """The dicts of a JSON list (anything else, and a missing list, gives none)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _attached_files(item: dict[str, Any]) -> list[tuple[str, str]]:
    """(title, url) of every file an Indico item carries, in the three places exports put them."""
    return [*_material_files(item), *_folder_files(item), *_plain_attachments(item)]


def _material_files(item: dict[str, Any]) -> list[tuple[str, str]]:
    """Older exports: ``material`` entries, each with its ``resources``."""
    return [
        (str(r.get("name") or m.get("title") or ""), str(r["url"]))
        for m in _dicts(item.get("material"))
        for r in _dicts(m.get("resources"))
        if r.get("url")
    ]


def _folder_files(item: dict[str, Any]) -> list[tuple[str, str]]:
    """Newer exports: ``folders`` of ``attachments`` (a file, or a link)."""
    return [
        (
            str(a.get("title") or a.get("filename") or ""),
            str(a.get("download_url") or a["link_url"]),
        )
        for folder in _dicts(item.get("folders"))
        for a in _dicts(folder.get("attachments"))
        if a.get("download_url") or a.get("link_url")
    ]


def _plain_attachments(item: dict[str, Any]) -> list[tuple[str, str]]:
    """Plain ``attachments`` on the item itself."""
    return [
        (str(a.get("title") or a.get("filename") or ""), str(a.get("download_url") or a["url"]))
        for a in _dicts(item.get("attachments"))
        if a.get("download_url") or a.get("url")
    ]


def parse_indico(raw: dict[str, Any], source: str) -> SourceResult:
    """Bodies, sessions and documents of every event of an Indico export (a category export
    holds many). The first event's time zone is the source's; its title is the source's name
    when it is the only event."""
    result = SourceResult(source, "indico")
    results = raw.get("results")
    if isinstance(results, dict):
        results = [results]
    events = [r for r in results or [] if isinstance(r, dict)]
    if not events:
        result.problems.append("results: the export holds no event")
        return result
    tz = _event_zone(events[0], "results/0", result)
    result.timezone = tz
    if len(events) == 1:
        result.name = " ".join(str(events[0].get("title") or "").split())
    bodies: dict[str, Body] = {}
    documents: dict[str, Document] = {}
    open_ids: set[str] = set()
    for index, event in enumerate(events):
        zone = tz if index == 0 else _event_zone(event, f"results/{index}", result) or tz
        reader = _Reader(result, event, zone, f"results/{index}")
        reader.bodies, reader.documents, reader.open_ids = bodies, documents, open_ids
        _read_event(reader, event)
    result.sessions = settle_open_ends(result.sessions, open_ids)
    result.bodies = [b for b in bodies.values() if any(s.body_id == b.id for s in result.sessions)]
    result.documents = list(documents.values())
    if not result.sessions and not result.documents:
        result.problems.append("results: no contribution, session or date that can be used")
    return result


def _event_zone(event: dict[str, Any], place: str, result: SourceResult) -> str:
    tz = str(event.get("timezone") or "")
    if not tz:
        return ""
    try:
        clock.zone(tz)
    except clock.TimeZoneError as exc:
        result.warnings.append(f"{place}/timezone: {exc}")
        return ""
    return tz


def _read_event(reader: _Reader, event: dict[str, Any]) -> None:
    """One event's sessions (as bodies, with their contributions), its loose contributions,
    else its occurrences or the event itself; then its own material."""
    at = reader.place
    main = " ".join(str(event.get("title") or "").split()) or "Main room"
    by_title = _sessions(reader, event)
    for i, c in enumerate(event.get("contributions") or []):
        if not isinstance(c, dict):
            continue
        session_name = " ".join(str(c.get("session") or "").split())
        body = by_title.get(session_name) or reader.body(str(c.get("room") or "").strip() or main)
        reader.sitting(c, f"{at}/contributions/{i}", body)
    if not reader.sittings:
        body = reader.body(str(event.get("room") or "").strip() or main)
        occurrences = [o for o in event.get("occurrences") or [] if isinstance(o, dict)]
        for i, o in enumerate(occurrences):
            reader.sitting(
                {
                    "startDate": o.get("startDT"),
                    "endDate": o.get("endDT"),
                    "title": main,
                    "_type": "occurrence",
                    "id": str(i),
                },
                f"{at}/occurrences/{i}",
                body,
            )
        if not occurrences:
            reader.sitting(event, at, body)
    reader.material(event, at, None)


def _sessions(reader: _Reader, event: dict[str, Any]) -> dict[str, Body]:
    """Indico sessions as bodies (named by title, else room), their contributions as sittings
    (the session itself when it has none); the bodies by session title."""
    by_title: dict[str, Body] = {}
    for i, s in enumerate(event.get("sessions") or []):
        if not isinstance(s, dict):
            continue
        place = f"{reader.place}/sessions/{i}"
        name = " ".join(str(s.get("title") or s.get("room") or "").split()) or f"Session {i + 1}"
        body = reader.body(name)
        if s.get("room"):
            body = reader.bodies[body.id] = Body(body.id, body.name, room=str(s["room"]))
        by_title[name] = body
        contributions = [c for c in s.get("contributions") or [] if isinstance(c, dict)]
        for j, c in enumerate(contributions):
            reader.sitting(c, f"{place}/contributions/{j}", body)
        if not contributions:
            reader.sitting(s, place, body)
        reader.material(s, place, body.id)
    return by_title
