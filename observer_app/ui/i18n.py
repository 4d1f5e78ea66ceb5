"""The interface language: Observer's translations and Qt's own, the locale for dates, and the
layout direction (Arabic lays the whole window out right to left).

Translations are kept as ``resources/i18n/observer_<code>.ts`` (the source, in git) and compiled
to ``.qm`` by ``packaging/bootstrap.sh``. A ``.qm`` that is missing or older than its ``.ts``
(a checkout where the bootstrap did not run, or a read-only install) is compiled here at first
use with the venv's ``pyside6-lrelease``, beside the ``.ts`` when that folder is writable, else
into the cache directory. A language without a ``.qm`` simply stays English.

The language is read once at start: a change in Settings applies at the next start.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)

log = logging.getLogger("observer.i18n")

# The six official languages of the conference, in the settings' order of codes.
LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")
RIGHT_TO_LEFT = ("ar",)
# Qt's own catalogue for each language (standard buttons and dialogs).
_QT_NAMES = {"zh": "zh_CN"}

_installed: list[QTranslator] = []
_language = "en"


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language to use for setting ``ui.language``: the code itself, or for "system" the
    first of the desktop's preferred languages that Observer has (English otherwise)."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("c", "posix"):
            break
    return "en"


def language() -> str:
    """The language installed by ``install`` ("en" before it)."""
    return _language


def ts_dir() -> Path:
    from observer_app.runtime import paths

    return paths.resources_dir() / "i18n"


def _lrelease() -> str | None:
    """The venv's pyside6-lrelease (beside this Python), else one on PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compiled(code: str, cache_dir: Path | None = None) -> Path | None:
    """The up-to-date ``observer_<code>.qm``, compiling it when needed; None when there is no
    translation (or it cannot be compiled: the interface then stays English, and the log says why)."""
    ts = ts_dir() / f"observer_{code}.ts"
    places = [ts.parent] + ([cache_dir / "i18n"] if cache_dir is not None else [])
    for folder in places:
        if _fresh(folder / ts.with_suffix(".qm").name, ts):
            return folder / ts.with_suffix(".qm").name
    if not ts.exists():
        return None
    tool = _lrelease()
    if tool is None:
        log.warning("no pyside6-lrelease: %s stays untranslated", code)
        return None
    for folder in places:
        target = folder / ts.with_suffix(".qm").name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not os.access(folder, os.W_OK):
                continue
            result = subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(target)],
                capture_output=True,
                text=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("cannot compile %s into %s: %s", ts.name, folder, exc)
            continue
        if result.returncode == 0 and target.exists():
            return target
        log.warning("pyside6-lrelease failed on %s: %s", ts.name, result.stderr.strip())
    return None


def install(setting: str, cache_dir: Path | None = None) -> str:
    """Install the translations for ``setting`` ("system" or a code) in the running application,
    replacing any installed before; set the default locale (dates) and the layout direction.
    Returns the language code now in force."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("i18n.install needs the application object first")
    global _language
    code = resolve(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load(f"qtbase_{_QT_NAMES.get(code, code)}", qt_dir):
            _installed.append(translator)
        else:
            log.info("no Qt catalogue for %s in %s", code, qt_dir)
    # English too: its catalogue holds the plural forms ("1 note", "2 notes") of the "%n note(s)" sources.
    own = compiled(code, cache_dir)
    translator = QTranslator(app)
    if own is not None and translator.load(str(own)):
        _installed.append(translator)
    elif own is not None:
        log.warning("cannot load %s", own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    _language = code
    return code


def format_date(value: date | datetime, pattern: str) -> str:
    """``value`` (already in the zone to show) in the interface locale, with Qt's date pattern
    (``ddd d MMM``, ``dddd d MMMM``, ``ddd HH:mm``): weekday and month names follow the language."""
    qdate = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime):
        return QLocale().toString(
            QDateTime(qdate, QTime(value.hour, value.minute, value.second)), pattern
        )
    return QLocale().toString(qdate, pattern)
