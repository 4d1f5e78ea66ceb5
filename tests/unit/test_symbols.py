"""Document symbols: parsing, canonical form, finding symbols in note text."""

from __future__ import annotations

import dataclasses
import random
import string

import pytest

from observer_app.core.symbols import (
    KNOWN_SERIES,
    LANGUAGE_SUFFIXES,
    DocSymbol,
    find_symbols,
    parse_symbol,
)

# ---------------------------------------------------------------------------------------
# parse_symbol: every accepted form -> canonical
# ---------------------------------------------------------------------------------------

ACCEPTED = [
    # main series with a marker
    ("Document 67", "67"),
    ("Document 67-E", "67"),
    ("Doc. 67", "67"),
    ("Doc 67", "67"),
    ("doc.67", "67"),
    ("DOCUMENT 67", "67"),
    ("Documents 67", "67"),
    ("Doc. No. 67", "67"),
    ("Document 0067", "67"),
    ("67", "67"),
    # parts after the number
    ("67(Rev.1)", "67(Rev.1)"),
    ("67 (Rev.1)", "67(Rev.1)"),
    ("67 Rev.1", "67(Rev.1)"),
    ("67 Rev 1", "67(Rev.1)"),
    ("67 rev 1", "67(Rev.1)"),
    ("67 REV.1", "67(Rev.1)"),
    ("67( Rev. 1 )", "67(Rev.1)"),
    ("Doc. 67 Rev 1", "67(Rev.1)"),
    ("Document 67 (Add. 2)", "67(Add.2)"),
    ("67(Add.2)(Rev.1)", "67(Add.2)(Rev.1)"),
    ("67(Add.2)(Rev.1)-E", "67(Add.2)(Rev.1)"),
    ("67 (Add.2) (Rev.1)", "67(Add.2)(Rev.1)"),
    ("67(Rev.1)(Add.2)", "67(Add.2)(Rev.1)"),
    ("84/Revision 2", "84(Rev.2)"),
    ("84 Revision 2", "84(Rev.2)"),
    ("84 / Revision 2", "84(Rev.2)"),
    ("67(Corr.1)", "67(Corr.1)"),
    ("67 Corrigendum 1", "67(Corr.1)"),
    ("67 Addendum 3", "67(Add.3)"),
    ("67(Add.2)(Rev.1)(Corr.1)", "67(Add.2)(Rev.1)(Corr.1)"),
    # parts before the document
    ("Addendum 2 to Document 67", "67(Add.2)"),
    ("Revision 1 to Document 67-E", "67(Rev.1)"),
    ("Rev.1 to Doc. 67", "67(Rev.1)"),
    ("Revision 1 to Addendum 2 to Document 67", "67(Add.2)(Rev.1)"),
    ("Revision 1 to Document 67(Add.2)", "67(Add.2)(Rev.1)"),
    ("Revision 1 to DT/33", "DT/33(Rev.1)"),
    # known series
    ("DT/33", "DT/33"),
    ("DT 33", "DT/33"),
    ("dt/33", "DT/33"),
    ("dt 33", "DT/33"),
    ("DT / 33", "DT/33"),
    ("DT/33-F", "DT/33"),
    ("DT/33(Rev.1)", "DT/33(Rev.1)"),
    ("DT/33 Rev.1", "DT/33(Rev.1)"),
    ("DT/33 rev 1", "DT/33(Rev.1)"),
    ("Document DT/33", "DT/33"),
    ("DL/12", "DL/12"),
    ("ADM/54", "ADM/54"),
    ("ADM 54", "ADM/54"),
    ("ADM/55(Rev.1)", "ADM/55(Rev.1)"),
    ("AFCP/69(Add.2)", "AFCP/69(Add.2)"),
    ("WGPL/6", "WGPL/6"),
    ("WG-PL/6", "WGPL/6"),
    ("COM6/4", "COM6/4"),
    ("com5/12", "COM5/12"),
    ("COM 6/4", "COM6/4"),
    ("PL/3", "PL/3"),
    ("PL 3", "PL/3"),
    ("GT/2", "GT/2"),
    # other upper-case series with a slash
    ("ASP/12", "ASP/12"),
    ("RCC/3", "RCC/3"),
    ("RCC/3(Add.1)", "RCC/3(Add.1)"),
    # white space around the whole symbol
    ("  DT/33  ", "DT/33"),
    ("\tDocument 67\n", "67"),
]


