"""Merge what several sources found into one ``Conference``.

A playlist names the webcasts, a guide or calendar the sittings, a feed the documents: bodies
with the same name (case, accents and punctuation aside) are one body; XMLTV programmes go to
the body of the playlist channel with the same tvg-id; a session without a stream gets its
body's stream; documents with the same canonical symbol are one document with all the files.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from observer_app.core import clock
from observer_app.core.feeds.base import (
    _SCHEME,
    SourceResult,
    former_slug_key,
    norm_key,
    slug,
    unique_id,
)
from observer_app.core.model import Body, Conference, Document, Session, Stream


def conference_id(location: str) -> str:
    """The id of a conference that has no name, from where it is read (its first source): a
    readable stem and a short hash of the address. (Made from the missing name, it was
    "conference" for every bare playlist: unrelated ones shared notes, follows and documents.)"""
    location = location.strip()
    parts = urlparse(location)
    if parts.scheme.lower() in ("http", "https"):  # the same address written two ways is one
        port = (
            ""
            if parts.port in (None, 80 if parts.scheme.lower() == "http" else 443)
            else f":{parts.port}"
        )
        location = parts._replace(
            scheme=parts.scheme.lower(), netloc=(parts.hostname or "") + port, fragment=""
        ).geturl()
    if not _SCHEME.match(location) or re.match(r"^[A-Za-z]:[\\/]", location):
        try:
            location = Path(location).expanduser().resolve().as_uri()
        except (OSError, ValueError):
            pass
    stem = slug(Path(urlparse(location).path).stem or location, "conference", former_slug_key)[:40]
    return f"{stem}-{hashlib.sha1(location.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def combine(
    results: list[SourceResult],
    fallback_name: str = "",
    profile_timezone: str = "",
    warnings: list[str] | None = None,
    profile_name: str = "",
    location: str = "",
) -> Conference:
    """One conference from the usable results (those with problems are left out). Messages
    about the merge (no time zone anywhere, unmatched guide channels) go to ``warnings``.
    ``profile_timezone`` (the profile's own) wins over the sources'; else the first source's.
    ``profile_name`` (the profile's own) wins over the sources' names, ``fallback_name`` does not.
    The id is the name's slug (the same on every observer's computer, so team bundles match;
    a profile's name keeps it while its sources change); a conference without any name gets
    one from ``location``, else from its first source's address (``conference_id``)."""
    notes = warnings if warnings is not None else []
    usable = [r for r in results if r.ok]
    named = profile_name or next((r.name for r in usable if r.name), "") or fallback_name
    zone = _timezone(usable, profile_timezone, notes)
    merger = _Merger()
    for i, r in enumerate(usable):
        if r.kind != "xmltv":  # guide channels become bodies only if no playlist channel takes them
            merger.bodies_and_streams(i, r)
    sessions = merger.sessions(usable, notes)
    documents = merger.documents(usable)
    where = location or (results[0].source if results else "")
    return Conference(
        # The "+" of a name is not spelt out here: a conference's id ("WSIS+20") files all its
        # notes, and the same conference is the same conference with or without a "+".
        id=slug(named, "conference", former_slug_key)
        if named or not where
        else conference_id(where),
        name=named or "Conference",
        timezone=zone,
        bodies=merger.merged_bodies(),
        sessions=tuple(sessions),
        streams=tuple(merger.streams),
        documents=tuple(documents),
        source=usable[0].source if usable else "",
    )


class _Merger:
    """The merge's state: bodies by name key (``base.norm_key``), the ids each result's bodies
    and streams became, the playlist channels by tvg-id."""

    def __init__(self) -> None:
        self.body_by_key: dict[str, Body] = {}
        self.body_ids: set[str] = set()
        self.body_map: dict[tuple[int, str], str] = {}  # (result index, its body id) -> merged id
        self.stream_ids: set[str] = set()
        self.stream_map: dict[tuple[int, str], str] = {}
        self.streams: list[Stream] = []
        self.channel_streams: dict[str, str] = {}  # tvg-id -> merged stream id

    def body(self, index: int, body: Body) -> str:
        """The merged id of ``body`` (from result ``index``): the body of the same name key."""
        key = norm_key(body.name) or norm_key(body.id)
        found = self.body_by_key.get(key)
        if found is None:
            found = Body(
                unique_id(body.id or slug(body.name, "body"), self.body_ids),
                body.name,
                body.short_name,
                body.room,
            )
            self.body_by_key[key] = found
        elif body.room and not found.room:
            found = self.body_by_key[key] = replace(found, room=body.room)
        former = {body.id, former_slug_key(body.name)} - {found.id, ""}
        if not former <= set(found.former_ids):
            found = self.body_by_key[key] = replace(
                found, former_ids=tuple(sorted(former | set(found.former_ids)))
            )
        self.body_map[(index, body.id)] = found.id
        return found.id

    def merged_bodies(self) -> tuple[Body, ...]:
        """The bodies, each with the ids it had before (the "+" rule, merged sources) that no
        other body has now."""
        current = {b.id for b in self.body_by_key.values()}
        return tuple(
            replace(b, former_ids=tuple(i for i in b.former_ids if i not in current))
            if b.former_ids
            else b
            for b in self.body_by_key.values()
        )

    def bodies_and_streams(self, i: int, r: SourceResult) -> None:
        for body in r.bodies:
            self.body(i, body)
        for stream in r.streams:
            body_id = self.body_map.get((i, stream.body_id)) or self.body(
                i, Body(stream.body_id, stream.body_id)
            )
            new = replace(
                stream,
                id=unique_id(stream.id, self.stream_ids),
                body_id=body_id,
                audio_only=stream.audio_only or stream.id in r.audio_only,
            )
            self.stream_map[(i, stream.id)] = new.id
            self.streams.append(new)
        for channel, stream_id in r.channels.items():
            self.channel_streams.setdefault(channel, self.stream_map.get((i, stream_id), stream_id))

    def sessions(self, usable: list[SourceResult], notes: list[str]) -> list[Session]:
        """Every result's sessions on their merged bodies and streams; the same sitting from
        two sources (same body, start, end and title key) once; sorted by start."""
        by_stream = {stream.id: stream for stream in self.streams}
        first_stream: dict[str, str] = {}
        for stream in self.streams:
            first_stream.setdefault(stream.body_id, stream.id)
        session_ids: set[str] = set()
        seen: set[tuple[str, datetime, datetime, str]] = set()
        sessions: list[Session] = []
        unmatched: dict[str, int] = {}
        for i, r in enumerate(usable):
            guide_bodies = {b.id: b for b in r.bodies} if r.kind == "xmltv" else {}
            for s in r.sessions:
                if r.kind == "xmltv":
                    body_id, stream_id = self._guide_session(
                        i, r, s, guide_bodies, unmatched, by_stream
                    )
                else:
                    stream_id = self.stream_map.get((i, s.stream_id)) if s.stream_id else None
                    body_id = self.body_map.get((i, s.body_id)) or self.body(
                        i, Body(s.body_id, s.body_id)
                    )
                stream_id = stream_id or first_stream.get(body_id)
                key = (body_id, s.start, s.end, norm_key(s.title))
                if key in seen:
                    continue  # the same sitting announced by two sources
                seen.add(key)
                sessions.append(
                    replace(
                        s, id=unique_id(s.id, session_ids), body_id=body_id, stream_id=stream_id
                    )
                )
        for channel, count in sorted(unmatched.items()):
            notes.append(
                f"guide channel {channel!r} ({count} programmes) matches no playlist channel's "
                "tvg-id; kept as a body of its own"
            )
        sessions.sort(key=lambda s: (s.start, s.body_id))
        return sessions

    def _guide_session(
        self,
        i: int,
        r: SourceResult,
        s: Session,
        guide_bodies: dict[str, Body],
        unmatched: dict[str, int],
        by_stream: dict[str, Stream],
    ) -> tuple[str, str | None]:
        """(body id, stream id) of a guide programme: the playlist channel with its tvg-id,
        else a body of the guide's own (counted in ``unmatched``)."""
        channel = r.session_channels.get(s.id, s.body_id)
        stream_id = self.channel_streams.get(channel)
        if stream_id is not None:
            return by_stream[stream_id].body_id, stream_id
        unmatched[channel] = unmatched.get(channel, 0) + 1
        body = guide_bodies.get(s.body_id) or Body(s.body_id, s.body_id)
        return self.body(i, body), None

    def documents(self, usable: list[SourceResult]) -> list[Document]:
        """Documents with the same canonical symbol as one, with all their files."""
        documents: dict[str, Document] = {}
        for i, r in enumerate(usable):
            for d in r.documents:
                body_id = self.body_map.get((i, d.body_id)) if d.body_id else None
                old = documents.get(d.symbol)
                if old is None:
                    documents[d.symbol] = replace(d, body_id=body_id)
                    continue
                files = old.files + tuple(f for f in d.files if f not in old.files)
                documents[d.symbol] = replace(
                    old,
                    files=files,
                    date=old.date or d.date,
                    body_id=old.body_id or body_id,
                    title=old.title or d.title,
                )
        return list(documents.values())


def _timezone(results: list[SourceResult], profile_zone: str, notes: list[str]) -> str:
    for candidate in [profile_zone] + [r.timezone for r in results]:
        if not candidate:
            continue
        try:
            clock.zone(candidate)
            return candidate
        except clock.TimeZoneError:
            notes.append(f"time zone {candidate!r} is not an IANA name; ignored")
    notes.append(
        'no source gives the conference\'s time zone; UTC is used (a conference profile can set its "timezone")'
    )
    return "UTC"
