"""What changed between a revision and the one before it: the symbol chain and a text diff.

Pure Python (difflib); the text comes from the document library's extracted pages.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from observer_app.core.symbols import DocSymbol, parse_symbol


def previous_revision(symbol: str | DocSymbol) -> DocSymbol | None:
    """The version a revision replaces: ``67(Rev.2)`` -> ``67(Rev.1)`` -> ``67``, and
    ``67(Add.2)(Rev.1)`` -> ``67(Add.2)``. ``None`` for what is not a revision (an original,
    an addendum, a corrigendum: they add to a text rather than replace it) or not a symbol."""
    parsed = parse_symbol(symbol) if isinstance(symbol, str) else symbol
    if parsed is None or parsed.revision == 0 or parsed.corrigendum:
        return None
    return DocSymbol(
        parsed.series, parsed.number, revision=parsed.revision - 1, addendum=parsed.addendum
    )


def revision_chain(symbol: str | DocSymbol) -> list[DocSymbol]:
    """``67(Rev.2)`` -> [67(Rev.2), 67(Rev.1), 67]: the symbol and every version before it."""
    current = parse_symbol(symbol) if isinstance(symbol, str) else symbol
    chain: list[DocSymbol] = []
    while current is not None:
        chain.append(
            DocSymbol(
                current.series,
                current.number,
                current.revision,
                current.addendum,
                current.corrigendum,
            )
        )
        current = previous_revision(current)
    return chain


def pages_to_lines(pages: Sequence[str]) -> list[str]:
    """Page texts as diff lines; blank lines and trailing blanks do not count as changes."""
    lines: list[str] = []
    for text in pages:
        lines.extend(line.rstrip() for line in text.splitlines() if line.strip())
    return lines


def text_diff(
    old_pages: Sequence[str],
    new_pages: Sequence[str],
    old_label: str,
    new_label: str,
    context: int = 3,
) -> str:
    """A unified diff of two documents' text ("" when they say the same)."""
    return "\n".join(
        difflib.unified_diff(
            pages_to_lines(old_pages),
            pages_to_lines(new_pages),
            fromfile=old_label,
            tofile=new_label,
            n=context,
            lineterm="",
        )
    )
