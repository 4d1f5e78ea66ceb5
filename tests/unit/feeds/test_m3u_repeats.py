"""Playlists where many channels share a name or a tvg-id: ids are what ``base.unique_id`` gives
one channel at a time, found in constant work per channel (issue 15: 50,000 such channels took
170 s); and an ``x-tvg-url`` naming several guides gives several guides (issue 17)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.properties import examples

from observer_app.core.feeds.base import SourceResult, slug, unique_id
from observer_app.core.feeds.m3u import _read, parse_m3u
from observer_app.core.feeds.m3u_fast import read_items
from observer_app.core.feeds.m3u_lines import PlaylistReader
from observer_app.services.sources import named_guides

MANY = settings(
    max_examples=examples(150),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# Few distinct names and ids, so that they repeat many times; "ch-2" collides with the suffix
# the second "ch" gets, the case a resumed search must still skip.
NAMES = st.sampled_from(["ch", "Ch", "ch-2", "ch 2", "CH-3", "ünï", ""])
IDS = st.sampled_from(["", "ch", "ch-2", "same.tv", "Same.TV"])


def playlist(channels: list[tuple[str, str]]) -> str:
    lines = ["#EXTM3U"]
    for i, (name, tvg_id) in enumerate(channels):
        lines.append(f'#EXTINF:-1 tvg-id="{tvg_id}" group-title="G",{name}')
        lines.append(f"https://live.example.org/{i}/index.m3u8")
    return "\n".join(lines) + "\n"


def expected_ids(channels: list[tuple[str, str]]) -> list[str]:
    """The ids the documented rule gives, one channel at a time with the plain ``unique_id``."""
    taken: set[str] = set()
    ids = []
    for name, tvg_id in channels:
        shown = name.strip() or "index.m3u8"  # a nameless channel is named by its address
        ids.append(unique_id(slug(tvg_id or shown, "channel"), taken))
    return ids


@MANY
@given(st.lists(st.tuples(NAMES, IDS), min_size=1, max_size=300))
def test_repeated_names_and_ids_get_the_ids_one_by_one_would_give(channels):
    text = playlist(channels)
    fast = parse_m3u(text, "p.m3u")
    careful = _read(text, "p.m3u", fast=False)[0]
    assert [s.id for s in fast.streams] == expected_ids(channels)
    assert [s.id for s in careful.streams] == expected_ids(channels)


class CountingSet(set):
    """A set that counts membership tests: the work of finding free ids, without a clock."""

    probes = 0

    def __contains__(self, item) -> bool:
        CountingSet.probes += 1
        return super().__contains__(item)


def test_free_ids_for_many_equal_channels_take_constant_probes_each():
    channels = [("Same", "same.tv")] * 3000 + [("Same", "")] * 3000
    reader = PlaylistReader(SourceResult("p.m3u", "m3u"), "p.m3u")
    reader.stream_ids = CountingSet()
    CountingSet.probes = 0
    read_items(reader, playlist(channels))
    result = reader.finish()
    assert len({s.id for s in result.streams}) == 6000
    assert result.streams[2999].id == "same-tv-3000" and result.streams[-1].id == "same-3000"
    # one probe for the wanted id and one per suffix tried; a search from "-2" each time makes
    # 1 + 2 + ... + 3000 probes per run of equal names (about 9 million)
    assert CountingSet.probes <= 3 * len(channels)


# The header of the iptv-org index playlist as it was published in 2023 (many EPG sites in one
# x-tvg-url, comma-separated), shortened to four; players read each as a guide.
IPTV_ORG_HEADER = (
    '#EXTM3U x-tvg-url="https://iptv-org.github.io/epg/guides/ao/guide.dstv.com.epg.xml,'
    "https://iptv-org.github.io/epg/guides/ar/mi.tv.epg.xml,"
    "https://iptv-org.github.io/epg/guides/bf/canalplus-afrique.com.epg.xml,"
    'https://iptv-org.github.io/epg/guides/bi/startimestv.com.epg.xml"'
)


def test_a_header_naming_several_guides_gives_each_guide():
    text = IPTV_ORG_HEADER + '\n#EXTINF:-1 tvg-id="a",A\nhttps://h.example/a.m3u8\n'
    for result in (parse_m3u(text, "p.m3u"), _read(text, "p.m3u", fast=False)[0]):
        assert result.guide_urls == [
            "https://iptv-org.github.io/epg/guides/ao/guide.dstv.com.epg.xml",
            "https://iptv-org.github.io/epg/guides/ar/mi.tv.epg.xml",
            "https://iptv-org.github.io/epg/guides/bf/canalplus-afrique.com.epg.xml",
            "https://iptv-org.github.io/epg/guides/bi/startimestv.com.epg.xml",
        ]
        assert result.guide_url == result.guide_urls[0]


GUIDE = """<?xml version="1.0" encoding="UTF-8"?>
<tv><channel id="{ch}"><display-name>{ch}</display-name></channel>
<programme start="20261020090000 +0900" stop="20261020100000 +0900" channel="{ch}">
<title>{title}</title></programme></tv>
"""


def test_every_named_guide_is_read_relative_ones_included(tmp_path):
    (tmp_path / "one.xml").write_text(GUIDE.format(ch="a", title="Plenary"))
    (tmp_path / "two.xml").write_text(GUIDE.format(ch="b", title="Committee 5"))
    text = (
        '#EXTM3U url-tvg="one.xml, two.xml,one.xml"\n'
        '#EXTINF:-1 tvg-id="a",A\nhttps://h.example/a.m3u8\n'
        '#EXTINF:-1 tvg-id="b",B\nhttps://h.example/b.m3u8\n'
    )
    source = tmp_path / "channels.m3u"
    result = parse_m3u(text, str(source))
    guides = named_guides([result], None)
    assert [g.source for g in guides] == [
        (tmp_path / "one.xml").as_uri(),
        (tmp_path / "two.xml").as_uri(),
    ]
    assert [s.title for g in guides for s in g.sessions] == ["Plenary", "Committee 5"]
    assert not result.warnings
