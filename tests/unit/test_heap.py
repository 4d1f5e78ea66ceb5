"""runtime/heap.py: a big object freed a slice at a time, whoever drops it last (issue 15)."""

from __future__ import annotations

import weakref

from observer_app.runtime import heap


class Channel:
    """Stands for a Stream of a conference (weak-referenceable)."""


def test_the_items_outlive_their_holder_and_go_a_slice_per_step():
    channels = tuple(Channel() for _ in range(5))
    alive = [weakref.ref(c) for c in channels]
    conference = (channels, "other fields")
    steps = heap.release_in_slices(conference, (channels,), size=2)
    del channels, conference  # the panels let go: the steps hold the last reference
    left = []
    for remaining in steps:
        left.append((remaining, sum(ref() is not None for ref in alive)))
    assert left == [(5, 5), (3, 3), (1, 1), (0, 0)]


def test_the_holder_is_let_go_at_the_first_step():
    class Conference:
        def __init__(self, channels):
            self.channels = channels

    conference = Conference((Channel(),))
    held = weakref.ref(conference)
    steps = heap.release_in_slices(conference, (conference.channels,))
    del conference
    assert held() is not None  # until the first step (the window's turn after the panels)
    next(steps)
    assert held() is None
