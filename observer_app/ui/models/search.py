"""Full-text search hits (document pages, notes and transcript lines) as a table: where, page
(or the second of the recording), snippet.

The search runs on a worker (``search_later``), the latest query winning: a common word over
50,000 pages takes about a second, which the window must not wait for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal

from observer_app.core import clock
from observer_app.core.model import Conference
from observer_app.services import documents
from observer_app.services import search as everything
from observer_app.services.context import open_profile
from observer_app.store.documents import Hit
from observer_app.ui.jobs import Latest
from observer_app.ui.models.base import ColumnsModel

HitRole = Qt.ItemDataRole.UserRole + 1
WRITES_WAIT_S = 5.0  # a disk slower than this still gets its answer, without the newest note
MARKS = ("\x02", "\x03")  # snippet match marks that no text contains; shown bold in the tooltip


class SearchModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("SearchModel", "Found in"),
        QT_TRANSLATE_NOOP("SearchModel", "Page"),
        QT_TRANSLATE_NOOP("SearchModel", "Text"),
    )
    CONTEXT = "SearchModel"
    # The hits of the latest ``search_later`` are shown: its query and how many hits.
    searched = Signal(str, int)
    # The latest ``search_later`` failed: the message.
    search_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        # Makes the snippet of a hit that came without one (only the best hits come with theirs).
        self.snippet_for = None
        # Waits (on the worker) until notes handed to the note writer are committed, so a
        # search typed right after Enter finds that note; at most a few seconds.
        self.writes_done: Callable[[float], object] | None = None
        self._searching = Latest(self._found, lambda exc: self.search_failed.emit(str(exc)))

    def search_later(
        self,
        profile,
        conference_id: str,
        query: str,
        snippets: int,
        conference: Conference | None = None,
    ) -> None:
        """Search document pages, notes and transcripts on a worker (a connection of its own),
        one list best first (``services.search``); the hits of the latest query replace the
        rows, with snippets for the first ``snippets`` of them. ``conference`` names the
        sittings of transcript hits."""
        paths = profile.paths

        writes_done = self.writes_done

        def search() -> tuple[str, list[Hit]]:
            if writes_done is not None:
                writes_done(WRITES_WAIT_S)
            own = open_profile(paths, secondary=True)
            try:
                hits = everything.search(
                    own, conference, conference_id, query, 50, MARKS, snippets=snippets
                )
            finally:
                own.close()
            return query, hits

        self._snippets_from = (profile, conference_id)
        self._searching.ask(search)

    @property
    def searching(self) -> bool:
        return self._searching.busy

    def _found(self, answer: tuple[str, list[Hit]]) -> None:
        query, hits = answer
        profile, conference_id = self._snippets_from
        self.set_hits(
            hits, lambda hit: documents.snippet(profile, conference_id, hit, query, MARKS)
        )
        self.searched.emit(query, len(hits))

    def set_hits(self, hits: list[Hit], snippet_for=None) -> None:
        self.beginResetModel()
        self._hits, self.snippet_for = list(hits), snippet_for
        self.endResetModel()

    def hit_at(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_total(self) -> int:
        return len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == HitRole:
            return hit
        if not hit.snippet and self.snippet_for is not None:  # shown now: make its snippet once
            hit = self._hits[index.row()] = replace(hit, snippet=self.snippet_for(hit) or " ")
        plain = " ".join(hit.snippet.replace(MARKS[0], "").replace(MARKS[1], "").split())
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._where(hit), self._page(hit), plain)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = escape(hit.snippet).replace(MARKS[0], "<b>").replace(MARKS[1], "</b>")
            return (
                f"<p><i>{escape(hit.title)}</i></p><p>{text}</p>" if hit.title else f"<p>{text}</p>"
            )
        return None

    def _where(self, hit: Hit) -> str:
        if hit.kind == "document":
            return f"{hit.ref} ({hit.language.upper()})"
        if hit.kind == "transcript":
            return self.tr("transcript, {session}").format(session=hit.title or hit.ref)
        return self.tr("your note")

    @staticmethod
    def _page(hit: Hit) -> str:
        """The page of a document, or the second of the recording a line was said at."""
        line = getattr(hit, "line", None)
        if line is not None:
            return clock.format_position(line.start_ms)
        return str(hit.page or "")
