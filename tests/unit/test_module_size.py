"""The house rule: no module of the app over 600 lines, so that a reader can hold one in mind.

A module that grows past it is split by responsibility (the notes panel's hand-off to the
writer and its reloads went to ui/panels/note_hand_off.py and note_reloads.py so).
"""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "observer_app"
MAX_LINES = 600


def test_no_module_is_over_600_lines():
    sizes = {
        path.relative_to(APP.parent).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in APP.rglob("*.py")
    }
    assert len(sizes) > 100  # the walk found the app, not an empty folder
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}