@pytest.mark.parametrize(("text", "canonical"), ACCEPTED)
def test_accepted_forms_normalise_to_canonical(text: str, canonical: str) -> None:
    symbol = parse_symbol(text)
    assert symbol is not None, text
    assert symbol.canonical() == canonical
    assert str(symbol) == canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Document 67", DocSymbol("", 67)),
        ("67(Add.2)(Rev.1)-E", DocSymbol("", 67, revision=1, addendum=2, language="en")),
        ("67(Corr.1)", DocSymbol("", 67, corrigendum=1)),
        ("84/Revision 2", DocSymbol("", 84, revision=2)),
        ("Addendum 2 to Document 67", DocSymbol("", 67, addendum=2)),
        ("dt/33 Rev.1", DocSymbol("DT", 33, revision=1)),
        ("AFCP/69(Add.2)", DocSymbol("AFCP", 69, addendum=2)),
        ("com5/12", DocSymbol("COM5", 12)),
        ("WG-PL/6", DocSymbol("WGPL", 6)),
    ],
)
def test_parsed_fields(text: str, expected: DocSymbol) -> None:
    assert parse_symbol(text) == expected


REJECTED = [
    "",
    "   ",
    "hello",
    "67abc",
    "Rev.1",
    "Rev 1",
    "DT/",
    "DT",
    "/33",
    "Document",
    "Doc.",
    "Document 0",
    "DT/0",
    "67(Rev.0)",
    "67(Rev.1)(Rev.2)",  # a kind of part twice
    "Revision 1 to Document 67(Rev.2)",
    "67(Rev.1",  # unbalanced
    "67 Rev.",
    "67 Revenue",
    "67.5",
    "1.67(Rev.1) x",
    "123456",  # more than 5 digits
    "Document 67 and 68",
    "DT/33 ADM/54",
    "asp/12",  # unknown series: upper case only
    "Asp/12",
    "ASP 12",  # unknown series: slash only
    "ABCDEF/12",  # more than 5 letters
    "HTTP/2",
    "pl 3",  # PL and GT with a space only in upper case
    "67-X",
    "67-English",
    "Resolution 102",
    "PP14-C-0067",  # file-name-like forms are not parsed here
    "S14-PP14-C-0015!!MSW-E",
    "Doc\n67",  # no line break inside a symbol
]


@pytest.mark.parametrize("text", REJECTED)
def test_rejected_forms(text: str) -> None:
    assert parse_symbol(text) is None


def test_parse_symbol_rejects_non_strings() -> None:
    assert parse_symbol(None) is None  # type: ignore[arg-type]
    assert parse_symbol(67) is None  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# Language suffixes
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("letter", "language"),
    [("E", "en"), ("F", "fr"), ("S", "es"), ("A", "ar"), ("C", "zh"), ("R", "ru")],
)
def test_language_suffixes(letter: str, language: str) -> None:
    assert LANGUAGE_SUFFIXES[letter] == language
    for text, canonical in [
        (f"Document 67-{letter}", "67"),
        (f"67(Add.2)(Rev.1)-{letter}", "67(Add.2)(Rev.1)"),
        (f"DT/33-{letter}", "DT/33"),
        (f"DT/33(Rev.1)-{letter.lower()}", "DT/33(Rev.1)"),
        (f"Revision 1 to Document 67-{letter}", "67(Rev.1)"),
    ]:
        symbol = parse_symbol(text)
        assert symbol is not None, text
        assert symbol.language == language, text
        assert symbol.canonical() == canonical, text


