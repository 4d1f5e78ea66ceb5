"""The PySide6 6.12 / CPython 3.11 None-refcount leak must not be able to kill the app."""

import subprocess
import sys

CODE = """
import os, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
{fix}
from PySide6.QtCore import QObject
o = QObject()
for _ in range(200_000):
    o.setObjectName('x')   # a void Qt call: leaks one reference to None on 6.12 + 3.11
print('alive')
"""


def run(fix: str):
    return subprocess.run(
        [sys.executable, "-c", CODE.format(fix=fix)], capture_output=True, text=True, timeout=120
    )


def test_many_void_qt_calls_do_not_crash_with_the_fix():
    result = run(
        "from observer_app.runtime.qtfix import immortalize_singletons; immortalize_singletons()"
    )
    assert result.returncode == 0 and "alive" in result.stdout, result.stderr[-500:]


def test_the_bug_is_still_there_without_it_or_the_fix_can_go():
    """When this fails, PySide6 (or Python) fixed the leak and qtfix.py can be removed."""
    result = run("")
    if sys.version_info >= (3, 12):
        assert result.returncode == 0
    else:
        assert result.returncode != 0 and "dealloc" in result.stderr


LIGHT = """
import json, linecache, os, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from observer_app.runtime import qtfix  # (as __main__: before PySide6)
import PySide6.QtCore
qtfix.lighten_import_hook()
from observer_app.ui.status import install  # names PySide6
from observer_app.core.notefilter import NoteFilter  # pure Python
feature = sys.modules['shibokensupport.feature']
print(json.dumps({
    "dict": {m: feature.pyside_feature_dict.get(m) for m in
             ('observer_app.ui.status', 'observer_app.core.notefilter')},
    "cached": [f for f in linecache.cache if 'observer_app' in f],
}))
"""


def test_pyside_import_hook_reads_files_and_keeps_no_source_lines():
    """The lighter hook (issue 15) gives PySide the answers its own gave: a module naming
    PySide6 is marked as using it (0), a pure-Python one not (-1); and no source is kept."""
    import json

    result = subprocess.run(
        [sys.executable, "-c", LIGHT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-1000:]
    seen = json.loads(result.stdout)
    assert seen["dict"] == {"observer_app.ui.status": 0, "observer_app.core.notefilter": -1}
    assert seen["cached"] == []


def test_mentions_pyside_reads_the_module_file(tmp_path):
    from types import SimpleNamespace

    from observer_app.runtime.qtfix import mentions_pyside

    qt, plain = tmp_path / "qt.py", tmp_path / "plain.py"
    qt.write_text("from PySide6.QtCore import QObject\n")
    plain.write_text("import json\n")
    assert mentions_pyside(SimpleNamespace(__file__=str(qt)))
    assert not mentions_pyside(SimpleNamespace(__file__=str(plain)))
    assert not mentions_pyside(SimpleNamespace(__file__=str(tmp_path / "gone.py")))
    assert not mentions_pyside(SimpleNamespace())  # a built-in module: no file
