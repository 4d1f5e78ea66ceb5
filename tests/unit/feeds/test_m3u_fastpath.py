"""The M3U fast route (one regex over the whole text) gives exactly what the careful line loop
gives, warnings and their line numbers included; and the faster slug is the same slug."""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.properties import examples

from observer_app.core.feeds import m3u_model
from observer_app.core.feeds.base import norm_key, slug
from observer_app.core.feeds.m3u import _read, parse_m3u
from observer_app.core.model import Body, Stream, StreamKind

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).resolve().parents[2] / "data" / "feeds" / "m3u"
#: The corpus's 4,602-channel iptv-org playlist (as benchmarks/feeds.py), gzipped: 1 MB -> 170 kB.
REAL = DATA.parents[1] / "large" / "ipytv_iptv-org-snapshot_4602ch.m3u.gz"
MANY = settings(
    max_examples=examples(400),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces of playlists: mostly the regular form, with every irregularity the careful loop knows.
TEXT = st.text(st.sampled_from("aZ09 ,=-./:|%_'\"\téйИ中\u0306ıß\xa0\u3000"), max_size=12)
VALUE = st.one_of(
    st.sampled_from(
        [
            "",
            "News",
            "Committee 5",
            "a,b",
            "x=y",
            "tail=",
            "https://img.example/l.png",
            "true",
            "TRUE",
            "Plénière",
            "Новый мир",
            " padded ",
            "ıd",
            "ch1.example",
        ]
    ),
    TEXT,
)
KEY = st.sampled_from(
    [
        "tvg-id",
        "tvg-name",
        "tvg-logo",
        "group-title",
        "radio",
        "user-agent",
        "http-user-agent",
        "referrer",
        "http-referrer",
        "tvg-language",
        "tvg-idx",
        "x:y.z_1",
        "TVG-ID",
        "Group-Title",
    ]
)
QUOTE = st.sampled_from(['"{}"'] * 8 + ["'{}'", "{}"])
SEP = st.sampled_from([" "] * 6 + ["  ", "\t", "", " \xa0"])
NAME = st.one_of(
    st.sampled_from(
        [
            "Plenary",
            "Committee 5, Policy",
            "11 канал (Днепр)",
            'A "quoted" one',
            "",
            "  spaced  ",
            "100% News",
            "Лев=Толстой",
        ]
    ),
    TEXT,
)
MIDDLE = st.sampled_from(
    [
        "#EXTVLCOPT:http-user-agent=Mozilla/5.0 (X11)",
        '#EXTVLCOPT:http-user-agent="Quoted/1"',
        "#EXTVLCOPT:http-referrer=https://r.example/",
        "#EXTVLCOPT:network-caching=1000",
        "#EXTGRP:Committee 6",
        "#extgrp:lower",
        "#KODIPROP:inputstream=x",
        "# a comment",
        "",
        "   ",
        '#EXTM3U x-tvg-url="late.xml"',
        "\xa0",
        "#EXTINF:-1,Second",
        "#extinf:-1,lower",
    ]
)
REGULAR_KEY = st.sampled_from(
    [
        "tvg-id",
        "tvg-name",
        "tvg-logo",
        "group-title",
        "radio",
        "user-agent",
        "referrer",
        "http-user-agent",
        "http-referrer",
        "tvg-idx",
        "x:y.z_1",
    ]
)
REGULAR_VALUE = st.one_of(
    st.sampled_from(["", "News", "a,b", "x=y", "tail=", "true", "Новый мир", "ch1.example"]),
    TEXT.map(lambda t: t.replace('"', "").strip()),
)
REGULAR_NAME = st.one_of(
    st.sampled_from(["Plenary", "Committee 5, Policy", "11 канал (Днепр)", "", "x=y"]),
    TEXT.map(lambda t: t.replace('"', "")),
)
ADDRESS = st.sampled_from(
    ["https://live.example.org/{n}/index.m3u8"] * 4
    + [
        "http://h.example/{n}.m3u8 ",
        "https://h.example/{n}.m3u8|User-Agent=Foo%20Bar&Referer=https://x.example/",
        "https://h.example/{n}|user-agent=",
        "live/{n}.m3u8",
        "rtmp://h.example/live/{n}",
        "http://h.example/%zz{n}",
        "not an address {n}",
        "  https://h.example/{n}/",
        "HTTPS://H/{n}",
        "https://same.example/x.m3u8",
        "=junk{n}",
        "udp:@239.0.0.{n}",
    ]
)


@st.composite
def extinf(draw) -> str:
    """Half of them in the regular form the fast route reads whole, half with any irregularity."""
    if draw(
        st.booleans()
    ):  # regular: lower-case keys, double quotes, no padding, no quote in the name
        attrs = "".join(
            f' {draw(REGULAR_KEY)}="{draw(REGULAR_VALUE)}"' for _ in range(draw(st.integers(0, 5)))
        )
        return f"#EXTINF:{draw(st.sampled_from(['-1', '0', '1.5', ' -1', '']))}{attrs},{draw(REGULAR_NAME)}"
    equals = st.sampled_from(["="] * 6 + [" = "])
    attrs = "".join(
        draw(SEP) + draw(KEY) + draw(equals) + draw(QUOTE).format(draw(VALUE))
        for _ in range(draw(st.integers(0, 5)))
    )
    head = draw(st.sampled_from(["#EXTINF:"] * 8 + ["#extinf:", "  #EXTINF:", "\t#EXTINF:"]))
    duration = draw(st.sampled_from(["-1"] * 5 + ["0", " -1", "1.5", "", "-1 ", "٣"]))
    return f"{head}{duration}{attrs}{draw(st.sampled_from([',', ' ,', '', ',,']))}{draw(NAME)}"


@st.composite
def playlist(draw) -> str:
    lines = []
    if draw(st.integers(0, 5)):
        lines.append(
            draw(
                st.sampled_from(
                    [
                        "#EXTM3U",
                        '#EXTM3U x-tvg-url="https://g.example/guide.xml"',
                        '#EXTM3U url-tvg="guide.xml"',
                        "#extm3u",
                        "  #EXTM3U  ",
                    ]
                )
            )
        )
    for n in range(draw(st.integers(0, 8))):
        lines += draw(
            st.lists(MIDDLE, max_size=1)
        )  # before the #EXTINF (an early #EXTGRP, options)
        if draw(st.integers(0, 6)):
            lines.append(draw(extinf()))
        lines += draw(st.lists(MIDDLE, max_size=2))
        if draw(st.integers(0, 8)):
            lines.append(
                draw(ADDRESS).format(n=draw(st.sampled_from([n, 0])))
            )  # 0: duplicate addresses
    newline = draw(st.sampled_from(["\n"] * 4 + ["\r\n", "\r", "\n\n"]))
    text = newline.join(
        line + draw(st.sampled_from([""] * 6 + [" ", "\t", "\xa0"])) for line in lines
    )
    text += draw(st.sampled_from(["", newline, " ", "\x85", "\u2028\n"]))
    return draw(st.sampled_from(["", "", "\ufeff"])) + text


def fields(result) -> dict:
    """Every field, with the order of dicts and of each stream's attributes."""
    found = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
    found["channels"] = list(result.channels.items())
    found["streams"] = [list(vars(s).items()) for s in result.streams]
    found["bodies"] = [list(vars(b).items()) for b in result.bodies]
    return found


@MANY
@given(
    playlist(),
    st.sampled_from(["https://feeds.example.org/pp14/channels.m3u", "/tmp/pp14/channels.m3u"]),
    st.sampled_from(["str", "utf-8", "utf-16"]),
)
def test_fast_route_equals_the_careful_loop(text, source, encoding):
    data = text if encoding == "str" else text.encode(encoding, "surrogatepass")
    fast, _, _ = _read(data, source)
    careful, fast_channels, _ = _read(data, source, fast=False)
    assert fast_channels == 0
    assert fields(fast) == fields(careful)
    assert parse_m3u(data, source) == fast


def test_differential_generator_reaches_both_routes():
    """The property above means something only if both routes really run on its playlists."""
    seen = {"fast": 0, "careful": 0, "warnings": 0}

    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(playlist())
    def count(text):
        result, fast, careful = _read(text, "x.m3u")
        seen["fast"] += fast
        seen["careful"] += careful
        seen["warnings"] += any(
            w.startswith("line ") and not w.startswith("line 1:") for w in result.warnings
        )

    count()
    assert seen["fast"] > 100 and seen["careful"] > 100 and seen["warnings"] > 20


def test_line_numbers_of_warnings_on_the_fast_route():
    text = (
        '#EXTM3U\n\n#EXTINF:-1 tvg-id="a",Orphan\n  \n#EXTINF:-1 tvg-id="b",B\n#EXTVLCOPT:http-user-agent=U\n'
        "\n\nhttps://h.example/b%zz\n#EXTINF:-1 tvg-id='c',C\nnot an address\nhttps://h.example/c\n"
        '#EXTINF:-1 tvg-id="d",Last\n'
    )
    result, fast, careful = _read(text, "x.m3u")
    assert (
        fast == 1 and careful == 7
    )  # B, its option line apart; #EXTM3U, both orphans, C line by line
    assert result.warnings == [
        "line 3: channel 'Orphan' has no address; skipped",
        "line 9: the address has a malformed %-escape; kept as written",
        "line 11: not a playlist line, ignored: 'not an address'",
        "line 13: channel 'Last' has no address; skipped",
    ]
    assert fields(result) == fields(_read(text, "x.m3u", fast=False)[0])
    assert result.streams[0].user_agent == "U"


def test_real_iptv_org_playlist_takes_the_fast_route():
    data = gzip.decompress(REAL.read_bytes())
    name = REAL.with_suffix("").name
    result, fast, careful = _read(data, name)
    assert len(result.streams) > 4500 and fast >= len(result.streams) - 5 and careful <= 30
    assert fields(result) == fields(_read(data, name, fast=False)[0])
    assert result.warnings == ["line 7042: channel 'Новый мир' has no address; skipped"]


def test_generated_regular_playlist_takes_the_fast_route():
    lines = ['#EXTM3U x-tvg-url="guide.xml"']
    for i in range(300):
        lines += [
            f'#EXTINF:-1 tvg-id="ch{i % 250}" tvg-name="Канал {i}" group-title="G{i % 7}",Канал {i}',
            f"https://live.example.org/{i}/index.m3u8",
        ]
    text = "\r\n".join(lines) + "\r\n"
    result, fast, careful = _read(text.encode(), "https://feeds.example.org/x.m3u")
    assert (fast, careful, len(result.streams)) == (300, 1, 300)
    assert result.guide_url == "https://feeds.example.org/guide.xml"
    assert fields(result) == fields(
        _read(text.encode(), "https://feeds.example.org/x.m3u", fast=False)[0]
    )


@pytest.mark.parametrize(
    "text",
    [
        "#EXTM3U\n#EXTINF:-1 tvg-id='a' group-title='G',A\nhttps://h.example/a\n",  # single quotes
        '#EXTM3U\n#EXTINF:-1 TVG-ID="a",A\nhttps://h.example/a\n',  # upper-case key
        '#EXTM3U\n#extinf:-1 tvg-id="a",A\nhttps://h.example/a\n',  # lower-case directive
        '#EXTM3U\n#EXTINF:-1 tvg-id=" a ",A\nhttps://h.example/a\n',  # padded value
        '#EXTM3U\n#EXTINF:-1 tvg-id="a",A "B"\nhttps://h.example/a\n',  # quote in the name
        '#EXTM3U\n#EXTINF:-1 tvg-id="a",A\nrelative/a.m3u8\n',  # no scheme
        '#EXTM3U\n#EXTINF:-1 tvg-id="a",A\njunk line\nhttps://h.example/a\n',  # junk before the address
    ],
)
def test_irregular_channels_go_the_careful_way(text):
    result, fast, careful = _read(text, "/tmp/x.m3u")
    assert fast == 0 and careful == len([line for line in text.splitlines() if line.strip()])
    assert fields(result) == fields(_read(text, "/tmp/x.m3u", fast=False)[0]) and result.streams


def test_other_line_breaks_take_the_careful_loop():
    text = '#EXTM3U\n#EXTINF:-1 tvg-id="a",A\x85https://h.example/a\n#EXTINF:-1,B\u2028https://h.example/b\n'
    result, fast, careful = _read(text, "x.m3u")
    assert (
        fast == 0
        and careful == 5
        and [s.url for s in result.streams] == ["https://h.example/a", "https://h.example/b"]
    )


@pytest.mark.parametrize("path", sorted(DATA.glob("*.m3u")), ids=lambda p: p.name)
def test_corpus_files_same_on_both_routes(path):
    data = path.read_bytes()
    assert fields(_read(data, str(path))[0]) == fields(_read(data, str(path), fast=False)[0])


def test_hostile_lines_stay_linear():
    """Runs of spaces and quotes that a backtracking pattern would chew on for minutes."""
    for text in [
        "#EXTINF:" + " " * 200_000 + "x",
        '#EXTINF:-1 a="' + "b" * 200_000,
        "#EXTINF:-1" + ' a="b"' * 30_000 + " " * 30_000,
        "#EXTINF:-1,x\n" + "#c\n" * 50_000,
        "#EXTINF:-1,x\n" * 20_000,
    ]:
        result, _, _ = _read(text, "x.m3u")
        assert result.problems or result.warnings


# --- the pieces the channels are built from -------------------------------------------------

_NON_WORD = re.compile(r"[\W_]+")


def reference_words(name: str) -> str:
    """The name's words, as norm_key was first written (slugs are still made of them)."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", name.casefold()).split())


def reference_norm_key(name: str) -> str:
    """norm_key's rule (issue 17): letters, digits and "+" count, nothing else."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return "".join(c for c in name.casefold() if c.isalnum() or c == "+")


def reference_slug(name: str, fallback: str) -> str:
    key = reference_words(name.replace("+", " plus ")).replace(" ", "-")
    if key:
        return key[:60]
    return (
        fallback + "-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        if name
        else fallback
    )


@MANY
@given(
    st.one_of(
        st.text(),
        st.text(st.characters(max_codepoint=127)),
        st.text(st.sampled_from(" \t\x1c\x1f\xa0\u3000-_.,éйИ\u0306İßﬁ中a1+")),
    )
)
def test_slug_and_norm_key_keep_their_definition(name):
    assert norm_key(name) == reference_norm_key(name)
    assert slug(name, "x") == reference_slug(name, "x")
    assert slug(name * 40) == reference_slug(name * 40, "item")  # the 60-character cut


def test_every_space_is_a_non_word_character():
    """What lets slug replace norm_key's split/join by one substitution."""
    both = [
        hex(c) for c in range(0x110000) if chr(c).isspace() and _NON_WORD.fullmatch(chr(c)) is None
    ]
    assert both == []


def test_streams_and_bodies_built_without_init_equal_constructed_ones():
    made = m3u_model.new_stream("s", "b", "https://h/x", StreamKind.LIVE, "UA", None)
    plain = Stream("s", "b", "https://h/x", user_agent="UA")
    assert (
        made == plain
        and list(vars(made).items()) == list(vars(plain).items())
        and hash(made) == hash(plain)
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.url = "changed"
    body, plain_body = m3u_model.new_body("b", "Committee 5"), Body("b", "Committee 5")
    assert body == plain_body and list(vars(body).items()) == list(vars(plain_body).items())


def test_plain_fields_refuses_classes_that_need_their_init():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: str
        b: int = 0

        def __post_init__(self):
            raise AssertionError

    @dataclasses.dataclass
    class Listed:
        a: str
        items: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        a: str

    @dataclasses.dataclass
    class Plain:
        a: str
        b: int = 3

    assert [m3u_model.plain_fields(c, "a") for c in (Checked, Listed, Slotted)] == [
        None,
        None,
        None,
    ]
    assert (
        m3u_model.plain_fields(Plain, "a") == {"a": None, "b": 3}
        and m3u_model.plain_fields(Plain) is None
    )
