"""One citation grammar (issue 12): what the Cite button writes is what the report reads back,
and so are the forms people type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observer_app.core.model import Conference
from observer_app.core.report import cited_documents
from observer_app.core.symbols import (
    Citation,
    DocSymbol,
    find_citations,
    find_symbols,
    format_citation,
)

SERIES = ["", "DT", "DL", "ADM", "AFCP", "WGPL", "COM5", "PL", "GT", "ASP"]
LANGUAGES = ["", "en", "fr", "es", "ar", "zh", "ru"]

symbols_ = st.builds(
    DocSymbol,
    series=st.sampled_from(SERIES),
    number=st.integers(1, 99_999),
    revision=st.integers(0, 999),
    addendum=st.integers(0, 999),
    corrigendum=st.integers(0, 999),
)
# Words around a citation in a note, including ones that end in a number or a page word.
context = st.sampled_from(["", "Kenya supports", "see", "as in page 4 of", "12 members:", "(cf."])
after = st.sampled_from(["", ".", " and more", ", para 3", "; 5 add 2 chairs", " — agreed"])


@given(symbols_, st.sampled_from(LANGUAGES), st.integers(0, 9999), context, after)
def test_a_cite_reads_back_as_the_same_citation_in_any_note(symbol, language, page, before, tail):
    cited = format_citation(symbol.canonical(), language, page)
    note = f"{before} {cited}{tail}".strip()
    found = find_citations(note)
    expected = Citation(
        DocSymbol(
            symbol.series,
            symbol.number,
            symbol.revision,
            symbol.addendum,
            symbol.corrigendum,
            language,
        ),
        page,
    )
    assert [c for _s, _e, c in found] == [expected], (note, found)
    start, end, _c = found[0]
    assert note[start:end] == cited  # the whole citation, nothing more
    # What the report groups by: the same document.
    assert [s.canonical() for _s, _e, s in find_symbols(note)] == [symbol.canonical()]


def test_the_cite_button_text():
    assert format_citation("84", "fr", 1) == "Document 84 (FR), p. 1"
    assert format_citation("DT/33(Rev.1)", "en", 3) == "DT/33(Rev.1) (EN), p. 3"
    assert format_citation("67", "", 0) == "Document 67"
    # Not a symbol: kept as given, same shape, nothing lost.
    assert format_citation("Annex A", "fr", 2) == "Annex A (FR), p. 2"


@pytest.mark.parametrize(
    ("typed", "symbol", "language", "page"),
    [
        ("DT/33 rev 1", "DT/33(Rev.1)", "", 0),
        ("Doc. 84-F p. 2", "84", "fr", 2),
        ("67(Rev.1) (fr) page 12", "67(Rev.1)", "fr", 12),
        ("Document 84, pp. 3", "84", "", 3),
        ("Addendum 2 to Document 67 (EN), p. 5", "67(Add.2)", "en", 5),
    ],
)
def test_typed_citations_read_as_the_cite_button_writes_them(typed, symbol, language, page):
    ((_s, _e, citation),) = find_citations(f"Egypt: {typed}.")
    assert (citation.symbol.canonical(), citation.language, citation.page) == (
        symbol,
        language,
        page,
    )


def test_the_old_cite_text_was_not_a_citation_and_the_new_one_is_in_the_report():
    conference = Conference(id="c", name="C", timezone="UTC")
    assert cited_documents("84 (FR) p. 1", conference) == ()  # what Cite wrote before
    (doc,) = cited_documents(f"Read {format_citation('84', 'fr', 1)}", conference)
    assert doc.symbol == "84"
