"""Search ranks first and checks the conference after: another conference's pages crowding the
top must not hide this conference's hits (the fallback join)."""

from datetime import UTC, datetime

from observer_app.core.model import Document
from observer_app.services.context import open_profile
from observer_app.store.documents import DocumentRepository


def _pages(repo, db, conference, symbol, texts):
    repo.record(conference, [Document(symbol, "t")], datetime.now(UTC))
    db.execute(
        "INSERT INTO document_files (conference_id, symbol, language, url) VALUES (?, ?, 'en', 'u')",
        (conference, symbol),
    )
    repo.replace_pages(conference, symbol, "en", "sha", texts)


def test_hits_of_a_small_conference_survive_a_crowded_top(app_dirs):
    profile = open_profile(app_dirs)
    repo = DocumentRepository(profile.db)
    _pages(repo, profile.db, "big", "1", ["spectrum spectrum spectrum allocation"] * 150)
    _pages(
        repo, profile.db, "small", "DT/33", ["a page on spectrum", "nothing here", "spectrum again"]
    )
    hits = repo.search("small", "spectrum", limit=50)
    assert [(h.ref, h.page) for h in hits] == [("DT/33", 1), ("DT/33", 3)] or sorted(
        (h.ref, h.page) for h in hits
    ) == [("DT/33", 1), ("DT/33", 3)]
    big = repo.search("big", "spectrum", limit=50)
    assert len(big) == 50 and all(h.ref == "1" for h in big)
    profile.close()


def test_snippets_for_the_best_hits_only_and_the_rest_on_demand(app_dirs):
    profile = open_profile(app_dirs)
    repo = DocumentRepository(profile.db)
    _pages(
        repo,
        profile.db,
        "c",
        "DT/33",
        [f"page {i} about spectrum and satellites" for i in range(6)],
    )
    full = repo.search("c", "spectrum", limit=6)
    partial = repo.search("c", "spectrum", limit=6, snippets=2)
    assert [(h.ref, h.page) for h in partial] == [(h.ref, h.page) for h in full]
    assert all("[spectrum]" in h.snippet for h in partial[:2]) and all(
        h.snippet == "" for h in partial[2:]
    )
    assert [repo.snippet_of("c", h, "spectrum") for h in partial[2:]] == [
        h.snippet for h in full[2:]
    ]
    profile.close()


def test_the_best_hits_get_their_snippet_in_the_ranking_query_itself(app_dirs):
    """One query per kind, snippets made as FTS5 hands out its best rows: a second query for
    the snippets ran the whole match again for each row (issue 15: 3x a bare FTS5 search)."""
    profile = open_profile(app_dirs)
    repo = DocumentRepository(profile.db)
    # Relevance falls page by page (fewer "spectrum" among more words): a known best order.
    texts = [" ".join(["spectrum"] * (8 - i) + ["filler"] * (10 * i)) for i in range(8)]
    _pages(repo, profile.db, "c", "DT/33", texts)
    statements = []
    profile.db.conn.set_trace_callback(statements.append)
    hits = repo.search("c", "spectrum", limit=8, snippets=3)
    profile.db.conn.set_trace_callback(None)
    assert [h.page for h in hits] == list(range(1, 9))
    assert [bool(h.snippet) for h in hits] == [True] * 3 + [False] * 5
    matching = [s for s in statements if " MATCH " in s]  # the match runs once per kind
    assert len(matching) == 2 and all("snippet(" in s for s in matching)
    profile.close()
