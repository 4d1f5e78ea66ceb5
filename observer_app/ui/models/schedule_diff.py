"""Bringing the schedule tree to a newer version of the conference row by row.

A refresh usually changes little (a session added, a title fixed, nothing at all). Announcing
that as insertions, removals and data changes lets the view keep what the observer did (the
selected session, the scroll position, the bodies they collapsed) and spares it a full layout of
every row, which a reset costs. This module says what changed (difflib over the ids);
``ScheduleModel`` applies it to its own rows and announces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

# More separate runs of changed rows than this, and one reset is cheaper than announcing each.
MAX_CHANGES = 64


def opcodes(old: list[str], new: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """How to turn the ids ``old`` into ``new`` (difflib's opcodes; one "equal" when the same)."""
    if old == new:
        return [("equal", 0, len(old), 0, len(new))]
    return SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
