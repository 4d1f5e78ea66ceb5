"""Moved to ``ui/widgets/note_composer.py`` (the notes panel and the edit dialog both embed it;
a dialog importing a panel made ui.panels and ui.dialogs import each other). Kept only until
``panels/notes.py``, being split elsewhere, imports it from widgets; then delete this file."""

from observer_app.ui.widgets.note_composer import NoteComposer, load_speakers

__all__ = ["NoteComposer", "load_speakers"]
