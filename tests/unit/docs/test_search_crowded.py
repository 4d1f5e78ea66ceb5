"""Search ranks first and checks the conference after: another conference's pages crowding the
top must not hide this conference's hits (the fallback join)."""

from datetime import datetime, timezone

from observer_app.core.model import Document
from observer_app.services.context import open_profile
from observer_app.store.documents import DocumentRepository


def _pages(repo, db, conference, symbol, texts):
    repo.record(conference, [Document(symbol, "t")], datetime.now(timezone.utc))
    db.execute("INSERT INTO document_files (conference_id, symbol, language, url) VALUES (?, ?, 'en', 'u')",
               (conference, symbol))
    repo.replace_pages(conference, symbol, "en", "sha", texts)


def test_hits_of_a_small_conference_survive_a_crowded_top(app_dirs):
    profile = open_profile(app_dirs)
    repo = DocumentRepository(profile.db)
    _pages(repo, profile.db, "big", "1", ["spectrum spectrum spectrum allocation"] * 150)
    _pages(repo, profile.db, "small", "DT/33", ["a page on spectrum", "nothing here", "spectrum again"])
    hits = repo.search("small", "spectrum", limit=50)
    assert [(h.ref, h.page) for h in hits] == [("DT/33", 1), ("DT/33", 3)] or \
        sorted((h.ref, h.page) for h in hits) == [("DT/33", 1), ("DT/33", 3)]
    big = repo.search("big", "spectrum", limit=50)
    assert len(big) == 50 and all(h.ref == "1" for h in big)
    profile.close()
