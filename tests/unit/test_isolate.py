"""Work in a child process: results and failures come back, a dead child is reported."""

from __future__ import annotations

import os

import pytest

from observer_app import isolate


def square_and_pid(n):
    return n * n, os.getpid()


def fail_with_value_error(text):
    raise ValueError(text)


class Unportable(Exception):
    def __init__(self, a, b):  # pickles, but cannot be rebuilt from its args
        super().__init__(f"{a}/{b}")


def fail_unportably():
    raise Unportable(1, 2)


def sleep_long():
    import time

    time.sleep(60)  # the scenario: a call that hangs (isolate must kill it)


def die():
    os._exit(3)


def test_the_result_comes_from_another_process():
    value, pid = isolate.call(square_and_pid, 12)
    assert value == 144 and pid != os.getpid()


def test_an_exception_in_the_child_is_raised_here_with_its_type():
    with pytest.raises(ValueError, match="bad feed"):
        isolate.call(fail_with_value_error, "bad feed")


def test_an_exception_that_cannot_travel_keeps_its_words():
    with pytest.raises(isolate.IsolatedError, match="Unportable: 1/2"):
        isolate.call(fail_unportably)


def test_a_child_that_dies_is_reported_with_its_exit_code():
    with pytest.raises(isolate.IsolatedError, match="exit code 3"):
        isolate.call(die)


def test_a_child_that_does_not_answer_in_time_is_stopped():
    import time

    started = time.monotonic()
    with pytest.raises(isolate.IsolatedError, match="no answer within 1 s"):
        isolate.call(sleep_long, timeout=1)
    assert time.monotonic() - started < 20
