"""store/follows.py, settings.py and documents.py: the parts no unit test in the mutation list
reached (follows of a renamed body, every setting at once, a snippet asked for afterwards,
validators after a 304). A real SQLite file; expected values written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from observer_app.core.follows import Follow
from observer_app.core.model import Document, DocumentFile, Note
from observer_app.core.settings import SETTINGS
from observer_app.store.db import Database
from observer_app.store.documents import DocumentRepository, DownloadedCopy, Hit
from observer_app.store.follows import FollowRepository
from observer_app.store.notes import NoteRepository
from observer_app.store.settings import SettingsRepository

CONF, OTHER = "pp26", "wtdc25"
T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield database
    database.close()


def test_follows_of_a_renamed_body_move_to_its_new_id(db):
    """Catches: a follow of a former id lost or left behind, a follow of the new id made
    twice, a session followed under the same id moved, another conference's follow moved,
    and a rename applied the wrong way round."""
    follows = FollowRepository(db)
    follows.set_followed(CONF, Follow("body", "com5-old"), True)
    follows.set_followed(CONF, Follow("body", "plen-old"), True)
    follows.set_followed(CONF, Follow("body", "plen"), True)  # already follows the new id
    follows.set_followed(CONF, Follow("session", "com5-old"), True)
    follows.set_followed(OTHER, Follow("body", "com5-old"), True)

    follows.refile_bodies(CONF, {"com5-old": "com5", "plen-old": "plen", "gone": "x"})

    assert follows.follows(CONF) == {
        Follow("body", "com5"),
        Follow("body", "plen"),
        Follow("session", "com5-old"),
    }
    assert follows.follows(OTHER) == {Follow("body", "com5-old")}
    follows.refile_bodies(CONF, {"nothing": "followed"})  # no follow of it: nothing changes
    assert len(follows.follows(CONF)) == 3
    follows.set_followed(CONF, Follow("body", "com5"), False)
    assert Follow("body", "com5") not in follows.follows(CONF)


def test_every_setting_at_once_with_the_stored_values_and_the_defaults(db):
    """Catches: a setting left out of the list the settings dialog and `settings list` show,
    or a stored value shown as its default."""
    settings = SettingsRepository(db)
    key = next(iter(SETTINGS))
    every = settings.all()
    assert list(every) == list(SETTINGS)
    assert every == {k: spec.default for k, spec in SETTINGS.items()}
    stored = settings.set(key, every[key])
    assert settings.all()[key] == stored


def _library(db: Database) -> tuple[DocumentRepository, NoteRepository]:
    documents, notes = DocumentRepository(db), NoteRepository(db)
    documents.record(
        CONF, [Document("DT/33", "Spectrum", files=(DocumentFile("en", "https://x/33"),))], T0
    )
    documents.replace_pages(
        CONF,
        "DT/33",
        "en",
        "sha",
        [
            "nothing here",
            "one two three four five six seven eight spectrum nine ten eleven twelve",
        ],
    )
    notes.add(Note("Brazil wants spectrum for satellites", T0, CONF, id="note-1"))
    return documents, notes


def test_a_snippet_asked_for_after_the_search(db):
    """Catches: the page or language of the hit ignored (another page's text), the marks,
    ellipsis or length not passed on, a note's snippet taken from a document, and a hit that
    no longer matches giving an error instead of no snippet."""
    documents, _ = _library(db)
    page = Hit("document", "DT/33", "en", 2, "", 0.0)
    assert documents.snippet_of(CONF, page, "spectrum") == (
        "one two three four five six seven eight [spectrum] nine ten eleven…"
    )
    assert documents.snippet_of(CONF, page, "spectrum", ("<b>", "</b>"), "...", 3) == (
        "...eight <b>spectrum</b> nine..."
    )
    assert documents.snippet_of(CONF, Hit("document", "DT/33", "en", 1, "", 0.0), "spectrum") == ""
    assert documents.snippet_of(CONF, Hit("document", "DT/33", "fr", 2, "", 0.0), "spectrum") == ""
    note = Hit("note", "note-1", "", None, "", 0.0)
    assert documents.snippet_of(CONF, note, "satellites", ("<", ">")) == (
        "Brazil wants spectrum for <satellites>"
    )
    assert documents.snippet_of(CONF, note, "budget") == ""


def test_validators_after_a_304_replace_the_old_ones_and_clear_the_problem(db, tmp_path):
    """Catches: fresher validators not kept (every check would download the file again), kept
    for another file, or an old problem left on a file the server just confirmed."""
    documents, _ = _library(db)
    documents.record(
        CONF,
        [
            Document(
                "DT/33",
                "Spectrum",
                files=(DocumentFile("en", "https://x/33"), DocumentFile("fr", "https://x/33f")),
            )
        ],
        T0,
    )
    copy = DownloadedCopy(Path(tmp_path / "33.pdf"), 10, "abc", '"v1"', "Mon, 30 Nov 2026")
    for language in ("en", "fr"):
        documents.set_downloaded(CONF, "DT/33", language, copy, T0)
    documents.set_problem(CONF, "DT/33", "en", "the server timed out")

    documents.set_validators(CONF, "DT/33", "en", '"v2"', "Tue, 1 Dec 2026")

    en = documents.file(CONF, "DT/33", "en")
    fr = documents.file(CONF, "DT/33", "fr")
    assert en is not None and fr is not None
    assert (en.etag, en.last_modified, en.problem) == ('"v2"', "Tue, 1 Dec 2026", "")
    assert (fr.etag, fr.last_modified) == ('"v1"', "Mon, 30 Nov 2026")
    assert (en.sha256, en.size) == ("abc", 10)  # the same bytes


def test_an_unknown_setting_is_named_with_where_to_look(db):
    """Catches: the message of an unknown setting lost when setting it (as it is when reading
    it): the user would not learn the name was wrong, or where the list is."""
    from observer_app.core.settings import SettingError

    settings = SettingsRepository(db)
    for call in (lambda: settings.get("no.such"), lambda: settings.set("no.such", 1)):
        with pytest.raises(SettingError) as raised:
            call()
        assert str(raised.value) == ("unknown setting 'no.such'; see `observer-app settings list`")
