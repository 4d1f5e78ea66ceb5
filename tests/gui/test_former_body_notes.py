"""Issue 17, in the window: a note filed under a body's former id ("EBS+1" was ``ebs-1`` before
"+" was spelt out) shows in the notes list when the observer filters by that body."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from observer_app.core.model import NoteStamp

pytestmark = pytest.mark.gui

PLAYLIST = """#EXTM3U
#EXTINF:-1 tvg-id="ebs1.kr",EBS+1
http://127.0.0.1:9/ebs1.m3u8
#EXTINF:-1 tvg-id="pl.itu",Plenary
http://127.0.0.1:9/plenary.m3u8
"""


def _choose(combo, data: str) -> None:
    """As the observer picks an entry: the index, then ``activated`` (what the filters hear)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_body_filter_shows_notes_filed_under_its_former_id(qtbot, window, tmp_path) -> None:
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(PLAYLIST, encoding="utf-8")
    window.open_conference(str(playlist))
    qtbot.waitUntil(lambda: window.conference.source == str(playlist), timeout=20_000)
    assert [b.id for b in window.conference.bodies] == ["ebs-plus-1", "plenary"]
    # What the version before the "+" rule filed (the same profile, the same conference id):
    stamp = NoteStamp(datetime(2026, 11, 30, 8, 30, tzinfo=UTC), "ebs-1", None)
    old = window.profile.notes.add(stamp.note("EBS+1 carried the opening", window.conference.id))
    other = NoteStamp(datetime(2026, 11, 30, 8, 40, tzinfo=UTC), "plenary", None)
    window.profile.notes.add(other.note("Plenary adjourned", window.conference.id))

    window.open_conference(str(playlist))  # opened again, as on the next start
    notes = window.profile.notes
    qtbot.waitUntil(lambda: notes.get(old.id).body_id == "ebs-plus-1", timeout=20_000)
    filters, model = window.notes.filters, window.notes.model
    _choose(filters.body, "ebs-plus-1")
    qtbot.waitUntil(lambda: [n.text for n in model.notes()] == ["EBS+1 carried the opening"])
    _choose(filters.body, "plenary")  # (the filter does filter)
    qtbot.waitUntil(lambda: [n.text for n in model.notes()] == ["Plenary adjourned"])
