"""One search over everything the observer has: document pages, notes and transcript lines, in
one ranked list (``observer-app search`` and the window's find both call ``search``).

Ranking: every kind has its own FTS5 index and each hit comes with FTS5's bm25 score there
(lower is better). bm25 weighs a word by how rare it is in that index (IDF) and a match by how
long the row is against that index's average, so a score says how distinctive a match is within
its own kind, on the same scale for all three. The hits are sorted on it together, as pages and
notes already were (``store.documents.DocumentRepository.search``): a line where the word is
said three times comes before a long page that mentions it once, and the other way round.

A transcript hit is titled with its sitting as the schedule names it (body, session title,
date in the conference's time zone), not with the session's key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from observer_app.core import clock
from observer_app.core.model import Conference
from observer_app.core.notefilter import fts_query
from observer_app.core.transcript import TranscriptLine
from observer_app.services import documents
from observer_app.store.documents import Hit
from observer_app.store.transcripts import TranscriptRepository


@dataclass(frozen=True)
class SpokenHit(Hit):
    """A transcript line found by a search: ``ref`` is its session key, ``title`` the sitting's
    name, ``line`` the line (its second of the recording, its speaker)."""

    line: TranscriptLine | None = None


def session_title(conference: Conference | None, session_key: str) -> str:
    """How people name a sitting: "Plenary, Meeting 3: Election of the Secretary-General,
    7 Dec 2026" (body, title, date in the conference's zone); the key for a recording outside
    the schedule."""
    session = conference.session(session_key) if conference is not None else None
    if session is None or conference is None:
        return session_key
    body = conference.body(session.body_id)
    day = session.start.astimezone(clock.zone(conference.timezone))
    parts = [body.name if body else "", session.title, f"{day.day} {day:%b %Y}"]
    return ", ".join(p for p in parts if p)


def spoken_hits(
    profile: Any,
    conference: Conference | None,
    conference_id: str,
    query: str,
    limit: int,
    marks: tuple[str, str] = ("[", "]"),
) -> list[Hit]:
    """Transcript lines matching ``query`` as hits (kind "transcript"), best first."""
    titles: dict[str, str] = {}
    hits: list[Hit] = []
    for h in TranscriptRepository(profile.db).search(conference_id, fts_query(query), limit, marks):
        key = h.line.session_key
        title = titles.setdefault(key, session_title(conference, key))
        hits.append(
            SpokenHit("transcript", key, h.line.language, None, h.snippet, h.rank, title, h.line)
        )
    return hits


def search(
    profile: Any,
    conference: Conference | None,
    conference_id: str,
    query: str,
    limit: int = 50,
    marks: tuple[str, str] = ("[", "]"),
    snippets: int | None = None,
) -> list[Hit]:
    """Pages, notes and transcript lines matching every word of ``query``, best first by bm25,
    at most ``limit``. ``snippets``: as in ``services.documents.search`` (pages and notes past
    that many come without one; transcript lines always have theirs, they are short)."""
    found = documents.search(profile, conference_id, query, limit, marks, snippets=snippets)
    found += spoken_hits(profile, conference, conference_id, query, limit, marks)
    # sorted() is stable: equal scores keep pages and notes before lines, each in its own order.
    return sorted(found, key=lambda h: h.rank)[:limit]
