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
