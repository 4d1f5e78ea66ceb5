"""Indico's documents: exports put files in three places (``material`` resources in older
exports, ``folders`` of attachments in newer ones, plain ``attachments``). Every file becomes a
document filed under the symbol its title names; two languages of one symbol are one document."""

from __future__ import annotations

from observer_app.core.feeds.indico import parse_indico

BASE = "https://indico.example.org/event/7/attachments"


def _event(**material: object) -> dict[str, object]:
    return {"results": [{"id": 7, "title": "PP-26", "timezone": "UTC", **material}]}


def _files(result) -> dict[str, set[tuple[str, str]]]:
    """Each document's (language, url) pairs, keyed by the first file's url."""
    return {d.files[0].url: {(f.language, f.url) for f in d.files} for d in result.documents}


def test_files_from_material_folders_and_attachments_are_all_documents():
    result = parse_indico(
        _event(
            material=[
                {
                    "title": "Documents",
                    "resources": [{"name": "Document 67-E", "url": f"{BASE}/67-E.pdf"}],
                }
            ],
            folders=[
                {
                    "title": "Translations",
                    "attachments": [
                        {"title": "Document 67-F", "download_url": f"{BASE}/67-F.pdf"},
                        {"title": "DT/33", "link_url": "https://www.itu.int/md/S26-PP-DT-0033"},
                    ],
                }
            ],
            attachments=[{"title": "ADM/54", "url": f"{BASE}/ADM-54.pdf"}],
        ),
        "https://indico.example.org/export/event/7.json",
    )
    assert _files(result) == {
        f"{BASE}/67-E.pdf": {("en", f"{BASE}/67-E.pdf"), ("fr", f"{BASE}/67-F.pdf")},
        "https://www.itu.int/md/S26-PP-DT-0033": {("en", "https://www.itu.int/md/S26-PP-DT-0033")},
        f"{BASE}/ADM-54.pdf": {("en", f"{BASE}/ADM-54.pdf")},
    }


def test_entries_that_are_not_objects_or_have_no_address_are_skipped():
    result = parse_indico(
        _event(
            material=["67", {"title": "x", "resources": [None, {"name": "no url"}]}],
            folders={"not": "a list"},
            attachments=[{"title": "DT/12"}, {"title": "DT/13", "url": f"{BASE}/DT-13.pdf"}],
        ),
        "https://indico.example.org/export/event/7.json",
    )
    assert _files(result) == {f"{BASE}/DT-13.pdf": {("en", f"{BASE}/DT-13.pdf")}}
