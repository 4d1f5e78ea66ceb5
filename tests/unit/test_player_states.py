"""The player's states (player/states.py): libVLC's own state names, polled by the headless tap,
map onto the one PlayerState, and the text the probe prints and the signal carries is unchanged."""

from __future__ import annotations

import json

import pytest

from observer_app.player.backend import load_vlc
from observer_app.player.states import LIBVLC_STATES, EventKind, PlayerState


@pytest.mark.vlc
def test_every_state_python_vlc_can_report_has_a_player_state():
    vlc = load_vlc()
    # python-vlc's own table of libVLC's states, not a copy of it: a name spelled differently
    # there would leave the tap's state() unknown and its finished() never true.
    names = {str(vlc.State(n)).rsplit(".", 1)[-1] for n in vlc.State._enum_names_}
    assert names == set(LIBVLC_STATES)
    assert LIBVLC_STATES["Ended"] is PlayerState.ENDED
    assert LIBVLC_STATES["Error"] is PlayerState.ERROR
    assert LIBVLC_STATES["Buffering"] is PlayerState.OPENING  # libVLC 3: still opening


def test_finished_is_stopped_ended_or_error_only():
    assert {s for s in PlayerState if s.finished} == {
        PlayerState.STOPPED,
        PlayerState.ENDED,
        PlayerState.ERROR,
    }


def test_the_text_printed_and_signalled_is_unchanged():
    # probe --json prints the state; the Qt signal carries it as text; a log line says it.
    assert json.dumps({"state": PlayerState.PLAYING}) == '{"state": "playing"}'
    assert [str(s) for s in PlayerState] == [
        "idle",
        "opening",
        "playing",
        "paused",
        "stopped",
        "ended",
        "error",
    ]
    assert f"{PlayerState.ERROR}" == "error" and str(EventKind.BUFFERING) == "buffering"
