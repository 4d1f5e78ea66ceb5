"""Bringing the schedule tree to a newer version of the conference row by row.

A refresh usually changes little (a session added, a title fixed, nothing at all). Announcing
that as insertions, removals and data changes lets the view keep what the observer did (the
selected session, the scroll position, the bodies they collapsed) and spares it a full layout of
every row, which a reset costs. Works on ``ScheduleModel``'s rows (a friend of that class).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from observer_app.core.model import Body, Session

if TYPE_CHECKING:
    from observer_app.ui.models.schedule import ScheduleModel

# More separate runs of changed rows than this, and one reset is cheaper than announcing each.
MAX_CHANGES = 64


def opcodes(old: list[str], new: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """How to turn the ids ``old`` into ``new`` (difflib's opcodes; one "equal" when the same)."""
    if old == new:
        return [("equal", 0, len(old), 0, len(new))]
    return SequenceMatcher(None, old, new, autojunk=False).get_opcodes()


def update(model: ScheduleModel, bodies: list[Body], sessions: list[list[Session]]) -> list[int]:
    """Make ``model`` show ``bodies`` and their ``sessions``; the rows to open in the view
    (bodies new to it, and bodies that just got their first sessions)."""
    ops = opcodes([b.id for b in model._bodies], [b.id for b in bodies])
    if sum(tag != "equal" for tag, *_ in ops) > MAX_CHANGES:
        model._rebuild()
        return [row for row, found in enumerate(model._sessions) if found]
    to_open: set[str] = set()
    changed: set[str] = set()  # bodies whose kept session rows may show something else
    renamed: set[str] = set()  # bodies whose own row may show something else
    root = QModelIndex()
    for tag, i1, i2, j1, j2 in reversed(ops):  # from the end: rows before i1 are still as they were
        if tag == "equal":
            for offset in range(i2 - i1):
                row, body = i1 + offset, bodies[j1 + offset]
                if model._bodies[row] != body:
                    renamed.add(body.id)
                model._bodies[row] = body
                if model._sessions[row] != sessions[j1 + offset]:
                    changed.add(body.id)
                if _update_sessions(model, row, sessions[j1 + offset]):
                    to_open.add(body.id)
            continue
        if i2 > i1:
            model.beginRemoveRows(root, i1, i2 - 1)
            del model._bodies[i1:i2], model._sessions[i1:i2]
            model._renumber()
            model.endRemoveRows()
        if j2 > j1:
            model.beginInsertRows(root, i1, i1 + j2 - j1 - 1)
            model._bodies[i1:i1] = bodies[j1:j2]
            model._sessions[i1:i1] = sessions[j1:j2]
            model._renumber()
            model.endInsertRows()
            to_open.update(
                b.id for b, found in zip(bodies[j1:j2], sessions[j1:j2], strict=True) if found
            )
    _announce_data(model, changed, renamed | changed)
    return [row for row, body in enumerate(model._bodies) if body.id in to_open]


def _update_sessions(model: ScheduleModel, row: int, new: list[Session]) -> bool:
    """The sessions under body ``row``; True when it had none and now has some."""
    old = model._sessions[row]
    ops = opcodes([s.id for s in old], [s.id for s in new])
    if len(ops) == 1 and ops[0][0] == "equal":
        model._sessions[row] = new
        return False
    parent = model.index(row, 0)
    shown = model._sessions[row] = list(old)  # never edit a list the old conference still holds
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag == "equal":
            shown[i1:i2] = new[j1:j2]
            continue
        if i2 > i1:
            model.beginRemoveRows(parent, i1, i2 - 1)
            del shown[i1:i2]
            model.endRemoveRows()
        if j2 > j1:
            model.beginInsertRows(parent, i1, i1 + j2 - j1 - 1)
            shown[i1:i1] = new[j1:j2]
            model.endInsertRows()
    return not old and bool(new)


def _announce_data(model: ScheduleModel, changed: set[str], bodies: set[str]) -> None:
    """One signal per body row that may show something else (its name, or its now/next from
    sessions that changed), then one per body whose sessions differ. Never one signal over all
    the bodies: QTreeView re-measures every row between its two ends, sessions included (5,600
    size hints, 0.3 s, at each refresh of a 50,000-channel conference that changed nothing);
    when many bodies changed, that one signal is cheaper than many."""
    last = model.columnCount() - 1
    if not model._bodies:
        return
    rows = [row for row, body in enumerate(model._bodies) if body.id in bodies]
    if len(rows) > MAX_CHANGES:
        model.dataChanged.emit(model.index(0, 0), model.index(len(model._bodies) - 1, last))
    else:
        for row in rows:
            model.dataChanged.emit(model.index(row, 0), model.index(row, last))
    for row, found in enumerate(model._sessions):
        if found and model._bodies[row].id in changed:
            parent = model.index(row, 0)
            model.dataChanged.emit(
                model.index(0, 0, parent), model.index(len(found) - 1, last, parent)
            )
