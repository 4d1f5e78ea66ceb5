"""The reconnect policy with a fake clock: stall detection, backoff with jitter, giving up."""

import random
from itertools import pairwise

from observer_app.player.states import PlayerState
from observer_app.player.watchdog import Action, Phase, Policy, Watchdog


class Sim:
    """Drive a watchdog the way the Qt player does: observe every 0.25 s."""

    def __init__(self, policy=None, seed=1):
        self.t = 0.0
        self.dog = Watchdog(policy or Policy(), random.Random(seed))
        self.dog.opened(self.t)
        self.decisions = []
        self.pos = 0

    def run(self, seconds, state=PlayerState.PLAYING, moving=True, live=True, position=None):
        end = self.t + seconds
        pos = position if position is not None else self.pos
        while self.t < end:
            self.t = round(self.t + 0.25, 3)
            if moving:
                pos += 250
            d = self.dog.observe(self.t, state, pos, live)
            if d:
                self.decisions.append((self.t, d))
        self.pos = pos
        return pos


def test_steady_playback_never_triggers():
    sim = Sim()
    sim.run(600)
    assert sim.decisions == [] and sim.dog.phase is Phase.PLAYING


def test_frozen_clock_is_a_stall_then_reopen_after_backoff():
    sim = Sim()
    sim.run(10)
    sim.run(4.0, moving=False)  # exactly at the threshold: not yet
    assert sim.decisions == []
    sim.run(6, moving=False)
    (t, decision), *_ = sim.decisions
    assert decision.action is Action.REOPEN and decision.attempt == 1
    assert 14.0 + 0.75 <= t <= 14.25 + 1.25 + 0.25  # stall seen after 4 s, then ~1 s backoff


def test_backoff_grows_to_the_cap_with_jitter_and_resets_after_recovery():
    policy = Policy(backoff_max_s=4.0)  # room to see 1, 2, 4
    sim = Sim(policy)
    sim.run(5)
    sim.run(40, state=PlayerState.ERROR, moving=False)
    times = [t for t, _d in sim.decisions]
    gaps = [b - a for a, b in pairwise(times)]
    assert [d.attempt for _t, d in sim.decisions][:4] == [1, 2, 3, 4]
    assert gaps[0] < gaps[-1] <= policy.backoff_max_s * (1 + policy.jitter) + 0.5
    assert len(set(round(g, 2) for g in gaps[2:])) > 1  # jitter: not all equal
    sim.run(10)  # the stream is back (after the pending retry, 2 s of progress reset the count)
    assert sim.dog.phase is Phase.PLAYING and sim.dog.attempt == 0


def test_open_that_never_starts_times_out():
    sim = Sim()
    sim.run(13, state=PlayerState.OPENING, moving=False, position=0)
    assert sim.dog.phase is Phase.RECONNECTING and sim.dog.reason == "the stream did not start"


def test_live_end_is_a_stall_but_archive_end_is_not():
    sim = Sim()
    sim.run(3)
    sim.run(3, state=PlayerState.ENDED, moving=False, live=False)
    assert sim.decisions == [] and sim.dog.phase is Phase.IDLE
    sim = Sim()
    sim.run(3)
    sim.run(3, state=PlayerState.ENDED, moving=False, live=True)
    assert sim.decisions and sim.decisions[0][1].reason == "the live stream ended unexpectedly"


def test_user_pause_is_not_a_stall():
    sim = Sim()
    sim.run(3)
    sim.dog.paused()
    sim.run(60, state=PlayerState.PAUSED, moving=False)
    assert sim.decisions == []
    sim.dog.resumed(sim.t)
    sim.run(3)
    assert sim.dog.phase is Phase.PLAYING


def test_gives_up_after_the_bounded_time_and_retry_starts_over():
    policy = Policy(give_up_after_s=30)
    sim = Sim(policy)
    sim.run(2)
    sim.run(60, state=PlayerState.ERROR, moving=False)
    assert sim.decisions[-1][1].action is Action.GIVE_UP
    assert sim.dog.phase is Phase.GAVE_UP
    count = len(sim.decisions)
    sim.run(30, state=PlayerState.ERROR, moving=False)
    assert len(sim.decisions) == count  # silent until the user asks
    decision = sim.dog.retry(sim.t)
    assert decision.action is Action.REOPEN and decision.attempt == 0
    assert sim.dog.phase is Phase.OPENING


def test_seconds_to_next_try_counts_down():
    sim = Sim()
    sim.run(2)
    sim.run(4.5, moving=False)
    assert sim.dog.phase is Phase.RECONNECTING
    first = sim.dog.seconds_to_next_try(sim.t)
    assert 0 < first <= 1.25
    assert sim.dog.seconds_to_next_try(sim.t + 0.2) < first


def test_default_policy_retries_often_enough_to_be_back_within_two_seconds():
    policy = Policy()
    assert policy.backoff_max_s * (1 + policy.jitter) <= 2.0


def test_reset_forgets_a_give_up():
    sim = Sim(Policy(give_up_after_s=10))
    sim.run(2)
    sim.run(30, state=PlayerState.ERROR, moving=False)
    assert sim.dog.phase is Phase.GAVE_UP
    sim.dog.reset()
    sim.dog.opened(sim.t)
    sim.run(3)
    assert sim.dog.phase is Phase.PLAYING and sim.dog.attempt == 0
    sim.run(
        6, state=PlayerState.ERROR, moving=False
    )  # a new hiccup is retried, not given up at once
    assert sim.dog.phase is not Phase.GAVE_UP and sim.decisions[-1][1].action is Action.REOPEN
