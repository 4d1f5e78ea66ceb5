"""Tests written against mutants of core/feeds/m3u_lines.py and m3u_fast.py that survived the
older tests (`make mutate ARGS=m3u`).

tests/unit/feeds/test_m3u_fastpath.py checks that the fast route gives what the careful loop
gives; a bug in the code both share gives the same wrong answer on both routes, so these tests
read small playlists on each route and compare with values written by hand. Each test says which
planted bug (mutant) it catches.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.properties import examples

from observer_app.core.feeds.m3u import _read, parse_extinf
from observer_app.core.feeds.m3u_lines import _scan_extinf
from observer_app.core.model import StreamKind

SOURCE = "https://feeds.example.org/pp14/channels.m3u"
BOTH_ROUTES = pytest.mark.parametrize("fast", [True, False], ids=["fast", "careful"])


def read(text: str, fast: bool):
    return _read(text, SOURCE, fast=fast)[0]


def channel(name: str, address: str, attrs: str = "", middle: str = "") -> str:
    return f"#EXTINF:-1{attrs},{name}\n{middle}{address}\n"


# --- #EXTVLCOPT lines ------------------------------------------------------------------------


@BOTH_ROUTES
@pytest.mark.parametrize(
    ("option", "user_agent"),
    [
        # The value holds "=": catches `rpartition` (the key would be "http-user-agent=Mozilla...").
        ("http-user-agent=Mozilla/5.0 (q=0.9)", "Mozilla/5.0 (q=0.9)"),
        # Quotes around the value are not part of it: catches either quote left unstripped.
        ('http-user-agent="VLC/3.0.20"', "VLC/3.0.20"),
        ("http-user-agent='VLC/3.0.20'", "VLC/3.0.20"),
        # Kodi's agent starts with an X: catches quotes stripped as 'XX"XX' (which eats X's).
        ("http-user-agent=XBMC/17.6 X", "XBMC/17.6 X"),
    ],
)
def test_an_extvlcopt_user_agent_is_read_as_written(fast, option, user_agent):
    text = "#EXTM3U\n" + channel(
        "Plenary", "https://h.example/pl.m3u8", middle=f"#EXTVLCOPT:{option}\n"
    )
    [stream] = read(text, fast).streams
    assert stream.user_agent == user_agent


@BOTH_ROUTES
def test_an_extvlcopt_without_a_value_leaves_the_one_before_it(fast):
    # Catches `if (eq and key and value) or True` and `eq or key and value`: the empty option
    # would replace the agent given on the line before by "" (no agent at all).
    middle = "#EXTVLCOPT:http-user-agent=VLC/3.0.20\n#EXTVLCOPT:http-user-agent=\n"
    text = "#EXTM3U\n" + channel("Plenary", "https://h.example/pl.m3u8", middle=middle)
    [stream] = read(text, fast).streams
    assert stream.user_agent == "VLC/3.0.20"


# --- which lines are addresses ------------------------------------------------------------


@BOTH_ROUTES
@pytest.mark.parametrize(
    ("line", "url"),
    [
        # A relative path with a slash and no dot, and one with a dot and no slash: catches
        # `"/" in path and "." in path`, and either character written as "XX/XX" or "XX.XX".
        ("live/plenary", "https://feeds.example.org/pp14/live/plenary"),
        ("plenary.m3u8", "https://feeds.example.org/pp14/plenary.m3u8"),
        # Starts with an X: catches `path[0] not in "XX=<{[XX"`.
        ("Xlive/plenary.m3u8", "https://feeds.example.org/pp14/Xlive/plenary.m3u8"),
        # Headers after "|" may hold spaces; two of them: catches the path cut at the last
        # "|" (`rsplit`) or not at all ("XX|XX"), which would see the space and call it junk.
        (
            "live/pl.m3u8|User-Agent=VLC 3|Referer=https://r.example/",
            "https://feeds.example.org/pp14/live/pl.m3u8",
        ),
    ],
)
def test_a_relative_address_is_read_as_a_channel(fast, line, url):
    result = read("#EXTM3U\n" + channel("Plenary", line), fast)
    assert [s.url for s in result.streams] == [url]
    assert result.warnings == []


@BOTH_ROUTES
@pytest.mark.parametrize(
    "line",
    [
        # A time and words: its first word has a dot, but the line has spaces. Catches the path
        # cut at the first blank (`split(None, 1)`) and the blank test joined with `or`.
        "12.30 coffee break",
        # One word, neither slash nor dot: catches `"/" not in path` and `"." not in path`.
        "Intermission",
        # Starts with "=": catches `path[1]`.
        "=live/plenary.m3u8",
    ],
)
def test_a_stray_line_is_not_an_address(fast, line):
    text = "#EXTM3U\n" + channel("Plenary", "https://h.example/pl.m3u8") + line + "\n"
    result = read(text, fast)
    assert [s.url for s in result.streams] == ["https://h.example/pl.m3u8"]
    assert result.warnings == [f"line 4: not a playlist line, ignored: {line!r}"]


# --- a channel without #EXTINF ---------------------------------------------------------------


@BOTH_ROUTES
def test_an_address_without_extinf_is_a_channel_named_by_its_address(fast):
    # Catches a default name, group or tvg-id of "XXXX" in `channel_row`: the body would be
    # called "XXXX", or the channel listed under the tvg-id "XXXX".
    result = read("#EXTM3U\nhttps://h.example/live/plenary.m3u8\n", fast)
    [stream] = result.streams
    [body] = result.bodies
    assert (stream.id, stream.body_id, body.name) == (
        "plenary-m3u8",
        "plenary-m3u8",
        "plenary.m3u8",
    )
    assert result.channels == {}


# --- ids of channels with the same name ------------------------------------------------------


@BOTH_ROUTES
def test_a_channel_named_like_a_suffixed_id_gets_its_own_id(fast):
    # Catches `taken.add(None)` in `free_id`: "ch-2" given to the second "ch" would not be
    # marked as taken, and the channel really named "ch-2" would get it again.
    text = "#EXTM3U\n" + "".join(
        channel(name, f"https://h.example/{n}.m3u8") for n, name in enumerate(["ch", "ch", "ch-2"])
    )
    assert [s.id for s in read(text, fast).streams] == ["ch", "ch-2", "ch-2-2"]


# --- line numbers on the fast route -------------------------------------------------------------


def test_a_warning_about_a_channel_inside_a_run_of_regular_ones_names_its_line():
    # Regular channels are handed over in one slice; the third one's address is on line 7.
    # Catches `self.start - k` in `_AddressOf` (the warning would name another channel's line).
    text = "#EXTM3U\n" + "".join(
        channel(f"C{n}", f"https://h.example/{n}{'%zz' if n == 2 else ''}.m3u8") for n in range(4)
    )
    assert _read(text, SOURCE)[0].warnings == [
        "line 7: the address has a malformed %-escape; kept as written"
    ]


# --- headers of a channel: #EXTINF attributes, then "|" after the address --------------------


@BOTH_ROUTES
@pytest.mark.parametrize(
    ("attrs", "user_agent", "referrer"),
    [
        # Each attribute alone: catches `attr_user_agent and http_user_agent` (and the same for
        # the referrer) and either value dropped (`user_agent = None`, `referrer = None`).
        (' user-agent="VLC/3"', "VLC/3", None),
        (' http-user-agent="VLC/3"', "VLC/3", None),
        (' referrer="https://r.example/"', None, "https://r.example/"),
        (' http-referrer="https://r.example/"', None, "https://r.example/"),
    ],
)
def test_extinf_header_attributes_reach_the_stream(fast, attrs, user_agent, referrer):
    [stream] = read(
        "#EXTM3U\n" + channel("Plenary", "https://h.example/pl.m3u8", attrs), fast
    ).streams
    assert (stream.user_agent, stream.referrer) == (user_agent, referrer)


@BOTH_ROUTES
@pytest.mark.parametrize(
    ("attrs", "suffix", "user_agent", "referrer"),
    [
        # The address names only the referrer: the agent of the attributes stays. Catches it
        # not passed to `split_headers` (`None`, `user_agent and None`) and the referrer passed
        # in its place (the positional argument left out).
        (' user-agent="VLC/3"', "|Referer=https://r.example/", "VLC/3", "https://r.example/"),
        # ...and the other way round.
        (' referrer="https://r.example/"', "|User-Agent=VLC%2F3", "VLC/3", "https://r.example/"),
    ],
)
def test_headers_after_the_address_add_to_the_attributes(fast, attrs, suffix, user_agent, referrer):
    text = "#EXTM3U\n" + channel("Plenary", "https://h.example/pl.m3u8" + suffix, attrs)
    [stream] = read(text, fast).streams
    assert (stream.url, stream.user_agent, stream.referrer) == (
        "https://h.example/pl.m3u8",
        user_agent,
        referrer,
    )


# --- names, bodies and guides ----------------------------------------------------------------


@BOTH_ROUTES
@pytest.mark.parametrize(
    ("address", "name"),
    [
        # A nameless channel is named by the last part of its address, a trailing slash
        # ignored: catches `rstrip(None)` and `lstrip("/")` (the name would be the whole URL).
        ("https://h.example/live/plenary/", "plenary"),
        # Catches `rstrip("XX/XX")`, which also eats the X that ends the name.
        ("https://h.example/live/TVX/", "TVX"),
    ],
)
def test_a_nameless_channel_is_named_by_its_address(fast, address, name):
    [body] = read("#EXTM3U\n" + channel("", address), fast).bodies
    assert body.name == name


@BOTH_ROUTES
def test_a_group_without_letters_or_digits_gets_a_stable_body_id(fast):
    # "body-" and the first 8 hex digits of the name's SHA-1 (hashlib.sha1("★★★".encode())).
    # Catches the fallback lost (`body_key and slug(...)`: an empty id), a fallback other than
    # "body" ("item", "XXbodyXX", "BODY"), and `slug("body")` (the id "body" for every such group).
    result = read(
        "#EXTM3U\n" + channel("Plenary", "https://h.example/pl.m3u8", ' group-title="★★★"'), fast
    )
    assert [(b.id, b.name) for b in result.bodies] == [("body-d398ad09", "★★★")]
    assert result.streams[0].body_id == "body-d398ad09"


@BOTH_ROUTES
def test_two_spellings_of_a_group_are_one_body_named_as_first_written(fast):
    # Catches the body looked up anew each time (`body = None`, `self.bodies.get(None)`): the
    # second spelling would replace the first as the body's name.
    text = "#EXTM3U\n" + "".join(
        channel(f"C{n}", f"https://h.example/{n}.m3u8", f' group-title="{group}"')
        for n, group in enumerate(["Committee 5", "COMMITTEE 5"])
    )
    result = read(text, fast)
    assert [(b.id, b.name) for b in result.bodies] == [("committee-5", "Committee 5")]
    assert [s.body_id for s in result.streams] == ["committee-5", "committee-5"]


@BOTH_ROUTES
def test_a_header_without_a_guide_names_no_guide(fast):
    # Catches `guide_url = "XXXX"` when the header names none.
    result = read('#EXTM3U tvg-shift="0"\n' + channel("Plenary", "https://h.example/pl.m3u8"), fast)
    assert (result.guide_url, result.guide_urls) == ("", [])


@BOTH_ROUTES
def test_a_channel_name_without_letters_or_digits_gets_a_stable_stream_id(fast):
    # "channel-" and the first 8 hex digits of the name's SHA-1. Catches the fallback lost
    # (`stream_id and slug(...)`), another fallback word ("item", "XXchannelXX", "CHANNEL")
    # and `slug("channel")` (the id "channel" for every such name).
    attrs = ' group-title="Plenary"'
    [stream] = read("#EXTM3U\n" + channel("★★★", "https://h.example/pl.m3u8", attrs), fast).streams
    assert (stream.id, stream.body_id) == ("channel-d398ad09", "plenary")


# --- what a channel's attributes mark ----------------------------------------------------------


@BOTH_ROUTES
def test_a_playlist_channel_is_a_live_stream(fast):
    # Catches the kind left out (`None` for `StreamKind.LIVE`).
    [stream] = read("#EXTM3U\n" + channel("Plenary", "https://h.example/pl.m3u8"), fast).streams
    assert stream.kind is StreamKind.LIVE


@BOTH_ROUTES
def test_only_radio_true_marks_an_audio_only_stream(fast):
    # Catches `radio or radio.lower() == "true"` (radio="false" would be audio only too).
    text = "#EXTM3U\n" + "".join(
        channel(f"C{n}", f"https://h.example/{n}.m3u8", f' radio="{radio}"')
        for n, radio in enumerate(["true", "false", "TRUE", ""])
    )
    assert read(text, fast).audio_only == {"c0", "c2"}


@BOTH_ROUTES
def test_tvg_ids_and_names_point_to_the_first_channel_that_has_them(fast):
    # The guide's channels are matched by tvg-id or tvg-name; the first channel keeps them.
    # Catches `tvg_name in channels` (names never recorded), a name recorded as None, and
    # `tvg_id or ...`/`tvg_name or ...` (an empty id or name recorded, or a later channel
    # taking an id over).
    text = "#EXTM3U\n" + "".join(
        channel(name, f"https://h.example/{n}.m3u8", attrs)
        for n, (name, attrs) in enumerate(
            [
                ("Plenary", ' tvg-id="pl.itu" tvg-name="Plenary EN"'),
                ("Plenary FR", ' tvg-id="pl.itu" tvg-name="Plenary EN"'),
                ("Committee 5", ""),
            ]
        )
    )
    assert read(text, fast).channels == {"pl.itu": "pl-itu", "Plenary EN": "pl-itu"}


# --- the careful reader's own lines -----------------------------------------------------------


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # Blank before the comma, single quotes and bare values, padded values, upper-case keys.
        ('-1 tvg-id="a" ,Name', ({"tvg-id": "a"}, "Name", "")),
        ("-1 tvg-id='a' group-title=G,Name", ({"tvg-id": "a", "group-title": "G"}, "Name", "")),
        ('-1 TVG-ID=" a ",  N  ', ({"tvg-id": "a"}, "N", "")),
        # A comma inside a quoted value is not the name's comma.
        ('-1 a=b c="d,e",N', ({"a": "b", "c": "d,e"}, "N", "")),
        # No name at all, and an empty one.
        ('-1 tvg-id="a"', ({"tvg-id": "a"}, "", "")),
        ("-1,", ({}, "", "")),
        # Text that is no attribute: skipped up to the name's comma, and said.
        ('-1 a="x" @@@ b,Name', ({"a": "x"}, "Name", "unreadable attribute text '@@@ b' skipped")),
        ("-1 @@@", ({}, "", "cannot read the attributes from '@@@' and there is no name")),
        # Blanks at the end: catches the scanner reading past the text (`pos <= n`, `pos > n`)
        # and `return` for `break` (no result at all).
        ("-1 tvg-id=a ", ({"tvg-id": "a"}, "", "")),
        # A key starting with X: catches X taken for a blank ("XX \tXX").
        ("-1 X-ID=a,N", ({"x-id": "a"}, "N", "")),
        # After unreadable text the name starts at the next comma, not at one inside a quoted
        # value before it (`find(",")` from the start) nor at the last one (`rfind`).
        ('-1 a="x,y" @@@,N', ({"a": "x,y"}, "N", "unreadable attribute text '@@@' skipped")),
        (
            "-1 @@@,Committee 5, Policy",
            ({}, "Committee 5, Policy", "unreadable attribute text '@@@' skipped"),
        ),
        # Unreadable text is quoted up to 40 characters: catches 41.
        (
            "-1 " + "@" * 50,
            ({}, "", f"cannot read the attributes from '{'@' * 40}' and there is no name"),
        ),
        ("-1 " + "@" * 50 + ",N", ({}, "N", f"unreadable attribute text '{'@' * 40}' skipped")),
    ],
)
def test_extinf_attributes_name_and_complaint(rest, expected):
    # Written from the #EXTINF forms of real playlists (docs/sources.md); catches the scanner's
    # mutants that the fast route cannot see (it hands such lines to this scanner).
    assert parse_extinf(rest) == expected


@BOTH_ROUTES
def test_extgrp_names_the_group_of_the_channel_it_belongs_to(fast):
    # Before its #EXTINF, or between the #EXTINF and the address; group-title wins over it.
    text = (
        "#EXTM3U\n#EXTGRP:Committee 5\n#EXTINF:-1,A\nhttps://h.example/a\n"
        "#EXTINF:-1,B\n#EXTGRP:Plenary\nhttps://h.example/b\n"
        '#EXTINF:-1 group-title="G",C\n#EXTGRP:Other\nhttps://h.example/c\n'
        "#EXTINF:-1,D\nhttps://h.example/d\n"
    )
    result = read(text, fast)
    assert [(s.id, s.body_id) for s in result.streams] == [
        ("a", "committee-5"),
        ("b", "plenary"),
        ("c", "g"),
        ("d", "d"),  # an #EXTGRP does not carry over to the next channel
    ]


@BOTH_ROUTES
def test_twenty_stray_lines_are_named_and_the_rest_counted(fast):
    text = "#EXTINF:-1,A\nhttps://h.example/a\n" + "".join(f"junk{i}\n" for i in range(23))
    warnings = read(text, fast).warnings
    assert warnings[0] == "line 1: no #EXTM3U header; read as a playlist anyway"
    assert warnings[1:] == [
        f"line {i + 3}: not a playlist line, ignored: 'junk{i}'" for i in range(20)
    ] + ["3 more lines that are not playlist lines were ignored"]


@BOTH_ROUTES
def test_a_playlist_without_any_address_is_a_problem(fast):
    result = read("#EXTM3U\n#EXTINF:-1,A\n# a comment\n", fast)
    assert result.problems == [
        "no channel with an address found: not an M3U playlist, or an empty one"
    ]
    assert result.warnings == ["line 2: channel 'A' has no address; skipped"]
    assert result.streams == [] and result.bodies == []


@BOTH_ROUTES
def test_a_header_after_the_channels_names_no_guide(fast):
    # "On line 1 or before any channel": a late #EXTM3U line's guide is not the playlist's.
    text = channel("A", "https://h.example/a", ' tvg-id="a"') + '#EXTM3U x-tvg-url="late.xml"\n'
    result = read(text, fast)
    assert (result.guide_url, result.guide_urls) == ("", [])


@BOTH_ROUTES
def test_group_title_wins_over_an_extgrp_before_the_extinf(fast):
    # Catches `if self.group or not entry.group` in `begin` (the #EXTGRP would replace it).
    text = '#EXTM3U\n#EXTGRP:Plenary\n#EXTINF:-1 group-title="Committee 5",A\nhttps://h.example/a\n'
    assert [s.body_id for s in read(text, fast).streams] == ["committee-5"]


@BOTH_ROUTES
def test_an_extinf_followed_by_a_lower_case_extinf_is_skipped_with_its_line(fast):
    # The fast route reads "#extinf:" as a line between an #EXTINF and its address; the first
    # channel is then dropped with its own line number. Catches the fast route's entry made
    # without its place (`None` for `(index, 0)`: the warning cannot name the line).
    text = "#EXTM3U\n#EXTINF:-1,A\n#extinf:-1,B\nhttps://h.example/b\n"
    result = read(text, fast)
    assert result.warnings == ["line 2: channel 'A' has no address; skipped"]
    assert [s.id for s in result.streams] == ["b"]


@BOTH_ROUTES
def test_radio_true_counts_on_a_channel_with_lines_before_its_address(fast):
    # The fast route builds such a channel through `begin`; catches `radio` passed as None.
    middle = "#EXTVLCOPT:http-user-agent=VLC/3\n"
    text = "#EXTM3U\n" + channel("A", "https://h.example/a", ' radio="true"', middle)
    assert read(text, fast).audio_only == {"a"}


@BOTH_ROUTES
def test_an_unreadable_extinf_is_said_with_its_line(fast):
    # Catches the complaint passed as None to the warning ("line 2: None").
    text = '#EXTM3U\n#EXTINF:-1 a="x" @@@ b,Name\nhttps://h.example/a\n'
    assert read(text, fast).warnings == ["line 2: unreadable attribute text '@@@ b' skipped"]


@BOTH_ROUTES
@pytest.mark.parametrize(
    ("stray", "rest"), [(20, []), (21, ["1 more lines that are not playlist lines were ignored"])]
)
def test_the_count_of_stray_lines_starts_after_twenty(fast, stray, rest):
    # Catches `junk >= 20` ("0 more lines" after exactly twenty) and `junk > 21`.
    text = (
        "#EXTM3U\n"
        + channel("A", "https://h.example/a")
        + "".join(f"junk{i}\n" for i in range(stray))
    )
    assert read(text, fast).warnings[20:] == rest


@BOTH_ROUTES
def test_a_stray_line_is_quoted_up_to_sixty_characters(fast):
    # Catches 61.
    text = "#EXTM3U\n" + channel("A", "https://h.example/a") + "x" * 70 + "\n"
    assert read(text, fast).warnings == [f"line 4: not a playlist line, ignored: '{'x' * 60}'"]


@BOTH_ROUTES
def test_a_nameless_channel_without_address_is_named_by_its_tvg_name(fast):
    # Catches the tvg-name looked up under another key (None, "XXtvg-nameXX", "TVG-NAME").
    text = '#EXTM3U\n#EXTINF:-1 tvg-name="Plenary EN",\n#EXTINF:-1,B\nhttps://h.example/b\n'
    assert read(text, fast).warnings == ["line 2: channel 'Plenary EN' has no address; skipped"]


# --- the shortcut of parse_extinf agrees with the careful scanner ------------------------------


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # No blank between the duration and the first key: the key is "tvg-id", not "-1tvg-id"
        # (found by settling the shortcut's mutants: it took the duration into the key).
        ('-1tvg-id="pp-plenary",Plenary', ({"tvg-id": "pp-plenary"}, "Plenary", "")),
        # Digits after the quoted attributes are unreadable text, not a second duration.
        ('1a="x"2,Name', ({"a": "x"}, "Name", "unreadable attribute text '2' skipped")),
        # A duration and nothing else (HLS's form, no comma): no name. Caught the former
        # shortcut's `comma >= 0 or ...` (it then took the whole text, "10", for the name).
        ("10", ({}, "", "")),
        # Quotes in the name after the first comma: the name is everything after that comma.
        ('-1 tvg-id="a",Say "hi", ok', ({"tvg-id": "a"}, 'Say "hi", ok', "")),
        # Unreadable text holding a comma: the name starts at that comma, the text before it is
        # the complaint. Catches the comma looked for as "XX,XX" (the shortcut then took the
        # name from the character after the first X).
        ('-1 a="v"XX,XX', ({"a": "v"}, "XX", "unreadable attribute text 'XX' skipped")),
        # Attributes without a blank between them, and a blank around "=".
        ('-1 a="x"b = "y",N', ({"a": "x", "b": "y"}, "N", "")),
    ],
)
def test_the_common_extinf_form_reads_as_the_careful_scanner_reads_it(rest, expected):
    assert parse_extinf(rest) == expected


#: #EXTINF texts around the shortcut's edges: a duration, attributes (quoted or not, with or
#: without a blank before them: "-1tvg-id=" too), stray text (digits, a lone quote, a vertical tab,
#: which the scanner does not skip before a comma), then perhaps a comma and a name.
_ATTRIBUTE = st.tuples(
    st.sampled_from(["", " ", "\t", "  "]),
    st.sampled_from(["tvg-id", "a", "X-Y", "1a"]),
    st.sampled_from(["=", " = "]),
    st.sampled_from(['"v"', '""', '" x "', '"a,b"', "v", "'v'"]),
).map("".join)
_EXTINF_TEXT = st.tuples(
    st.sampled_from(["", "-1", "0", "10", "1.5", " -1"]),
    st.lists(
        st.one_of(_ATTRIBUTE, st.sampled_from(["2", "@", '"', "\x0b", " ", "'", "="])), max_size=5
    ),
    st.sampled_from(["", ",", ",Name", ',Say "hi", ok', ", N "]),
).map(lambda parts: parts[0] + "".join(parts[1]) + parts[2])


@settings(max_examples=examples(500), suppress_health_check=[HealthCheck.too_slow])
@given(_EXTINF_TEXT)
def test_the_shortcut_gives_what_the_careful_scanner_gives(rest):
    # The shortcut is only a faster way to the scanner's answer: any text it takes must come out
    # as the scanner reads it (the scanner is what every other form goes through).
    assert parse_extinf(rest) == _scan_extinf(rest)


@BOTH_ROUTES
def test_a_key_written_against_the_duration_is_read(fast):
    # What a user sees of the bug above: the channel lost its tvg-id (its id came from its name).
    text = '#EXTM3U\n#EXTINF:-1tvg-id="pp-plenary",Plenary hall\nhttps://h.example/a.m3u8\n'
    result = read(text, fast)
    assert [s.id for s in result.streams] == ["pp-plenary"]
    assert result.channels == {"pp-plenary": "pp-plenary"}
    assert result.warnings == []


@BOTH_ROUTES
def test_a_duration_without_a_name_names_the_channel_by_its_address(fast):
    # Caught `comma >= 0 or ...` in the former shortcut of parse_extinf: "10" became the
    # channel's name (any shortcut taken without a comma does the same).
    text = "#EXTM3U\n#EXTINF:10\nhttps://h.example/live/plenary.m3u8\n"
    [body] = read(text, fast).bodies
    assert body.name == "plenary.m3u8"


@BOTH_ROUTES
def test_an_unreadable_lower_case_extinf_before_an_address_names_its_own_line(fast):
    # The fast route hands "#extinf:" between an #EXTINF and its address to the careful step
    # with the line's place; catches `careful_line(line, None)` in read_items (the complaint's
    # line number could not be counted: the reading stopped with an AssertionError).
    text = "#EXTM3U\n#EXTINF:-1,First\n#extinf:-1 tvg-id=x =oops,Second\nhttps://h.example/2\n"
    result = read(text, fast)
    assert result.warnings == [
        "line 2: channel 'First' has no address; skipped",
        "line 3: unreadable attribute text '=oops' skipped",
    ]
    assert [(s.id, s.url) for s in result.streams] == [("x", "https://h.example/2")]


@BOTH_ROUTES
def test_a_header_without_a_blank_before_its_guide_still_names_it(fast):
    # The header's attributes start right after "#EXTM3U"; catches `line[8:]` (the first
    # character of "x-tvg-url" cut off, so no guide).
    text = (
        '#EXTM3Ux-tvg-url="https://epg.example.org/guide.xml"\n#EXTINF:-1,A\nhttps://h.example/a\n'
    )
    assert read(text, fast).guide_url == "https://epg.example.org/guide.xml"
