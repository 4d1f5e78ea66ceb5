"""The main window's commands: menus, labels, shortcuts and what each does with the window.

One table feeds the menus and Help > Keyboard shortcuts, so the two never disagree. Labels are
marked for translation here and translated where they are shown (``label``).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from observer_app.ui.dialogs.outbox import OutboxDialog

# Menus in the menu bar's order: (key used by ACTIONS, title).
MENUS = (
    ("File", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("Edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("Playback", QT_TRANSLATE_NOOP("MainWindow", "&Playback")),
    ("View", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("Schedule", QT_TRANSLATE_NOOP("MainWindow", "&Schedule")),
    ("Notes", QT_TRANSLATE_NOOP("MainWindow", "&Notes")),
    ("Help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


def label(text: str) -> str:
    """A label of MENUS or ACTIONS in the interface language."""
    return QCoreApplication.translate("MainWindow", text)


# (menu, label, shortcut, what it does with the window): also the source of Help > Keyboard shortcuts.
ACTIONS = (
    (
        "File",
        QT_TRANSLATE_NOOP("MainWindow", "&Open conference…"),
        "Ctrl+O",
        lambda w: w.open_conference(),
    ),
    (
        "File",
        QT_TRANSLATE_NOOP("MainWindow", "&Export feedback…"),
        "Ctrl+E",
        lambda w: w.export_feedback(),
    ),
    (
        "File",
        QT_TRANSLATE_NOOP("MainWindow", "Sent and out&box…"),
        "",
        lambda w: OutboxDialog(w.profile, w).exec(),
    ),
    ("File", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"), "Ctrl+,", lambda w: w.edit_settings()),
    ("File", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "Ctrl+Q", lambda w: w.close()),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Play / pause"),
        "Space",
        lambda w: w.player_panel.toggle_pause(),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Back 5 seconds"),
        "Alt+Left",
        lambda w: w.player_panel.skip(-5000),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Forward 5 seconds"),
        "Alt+Right",
        lambda w: w.player_panel.skip(5000),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Back &30 seconds"),
        "Ctrl+Alt+Left",
        lambda w: w.player_panel.skip(-30000),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Forward 3&0 seconds"),
        "Ctrl+Alt+Right",
        lambda w: w.player_panel.skip(30000),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Volume &up"),
        "Ctrl+Up",
        lambda w: w.player_panel.nudge_volume(5),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Volume &down"),
        "Ctrl+Down",
        lambda w: w.player_panel.nudge_volume(-5),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Mute"),
        "Ctrl+M",
        lambda w: w.player_panel.controls.mute.toggle(),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Go &live"),
        "Ctrl+G",
        lambda w: w.player_panel.go_live(),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Audio only (save bandwidth)"),
        "Ctrl+Shift+A",
        lambda w: w.player_panel.controls.audio_only.toggle(),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Slower"),
        "Ctrl+[",
        lambda w: w.player_panel.step_rate(-1),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Fas&ter"),
        "Ctrl+]",
        lambda w: w.player_panel.step_rate(1),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Full scr&een"),
        "F11",
        lambda w: w.toggle_fullscreen(),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Retry the connection"),
        "Ctrl+R",
        lambda w: w.player_panel.retry(),
    ),
    (
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Open &captions file…"),
        "Ctrl+Shift+C",
        lambda w: w.player_panel.controls.choose_captions_file(),
    ),
    (
        "Schedule",
        QT_TRANSLATE_NOOP("MainWindow", "&Follow the selected body or session"),
        "Ctrl+D",
        lambda w: w.schedule.follow_selected(),
    ),
    (
        "Schedule",
        QT_TRANSLATE_NOOP("MainWindow", "&Day timeline"),
        "Ctrl+Shift+D",
        lambda w: w.schedule.tabs.setCurrentIndex(1),
    ),
    (
        "Schedule",
        QT_TRANSLATE_NOOP("MainWindow", "E&xport followed sessions (.ics)…"),
        "",
        lambda w: _dialog("calendar").export_followed(w, w.profile, w.conference),
    ),
    (
        "View",
        #: A tile is one of up to four video players side by side in the window (not a thumbnail).
        QT_TRANSLATE_NOOP("MainWindow", "&Watch in a new tile (selected body)"),
        "Ctrl+T",
        lambda w: w.watch_selected_in_new_tile(),
    ),
    (
        "View",
        QT_TRANSLATE_NOOP("MainWindow", "&Close the tile that has the sound"),
        "Ctrl+W",
        lambda w: w.player_panel.close_active_tile(),
    ),
    (
        "View",
        QT_TRANSLATE_NOOP("MainWindow", "&Next tile gets the sound"),
        "Ctrl+Tab",
        lambda w: w.player_panel.next_tile(),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&New note at this moment"),
        "Ctrl+N",
        lambda w: w.notes.start_note(),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Go to the notes &list"),
        "Ctrl+L",
        lambda w: w.notes.view.setFocus(),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Search notes"),
        "Ctrl+F",
        lambda w: w.notes.focus_search(),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Next note &private / for feedback"),
        "Ctrl+P",
        lambda w: w.notes.composer.toggle_private(),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Mark a &briefing now"),
        "Ctrl+B",
        lambda w: w.notes.mark_briefing(),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Export a team bundle…"),
        "",
        lambda w: _dialog("team").export_bundle(w, w.profile, w.conference),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Import a team bundle…"),
        "",
        lambda w: _dialog("team").import_bundle(w, w.profile, w.conference),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "S&ync with the team folder"),
        "Ctrl+Shift+S",
        lambda w: _dialog("team").sync(w, w.profile, w.conference),
    ),
    (
        "Help",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        "F1",
        lambda w: _dialog("about").show_shortcuts(w, ACTIONS),
    ),
    (
        "Help",
        QT_TRANSLATE_NOOP("MainWindow", "&About Observer"),
        "",
        lambda w: _dialog("about").AboutDialog(w).exec(),
    ),
)


def _dialog(name: str):
    """The module of a dialog, imported when its action is first used: the about box (package
    metadata), the calendar export and the team dialogs are not needed for the first picture."""
    return importlib.import_module(f"observer_app.ui.dialogs.{name}")