def test_language_before_parts_is_accepted() -> None:
    symbol = parse_symbol("Document 67-E(Rev.1)")
    assert symbol == DocSymbol("", 67, revision=1, language="en")


def test_language_does_not_change_canonical_but_changes_equality() -> None:
    english = parse_symbol("Document 67-E")
    french = parse_symbol("Document 67-F")
    assert english is not None and french is not None
    assert english.canonical() == french.canonical() == "67"
    assert english != french
    assert english.base() == french.base()


def test_no_language_twice() -> None:
    assert parse_symbol("67-E(Rev.1)-F") is None


# ---------------------------------------------------------------------------------------
# base(), display(), DocSymbol itself
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("67(Add.2)(Rev.1)-E", "67"),
        ("67(Corr.1)", "67"),
        ("Document 67", "67"),
        ("DT/33(Rev.1)", "DT/33"),
        ("ADM/55 Rev 1", "ADM/55"),
        ("AFCP/69(Add.2)", "AFCP/69"),
    ],
)
def test_base(text: str, base: str) -> None:
    symbol = parse_symbol(text)
    assert symbol is not None
    assert symbol.base().canonical() == base
    assert symbol.base() == parse_symbol(base)
    assert symbol.base().language == ""
    assert symbol.base().base() == symbol.base()


def test_revisions_group_under_base() -> None:
    texts = ["Document 67-E", "67(Rev.1)", "67 Rev 2-F", "Addendum 2 to Document 67", "DT/67"]
    bases = {parse_symbol(t).base() for t in texts}  # type: ignore[union-attr]
    assert bases == {DocSymbol("", 67), DocSymbol("DT", 67)}


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("67(Rev.1)", "Document 67(Rev.1)"),
        ("Doc 67", "Document 67"),
        ("67(Add.2)(Rev.1)-E", "Document 67(Add.2)(Rev.1)"),
        ("DT/33 rev 1", "DT/33(Rev.1)"),
        ("adm/54", "ADM/54"),
        ("com6/4", "COM6/4"),
    ],
)
def test_display(text: str, display: str) -> None:
    symbol = parse_symbol(text)
    assert symbol is not None
    assert symbol.display() == display
    assert parse_symbol(display) == dataclasses.replace(symbol, language="")


ROUND_TRIP = [
    DocSymbol("", 1),
    DocSymbol("", 67),
    DocSymbol("", 67, revision=1),
    DocSymbol("", 67, addendum=2),
    DocSymbol("", 67, corrigendum=1),
    DocSymbol("", 67, revision=1, addendum=2, language="en"),
    DocSymbol("", 67, revision=3, addendum=2, corrigendum=1, language="zh"),
    DocSymbol("", 99999),
    DocSymbol("DT", 33),
    DocSymbol("DT", 33, revision=1, language="fr"),
    DocSymbol("DL", 12),
    DocSymbol("ADM", 55, revision=1),
    DocSymbol("AFCP", 69, addendum=2),
    DocSymbol("WGPL", 6),
    DocSymbol("COM6", 4),
    DocSymbol("COM1", 1, corrigendum=2),
    DocSymbol("PL", 3),
    DocSymbol("GT", 7),
    DocSymbol("ASP", 12, revision=2),
    DocSymbol("RCC", 3),
]


@pytest.mark.parametrize("symbol", ROUND_TRIP, ids=str)
def test_round_trip(symbol: DocSymbol) -> None:
    without_language = dataclasses.replace(symbol, language="")
    assert parse_symbol(symbol.canonical()) == without_language
    assert parse_symbol(symbol.display()) == without_language
    assert parse_symbol(str(symbol)) == without_language


