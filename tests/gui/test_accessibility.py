"""Assistive technology: every control of the main window and of every dialog has a name a
screen reader can say; symbol-only buttons explain themselves; the dark and high-contrast
palettes keep text readable; at twice the font size button labels still fit."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from support.gui import flush_events

from observer_app.ui import a11y, theme

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

#: Modules another engineer is changing (the player): their widgets are reported, not failed.
#: Empty this once the player's controls are named (see the issue for the exact changes).
PLAYER_ALLOW_LIST: tuple[str, ...] = ()  # every control of every module is named
#: Modules whose labels may clip at 200 % font (none: the player's captions take a row of their own).
SCALE_ALLOW_LIST: tuple[str, ...] = ()


def test_audit_catches_what_it_should(qtbot):
    """The check can fail: an unnamed field, a bare symbol button, a symbol with a name but no tip."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    unnamed_field = QLineEdit()
    symbol = QToolButton(text="▶")
    named_symbol = QToolButton(text="⇱")
    named_symbol.setAccessibleName("Open in the system viewer")
    fine = QPushButton("&Save")
    fine_symbol = QToolButton(text="−", toolTip="Zoom out")
    fine_symbol.setAccessibleName("Zoom out")
    for w in (unnamed_field, symbol, named_symbol, fine, fine_symbol):
        layout.addWidget(w)
    problems, _ = a11y.audit(root)
    flagged = [(p.widget, p.what) for p in problems]
    assert (unnamed_field, "no accessible name") in flagged
    assert (symbol, "name is only a symbol ('▶')") in flagged
    assert (symbol, "symbol-only text without a tooltip or accessible description") in flagged
    assert (named_symbol, "symbol-only text without a tooltip or accessible description") in flagged
    assert not [p for p in problems if p.widget in (fine, fine_symbol)]
    assert a11y.is_symbol("❝") and a11y.is_symbol("−") and not a11y.is_symbol("67(Rev.1)")


def test_every_control_has_a_name(qtbot, window):
    from datetime import datetime

    from test_keyboard import dialogs

    from observer_app.core.model import Note
    from observer_app.ui.dialogs.note_edit import NoteEditDialog

    roots = {"main window": window}
    for name, make in dialogs(window).items():
        roots[name] = make()
    note = Note(
        text="Brazil supports DT/33",
        utc=datetime.now(UTC),
        conference_id=window.conference.id,
        speaker="Brazil",
        tags=("wsis",),
    )
    roots["note edit"] = NoteEditDialog(note, ["Brazil"], ["Agenda item 3"], ["wsis"], window)
    problems, skipped = [], []
    for name, root in roots.items():
        if root is not window:
            qtbot.addWidget(root)
            root.show()
        found, allowed = a11y.audit(root, PLAYER_ALLOW_LIST)
        problems += [f"{name}: {p}" for p in found]
        skipped += [f"{name}: {p}" for p in allowed]
    print(
        f"unnamed controls: {len(problems)}; in the player's modules (allow-listed): {len(skipped)}"
    )
    print("\n".join(skipped))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_built_in_palettes_are_applied_and_readable(qtbot, window, name):
    try:
        theme.apply(name)
        pal = QApplication.palette()
        # Widgets take the new palette when the change event is delivered.
        qtbot.waitUntil(
            lambda: (
                window.notes.view.palette().color(QPalette.ColorRole.Base)
                == pal.color(QPalette.ColorRole.Base)
            ),
            timeout=2000,
        )
        assert QApplication.style().name().lower() == "fusion"
        assert window.notes.view.palette().color(QPalette.ColorRole.Base) == pal.color(
            QPalette.ColorRole.Base
        )
        assert theme.is_dark()
        base = pal.color(QPalette.ColorRole.Base)
        for role in (
            QPalette.ColorRole.Text,
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.ButtonText,
        ):
            assert theme.contrast(pal.color(role), base) >= 7, role
        assert (
            theme.contrast(
                pal.color(QPalette.ColorRole.HighlightedText),
                pal.color(QPalette.ColorRole.Highlight),
            )
            >= 4.5
        )
        disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        assert (
            4.5
            <= theme.contrast(disabled, base)
            < theme.contrast(pal.color(QPalette.ColorRole.Text), base)
        )
        for signal in ("live", "past", "private", "now_line"):
            assert theme.contrast(theme.color(signal), base) >= 4.5, signal
        assert theme.contrast(theme.color("block_text"), theme.color("block_live")) >= 4.5
        # Models paint with the palette's signal colours: the live status is the dark-palette red.
        from PySide6.QtCore import Qt

        from observer_app.ui.models.schedule import STATUS

        model = window.schedule.model
        live = [
            model.index(r, STATUS)
            for r in range(model.rowCount())
            if "LIVE" in str(model.index(r, STATUS).data())
        ]
        assert live and live[0].data(Qt.ItemDataRole.ForegroundRole).color() == theme.color("live")
    finally:
        theme.apply("system")
    assert not theme.is_dark()
    assert (
        theme.contrast(theme.color("live"), QApplication.palette().color(QPalette.ColorRole.Base))
        >= 4.5
    )


def test_theme_setting_applies_from_the_settings_dialog_path(qtbot, window):
    window.profile.settings.set("ui.theme", "high-contrast")
    try:
        window.apply_settings()
        qtbot.waitUntil(
            lambda: window.notes.view.palette().color(QPalette.ColorRole.Base).name() == "#000000",
            timeout=2000,
        )
        assert QApplication.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    finally:
        window.profile.settings.set("ui.theme", "system")
        window.apply_settings()


def test_button_labels_fit_at_twice_the_font_size(qtbot, window):
    app = QApplication.instance()
    normal = app.font()
    big = app.font()
    big.setPointSizeF(normal.pointSizeF() * 2)
    try:
        app.setFont(big)
        window.resize(1400, 900)
        qtbot.waitUntil(
            lambda: (
                window.width() == 1400
                and window.notes.view.font().pointSizeF() == pytest.approx(big.pointSizeF())
            ),
            timeout=3000,
        )
        flush_events()  # the layouts redone for the new font and size
        clipped, skipped = [], []
        for button in window.findChildren(QAbstractButton):
            if not (button.isVisible() and button.text()) or button.window() is not window:
                continue
            if (
                isinstance(button, QToolButton)
                and button.toolButtonStyle().name == "ToolButtonIconOnly"
            ):
                continue  # the text is not shown (the accessible name carries it)
            assert button.font().pointSizeF() == pytest.approx(big.pointSizeF())
            need = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if need > button.width():
                (skipped if a11y.owner_module(button) in SCALE_ALLOW_LIST else clipped).append(
                    f"{a11y.owner_module(button)}: {button.text()!r} needs {need} px, has {button.width()}"
                )
        print("clipped in the player's modules (allow-listed):\n" + "\n".join(skipped))
        assert not clipped, "\n".join(clipped)
    finally:
        app.setFont(normal)
