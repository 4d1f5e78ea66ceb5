"""The background refresh's answer from its child process (``services.conference.PackedFeed``):
an unchanged conference is told by its digest alone, and the sources' messages come back either
way. Real child processes (``isolate``), a real playlist file."""

from __future__ import annotations

from observer_app.ui.refresh import _compare


def test_an_unchanged_conference_is_not_unpacked_but_its_messages_come_back(tmp_path):
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(
        "#EXTM3U\n#EXTINF:-1,Plenary\nhttps://example.org/plenary.m3u8\n", encoding="utf-8"
    )
    first = _compare(str(playlist), tmp_path / "cache", None, "")
    assert first.result is not None and len(first.digest) == 64
    assert [s.url for s in first.result.feed.conference.streams] == [
        "https://example.org/plenary.m3u8"
    ]
    shown = first.result.feed.conference
    again = _compare(str(playlist), tmp_path / "cache", shown, first.digest)
    assert (again.result, again.digest, again.basis) == (None, first.digest, shown)
    assert again.messages == first.messages and any("time zone" in m for m in again.messages)
    playlist.write_text(
        "#EXTM3U\n#EXTINF:-1,Plenary\nhttps://example.org/plenary-2.m3u8\n", encoding="utf-8"
    )
    changed = _compare(str(playlist), tmp_path / "cache", shown, first.digest)
    assert changed.result is not None and changed.digest != first.digest
