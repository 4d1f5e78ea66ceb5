"""The notes list found again, and the filters' choices (days, speakers, tags) read again.

A filter change, a teammate's notes (a sync) and a refresh of the conference find the list on a
worker (``NotesModel.find_later``: the latest wins), and the choices are scanned on a worker
with a connection of its own; the follow timer looks at the database's ``data_version`` every
two seconds and reloads only when another program wrote (the writer thread's own commits are
known to be ours: ``_writer_committed``).

A mixin of ``NotesPanel``: what it uses of the panel is declared below.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QWidget

from observer_app.core import clock
from observer_app.core.model import Conference, Note
from observer_app.store.db import Database, StoreError
from observer_app.store.notes import NoteRepository
from observer_app.ui.jobs import run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from observer_app.ui.models.notes import NotesModel
    from observer_app.ui.panels.note_filters import NoteFilterBar
    from observer_app.ui.widgets.note_composer import NoteComposer

log = logging.getLogger("observer.ui")
FOLLOW_MS = 2000  # how often the follow timer looks for another program's notes

# Days, speakers and tags of the conference's notes: the filters' and completion's choices.
Choices = tuple[list[date], list[str], list[str]]

# What the mixin is mixed into, for the type checker; at run time NotesPanel brings QWidget.
if TYPE_CHECKING:
    _Panel = QWidget
else:
    _Panel = object


class NoteReloads(_Panel):
    """The list and its filters' choices kept up to date for ``NotesPanel`` (a QWidget)."""

    repository: NoteRepository
    conference: Conference | None
    known_speakers: list[str]
    filters: NoteFilterBar
    model: NotesModel
    composer: NoteComposer
    stamp_label: QLabel

    def _start_following(self) -> None:
        """Nothing known yet: the first look of the follow timer only takes the version."""
        self._data_version = -1
        self._choices: Choices | None = None
        self._choices_stale = True
        self._choices_scheduled = False
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._reload_if_changed)
        self._follow.start()

    @Slot()
    def reload(self) -> None:
        if self.conference is None:
            return
        tz = clock.zone(self.conference.timezone)
        last = self.repository.last_briefing(self.conference.id)
        note_filter = self.filters.current(since=last.utc if last else None)
        try:
            rowids = self.repository.find_rowids(self.conference.id, note_filter, tz)
        except StoreError as exc:
            self.stamp_label.setText(f"⚠ {exc}")
            return
        self.model.set_rows(
            self.conference, rowids, lambda ids: self.repository.by_rowids(ids, keep_missing=True)
        )
        self._schedule_choices()

    def reload_later(self) -> None:
        """A filter changed: the notes are found on a worker, the latest filter winning."""
        if self.conference is not None:
            last = self.repository.last_briefing(self.conference.id)
            note_filter = self.filters.current(since=last.utc if last else None)
            tz = clock.zone(self.conference.timezone)
            self.model.find_later(self.repository, self.conference, note_filter, tz)

    @Slot()
    def changed_elsewhere(self) -> None:
        """A teammate's notes came in (a sync): list and choices found again, on workers."""
        self._choices_stale = True
        self.reload_later()
        self._schedule_choices()

    def _schedule_choices(self) -> None:
        """Days, speakers and tags read again on a worker with a connection of its own: the
        scan of every note takes 100 ms at 100,000 notes, too long for the GUI thread."""
        if not self._choices_stale or self._choices_scheduled or self.conference is None:
            return
        self._choices_scheduled = True
        # Only the id goes to the worker: an idle worker keeps its last task, and a task that
        # held the conference kept a refreshed-away 50,000-channel conference alive.
        conference_id, db = self.conference.id, self.repository.db
        path, backups, tz = db.path, db.backup_dir, clock.zone(self.conference.timezone)

        def scan() -> Choices:
            own = Database(path, backups).open()
            try:
                notes = NoteRepository(own)
                return (
                    notes.days(conference_id, tz),
                    notes.speakers(conference_id),
                    notes.tags(conference_id),
                )
            finally:
                own.close()

        run_task(scan, partial(self._choices_found, conference_id), self._choices_failed)

    def _choices_found(self, conference_id: str, choices: Choices) -> None:
        if not shiboken6.isValid(self):
            return
        self._choices_scheduled = False
        if self.conference is None or self.conference.id != conference_id:
            self._schedule_choices()  # another conference meanwhile: its own choices
            return
        self._choices = choices
        self._choices_stale = False
        self._show_choices()

    def _choices_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):  # e.g. the profile was closed with the window meanwhile
            self._choices_scheduled = False
            log.info("filter choices not refreshed: %s", exc)

    def refresh_choices(self, added: Note | None = None) -> None:
        """Days, speakers and tags for the filters and completion: a note just typed is simply
        added; otherwise they are read again on a worker (``_schedule_choices``)."""
        if self.conference is None:
            return
        if added is None or self._choices is None:
            self._choices_stale = True
            self._schedule_choices()
            return
        tz = clock.zone(self.conference.timezone)
        days, speakers, tags = self._choices
        day = added.utc.astimezone(tz).date()
        choices = (
            sorted(set(days) | {day}),
            speakers + ([added.speaker] if added.speaker and added.speaker not in speakers else []),
            sorted(set(tags) | set(added.tags)),
        )
        if choices != self._choices:  # most notes bring no new day, speaker or tag: nothing to
            self._choices = choices  # rebuild (the combos and completions cost Enter 0.3 ms)
            self._show_choices()

    def _show_choices(self) -> None:
        if self.conference is None or self._choices is None:
            return
        days, own, tags = self._choices
        self.filters.set_choices(self.conference, days, own, tags)
        agenda = sorted(
            {a for s in self.conference.sessions for a in s.agenda}
            | {d.symbol for d in self.conference.documents}
        )
        self.composer.set_completions(
            own + [s for s in self.known_speakers if s not in own], agenda, tags
        )

    def _writer_committed(self, others_wrote: bool) -> None:
        """The writer committed a note or a draft: the database changed, but if only by us,
        there is nothing to reload (each autosave reloaded the list and rescanned the notes
        for the filter choices, 100 ms at 100,000 notes)."""
        if others_wrote or not shiboken6.isValid(self) or self._data_version == -1:
            return  # (another program wrote meanwhile: the next look reloads)
        try:
            self._data_version = self.repository.data_version()
        except StoreError:  # the profile was closed with the window meanwhile
            pass

    @Slot()
    def _reload_if_changed(self) -> None:
        """Show notes that another program added to this profile meanwhile."""
        if self.conference is None:
            return
        try:
            version = self.repository.data_version()
            if self._data_version not in (-1, version):
                self._choices_stale = True
                self.reload_later()  # found on a worker: the window goes on meanwhile
                self._schedule_choices()
            self._data_version = version
        except StoreError as exc:
            log.error("cannot refresh the notes: %s", exc)
