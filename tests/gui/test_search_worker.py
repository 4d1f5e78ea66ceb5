"""Document and note search runs on a worker, the latest query winning (issue 15: a common word
over 50,000 pages held the window about a second). Real profile, real FTS5 index."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from observer_app.core.model import Note
from observer_app.services import documents

pytestmark = pytest.mark.gui


def test_search_runs_on_a_worker_and_shows_the_latest_query(qtbot, window, monkeypatch):
    profile, conference = window.profile, window.conference
    for text in ("Kenya on spectrum", "Chile on satellites", "Brazil on spectrum pricing"):
        profile.notes.add(Note(text, conference.sessions[0].start, conference.id))
    threads = []
    real_search = documents.search

    def spy(*args, **kwargs):  # the real search, noting the thread it runs on
        threads.append(threading.current_thread())
        return real_search(*args, **kwargs)

    monkeypatch.setattr(documents, "search", spy)
    docs = window.documents
    model = docs.results_model
    with qtbot.waitSignal(model.searched, timeout=5000) as searched:
        for query in ("satellites", "kenya", "spectrum"):  # Enter three times, quickly
            docs.filter.setText(query)
            qtbot.keyClick(docs.filter, Qt.Key.Key_Return)
    assert searched.args == ["spectrum", 2]
    hits = [model.hit_at(row) for row in range(model.rowCount())]
    assert sorted(profile.notes.get(h.ref).text for h in hits) == [
        "Brazil on spectrum pricing",
        "Kenya on spectrum",
    ]
    assert "2 results for “spectrum”" in docs.viewer.status.text()
    assert threads and threading.main_thread() not in threads
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    assert [model.hit_at(row).ref for row in range(model.rowCount())] == [h.ref for h in hits]
