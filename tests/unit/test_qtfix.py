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
