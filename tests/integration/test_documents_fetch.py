"""fetch_documents and the ``docs``/``search`` commands against a real server on 127.0.0.1."""

from __future__ import annotations

import argparse
import json
import threading

import pytest
from support.docserver import DocServer, make_pdf

from observer_app.cli.docs import DocsContext, add_docs_parsers, run_docs, run_search
from observer_app.core.model import Body, Conference, Document, DocumentFile
from observer_app.net.session import make_session
from observer_app.services import documents as docs


@pytest.fixture
def server():
    with DocServer() as srv:
        srv.put("/67-E.pdf", make_pdf(["Proposals on satellite spectrum", "Annex: budget"]))
        srv.put("/67-F.pdf", make_pdf(["Propositions sur le spectre des satellites"]))
        srv.put(
            "/67R1-E.pdf", make_pdf(["Proposals on satellite spectrum and orbits", "Annex: budget"])
        )
        srv.put("/DT33-E.pdf", make_pdf(["Draft report of the working group"]))
        srv.fault("/DT33-F.pdf", html=True, content_type="application/pdf")
        yield srv


def feed(server) -> Conference:
    def files(*pairs):
        return tuple(DocumentFile(lang, server.url(path)) for lang, path in pairs)

    bodies = (Body("com5", "Committee 5"), Body("wgpl", "Plenary Working Group"))
    return Conference(
        "pp26",
        "PP-26",
        "Asia/Seoul",
        bodies=bodies,
        documents=(
            Document(
                "67",
                "Proposals",
                body_id="com5",
                files=files(("fr", "/67-F.pdf"), ("en", "/67-E.pdf")),
            ),
            Document("67(Rev.1)", "Proposals", body_id="com5", files=files(("en", "/67R1-E.pdf"))),
            Document(
                "DT/33",
                "Draft report",
                body_id="wgpl",
                files=files(("en", "/DT33-E.pdf"), ("fr", "/DT33-F.pdf")),
            ),
        ),
    )


def test_fetch_preferred_language_first_then_304_on_the_next_run(server, profile):
    cache = profile.paths.cache / "documents"
    seen = []
    summary = docs.fetch_documents(
        feed(server), profile, cache, docs.FetchScope(languages=("en",)), progress=seen.append
    )
    order = [path for path, _h in server.requests]
    assert order[:3] == ["/67-E.pdf", "/67R1-E.pdf", "/DT33-E.pdf"]  # English first, French after
    counts = summary.counts()
    assert (counts["fetched"], counts["failed"]) == (4, 1) and not summary.ok
    failed = summary.failed[0]
    assert (failed.symbol, failed.language) == ("DT/33", "fr") and failed.reason.startswith(
        "not a PDF"
    )
    assert {p.phase for p in seen} == {"download", "index"} and seen[-1].count == 5
    names = sorted(p.name for p in (cache / "pp26").iterdir())
    assert names == ["67(Rev.1)-en.pdf", "67-en.pdf", "67-fr.pdf", "DT_33-en.pdf"]
    assert [h.ref for h in docs.search(profile, "pp26", "orbits")] == ["67(Rev.1)"]
    diff = docs.diff_revision(profile, "pp26", "67(Rev.1)").diff.splitlines()
    assert (
        "-Proposals on satellite spectrum" in diff
        and "+Proposals on satellite spectrum and orbits" in diff
    )

    again = docs.fetch_documents(feed(server), profile, cache)
    assert again.counts()["unchanged"] == 4 and all(
        o.pages is None for o in again.with_status("unchanged")
    )
    assert server.hits("/67-E.pdf")[-1].get("If-None-Match")
    file = profile.db.execute(
        "SELECT problem FROM document_files WHERE symbol = 'DT/33' AND language = 'fr'"
    ).fetchone()
    assert file[0].startswith("not a PDF")


def test_fetch_one_body_and_cancel(server, profile):
    cache = profile.paths.cache / "documents"
    summary = docs.fetch_documents(feed(server), profile, cache, docs.FetchScope("wgpl"))
    assert {o.symbol for o in summary.outcomes} == {"DT/33"}
    stop = threading.Event()
    stop.set()
    cancelled = docs.fetch_documents(feed(server), profile, cache, cancel=stop)
    assert cancelled.cancelled and cancelled.outcomes == []


