"""Every user-visible string in observer_app/ui goes through Qt's translation (issue #8).

An AST walk: a string literal with letters handed to a call that puts text on screen
(setText, setToolTip, QLabel(...), QMessageBox.warning(...)...) must be inside tr() /
QCoreApplication.translate() / QT_TRANSLATE_NOOP. And what is inside tr() must be a plain
literal (an f-string there could never match a translation).
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "observer_app" / "ui"

#: Calls whose string arguments a person reads.
SHOWN = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setStatusTip",
    "setWhatsThis",
    "addAction",
    "addItem",
    "insertItem",
    "addTab",
    "setTabText",
    "addMenu",
    "showMessage",
    "setHorizontalHeaderLabels",
    "setLabelText",
    "clear",
    "addRow",
    "show_message",
    "show_status",
    "setPlainText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QToolButton",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMessageBox",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getSaveFileName",
    "getOpenFileName",
    "getOpenFileNames",
    "getText",
    "getExistingDirectory",
    "showText",
    "setDefaultSuffix",
    "createUndoAction",
    "createRedoAction",
    # the app's own widget helpers (text, accessible name, tooltip; first combo item; table headers)
    "_button",
    "_combo",
    "_table",
}
#: Keyword arguments that are text on screen.
SHOWN_KEYWORDS = {
    "text",
    "toolTip",
    "windowTitle",
    "placeholderText",
    "accessibleName",
    "statusTip",
}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}
#: Literals with letters that are not words to translate (names, units, symbols with a letter).
ALLOWED = {"Observer", "UTC"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


_TAGS = re.compile(r"<[^>]*>")
_URL = re.compile(r"^(https?://|/)\S*$")
_FILE_NAME = re.compile(
    r"^[\w.-]*\.\w{2,4}$|^[\w-]+-$"
)  # "followed-sessions.ics", "feedback-" (+ id)


def _has_letters(text: str) -> bool:
    """Words to translate: letters outside HTML tags, and not a file name."""
    text = _TAGS.sub("", text).strip()
    if all(_URL.match(line) for line in text.splitlines()):  # example addresses and paths
        return False
    return not _FILE_NAME.match(text) and any(unicodedata.category(c)[0] == "L" for c in text)


def _bare_strings(node: ast.expr):
    """String literals that would reach the screen as they are: through concatenation,
    f-strings, conditionals and tuples, but not into calls (tr(), str(), .format() decide)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                yield part
    elif isinstance(node, ast.BinOp):
        yield from _bare_strings(node.left)
        yield from _bare_strings(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _bare_strings(node.body)
        yield from _bare_strings(node.orelse)
    elif isinstance(node, (ast.Tuple, ast.List)):
        for element in node.elts:
            yield from _bare_strings(element)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _bare_strings(value)


def _is_logging(func: ast.expr) -> bool:
    receiver = func.value if isinstance(func, ast.Attribute) else None
    return (isinstance(receiver, ast.Name) and receiver.id in ("log", "logger", "logging")) or (
        isinstance(receiver, ast.Call) and _name(receiver.func) == "getLogger"
    )


def problems(source: str, filename: str = "<string>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TRANSLATORS:
            text_arg = (
                node.args[1 if name != "tr" else 0]
                if len(node.args) > (1 if name != "tr" else 0)
                else None
            )
            if (
                text_arg is not None
                and not (isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str))
                and name != "translate"
                or isinstance(text_arg, ast.JoinedStr)
            ):
                found.append(
                    f"{filename}:{node.lineno}: {name}() needs a plain literal, not an expression or f-string"
                )
            continue
        if _is_logging(node.func):
            continue  # log lines stay English (they go to developers)
        arguments = list(node.args) if name in SHOWN else []
        if name in (
            "addItem",
            "insertItem",
            "addTab",
            "setTabText",
        ):  # the rest is data, an index or a widget
            arguments = arguments[1:2] if name != "addItem" else arguments[:1]
        arguments += [k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS or name in SHOWN]
        for argument in arguments:
            for literal in _bare_strings(argument):
                text = literal.value
                if _has_letters(text) and text.strip() not in ALLOWED:
                    found.append(
                        f"{filename}:{literal.lineno}: {name}(...) shows {text!r} untranslated"
                    )
    return found


def test_checker_finds_an_unmarked_string_and_accepts_a_marked_one():
    bad = 'label.setText("Saved")\nQLabel(f"{n} notes")\nb = QPushButton(text="Go")\nself.tr(f"{x} y")\n'
    assert len(problems(bad)) == 4
    good = (
        'label.setText(self.tr("Saved"))\nQLabel(self.tr("{n} notes").format(n=n))\n'
        'b = QPushButton(text=QCoreApplication.translate("Ctx", "Go"))\nlabel.setText("—")\n'
        'box.setText("⏰ " + reminder.message())\n'
    )
    assert problems(good) == []


def test_every_user_visible_string_in_the_ui_is_marked():
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += problems(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent.parent)))
    assert not found, "unmarked user-visible strings:\n" + "\n".join(found)


