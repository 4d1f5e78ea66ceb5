"""The notes list's context menu: replay, edit, delete, and a link to each cited document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QMenu

from observer_app.core.symbols import find_symbols


class CitingPanel(Protocol):
    """What a document link needs of the notes panel (``NotesPanel``): a protocol, so that the
    panel imports this module and not the other way round."""

    document_requested: SignalInstance


def note_context_menu(panel, point) -> None:
    note = panel.model.note_at(panel.view.indexAt(point).row())
    if note is None:
        return
    menu = QMenu(panel)
    menu.addAction(
        QCoreApplication.translate("NotesPanel", "Replay this moment"),
        lambda: panel.note_activated.emit(note),
    )
    menu.addAction(QCoreApplication.translate("NotesPanel", "Edit…"), panel.edit_selected)
    menu.addAction(QCoreApplication.translate("NotesPanel", "Delete"), panel.delete_selected)
    cited = dict.fromkeys(
        symbol.canonical()
        for _start, _end, symbol in find_symbols(f"{note.text} {note.agenda_item}")
    )
    if cited:
        menu.addSeparator()
    for symbol in cited:
        menu.addAction(
            QCoreApplication.translate("NotesPanel", "Open document {symbol}").format(
                symbol=symbol
            ),
            _emitter(panel, symbol),
        )
    menu.exec(panel.view.viewport().mapToGlobal(point))


def _emitter(panel: CitingPanel, symbol: str) -> Callable[[], None]:
    """The menu action for ``symbol``: a function of its own, so each keeps its symbol."""
    return lambda: panel.document_requested.emit(symbol)
