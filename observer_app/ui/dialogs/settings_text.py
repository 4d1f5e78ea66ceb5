"""The settings' names and explanations in the interface language.

``core/settings.py`` declares each setting once with its English label and help marked for
translation (context "Settings", no Qt there); this module translates them where the dialogs
show them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from observer_app.core.settings import SETTINGS


def label(key: str) -> str:
    # QCoreApplication.translate by its full name: the context is the declaration's, not a class's
    return QCoreApplication.translate("Settings", SETTINGS[key].label)


def help(key: str) -> str:  # noqa: A001 - the setting's field is called help
    return QCoreApplication.translate("Settings", SETTINGS[key].help)
