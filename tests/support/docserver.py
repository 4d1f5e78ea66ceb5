"""A document server on 127.0.0.1 that the download tests steer, and a tiny PDF writer.

Real sockets, because what matters (Range, If-Range, 304, a body cut mid-way, a server that
never answers, a captive portal's HTML) only shows up on the wire:

    server = DocServer()
    server.put("/docs/67-E.pdf", make_pdf(["page one", "page two"]))
    server.start()
    server.cut_after("/docs/67-E.pdf", 5000)        # the next GET closes after 5,000 bytes
    server.fault("/docs/x.pdf", status=500)         # or html=True, hang=True, content_type=...
    server.fault("/docs/y.pdf", drip=(10, 0.05))    # 10 bytes every 0.05 s: a dripping server
    server.requests                                 # [(path, headers dict)], in order
    server.stop()
"""

from __future__ import annotations

import hashlib
import http.server
import re
import socket
import threading
import zlib
from dataclasses import dataclass

_RANGE = re.compile(r"^bytes=(\d+)-$")


@dataclass
class _Fault:
    status: int | None = None
    html: bool = False
    hang: bool = False
    content_type: str | None = None
    disposition: str | None = None
    times: int | None = None  # None: always
    drip: tuple[int, float] | None = None  # (bytes, seconds): the body a few bytes at a time


class DocServer:
    def __init__(self):
        self.files: dict[str, tuple[bytes, str]] = {}
        self.faults: dict[str, _Fault] = {}
        self.cuts: dict[str, int] = {}
        self.requests: list[tuple[str, dict]] = []
        self.etags = True
        self._stop = threading.Event()
        self._httpd: http.server.ThreadingHTTPServer | None = None

    # -- set-up ------------------------------------------------------------------------------
    def put(
        self, path: str, data: bytes, last_modified: str = "Mon, 02 Mar 2026 09:00:00 GMT"
    ) -> None:
        self.files[path] = (data, last_modified)

    def fault(
        self,
        path: str,
        *,
        status: int | None = None,
        html: bool = False,
        hang: bool = False,
        content_type: str | None = None,
        disposition: str | None = None,
        times: int | None = None,
        drip: tuple[int, float] | None = None,
    ) -> None:
        self.faults[path] = _Fault(status, html, hang, content_type, disposition, times, drip)

    def cut_after(self, path: str, nbytes: int) -> None:
        """The next GET of ``path`` announces the full length but closes after ``nbytes``."""
        self.cuts[path] = nbytes

    def url(self, path: str) -> str:
        assert self._httpd is not None
        return f"{self._scheme}://127.0.0.1:{self._httpd.server_address[1]}{path}"

    def hits(self, path: str) -> list[dict]:
        return [h for p, h in self.requests if p == path]

    # -- life ----------------------------------------------------------------------------------
    def start(self, ssl_context=None) -> DocServer:
        """Serve plain HTTP, or HTTPS with ``ssl_context`` (a server-side ``ssl.SSLContext``)."""
        owner = self

        class Handler(_Handler):
            server_owner = owner

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._scheme = "http"
        if ssl_context is not None:
            self._httpd.socket = ssl_context.wrap_socket(self._httpd.socket, server_side=True)
            self._scheme = "https"
        self._httpd.daemon_threads = True
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> DocServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_owner: DocServer

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        """Quiet: tests read DocServer.requests."""

    def do_GET(self):  # noqa: N802 - stdlib name
        owner = self.server_owner
        path = self.path.split("?", 1)[0]
        owner.requests.append((path, dict(self.headers.items())))
        fault = owner.faults.get(path)
        if fault is not None and fault.times is not None:
            fault.times -= 1
            if fault.times < 0:
                fault = None
        if fault is not None and fault.hang:
            owner._stop.wait(30)
            self.close_connection = True
            return
        if fault is not None and fault.status:
            return self._send(fault.status, b"<html><body>Server error</body></html>", "text/html")
        if fault is not None and fault.html:
            ctype = fault.content_type or "text/html; charset=utf-8"
            return self._send(
                200,
                b"<!DOCTYPE html><html><body>Please log in to the hotel Wi-Fi.</body></html>",
                ctype,
            )
        if path not in owner.files:
            return self._send(404, b"not found", "text/plain")
        data, last_modified = owner.files[path]
        etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
        validators = {"Last-Modified": last_modified, **({"ETag": etag} if owner.etags else {})}
        if (
            self.headers.get("If-None-Match") == etag
            and owner.etags
            or (not owner.etags and self.headers.get("If-Modified-Since") == last_modified)
        ):
            return self._send(304, b"", None, validators)
        extra = dict(validators)
        if fault is not None and fault.disposition:
            extra["Content-Disposition"] = fault.disposition
        ctype = (
            fault.content_type if fault is not None and fault.content_type else "application/pdf"
        )
        match = _RANGE.match(self.headers.get("Range", ""))
        if_range = self.headers.get("If-Range")
        if match and (if_range is None or if_range in (etag, last_modified)):
            start = int(match.group(1))
            if start >= len(data):
                return self._send(416, b"", "text/plain", {"Content-Range": f"bytes */{len(data)}"})
            extra["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
            return self._send(206, data[start:], ctype, extra, path)
        return self._send(200, data, ctype, extra, path)

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str | None,
        headers: dict | None = None,
        path: str | None = None,
    ) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        cut = self.server_owner.cuts.pop(path, None) if path else None
        fault = self.server_owner.faults.get(path) if path else None
        try:
            if fault is not None and fault.drip is not None and status != 304:
                self._drip(body, *fault.drip)
            elif cut is not None:
                self.wfile.write(body[:cut])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
            elif status != 304:
                self.wfile.write(body)
        except OSError:
            self.close_connection = True

    def _drip(self, body: bytes, size: int, interval: float) -> None:
        """A server that is alive but slow: the client must give up, not wait for ever. The
        pause is the server's pace (Event.wait: stop() ends it), not a test's synchronisation."""
        stop = self.server_owner._stop
        for start in range(0, len(body), size):
            self.wfile.write(body[start : start + size])
            self.wfile.flush()
            if stop.wait(interval):
                break
        self.close_connection = True


# -- a tiny PDF writer (Helvetica, one text block per page) -----------------------------------------
def make_pdf(pages: list[str], compress: bool = True) -> bytes:
    """A valid PDF with one page per string (lines split on "\\n", Latin-1 text), xref and all:
    enough for PDFium to extract exactly this text."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, text in enumerate(pages):
        lines = ["BT /F1 11 Tf 14 TL 56 780 Td"]
        for line in text.split("\n"):
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            lines.append(f"({escaped}) Tj T*")
        lines.append("ET")
        stream = "\n".join(lines).encode("cp1252", "replace")
        if compress:
            stream = zlib.compress(stream)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
            f">> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        flate = b" /Filter /FlateDecode" if compress else b""
        objects.append(
            b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
