"""The fast route through a playlist: one regular expression over the whole text, not a Python loop
over its lines.

A *regular* channel is an ``#EXTINF:`` line of the common form (``-1 key="value" ...,Name``: keys in
lower case, values without quotes or padding, a name without quotes), then only blank or ``#`` lines,
then an address with a scheme (``https://...``). The pattern reads such a channel in one match and
already picks out the attributes the model needs (``tvg-id`` ... ``http-referrer``); anything else
comes out as a single line and goes through ``PlaylistReader.line``, the careful loop's own step.
Line numbers are counted only when a warning needs one.
"""

from __future__ import annotations

import re
from operator import itemgetter

from observer_app.core.feeds.m3u_lines import Entry, PlaylistReader, Where

# A value the careful reader would keep as is: no leading or trailing whitespace (it strips them).
_V = r'"(?!\s)([^"\n]*+)(?<!\s)"'
_VALUE = r'"(?!\s)[^"\n]*+(?<!\s)"'
# Later occurrences of a key overwrite a group's capture, as later keys overwrite a dict's entry.
_ATTR = (
    rf"(?:t(?:vg-id={_V}|vg-name={_V})|group-title={_V}|r(?:adio={_V}|eferrer={_V})|user-agent={_V}"
    rf"|h(?:ttp-user-agent={_V}|ttp-referrer={_V})|[a-z0-9_:.\-]++={_VALUE})"
)
#: One item: blank lines, then either a regular channel or any single line. Items are contiguous
#: (each starts where the last ended), which is what lets line numbers be counted afterwards.
#: Possessive quantifiers keep it linear on hostile input (no backtracking into runs of spaces).
_ITEM = re.compile(
    rf"""
    ((?:[ \t]*+\n)*+)                                                  # 1 blank lines
    [ \t]*+
    (?:\#EXTINF:(?:[ \t]*+-?[0-9]++(?:\.[0-9]++)?)?(?:[ \t]++{_ATTR})*+[ \t]*+,([^"\n]*+)\n   # 2-9, 10 name
       ((?:[ \t]*+(?:\#(?!EXTINF:)[^\n]*+)?\n)*+)                      # 11 #EXTVLCOPT, #EXTGRP, ...
       [ \t]*+([A-Za-z][A-Za-z0-9+.\-]*+://[^\n]*+)                    # 12 address
     | ([^\n]*+)                                                       # 13 any other line
    )(?:\n|\Z)""",
    re.VERBOSE,
)


_BLANKS, _MIDDLE, _ADDRESS = itemgetter(0), itemgetter(10), itemgetter(11)


class _LineNumbers:
    """``(item, offset)`` -> line number, counted from the items only when a warning needs one."""

    def __init__(self, items: list[tuple[str, ...]]):
        self.items = items
        self.known = (0, 1)  # an item, and the line its blank lines start on

    def __call__(self, where: Where) -> int:
        assert isinstance(where, tuple)  # the fast route names every line by (item, offset)
        index, offset = where
        known, line = self.known if self.known[0] <= index else (0, 1)
        span = self.items[known:index]
        # each item is its blank lines and one line, a channel also its address and middle lines
        line += (
            2 * len(span)
            - list(map(_ADDRESS, span)).count("")
            + "".join(map(_BLANKS, span)).count("\n")
            + "".join(map(_MIDDLE, span)).count("\n")
        )
        self.known = (index, line)
        return line + self.items[index][0].count("\n") + offset


def read_items(reader: PlaylistReader, text: str) -> tuple[int, int]:
    """Feed ``text`` (newlines already ``\\n`` only) to ``reader``; returns how many channels went
    the fast way and how many lines the careful way."""
    items = _ITEM.findall(text)
    reader.line_of = _LineNumbers(items)
    careful_line = reader.line
    start = 0  # the first of the regular channels not yet handed over (as one slice of items)
    fast = careful = 0
    for index, (
        _,
        tvg_id,
        tvg_name,
        group,
        radio,
        referrer,
        user_agent,
        http_user_agent,
        http_referrer,
        name,
        middle,
        address,
        other,
    ) in enumerate(items):
        if address and not (middle or reader.pending is not None or reader.group):
            continue  # nothing between the #EXTINF and its address, nothing waiting: a regular channel
        if start < index:
            reader.channels(items[start:index], _AddressOf(start))
            fast += index - start
        start = index + 1
        if address:  # with lines in between, or after an #EXTINF or #EXTGRP still waiting
            fast += 1
            name = name.strip() or tvg_name
            reader.begin(
                Entry(
                    (index, 0),
                    name,
                    group,
                    tvg_id,
                    tvg_name,
                    radio,
                    user_agent or http_user_agent,
                    referrer or http_referrer,
                )
            )
            lines = middle.split("\n")
            for offset in range(1, len(lines)):
                line = lines[offset - 1].strip()
                if line:
                    careful += 1
                    careful_line(line, (index, offset))
            reader.address(address.strip(), (index, len(lines)))
        elif other:
            line = other.strip()
            if line:
                careful += 1
                careful_line(line, (index, 0))
    if start < len(items):
        reader.channels(items[start:], _AddressOf(start))
        fast += len(items) - start
    return fast, careful


class _AddressOf:
    """``where`` of the address line of the k-th channel of a slice of items from ``start``."""

    def __init__(self, start: int):
        self.start = start

    def __call__(self, k: int) -> tuple[int, int]:
        return (self.start + k, 1)
