"""The libVLC media options a play request turns into."""

from observer_app.player.backend import OpenRequest


def test_caption_scale_becomes_a_bounded_subtitle_text_scale():
    assert not any("sub-text-scale" in o for o in OpenRequest("file:///x.mkv").options())
    assert ":sub-text-scale=200" in OpenRequest("file:///x.mkv", caption_scale=200).options()
    assert ":sub-text-scale=500" in OpenRequest("file:///x.mkv", caption_scale=900).options()


def test_a_looping_file_is_not_started_with_start_time():
    options = OpenRequest("file:///x.mkv", start_ms=27_000, loop=True).options()
    assert ":input-repeat=65535" in options and not any(
        o.startswith(":start-time") for o in options
    )
    assert OpenRequest("file:///x.mkv", start_ms=27_000, loop=True).pending_seek_ms == 27_000
    assert ":start-time=27.000" in OpenRequest("file:///x.mkv", start_ms=27_000).options()
