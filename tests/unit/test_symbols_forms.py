"""Every symbol form of the document-library brief: one canonical symbol, one group, one chain."""

from __future__ import annotations

import pytest

from observer_app.core.docdiff import previous_revision, revision_chain
from observer_app.core.symbols import group_key, parse_symbol

FORMS = [
    ("Document 67", "67", "67", ""),
    ("67-E", "67", "67", "en"),
    ("67(Rev.1)", "67(Rev.1)", "67", ""),
    ("67(Add.2)", "67(Add.2)", "67", ""),
    ("67(Corr.1)", "67(Corr.1)", "67", ""),
    ("67(Add.2)(Rev.1)", "67(Add.2)(Rev.1)", "67", ""),
    ("DT/33", "DT/33", "DT/33", ""),
    ("DL/12", "DL/12", "DL/12", ""),
    ("ADM/54", "ADM/54", "ADM/54", ""),
    ("ADM/55(Rev.1)", "ADM/55(Rev.1)", "ADM/55", ""),
    ("AFCP/69(Add.2)", "AFCP/69(Add.2)", "AFCP/69", ""),
    ("WGPL/6", "WGPL/6", "WGPL/6", ""),
    ("COM6/4", "COM6/4", "COM6/4", ""),
    ("67-F", "67", "67", "fr"),
    ("67-S", "67", "67", "es"),
    ("67-A", "67", "67", "ar"),
    ("67-C", "67", "67", "zh"),
    ("67-R", "67", "67", "ru"),
    ("DT/33(Rev.1)-F", "DT/33(Rev.1)", "DT/33", "fr"),
    ("DT 33", "DT/33", "DT/33", ""),
    ("dt/33", "DT/33", "DT/33", ""),
    ("Doc. 67 Rev 1", "67(Rev.1)", "67", ""),
    ("67 Rev.1", "67(Rev.1)", "67", ""),
    ("Document 67 (Add. 2)", "67(Add.2)", "67", ""),
    ("84/Revision 2", "84(Rev.2)", "84", ""),
]


@pytest.mark.parametrize("text, canonical, base, language", FORMS)
def test_every_form_has_one_canonical_symbol_and_group(text, canonical, base, language):
    symbol = parse_symbol(text)
    assert symbol is not None, text
    assert (symbol.canonical(), symbol.language) == (canonical, language)
    assert group_key(text) == base == symbol.base().canonical()
    assert parse_symbol(canonical).canonical() == canonical  # canonical is a fixed point


def test_group_key_of_text_that_is_not_a_symbol_is_the_text():
    assert group_key("  Annex A ") == "Annex A"


@pytest.mark.parametrize(
    "symbol, chain",
    [
        ("67(Rev.2)", ["67(Rev.2)", "67(Rev.1)", "67"]),
        ("Doc. 67 Rev 1", ["67(Rev.1)", "67"]),
        ("67(Add.2)(Rev.1)", ["67(Add.2)(Rev.1)", "67(Add.2)"]),
        ("ADM/55(Rev.1)", ["ADM/55(Rev.1)", "ADM/55"]),
        ("DT/33", ["DT/33"]),
        ("67(Corr.1)", ["67(Corr.1)"]),
        ("not a symbol", []),
    ],
)
def test_revision_chain(symbol, chain):
    assert [s.canonical() for s in revision_chain(symbol)] == chain
    before = previous_revision(symbol)
    assert (before.canonical() if before else None) == (chain[1] if len(chain) > 1 else None)
