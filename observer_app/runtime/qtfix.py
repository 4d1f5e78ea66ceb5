"""Work around a PySide6 6.12 reference-count bug that kills the process on CPython 3.11.

Every call of a Qt method that returns nothing (``QLabel.setText``, ``QFont.setBold``...)
drops one reference to ``None`` that it never took (and some return paths do the same to
``True``/``False``). After a few thousand such calls, about a quarter of an hour of a playing
tile updating its clock, CPython frees ``None`` and aborts ("none_dealloc", "bool_dealloc").
Reproduce: ``for _ in range(10000): QFont().setBold(True)``.

CPython 3.12 made these singletons immortal, which is what we do here for 3.11: their
reference counts are raised so far that no leak can bring them to zero. Called first thing in
``main`` and by the test suite; a no-op on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60


def immortalize_singletons() -> None:
    if sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM


def lighten_import_hook() -> None:
    """Make PySide6's import hook read each new module's file, not its source through ``inspect``.

    Once PySide6 is imported, every module imported after it goes through its "feature" hook
    (shibokensupport ``feature_imported``), which asks whether the module mentions PySide6
    by fetching its source with ``inspect.getsource``: 0.15 ms a module, 22-29 ms of the
    window's start for the app's ~170 modules (issue 15), and every source kept in
    ``linecache`` (7.4 MB while playing until ``ui.startup.settle`` drops it). The answer is
    the same from reading the file: 8 ms, nothing kept. Call once PySide6 is imported; does
    nothing if a PySide6 release no longer has the hook.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]


def mentions_pyside(module: object) -> bool:
    """Whether ``module``'s source file names PySide6 (the hook's own test, on the file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled or without a file: inspect finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
