"""Keep Python's memory management from pausing the window: the cyclic garbage collector's
full passes, and the freeing of a big object in one go.

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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

#: Items freed per step of ``release_in_slices``: about 1 ms of the GUI thread.
SLICE = 4000


def settle() -> None:
    """Call once, when start-up's long-lived state is built (window shown). Not after every
    refresh: cyclic garbage frozen with the rest would never be freed."""
    gc.collect()  # all garbage goes first, so none is frozen with the rest
    gc.freeze()


def release_in_slices(
    obj: object, parts: Iterable[Sequence[object]], size: int | None = None
) -> Iterator[int]:
    """Free ``obj`` (a replaced conference: 50,000 channels) a slice of its items at a time.

    Dropping the last reference to a big object frees everything it holds in one C call: 14 ms
    of the GUI thread for a 50,000-channel conference, in whichever panel happened to let go
    last. This generator takes a reference to each item of ``parts`` (its big tuples) and lets
    ``obj`` go: whoever drops it last then frees only the containers, and each ``next()`` here
    frees the next ``size`` items (about 1 ms); it yields how many are left. Drive it one step
    per event-loop turn (``ui.jobs.in_turns``)."""
    size = size or SLICE
    items = [item for part in parts for item in part]
    del obj, parts  # the holders' last reference now frees only the containers
    yield len(items)
    while items:
        del items[-size:]
        yield len(items)


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
