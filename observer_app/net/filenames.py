"""File names from servers and users made safe to write: only a name, never a path.

A document's name comes from a Content-Disposition header, a URL or a conference id, all of
which a server controls; ``safe_filename`` makes it a plain name and ``inside`` checks the
result stays in its folder.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

#: What a partial download's name ends with; no final name may end with it.
PART_SUFFIX = ".part"
_MAX_NAME = 120  # characters of a final file name, suffix included (filesystems allow 255 bytes)
_WINDOWS_DEVICES = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        "CLOCK$",
        "CONIN$",
        "CONOUT$",
        *(f"COM{i}" for i in "123456789¹²³"),
        *(f"LPT{i}" for i in "123456789¹²³"),
    }
)


def safe_filename(name: str, suffix: str = "", fallback: str = "document") -> str:
    """A file name that is only a name: no directories, no ``..``, no control or NUL
    characters, no Windows device names (``CON``, ``nul.txt``), no trailing dots or spaces,
    at most 120 characters, never hidden and never ending in ``.part``; ``suffix`` (".pdf")
    is enforced."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]  # the last path component only
    text = "".join(
        "_" if (unicodedata.category(c)[0] == "C" or c in '<>:"|?*') else c for c in text
    )
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = re.sub(r"_{2,}", "_", text)
    if suffix and text.lower().endswith(suffix.lower()):
        text = text[: -len(suffix)].rstrip(" .")
    while text.lower().endswith(PART_SUFFIX):
        text = text[: -len(PART_SUFFIX)].rstrip(" .")
    stem = text.split(".", 1)[0].strip().upper()
    if not text or text in (".", "..") or stem in _WINDOWS_DEVICES:
        text = f"{fallback}-{text}" if text and text not in (".", "..") else fallback
    text = text.lstrip(".-") or fallback
    limit = _MAX_NAME - len(suffix)
    if len(text) > limit:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        text = f"{text[: limit - 11].rstrip(' .')}-{digest}"
    return text + suffix


def inside(directory: Path, name: str) -> Path:
    """``directory / name`` after checking that it is a direct child of ``directory``."""
    root = Path(directory).resolve()
    target = (root / name).resolve()
    if target.parent != root or name in ("", ".", ".."):
        raise ValueError(f"{name!r} is not a plain file name inside {root}")
    return target
