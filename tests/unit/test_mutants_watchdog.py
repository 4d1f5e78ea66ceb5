"""Tests written against mutants of player/watchdog.py that survived the older tests
(`make mutate`). The watchdog is pure logic: time is a number the test passes in, and the
jitter comes from a seeded random.Random (real, reproducible)."""

from __future__ import annotations

import random

import pytest

from observer_app.player.watchdog import Decision, Phase, Policy, Watchdog

STEADY = Policy(backoff_first_s=2.0, backoff_max_s=2.0, jitter=0.0, give_up_after_s=10.0)


def _stall(dog: Watchdog, now: float) -> None:
    dog.observe(now, "error", 0, True)
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
        assert dog.observe(now, "error", 0, True) == Decision("reopen", attempt, dog.reason)
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
    assert dog.observe(10.0, "error", 0, True) == Decision("reopen", 1, dog.reason)
    _stall(dog, 10.0)
    assert dog.observe(10.5, "error", 0, True).action == "give_up"


def test_retry_restarts_the_give_up_clock_at_the_retry():
    dog = Watchdog(STEADY, random.Random(1))
    assert dog.retry(0.0) == Decision("reopen", 0, "retry requested")
    assert dog.phase is Phase.OPENING
    # Nothing plays: the open times out at 12.5 s, which is already past the 10 s limit
    # counted from the retry (not from this first stall).
    assert dog.observe(12.5, "playing", 0, True) == Decision("give_up", 0, "the stream stopped")
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
    assert dog.observe(102.0, "error", 0, True) == Decision("reopen", 1, dog.reason)


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