def test_a_server_error_names_the_file(server, profile):
    server.fault("/67-E.pdf", status=503)
    summary = docs.fetch_documents(
        feed(server), profile, profile.paths.cache / "d", session=make_session(retries=0)
    )
    failed = {(o.symbol, o.language): o.reason for o in summary.failed}
    assert "503" in failed[("67", "en")]


def test_offline_the_copies_downloaded_earlier_are_kept_not_failed(server, profile):
    cache = profile.paths.cache / "documents"
    first = docs.fetch_documents(feed(server), profile, cache, docs.FetchScope(languages=("en",)))
    assert first.counts()["fetched"] == 4
    for path in ("/67-E.pdf", "/67-F.pdf", "/67R1-E.pdf"):
        server.fault(path, status=503)  # the server fails for everything now
    server.fault("/DT33-E.pdf", status=410)  # ... and says this one was withdrawn
    again = docs.fetch_documents(feed(server), profile, cache, session=make_session(retries=0))
    kept = {(o.symbol, o.language): o for o in again.with_status("unchanged")}
    assert set(kept) == {("67", "en"), ("67", "fr"), ("67(Rev.1)", "en")}
    assert all("kept" in o.reason and o.path for o in kept.values())
    assert sorted((o.symbol, o.language) for o in again.failed) == [
        ("DT/33", "en"),
        ("DT/33", "fr"),
    ]
    assert [h.ref for h in docs.search(profile, "pp26", "orbits")] == [
        "67(Rev.1)"
    ]  # still searchable


def _parse(argv):
    parser = argparse.ArgumentParser(prog="observer-app")
    add_docs_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_docs_fetch_and_search_commands(server, profile, capsys):
    ctx = DocsContext(profile, feed(server))
    assert run_docs(_parse(["docs", "fetch", "--json"]), ctx) == 1  # one file failed
    out = capsys.readouterr()
    summary = json.loads(out.out)
    assert summary["counts"]["fetched"] == 4 and summary["counts"]["failed"] == 1
    # Each file's status as scripts have always read it (the download's status, as its text).
    assert sorted(f["status"] for f in summary["files"]) == ["failed"] + ["fetched"] * 4
    assert out.out.count('"status": "fetched"') == 4
    assert "[1/5] 67 (en)" in out.err
    assert run_docs(_parse(["docs", "fetch", "--body", "com5"]), ctx) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "fetched 0, unchanged 3, local 0, failed 0"
    assert run_docs(_parse(["docs", "fetch", "--body", "nope"]), ctx) == 2
    assert "no body 'nope'" in capsys.readouterr().err

    assert run_search(_parse(["search", "satellite spectrum", "--json", "--limit", "5"]), ctx) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {h["symbol"] for h in hits} == {"67", "67(Rev.1)"} and all(h["page"] == 1 for h in hits)
    assert all("[satellite] [spectrum]" in h["snippet"] and h["kind"] == "document" for h in hits)
    assert run_search(_parse(["search", "budget"]), ctx) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(
        line.startswith("document 67") and "p.2" in line for line in lines
    )

    assert run_docs(_parse(["docs", "new", "--json", "--mark"]), ctx) == 0
    assert {(d["symbol"], d["kind"]) for d in json.loads(capsys.readouterr().out)} == {
        ("67", "document"),
        ("67(Rev.1)", "revision"),
        ("DT/33", "document"),
    }
    assert run_docs(_parse(["docs", "new"]), ctx) == 0
    assert "nothing new" in capsys.readouterr().err
    assert run_docs(_parse(["docs", "diff", "67 rev 1"]), ctx) == 0
    assert "+Proposals on satellite spectrum and orbits" in capsys.readouterr().out
    assert run_docs(_parse(["docs", "diff", "DT/33"]), ctx) == 1
    assert "is not a revision" in capsys.readouterr().err
