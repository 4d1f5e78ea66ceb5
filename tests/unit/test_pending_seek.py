from observer_app.player.pending_seek import PendingSeek


def test_seeks_until_the_position_is_near_the_target():
    pending = PendingSeek()
    pending.set(27_000)
    assert pending.step(0, now=0.0) == 27_000
    assert pending.step(50, now=0.1) is None  # too soon to retry
    assert pending.step(80, now=0.5) == 27_000  # the first seek was dropped: again
    assert pending.step(27_300, now=1.0) is None
    assert not pending.active


def test_gives_up_after_a_bounded_number_of_tries():
    pending = PendingSeek(max_tries=3)
    pending.set(10_000)
    seeks = [pending.step(0, now=t) for t in (0.0, 1.0, 2.0, 3.0, 4.0)]
    assert seeks == [10_000, 10_000, 10_000, None, None]
    assert not pending.active


def test_nothing_to_do_without_a_target():
    pending = PendingSeek()
    pending.set(0)
    assert pending.step(5_000, now=0.0) is None
