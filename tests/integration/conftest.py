"""Real streams for the player: made with ffmpeg once per session, served on 127.0.0.1."""

from __future__ import annotations

import pytest
from support.media import make_vod_muxed, make_vod_renditions
from support.server import StreamServer


@pytest.fixture(scope="session")
def vod_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("vod")
    make_vod_renditions(directory / "renditions", seconds=12)
    make_vod_muxed(directory / "muxed", seconds=12)
    return directory


@pytest.fixture
def server(vod_dir):
    with StreamServer(vod_dir) as srv:
        yield srv
