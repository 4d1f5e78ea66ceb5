"""Tests written against mutants of core/symbols.py that survived the older tests
(`make mutate`); the equivalent ones are listed in docs/testing.md."""

from __future__ import annotations

import pytest

from observer_app.core.symbols import DocSymbol, find_symbols


def test_a_marked_symbol_after_a_word_that_rules_out_bare_numbers_is_kept():
    # "item 4" is not a document, but "item DT/33" and "Annex Document 67" name one: the
    # free-text checks are only for bare numbers (catches `if bare or not strict`).
    found = [str(s) for _start, _end, s in find_symbols("Agenda item DT/33, see Annex Document 67")]
    assert found == ["DT/33", "67"]


@pytest.mark.parametrize(
    "kwargs,error,message",
    [
        ({"series": 5, "number": 1}, TypeError, "series must be a str, not int"),
        ({"series": "D T!", "number": 1}, ValueError, "not a document series: 'D T!'"),
        ({"series": "", "number": "67"}, TypeError, "number must be an int, not str"),
        ({"series": "", "number": True}, TypeError, "number must be an int, not bool"),
        ({"series": "", "number": 0}, ValueError, "document number must be at least 1, not 0"),
        ({"series": "", "number": 1, "revision": -1}, ValueError, "revision must not be negative"),
        ({"series": "", "number": 1, "language": 1}, TypeError, "language must be a str, not int"),
        (
            {"series": "", "number": 1, "language": "X"},
            ValueError,
            "not a conference language: 'X'",
        ),
    ],
)
def test_an_invalid_symbol_says_what_is_wrong(kwargs, error, message):
    # Catches messages dropped (None) or naming the wrong type, and booleans or strings
    # accepted as numbers (`not isinstance(...) and isinstance(..., bool)`).
    with pytest.raises(error) as raised:
        DocSymbol(**kwargs)
    assert str(raised.value) == message
