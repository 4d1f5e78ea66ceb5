"""Page text of a conference PDF, for search and revision diffs (PDFium through pypdfium2).

Why a result object and never an exception: files come from servers we do not control;
a corrupt, encrypted or mislabelled file must give the observer a reason, not a crash.
PDFium is not thread-safe, so every call into it holds one lock: callable from any worker
thread, one document at a time. No Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pypdfium2 as pdfium

#: More pages than any conference document has; a bigger file is read up to here.
MAX_PAGES = 3000
_PDFIUM_LOCK = threading.Lock()

# PDFium's FPDF_GetLastError codes -> what the observer reads.
_LOAD_ERRORS = {
    1: "PDFium could not read it (unknown error)",
    2: "the file cannot be opened",
    3: "it is damaged or not a PDF",
    4: "it is protected by a password",
    5: "it uses an unsupported security handler",
    6: "a page is damaged",
}


@dataclass(frozen=True)
class Extraction:
    """The text of each page (``pages[0]`` is page 1), or ``problem`` in plain words.

    ``pages`` may be partly filled with a ``problem`` when a later page could not be read.
    ``cancelled``: stopped between pages on request (``problem`` then says "cancelled")."""

    path: Path
    pages: tuple[str, ...] = ()
    problem: str = ""
    page_problems: tuple[str, ...] = field(default=())
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problem


def extract_pages(
    path: Path | str, *, max_pages: int = MAX_PAGES, cancel: Callable[[], bool] | None = None
) -> Extraction:
    """Read the text of every page of the PDF at ``path`` (line breaks normalised to "\\n").

    Never raises for a bad file: ``Extraction.problem`` names the file and the problem.
    ``cancel()`` is checked between pages.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return Extraction(
            path, problem=f"{path.name}: cannot read the file ({exc.strerror or exc})"
        )
    if b"%PDF-" not in head:
        kind = "an HTML page" if head.lstrip()[:1] == b"<" else "empty" if not head else "not a PDF"
        return Extraction(path, problem=f"{path.name}: not a PDF (the file is {kind})")
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency; the message says what to install
        return Extraction(
            path, problem="cannot read PDF text: the pypdfium2 package is not installed"
        )
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            code: Any = getattr(exc, "err_code", None)
            return Extraction(
                path,
                problem=f"{path.name}: {_LOAD_ERRORS.get(code, f'PDFium could not open it ({exc})')}",
            )
        except Exception as exc:  # noqa: BLE001 - a library error on a hostile file must not escape
            return Extraction(
                path, problem=f"{path.name}: cannot open it ({type(exc).__name__}: {exc})"
            )
        try:
            return _read_pages(document, path, max_pages, cancel)
        finally:
            document.close()


def _read_pages(
    document: pdfium.PdfDocument,
    path: Path,
    max_pages: int,
    cancel: Callable[[], bool] | None,
) -> Extraction:
    pages: list[str] = []
    page_problems: list[str] = []
    try:
        count = len(document)
    except Exception as exc:  # noqa: BLE001
        return Extraction(path, problem=f"{path.name}: cannot count the pages ({exc})")
    for index in range(min(count, max_pages)):
        if cancel is not None and cancel():
            return Extraction(path, tuple(pages), "cancelled", tuple(page_problems), True)
        try:
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
        except Exception as exc:  # noqa: BLE001 - one damaged page does not lose the others
            page_problems.append(f"{path.name}, page {index + 1}: cannot read its text ({exc})")
            text = ""
        pages.append(_clean(text))
    if count > max_pages:
        page_problems.append(f"{path.name}: only the first {max_pages} of {count} pages were read")
    return Extraction(path, tuple(pages), "", tuple(page_problems))


def _clean(text: str) -> str:
    """PDFium gives CRLF, NULs and soft hyphens at line ends: plain text lines for the index."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "")
    return text.replace("\u00ad\n", "").replace("\x02\n", "")
