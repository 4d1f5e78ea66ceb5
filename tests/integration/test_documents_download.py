"""Downloads of conference documents against a real HTTP server on 127.0.0.1: resume, 304,
errors, lies, hostile names, a full disk. Nothing may be written outside the cache."""

from __future__ import annotations

import hashlib
import json
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
from support.docserver import DocServer, make_pdf

from observer_app.net.download import Cached, Limits, Watch, download, part_path
from observer_app.net.session import make_session
from tests.support.disk import tiny_tmpfs

ROOT = Path(__file__).resolve().parents[2]
BIG = b"%PDF-1.4\n" + bytes(range(256)) * 1200  # ~300 KB, starts like a PDF


@pytest.fixture
def server():
    with DocServer() as srv:
        yield srv


def listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def finished_files(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir() if not p.name.startswith("."))


def test_fetch_then_304_with_etag_and_with_last_modified(server, tmp_path):
    pdf = make_pdf(["Document 67", "page two"])
    server.put("/67-E.pdf", pdf)
    cache = tmp_path / "cache"
    first = download(server.url("/67-E.pdf"), cache, name="67-en")
    assert first.status == "fetched" and first.path == (cache / "67-en.pdf").resolve()
    assert first.path.read_bytes() == pdf and first.sha256 == hashlib.sha256(pdf).hexdigest()
    assert first.etag and first.last_modified
    again = download(
        server.url("/67-E.pdf"),
        cache,
        name="67-en",
        cached=Cached(first.path, first.etag, first.last_modified),
    )
    assert again.status == "unchanged" and again.path == first.path
    assert server.hits("/67-E.pdf")[-1]["If-None-Match"] == first.etag
    server.etags = False
    by_date = download(
        server.url("/67-E.pdf"),
        cache,
        name="67-en",
        cached=Cached(first.path, None, first.last_modified),
    )
    assert by_date.status == "unchanged"
    assert server.hits("/67-E.pdf")[-1]["If-Modified-Since"] == first.last_modified
    assert finished_files(cache) == ["67-en.pdf"]


def test_missing_local_copy_makes_the_request_unconditional(server, tmp_path):
    server.put("/a.pdf", make_pdf(["a"]))
    cache = tmp_path / "cache"
    first = download(server.url("/a.pdf"), cache, name="a")
    first.path.unlink()
    again = download(
        server.url("/a.pdf"),
        cache,
        name="a",
        cached=Cached(first.path, first.etag, first.last_modified),
    )
    assert again.status == "fetched" and again.path.is_file()
    assert "If-None-Match" not in server.hits("/a.pdf")[-1]


def test_cut_connection_is_resumed_with_range(server, tmp_path):
    server.put("/big.pdf", BIG)
    server.cut_after("/big.pdf", 100_000)
    seen = []
    result = download(
        server.url("/big.pdf"),
        tmp_path / "c",
        name="big",
        watch=Watch(progress=lambda d, t: seen.append((d, t))),
    )
    assert result.status == "fetched" and result.resumed
    assert result.path.read_bytes() == BIG and result.sha256 == hashlib.sha256(BIG).hexdigest()
    first, second = server.hits("/big.pdf")
    assert "Range" not in first
    offset = int(second["Range"].removeprefix("bytes=").rstrip("-"))
    assert 0 < offset <= 100_000 and second["If-Range"] == result.etag
    assert [d for d, _t in seen] == sorted(d for d, _t in seen) and seen[-1] == (len(BIG), len(BIG))
    assert (
        finished_files(tmp_path / "c") == ["big.pdf"]
        and not part_path(tmp_path / "c", server.url("/big.pdf")).exists()
    )


def test_a_changed_file_restarts_instead_of_splicing(server, tmp_path):
    cache = tmp_path / "c"
    server.put("/doc.pdf", BIG)
    server.cut_after(
        "/doc.pdf", 150_000
    )  # urllib3 drops the last partial chunk: more than two chunks
    # Cancel as soon as the cut happened, so that the part stays for the next call.
    result = download(
        server.url("/doc.pdf"),
        cache,
        name="doc",
        watch=Watch(cancel=lambda: len(server.hits("/doc.pdf")) > 1),
    )
    assert result.status == "cancelled" and part_path(cache, server.url("/doc.pdf")).exists()
    newer = b"%PDF-1.7\n" + bytes(reversed(range(256))) * 1000
    server.put("/doc.pdf", newer)
    result = download(server.url("/doc.pdf"), cache, name="doc")
    assert result.status == "fetched" and result.path.read_bytes() == newer
    assert "Range" in server.hits("/doc.pdf")[-1]  # asked to resume, got a 200 with the new file


def test_cancel_keeps_the_part_out_of_sight_and_a_later_call_resumes(server, tmp_path):
    server.put("/big.pdf", BIG)
    cache = tmp_path / "c"
    calls = []
    result = download(
        server.url("/big.pdf"),
        cache,
        name="big",
        watch=Watch(progress=lambda d, t: calls.append(d), cancel=lambda: len(calls) > 2),
    )
    assert result.status == "cancelled" and result.path is None
    assert finished_files(cache) == []  # only the hidden .part
    result = download(server.url("/big.pdf"), cache, name="big")
    assert result.status == "fetched" and result.path.read_bytes() == BIG
    assert server.hits("/big.pdf")[-1]["Range"].startswith("bytes=")


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_are_plain_reasons(server, tmp_path, status):
    server.fault("/x.pdf", status=status)
    result = download(server.url("/x.pdf"), tmp_path / "c", session=make_session(retries=1))
    assert result.status == "failed" and str(status) in result.reason
    assert finished_files(tmp_path / "c") == []


