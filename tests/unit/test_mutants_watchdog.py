"""Tests written against mutants of player/watchdog.py that survived the older tests
(`make mutate`). The watchdog is pure logic: time is a number the test passes in, and the
jitter comes from a seeded random.Random (real, reproducible)."""

from __future__ import annotations

import random

import pytest

from observer_app.player.states import PlayerState
from observer_app.player.watchdog import Action, Decision, Phase, Policy, Watchdog

STEADY = Policy(backoff_first_s=2.0, backoff_max_s=2.0, jitter=0.0, give_up_after_s=10.0)


def _stall(dog: Watchdog, now: float) -> None:
    dog.observe(now, PlayerState.ERROR, 0, True)
    assert dog.phase is Phase.RECONNECTING


def _delays(seed: int, attempts: int = 5) -> list[float]:
    """The wait before each reconnect attempt, the stream failing every time."""
    policy = Policy(backoff_first_s=1.0, backoff_max_s=100.0, jitter=0.25, give_up_after_s=1e9)
    dog = Watchdog(policy, random.Random(seed))
    now = 0.0
    dog.opened(now)
    delays = []
    for attempt in range(1, attempts + 1):
        _stall(dog, now)
        assert dog.attempt == attempt and dog.next_try_at is not None
        delays.append(dog.next_try_at - now)
        now = dog.next_try_at
        assert dog.observe(now, PlayerState.ERROR, 0, True) == Decision(
            Action.REOPEN, attempt, dog.reason
        )
    return delays


@pytest.mark.parametrize("seed", range(12))
def test_backoff_doubles_from_the_first_delay_within_the_jitter(seed):
    # Catches a backoff that starts at 2 s, doubles late, or divides by the jitter factor.
    for attempt, delay in enumerate(_delays(seed)):
        base = 2**attempt
        assert 0.75 * base <= delay <= 1.25 * base, (attempt, delay)


def test_giving_up_happens_after_the_limit_not_at_it():
    dog = Watchdog(STEADY, random.Random(1))
    dog.opened(0.0)
    _stall(dog, 0.0)
    assert dog.observe(10.0, PlayerState.ERROR, 0, True) == Decision(Action.REOPEN, 1, dog.reason)
    _stall(dog, 10.0)
    assert dog.observe(10.5, PlayerState.ERROR, 0, True).action is Action.GIVE_UP
    assert dog.seconds_to_next_try(10.5) is None  # no countdown once given up


def test_retry_restarts_the_give_up_clock_at_the_retry():
    dog = Watchdog(STEADY, random.Random(1))
    assert dog.retry(0.0) == Decision(Action.REOPEN, 0, "retry requested")
    assert dog.phase is Phase.OPENING
    # Nothing plays: the open times out at 12.5 s, which is already past the 10 s limit
    # counted from the retry (not from this first stall).
    assert dog.observe(12.5, PlayerState.PLAYING, 0, True) == Decision(
        Action.GIVE_UP, 0, "the stream stopped"
    )
    assert dog.phase is Phase.GAVE_UP
    assert dog.seconds_to_next_try(13.0) is None


def test_reset_forgets_past_trouble():
    dog = Watchdog(STEADY, random.Random(1))
    dog.opened(0.0)
    _stall(dog, 0.0)
    dog.reset()
    assert (dog.phase, dog.attempt, dog.reason) == (Phase.IDLE, 0, "")
    dog.opened(100.0)
    _stall(dog, 100.0)  # the give-up clock starts again here
    assert dog.attempt == 1
    assert dog.observe(102.0, PlayerState.ERROR, 0, True) == Decision(Action.REOPEN, 1, dog.reason)


def test_reconnect_message_counts_down_and_names_the_problem():
    dog = Watchdog(STEADY, random.Random(1))
    assert dog.message("Committee 5", 0.0) == ""
    dog.opened(0.0)
    _stall(dog, 0.0)
    assert dog.message("Committee 5", 0.0) == (
        "Reconnecting to Committee 5 (attempt 1, next try in 2 s): the stream reported an error"
    )
    assert dog.message("Committee 5", 1.0, "server down") == (
        "Reconnecting to Committee 5 (attempt 1, next try in 1 s): server down"
    )
    # Under half a second left still reads "1 s", never "0 s".
    assert "next try in 1 s" in dog.message("Committee 5", 1.8)


def test_a_new_watchdog_is_idle_and_makes_its_own_random_source():
    dog = Watchdog(STEADY)  # no rng given: it must make one (jitter is drawn even when 0)
    assert (dog.phase, dog.attempt, dog.reason, dog.next_try_at) == (Phase.IDLE, 0, "", None)
    assert dog.observe(1.0, PlayerState.ERROR, 0, True) is None  # idle: nothing to watch
    dog.opened(2.0)
    _stall(dog, 2.0)
    assert dog.seconds_to_next_try(2.0) == 2.0


def test_progress_needs_a_moving_clock_while_playing():
    dog = Watchdog(STEADY, random.Random(1))
    dog.opened(0.0)
    dog.observe(0.25, PlayerState.PLAYING, 5000, True)  # first sight of the clock: not yet progress
    assert dog.phase is Phase.OPENING
    dog.observe(0.5, PlayerState.OPENING, 5250, True)  # moving but not playing
    assert dog.phase is Phase.OPENING
    dog.observe(0.75, PlayerState.PLAYING, 5500, True)
    assert dog.phase is Phase.PLAYING


def test_a_stall_is_declared_after_stall_after_s_not_at_it():
    dog = Watchdog(STEADY, random.Random(1))
    dog.opened(0.0)
    dog.observe(0.0, PlayerState.PLAYING, 0, True)
    dog.observe(1.0, PlayerState.PLAYING, 1000, True)
    assert dog.observe(5.0, PlayerState.PLAYING, 1000, True) is None  # frozen exactly 4 s: not yet
    assert dog.phase is Phase.PLAYING
    dog.observe(5.25, PlayerState.PLAYING, 1000, True)
    assert (dog.phase, dog.reason) == (Phase.RECONNECTING, "no picture or sound for a few seconds")


def test_an_error_is_the_reason_shown():
    dog = Watchdog(STEADY, random.Random(1))
    dog.opened(0.0)
    _stall(dog, 0.0)
    assert dog.reason == "the stream reported an error"


def test_attempts_reset_after_two_seconds_of_progress_since_the_reopen():
    dog = Watchdog(STEADY, random.Random(1))
    dog.opened(100.0)
    _stall(dog, 100.0)
    assert dog.observe(102.0, PlayerState.PLAYING, 0, True).action is Action.REOPEN
    dog.observe(102.0, PlayerState.PLAYING, 0, True)
    dog.observe(103.0, PlayerState.PLAYING, 1000, True)  # 1 s of progress: not yet recovered
    assert (dog.phase, dog.attempt) == (Phase.PLAYING, 1)
    dog.observe(104.0, PlayerState.PLAYING, 2000, True)  # 2 s: recovered
    assert dog.attempt == 0


def test_a_paused_stream_is_not_a_stall():
    dog = Watchdog(STEADY, random.Random(1))
    dog.opened(0.0)
    dog.observe(0.0, PlayerState.PLAYING, 0, True)
    dog.observe(1.0, PlayerState.PLAYING, 1000, True)
    dog.paused()
    assert dog.phase is Phase.IDLE
    assert dog.observe(30.0, PlayerState.PAUSED, 1000, True) is None
    assert dog.phase is Phase.IDLE