def test_docsymbol_normalises_and_validates() -> None:
    assert DocSymbol("dt", 33) == DocSymbol("DT", 33)
    assert DocSymbol("WG-PL", 6).series == "WGPL"
    assert DocSymbol("", 67, language="E").language == "en"
    assert DocSymbol("", 67, language="FR").language == "fr"
    with pytest.raises(ValueError):
        DocSymbol("", 0)
    with pytest.raises(ValueError):
        DocSymbol("", 67, revision=-1)
    with pytest.raises(ValueError):
        DocSymbol("D/T", 1)
    with pytest.raises(ValueError):
        DocSymbol("", 67, language="de")
    with pytest.raises(TypeError):
        DocSymbol("", "67")  # type: ignore[arg-type]


def test_docsymbol_is_hashable_frozen_and_sortable() -> None:
    symbol = DocSymbol("", 67)
    with pytest.raises(dataclasses.FrozenInstanceError):
        symbol.number = 68  # type: ignore[misc]
    assert len({symbol, DocSymbol("", 67), DocSymbol("", 68)}) == 2
    ordered = sorted([DocSymbol("DT", 2), DocSymbol("", 100), DocSymbol("", 9)])
    assert [s.canonical() for s in ordered] == ["9", "100", "DT/2"]


def test_known_series() -> None:
    assert {"DT", "DL", "ADM", "AFCP", "WGPL", "PL", "GT"} <= KNOWN_SERIES
    assert {f"COM{i}" for i in range(1, 7)} <= KNOWN_SERIES
    for series in KNOWN_SERIES:
        assert parse_symbol(f"{series}/5") == DocSymbol(series, 5)
        assert parse_symbol(f"{series} 5") == DocSymbol(series, 5)
        assert parse_symbol(f"{series.lower()}/5") == DocSymbol(series, 5)


# ---------------------------------------------------------------------------------------
# find_symbols in note text
# ---------------------------------------------------------------------------------------


def _found(text: str) -> list[tuple[str, str]]:
    """(text as written, canonical) for each symbol found."""
    return [(text[start:end], symbol.canonical()) for start, end, symbol in find_symbols(text)]


