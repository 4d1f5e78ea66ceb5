"""Conflicts in the window: the marked version says whose edit it is and when, and the sync's
status line counts conflicts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from observer_app.core import bundle as core
from observer_app.core.model import Note, utc_now
from observer_app.services.bundles import MergeReport
from observer_app.services.sync import SyncReport
from observer_app.ui.controller import sync_summary

pytestmark = pytest.mark.gui


def test_the_conflicting_edit_names_its_editor(qtbot, window):
    original = window.profile.notes.add(
        Note(
            text="Com 6: alice's reading",
            utc=utc_now(),
            conference_id=window.conference.id,
            author="alice",
        )
    )
    theirs = replace(original, text="Com 6: bob's reading", edited_by="bob")
    window.profile.notes.add(core.conflict_copy(theirs))
    window.notes.reload()
    model = window.notes.model

    def shown() -> list[str]:
        return [
            model.data(model.index(row, 4), Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())
        ]

    qtbot.waitUntil(lambda: len(shown()) == 2)
    marked = [text for text in shown() if "conflicting edit" in text]
    assert len(marked) == 1 and "bob's reading" in marked[0]
    assert marked[0].startswith("⚠ Com 6: bob's reading (⚠ conflicting edit by bob, ")
    tip = model.data(model.index(shown().index(marked[0]), 4), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("(⚠ conflicting edit by bob, ")


def test_the_status_line_counts_conflicts():
    report = SyncReport("https://cloud.example.org/team/")
    report.imported["alice-pp26.json"] = MergeReport(added=1, conflicts=1)
    report.imported["carol-pp26.json"] = MergeReport(updated=1)
    assert sync_summary(report) == (
        "Synced with the team folder: 1 added, 1 updated, 0 deleted, 1 conflict(s)."
    )
    quiet = SyncReport("https://cloud.example.org/team/")
    assert sync_summary(quiet) == "Synced with the team folder: nothing new."