def test_every_setting_declares_its_label_and_help_once_marked_for_translation():
    """core/settings.py is the one place a setting's English is written: each label and help is
    a QT_TRANSLATE_NOOP("Settings", "...") that pyside6-lupdate collects; a plain string there
    would show in English whatever the interface language."""
    from observer_app.core import settings

    source = Path(settings.__file__).read_text(encoding="utf-8")
    declared, unmarked = set(), []
    for call in ast.walk(ast.parse(source)):
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Setting"):
            continue
        key = ast.literal_eval(call.args[0])
        declared.add(key)
        for field, text in zip(("label", "help"), call.args[3:5], strict=True):
            marked = (
                isinstance(text, ast.Call)
                and getattr(text.func, "id", "") == "QT_TRANSLATE_NOOP"
                and ast.literal_eval(text.args[0]) == "Settings"
                and isinstance(ast.literal_eval(text.args[1]), str)
            )
            if not marked:
                unmarked.append(f"{key} {field}")
    assert not unmarked, f"mark with QT_TRANSLATE_NOOP('Settings', ...): {unmarked}"
    assert declared == set(settings.SETTINGS)  # every setting is declared by a Setting(...) call


def test_translations_keep_the_placeholders_of_their_source():
    """A translation that drops or renames {path} raises KeyError at .format(); one without %n
    shows no count. Checked for every finished message of every resources/i18n/*.ts."""
    import xml.etree.ElementTree as ET

    field = re.compile(r"\{\w*\}")
    wrong, checked = [], 0
    for ts in sorted((UI.parents[1] / "resources" / "i18n").glob("observer_*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            # Plural forms may spell out small counts ("ملاحظتان": two notes), not all of them.
            if "%n" in source and not any("%n" in text for text in forms):
                wrong.append(f"{ts.name}: {source!r} -> {forms!r}: no form shows the count %n")
            for text in forms:
                checked += 1
                if sorted(field.findall(text)) != sorted(field.findall(source)):
                    wrong.append(f"{ts.name}: {source!r} -> {text!r}")
                elif "&" in source.replace("&gt;", "") and "&" not in text.replace("&gt;", ""):
                    wrong.append(f"{ts.name}: {source!r} -> {text!r} lost its keyboard mnemonic")
    assert checked > 100
    assert not wrong, "\n".join(wrong)


# -- the loader (observer_app/ui/i18n.py): language choice and compiling at first use ---------------


def test_the_system_language_is_used_when_observer_has_it():
    from PySide6.QtCore import QLocale

    from observer_app.ui.i18n import resolve

    assert resolve("ru") == "ru"
    assert resolve("system", QLocale("fr_CA")) == "fr"
    assert resolve("system", QLocale("zh_TW")) == "zh"
    assert resolve("system", QLocale("de_DE")) == "en"  # not one of the six: English


def _resources_with_french(tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    (resources / "i18n").mkdir(parents=True)
    ts = resources / "i18n" / "observer_fr.ts"
    ts.write_bytes((UI.parents[1] / "resources" / "i18n" / "observer_fr.ts").read_bytes())
    monkeypatch.setenv("OBSERVER_RESOURCES", str(resources))
    return ts


def test_a_missing_catalogue_is_compiled_beside_its_source_then_reused(tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator

    from observer_app.ui.i18n import compiled

    ts = _resources_with_french(tmp_path, monkeypatch)
    qm = compiled("fr", tmp_path / "cache")
    assert qm == ts.with_suffix(".qm") and qm.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(qm)) and translator.translate("MainWindow", "&File") == "&Fichier"
    stamp = qm.stat().st_mtime_ns
    assert (
        compiled("fr", tmp_path / "cache") == qm and qm.stat().st_mtime_ns == stamp
    )  # fresh: not rebuilt
    assert compiled("de", tmp_path / "cache") is None  # no such translation: English


def test_a_read_only_resources_folder_gets_its_catalogue_in_the_cache(tmp_path, monkeypatch):
    import os

    from observer_app.ui import i18n

    ts = _resources_with_french(tmp_path, monkeypatch)
    real_access = os.access
    monkeypatch.setattr(
        i18n.os,
        "access",
        lambda path, mode: False if path == ts.parent else real_access(path, mode),
    )
    qm = i18n.compiled("fr", tmp_path / "cache")
    assert qm == tmp_path / "cache" / "i18n" / "observer_fr.qm" and qm.exists()
    assert not ts.with_suffix(".qm").exists()
