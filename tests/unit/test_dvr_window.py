from dataclasses import dataclass

from observer_app.player.dvr import MARGIN_MS, DvrWindow


@dataclass
class Seg:
    duration_s: float


@dataclass
class Media:
    segments: list
    live: bool = True


def test_a_long_live_window_slides_with_time():
    dvr = DvrWindow.of(Media([Seg(2.0)] * 30), live=True, opened_at=100.0)
    assert dvr.window_ms == 60_000
    assert dvr.edge_ms(100.0) == 60_000 and dvr.earliest_ms(100.0) == MARGIN_MS
    assert dvr.edge_ms(130.0) == 90_000 and dvr.earliest_ms(130.0) == 30_000 + MARGIN_MS
    assert dvr.clamp(0, 130.0) == 30_000 + MARGIN_MS  # the oldest segments are gone
    assert dvr.clamp(10**9, 130.0) == 90_000 - MARGIN_MS
    assert dvr.behind_ms(70_000, 130.0) == 20_000


def test_no_dvr_for_short_windows_archives_and_ended_playlists():
    assert (
        DvrWindow.of(Media([Seg(6.0)] * 4), live=True, opened_at=0) is None
    )  # 24 s: just a live playlist
    assert DvrWindow.of(Media([Seg(6.0)] * 10), live=False, opened_at=0) is None
    assert DvrWindow.of(Media([Seg(6.0)] * 10, live=False), live=True, opened_at=0) is None
    assert DvrWindow.of(None, live=True, opened_at=0) is None
