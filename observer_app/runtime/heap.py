"""Keep Python's cyclic garbage collector from pausing the window.

A full collection walks every container object alive: with a 4,600-channel conference and the
window's widgets that is 25-35 ms, during which every thread waits. It struck while a refresh
parsed the sources on a worker thread, so the GUI froze although no GUI code ran.
``gc.freeze()`` moves what is alive now (modules, widgets, the conference on screen) out of the
collector's reach; later collections only look at what came after. Freed by reference counting
as usual when dropped; only reference cycles among frozen objects would stay, and the long-lived
things frozen here (modules, the window, its widgets) live as long as the process.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def settle() -> None:
    """Call once, when start-up's long-lived state is built (window shown). Not after every
    refresh: cyclic garbage frozen with the rest would never be freed."""
    gc.collect()  # all garbage goes first, so none is frozen with the rest
    gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block, for a one-shot command building many objects
    that hold no cycles (``observer-app export``: a note, its entry, their strings). Each full
    collection walks every object alive; at 100,000 notes three of them were 0.7 s of a 5 s
    export. What the block leaves in cycles is collected after it, or freed at exit."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