def test_unknown_path_is_404(server, tmp_path):
    result = download(server.url("/nothing.pdf"), tmp_path / "c")
    assert result.status == "failed" and "404" in result.reason


def test_timeout_is_named_and_nothing_hangs(server, tmp_path):
    server.fault("/slow.pdf", hang=True)
    result = download(
        server.url("/slow.pdf"),
        tmp_path / "c",
        session=make_session(retries=0),
        limits=Limits(timeout=(2, 0.5)),
    )
    assert result.status == "failed" and "timeout" in result.reason


def test_untrusted_certificate_is_refused(tmp_path):
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    srv = DocServer()
    srv.put("/67.pdf", make_pdf(["x"]))
    srv.start(ssl_context=context)
    try:
        result = download(srv.url("/67.pdf"), tmp_path / "c", session=make_session(retries=0))
    finally:
        srv.stop()
    assert result.status == "failed" and result.reason.startswith(
        "the secure connection to 127.0.0.1"
    )
    assert "TLS" in result.reason and "certificate" in result.reason.lower()
    assert listing(tmp_path / "c") == set()


def test_connection_refused(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = download(
        f"http://127.0.0.1:{port}/x.pdf", tmp_path / "c", session=make_session(retries=0)
    )
    assert result.status == "failed" and "cannot reach 127.0.0.1" in result.reason


@pytest.mark.parametrize(
    "ctype, words", [("text/html; charset=utf-8", "text/html"), ("application/pdf", "an HTML page")]
)
def test_html_is_refused_even_when_labelled_pdf(server, tmp_path, ctype, words):
    server.fault("/67.pdf", html=True, content_type=ctype)
    result = download(server.url("/67.pdf"), tmp_path / "c")
    assert (
        result.status == "failed"
        and result.reason.startswith("not a PDF")
        and words in result.reason
    )
    assert listing(tmp_path / "c") == set()


def test_too_big_is_refused_before_and_while_reading(server, tmp_path):
    server.put("/big.pdf", BIG)
    result = download(server.url("/big.pdf"), tmp_path / "c", limits=Limits(max_bytes=10_000))
    assert result.status == "failed" and "too big" in result.reason
    assert listing(tmp_path / "c") == set()


HOSTILE = [
    "../../x",
    "/etc/passwd",
    "..\\..\\windows\\x",
    "CON",
    "nul.txt",
    "com1.pdf",
    "a\x00b",
    "x" * 300,
    "\n\r\t",
    "..",
    ".",
    "",
    ".bashrc",
    "x.pdf.part",
    "C:\\boot.ini",
    "LPT9 .pdf",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_end_up_inside_the_cache(server, tmp_path, name):
    server.put("/d.pdf", make_pdf(["x"]))
    cache = tmp_path / "cache"
    before = listing(tmp_path)
    result = download(server.url("/d.pdf"), cache, name=name)
    assert result.status == "fetched"
    assert result.path.parent == cache.resolve() and result.path.name.endswith(".pdf")
    assert (
        not result.path.name.startswith(".")
        and not result.path.name.endswith(".part.pdf")
        or name == "x.pdf.part"
    )
    assert len(result.path.name) <= 120 and "\x00" not in result.path.name
    assert listing(tmp_path) - before == {"cache", f"cache/{result.path.name}"}


@pytest.mark.parametrize(
    "disposition",
    [
        'attachment; filename="../../.bashrc"',
        "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd",
        'attachment; filename="/tmp/evil.pdf"',
        'inline; filename="CON"',
    ],
)
def test_content_disposition_cannot_escape(server, tmp_path, disposition):
    server.put("/d.pdf", make_pdf(["x"]))
    server.fault("/d.pdf", disposition=disposition)
    before = listing(tmp_path)
    result = download(server.url("/d.pdf"), tmp_path / "cache")
    assert result.status == "fetched" and result.path.parent == (tmp_path / "cache").resolve()
    assert listing(tmp_path) - before == {"cache", f"cache/{result.path.name}"}


def test_url_path_traversal_cannot_escape(server, tmp_path):
    server.put("/docs/..%2F..%2Fevil.pdf", make_pdf(["x"]))
    result = download(server.url("/docs/..%2F..%2Fevil.pdf"), tmp_path / "cache")
    assert result.status == "fetched" and result.path == (tmp_path / "cache" / "evil.pdf").resolve()


_FSIZE_CHILD = """
import json, resource, signal, sys
sys.path.insert(0, sys.argv[3])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing us
resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))
from observer_app.net.download import download
r = download(sys.argv[1], sys.argv[2], name="big")
print(json.dumps({"status": r.status, "reason": r.reason}))
"""


def test_file_size_limit_fails_plainly_and_leaves_no_half_file(server, tmp_path):
    server.put("/big.pdf", BIG)
    cache = tmp_path / "cache"
    out = subprocess.run(
        [sys.executable, "-c", _FSIZE_CHILD, server.url("/big.pdf"), str(cache), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["status"] == "failed" and result["reason"].startswith("disk full")
    assert listing(cache) == set()


@pytest.fixture
def tiny_disk(tmp_path):
    with tiny_tmpfs(tmp_path / "tiny", "128k") as mount_point:
        yield mount_point


def test_full_disk_fails_plainly_and_keeps_nothing(server, tiny_disk):
    server.put("/big.pdf", BIG)
    result = download(server.url("/big.pdf"), tiny_disk / "cache", name="big")
    assert (
        result.status == "failed"
        and result.reason.startswith("disk full")
        and "No space" in result.reason
    )
    assert listing(tiny_disk / "cache") == set()
