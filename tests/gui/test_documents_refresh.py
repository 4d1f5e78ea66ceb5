"""The documents pane across a refresh of the conference (issue 15): documents that did not
change leave the list, the page being read and the search results as they were (sorting,
measuring and recording 5,000 documents took 0.3 s of the GUI thread at each refresh); the
symbol column still fits the widest symbol when there are many."""

from __future__ import annotations

import dataclasses

from observer_app.core.model import Document
from observer_app.services.context import open_profile
from observer_app.ui.panels.documents import DocumentsPanel


def _panel(qtbot, app_dirs, conference) -> DocumentsPanel:
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.set_profile(open_profile(app_dirs))
    panel.set_conference(conference)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_refresh_with_the_same_documents_keeps_the_list_and_the_results(
    qtbot, app_dirs, demo_conference
):
    panel = _panel(qtbot, app_dirs, demo_conference)
    panel.results.setVisible(True)  # results of a search the observer is looking at
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    refreshed = dataclasses.replace(demo_conference, name=demo_conference.name + " (updated)")
    assert refreshed.documents == demo_conference.documents
    panel.set_conference(refreshed)
    assert panel.results.isVisible() and not resets
    assert panel.conference is refreshed and panel.download.conference is refreshed


def test_a_refresh_with_changed_documents_shows_them(qtbot, app_dirs, demo_conference):
    panel = _panel(qtbot, app_dirs, demo_conference)
    added = Document("DT/999", "Late draft resolution")
    refreshed = dataclasses.replace(demo_conference, documents=(*demo_conference.documents, added))
    panel.set_conference(refreshed)
    assert panel.model.row_total() == len(demo_conference.documents) + 1
    assert panel.model.row_of("DT/999") >= 0


def test_the_symbol_column_fits_the_widest_of_many_symbols(qtbot, app_dirs, demo_conference):
    many = tuple(Document(str(n), f"Document {n}") for n in range(1, 400))
    wide = Document("PP-26/CWG-WSIS/ADD.12", "A long symbol, sorted last")  # not a number
    conference = dataclasses.replace(demo_conference, documents=(*many, wide))
    panel = _panel(qtbot, app_dirs, conference)
    metrics = panel.view.fontMetrics()
    # (as measured: before the library marked every document of a new profile "● " new)
    shown = panel.model.index(panel.model.row_of(wide.symbol), 0).data().removeprefix("● ")
    assert panel.model.row_of(wide.symbol) > 300  # far from the first rows
    assert panel.view.columnWidth(0) >= min(metrics.horizontalAdvance(shown) + 40, 260)
