"""Every network wait is bounded: servers on 127.0.0.1 that drip their answer a few bytes at a
time, and TLS servers whose certificate names another host or signs itself.

The thresholds are parameters (``net.pace.Pace``): these tests use windows of a fraction of a
second, so a drip is abandoned quickly; only ``docs fetch`` runs with the real defaults (1 kB/s
over 30 s), bounded by the 60 s the issue allows (pytest-timeout fails it past that).
"""

from __future__ import annotations

import ssl

import pytest
import trustme
from support.docserver import DocServer, make_pdf

from observer_app.core.model import Body, Conference, Document, DocumentFile
from observer_app.core.sources import StreamSource
from observer_app.net.download import Limits, download
from observer_app.net.pace import Pace
from observer_app.net.preflight import preflight
from observer_app.net.reasons import plain_reason
from observer_app.net.session import TooSlow, make_session
from observer_app.net.webdav import WebDav, WebDavError
from observer_app.services import documents as docs
from observer_app.services.source_fetch import fetch_source

BIG = make_pdf(["a slow document"]) + b"%" * 60_000  # trailing bytes after %%EOF are harmless
#: 8 bytes every 20 ms = 400 B/s: alive, but far below the 4,000 B/s these tests demand.
DRIP = (8, 0.02)
QUICK = Pace(deadline_s=30.0, min_bytes=2000, window_s=0.5)


@pytest.fixture
def server():
    with DocServer() as srv:
        srv.put("/slow.pdf", BIG)
        srv.fault("/slow.pdf", drip=DRIP)
        srv.put("/feed.json", b'{"conference": "' + b"x" * 20_000 + b'"}')
        srv.fault("/feed.json", drip=DRIP, content_type="application/json")
        srv.put("/live.m3u8", b"#EXTM3U\n" + b"#EXT-X-VERSION:3\n" * 2000)
        srv.fault("/live.m3u8", drip=DRIP, content_type="application/vnd.apple.mpegurl")
        yield srv


def test_a_dripping_download_is_abandoned_with_plain_words_and_the_part_kept(server, tmp_path):
    result = download(
        server.url("/slow.pdf"),
        tmp_path / "c",
        session=make_session(retries=0),
        limits=Limits(pace=QUICK),
    )
    assert result.status == "failed"
    assert "the server is sending too slowly (less than 3.90625 kB/s over 0.5 s)" in result.reason
    assert [p.suffix for p in (tmp_path / "c").iterdir() if p.name.endswith(".part")] == [".part"]


def test_a_steady_but_endless_download_meets_its_total_deadline(server, tmp_path):
    steady = Pace(deadline_s=0.5, min_bytes=20, window_s=0.2)  # the drip is fast enough for this
    result = download(
        server.url("/slow.pdf"),
        tmp_path / "c",
        session=make_session(retries=0),
        limits=Limits(pace=steady, deadline_s=0.5),
    )
    assert result.status == "failed" and "took too long" in result.reason


def test_bodies_that_requests_reads_itself_are_paced_too(server):
    """Feeds, WebDAV and submissions read the whole body through the session (stream=False)."""
    session = make_session(retries=0, pace=QUICK)
    with pytest.raises(TooSlow) as err:
        session.get(server.url("/feed.json"))
    assert plain_reason(err.value).startswith("the server is sending too slowly")


def test_a_feed_that_drips_is_named_as_slow(server, tmp_path):
    fetched = fetch_source(
        server.url("/feed.json"), tmp_path / "cache", session=make_session(retries=0, pace=QUICK)
    )
    assert fetched.problem.startswith("the server is sending too slowly")


def test_a_webdav_request_to_a_dripping_server_ends(server):
    client = WebDav(make_session(retries=0, pace=QUICK))
    with pytest.raises(WebDavError):
        client.get(server.url("/feed.json"))


def test_a_preflight_of_a_dripping_playlist_ends_with_the_reason(server):
    result = preflight(StreamSource(server.url("/live.m3u8")), make_session(retries=0), QUICK)
    assert not result.ok and result.reason.startswith("the server is sending too slowly")


@pytest.mark.timeout(60)
def test_docs_fetch_with_one_dripping_document_ends_with_the_others_fetched(profile):
    """The real defaults (1 kB/s over 30 s): the slow one is named, the ten others arrive."""
    with DocServer() as srv:
        files = []
        for i in range(10):
            srv.put(f"/{i}-E.pdf", make_pdf([f"document {i}"]))
            files.append(
                Document(
                    str(100 + i),
                    f"Document {i}",
                    files=(DocumentFile("en", srv.url(f"/{i}-E.pdf")),),
                )
            )
        srv.put("/slow-E.pdf", BIG)
        srv.fault("/slow-E.pdf", drip=(8, 0.5))  # 16 B/s
        files.insert(0, Document("99", "Slow", files=(DocumentFile("en", srv.url("/slow-E.pdf")),)))
        conference = Conference(
            "pp26", "PP-26", "UTC", bodies=(Body("com5", "C5"),), documents=tuple(files)
        )
        summary = docs.fetch_documents(conference, profile, profile.paths.cache / "documents")
    assert summary.counts()["fetched"] == 10
    [slow] = summary.failed
    assert slow.symbol == "99" and "the server is sending too slowly" in slow.reason


def _tls_server(kind: str, ca: trustme.CA) -> DocServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if kind == "another host":
        ca.issue_cert("docs.other.example").configure_cert(context)
    else:
        own = trustme.CA()
        with own.cert_pem.tempfile() as cert, own.private_key_pem.tempfile() as key:
            context.load_cert_chain(cert, key)
    srv = DocServer()
    srv.put("/67.pdf", make_pdf(["x"]))
    return srv.start(ssl_context=context)


@pytest.mark.parametrize("kind", ["another host", "self-signed"])
def test_a_download_from_a_server_with_a_wrong_certificate_is_refused(tmp_path, kind, monkeypatch):
    ca = trustme.CA()
    srv = _tls_server(kind, ca)
    session = make_session(retries=0)
    with ca.cert_pem.tempfile() as ca_file:
        # The CA is trusted (requests reads this before session.verify): only the name or the
        # signature is wrong.
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", ca_file)
        try:
            result = download(srv.url("/67.pdf"), tmp_path / "c", session=session)
        finally:
            srv.stop()
    assert result.status == "failed" and "secure connection" in result.reason
    word = "mismatch" if kind == "another host" else "self-signed"
    assert word in result.reason.lower()
    assert srv.requests == []  # nothing was asked of a server we could not verify


@pytest.mark.parametrize("kind", ["another host", "self-signed"])
def test_webdav_refuses_a_server_with_a_wrong_certificate(kind, monkeypatch):
    ca = trustme.CA()
    srv = _tls_server(kind, ca)
    with ca.cert_pem.tempfile() as ca_file:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", ca_file)  # the CA is trusted
        try:
            with pytest.raises(WebDavError, match="certificate|secure"):
                WebDav(make_session(retries=0)).get(srv.url("/67.pdf"))
        finally:
            srv.stop()
    assert srv.requests == []
