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


def settle() -> None:
    """Call once, when start-up's long-lived state is built (window shown). Not after every
    refresh: cyclic garbage frozen with the rest would never be freed."""
    gc.collect()  # all garbage goes first, so none is frozen with the rest
    gc.freeze()
