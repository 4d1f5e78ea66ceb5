"""A big answer crosses back in pieces (issue 15): one pickle.loads of a 50,000-channel
conference held the GIL, and so froze the window, for a second; unpacked a piece at a time,
Python code runs between the pieces and the GUI thread gets its turns."""

from __future__ import annotations

from observer_app import isolate
from observer_app.core.model import Body, Conference, Stream
from observer_app.services import conference


def big_conference(channels: int) -> Conference:
    return Conference(
        id="c",
        name="Many channels",
        timezone="UTC",
        bodies=(Body("b", "Body"),),
        streams=tuple(
            Stream(f"s{i}", "b", f"https://example.org/{i}.m3u8") for i in range(channels)
        ),
    )


def test_long_tuples_are_unpacked_a_piece_at_a_time(monkeypatch):
    conference = big_conference(4 * isolate.PIECE + 1)
    packed = isolate.dumps_in_pieces({"conference": conference})
    unpacked = []
    real = isolate.loads_in_pieces

    def spy(data):
        unpacked.append(len(data))
        return real(data)

    monkeypatch.setattr(isolate, "loads_in_pieces", spy)
    again = isolate.loads_in_pieces(packed)["conference"]
    assert again == conference and again.stream("s2000").url.endswith("/2000.m3u8")
    assert len(unpacked) == 1 + 5  # the whole, then each piece of the channels
    assert max(unpacked[1:]) < unpacked[0] / 3  # no piece holds the bulk


def test_the_refresh_answer_unpacks_to_the_conference_opened(tmp_path):
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(
        "#EXTM3U\n"
        + "".join(
            f'#EXTINF:-1 group-title="G{i % 7}",Channel {i}\nhttps://example.org/{i}.m3u8\n'
            for i in range(3 * isolate.PIECE)
        ),
        encoding="utf-8",
    )
    from observer_app.services.conference import open_feed

    answer = conference.open_feed_in_pieces(str(playlist), None)
    result = isolate.loads_in_pieces(answer.packed)
    assert result.feed.conference == open_feed(str(playlist), None).feed.conference
    assert len(result.feed.conference.streams) == 3 * isolate.PIECE and len(answer.digest) == 64


def test_a_long_lived_answer_is_kept_out_of_the_collectors_walks():
    """A conference to show: no full collection while it is unpacked, none walks it afterwards
    (a full pass over 50,000 channels stopped every thread for ~0.2 s)."""
    import gc

    packed = isolate.dumps_in_pieces(big_conference(2 * isolate.PIECE))
    gc.unfreeze()
    try:
        assert gc.isenabled()
        isolate.loads_in_pieces(packed)
        assert gc.get_freeze_count() == 0  # a plain answer is left alone
        conference = isolate.loads_in_pieces(packed, long_lived=True)
        assert gc.get_freeze_count() >= len(conference.streams)
        assert gc.isenabled()  # the collector runs again for everything that comes later
    finally:
        gc.unfreeze()


def niceness() -> int:
    import os

    return os.nice(0)


def test_background_work_runs_at_a_lower_priority_than_the_window():
    """On a busy machine a refresh's child at the window's priority took the cores from it."""
    import os

    mine = os.nice(0)
    assert isolate.call(niceness) == mine
    assert isolate.call(niceness, background=True) == min(mine + isolate.BACKGROUND_NICENESS, 19)