def test_find_symbols_example_sentence_spans() -> None:
    text = "Brazil supports DT/33 rev 1 and Doc. 67 (Add.2), para 4; see also ADM/54"
    found = find_symbols(text)
    assert found == [
        (16, 27, DocSymbol("DT", 33, revision=1)),
        (32, 47, DocSymbol("", 67, addendum=2)),
        (66, 72, DocSymbol("ADM", 54)),
    ]
    assert [text[s:e] for s, e, _ in found] == ["DT/33 rev 1", "Doc. 67 (Add.2)", "ADM/54"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revision 1 to Document 67-E was circulated; compare 84/Revision 2.",
            [("Revision 1 to Document 67-E", "67(Rev.1)"), ("84/Revision 2", "84(Rev.2)")],
        ),
        (
            "CITEL (Doc. 48) and AFCP/69(Add.2) differ, RCC/3 too.",
            [("Doc. 48", "48"), ("AFCP/69(Add.2)", "AFCP/69(Add.2)"), ("RCC/3", "RCC/3")],
        ),
        (
            "WG-PL/6 went to COM5/12;COM6/4 was noted.",
            [("WG-PL/6", "WGPL/6"), ("COM5/12", "COM5/12"), ("COM6/4", "COM6/4")],
        ),
        (
            "See 67(Add.2)(Rev.1)-E and DT 33.",
            [("67(Add.2)(Rev.1)-E", "67(Add.2)(Rev.1)"), ("DT 33", "DT/33")],
        ),
        (
            "11:02 Chair opens item on doc.67, then 67 Rev 1 and ADM/55(Rev.1).",
            [("doc.67", "67"), ("67 Rev 1", "67(Rev.1)"), ("ADM/55(Rev.1)", "ADM/55(Rev.1)")],
        ),
        (
            "Addendum 2 to Document 67 replaces 67(Corr.1)",
            [("Addendum 2 to Document 67", "67(Add.2)"), ("67(Corr.1)", "67(Corr.1)")],
        ),
        ("Doc. 67\nDT/33\n", [("Doc. 67", "67"), ("DT/33", "DT/33")]),
        ("(DT/33-F)", [("DT/33-F", "DT/33")]),
        ("Documents 67, 68 and 69", [("Documents 67", "67")]),
        ("Doc 67 Revenue figures", [("Doc 67", "67")]),
        ("Doc. 67(Rev.1)(Rev.2)", [("Doc. 67(Rev.1)", "67(Rev.1)")]),
        ("Doc. 67 (Rev. Busan, 2014)", [("Doc. 67", "67")]),
        ("Rev 1 to Rev 2 to Doc. 67", [("Doc. 67", "67")]),
        (
            "Kenya: DT/33 add 2 lines; Doc. 5 Add.2",
            [("DT/33", "DT/33"), ("Doc. 5 Add.2", "5(Add.2)")],
        ),
        ("Document DT/33 and document 12", [("Document DT/33", "DT/33"), ("document 12", "12")]),
        ("PL 3 and pl 4 and PL/5", [("PL 3", "PL/3"), ("PL/5", "PL/5")]),
    ],
)
def test_find_symbols_in_notes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we had 67 speakers",
        "resumed at 10:30 after the break",
        "as in 2014 in Busan",
        "Resolution 102",
        "Resolution 102 (Rev. Busan, 2014) was discussed",
        "Resolution 102 (Rev.1)",
        "paragraph 4",
        "see para 4 Rev 2 and Article 5 (Rev.1)",
        "Revenue grew by 5%",
        "Additional 3 items; Revisions 2 and 3",
        "Rev.1",
        "we need 5 add 2 chairs",
        "1.67(Rev.1) and 3,67 (Rev.2)",
        "file S14-PP14-C-0015!!MSW-E and PP14-C-0067",
        "https://www.itu.int/md/S14-PP-C-0067/en and HTTP/2",
        "24/7 coverage, 1/2 of delegates, TCP/IP",
        "dt33 ADM54 COM7/4 ABCDEF/12 asp/12 Asp/12 ASP 12",
        "Revision 1 to 67 speakers",
        "Doc67 document67",
        "67 Rev. x and 67 Rev.",
        "",
    ],
)
def test_find_symbols_no_false_positives(text: str) -> None:
    assert find_symbols(text) == []


def test_found_spans_parse_back_to_the_same_symbol() -> None:
    text = (
        "Brazil supports DT/33 rev 1 and Doc. 67 (Add.2), para 4; see also ADM/54. "
        "Revision 1 to Document 67-E; AFCP/69(Add.2); 84/Revision 2; com5/12; RCC/3."
    )
    found = find_symbols(text)
    assert len(found) == 8
    for start, end, symbol in found:
        assert parse_symbol(text[start:end]) == symbol
    starts = [start for start, _, _ in found]
    assert starts == sorted(starts)
    assert all(
        end <= next_start for (_, end, _), next_start in zip(found[:-1], starts[1:], strict=True)
    )


def test_find_symbols_on_one_megabyte_of_random_text() -> None:
    rng = random.Random(20141020)
    text = "".join(rng.choices(string.printable, k=1_000_000))
    found = find_symbols(text)
    assert isinstance(found, list)
    for start, end, symbol in found:
        assert 0 <= start < end <= len(text)
        assert isinstance(symbol, DocSymbol)


@pytest.mark.parametrize(
    "chunk",
    ["Rev 1 to ", "Doc ", "1111111 ", "   ", "DT ", "(Rev.", "((((((", "ABCDE/", "a" * 50],
)
def test_find_symbols_on_repetitive_text(chunk: str) -> None:
    # Inputs that make backtracking regexes blow up; these must just return.
    text = chunk * (200_000 // len(chunk))
    assert isinstance(find_symbols(text), list)
