"""A local HTTP server for stream tests that can fail on purpose.

Players (libVLC, requests) are tested against a real socket rather than mocks, because the
behaviour that matters (Range requests, reconnects, a server that disappears or hangs) only
shows up on the wire. A test serves a directory written by ``tests.support.media``, switches
failure modes on and off, and looks at what the player fetched:

    server = StreamServer(tmp_path)
    server.start()
    url = server.url("master.m3u8")
    server.respond_status("/video_", 404)   # every path starting with /video_ -> 404
    server.stop(); server.start()           # same port: the player's URL stays valid
    assert server.hits("/master.m3u8") >= 1
    server.stop()
"""

from __future__ import annotations

import email.message
import http.server
import os
import re
import socket
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: Content types the players care about; anything else is application/octet-stream.
CONTENT_TYPES = {
    ".m3u8": "application/vnd.apple.mpegurl",
    ".ts": "video/mp2t",
    ".m4s": "video/iso.segment",
    ".mp4": "video/mp4",
    ".aac": "audio/aac",
    ".vtt": "text/vtt; charset=utf-8",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
}
#: Playlists change under a live encoder: a player must never get a cached copy.
NO_CACHE_SUFFIXES = (".m3u8", ".json")

HTML_BODY = b"<html><head><title>Portal</title></head><body>Please log in.</body></html>\n"

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class _Fault:
    """What to do instead of serving the file: ('status', code), ('html', None), ('hang', None)."""

    def __init__(self, kind: str, code: int | None = None):
        self.kind = kind
        self.code = code


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves files with Range support, or applies the fault that matches the path."""

    # HTTP/1.1 keeps connections open like a real CDN, so stop() has live sockets to cut.
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        """Silent: tests read hits()/last_headers() instead of stderr."""

    def do_HEAD(self):
        self._serve(send_body=False)

    def do_GET(self):
        self._serve(send_body=True)

    def _serve(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        owner = self.server.owner
        owner._record(path, self.headers)
        fault = owner._fault_for(path)
        if fault is not None and fault.kind == "hang":
            # Accept and never answer. stop() sets the event and cuts the socket.
            self.server.stopping.wait()
            self.close_connection = True
            return
        if fault is not None and fault.kind == "html":
            return self._send(200, HTML_BODY, "text/html; charset=utf-8", send_body)
        if fault is not None:
            return self._send(fault.code, b"", "text/plain", send_body)

        file = owner._resolve(path)
        try:
            # Read whole files: they are small, and a live encoder may delete or replace
            # them at any moment (reading once gives a consistent body and length).
            data = file.read_bytes() if file is not None else None
        except OSError:
            data = None
        if data is None:
            return self._send(404, b"not found\n", "text/plain", send_body)

        ctype = CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream")
        extra = {"Accept-Ranges": "bytes"}
        if file.suffix.lower() in NO_CACHE_SUFFIXES:
            extra["Cache-Control"] = "no-cache"
        rng = self.headers.get("Range")
        if rng:
            span = _parse_range(rng, len(data))
            if span is None:
                extra["Content-Range"] = f"bytes */{len(data)}"
                return self._send(416, b"", ctype, send_body, extra)
            start, end = span
            extra["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            return self._send(206, data[start : end + 1], ctype, send_body, extra)
        return self._send(200, data, ctype, send_body, extra)

    def _send(self, code, body, ctype, send_body, extra=None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    """One 'bytes=a-b' / 'bytes=a-' / 'bytes=-n' range -> inclusive (start, end), or None."""
    m = _RANGE.match(header.strip())
    if not m or (not m.group(1) and not m.group(2)):
        return None
    first, last = m.group(1), m.group(2)
    if not first:  # suffix range: the last n bytes
        n = int(last)
        if n == 0 or size == 0:
            return None
        return max(0, size - n), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return None
    return start, end


class _HTTPServer(http.server.ThreadingHTTPServer):
    """Remembers its open connections so stop() can cut them (a player must see EOF/RST)."""

    allow_reuse_address = True  # SO_REUSEADDR: rebind the same port despite TIME_WAIT
    daemon_threads = True

    def __init__(self, address, owner: StreamServer):
        self.owner = owner
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request, client_address):
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request, client_address):
        """Silent: resets and broken pipes are the point of these tests, not errors."""

    def drop_connections(self) -> None:
        with self.connections_lock:
            conns = list(self.connections)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class StreamServer:
    """Threaded HTTP server on 127.0.0.1 serving ``directory``; start/stop/start on one port.

    The port is picked by the OS on the first start() (or given) and kept afterwards, so a URL
    handed to a player stays valid across stop()/start() - that is how tests simulate a CDN
    outage and its recovery.
    """

    def __init__(self, directory: str | os.PathLike, port: int = 0):
        self.directory = Path(directory).resolve()
        self._port = port
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._faults: dict[str, _Fault] = {}
        self._hits: dict[str, int] = {}
        self._headers: dict[str, email.message.Message] = {}

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> StreamServer:
        """Listen (again) on the same port. Raises OSError if someone else took the port."""
        if self._httpd is not None:
            return self
        httpd = _HTTPServer(("127.0.0.1", self._port), self)
        self._port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"StreamServer:{self._port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the listening socket and cut every open connection (hanging ones included).

        After this a new connection is refused and a player in the middle of a download gets
        EOF/reset - the same as a server that went away.
        """
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.stopping.set()  # release hang() handlers
        httpd.shutdown()  # stop the accept loop (returns within poll_interval)
        httpd.server_close()  # close the listening socket
        httpd.drop_connections()  # EOF/RST for keep-alive and in-flight connections
        self._thread.join(timeout=5)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def __enter__(self) -> StreamServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port; 0 until the first start() when it was left to the OS."""
        return self._port

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self._port}/{path.lstrip('/')}"

    # -- faults ------------------------------------------------------------------------------
    def respond_status(self, path_prefix: str, code: int) -> None:
        """Answer ``code`` with an empty body for paths starting with ``path_prefix`` ("/" = all)."""
        self._set_fault(path_prefix, _Fault("status", code))

    def respond_html(self, path_prefix: str = "/") -> None:
        """Answer 200 text/html (a captive portal / login page) instead of the file."""
        self._set_fault(path_prefix, _Fault("html"))

    def hang(self, path_prefix: str = "/") -> None:
        """Accept the request and never answer; it stays hung until stop(), not clear_faults()."""
        self._set_fault(path_prefix, _Fault("hang"))

    def clear_faults(self) -> None:
        """Serve files normally again (requests already hanging stay hung until stop())."""
        with self._lock:
            self._faults.clear()

    def _set_fault(self, path_prefix: str, fault: _Fault) -> None:
        with self._lock:
            self._faults[_norm(path_prefix)] = fault

    def _fault_for(self, path: str) -> _Fault | None:
        """The fault of the longest matching prefix, so a global fault can have exceptions."""
        with self._lock:
            matches = [p for p in self._faults if path.startswith(p)]
            return self._faults[max(matches, key=len)] if matches else None

    # -- what the player did -----------------------------------------------------------------
    def hits(self, path: str) -> int:
        """How many requests (GET/HEAD, faulted or not) asked for exactly ``path``."""
        with self._lock:
            return self._hits.get(_norm(path), 0)

    def all_hits(self) -> dict[str, int]:
        """A copy of the per-path request counts, to see everything a player fetched."""
        with self._lock:
            return dict(self._hits)

    def last_headers(self, path: str) -> email.message.Message | None:
        """Headers of the latest request for ``path`` (case-insensitive ``.get("User-Agent")``)."""
        with self._lock:
            return self._headers.get(_norm(path))

    def reset_counts(self) -> None:
        with self._lock:
            self._hits.clear()
            self._headers.clear()

    def _record(self, path: str, headers: email.message.Message) -> None:
        with self._lock:
            self._hits[path] = self._hits.get(path, 0) + 1
            self._headers[path] = headers

    def _resolve(self, path: str) -> Path | None:
        """Map a URL path to a file inside the served directory (no escaping it with ..)."""
        candidate = (self.directory / path.lstrip("/")).resolve()
        if candidate != self.directory and self.directory not in candidate.parents:
            return None
        return candidate if candidate.is_file() else None


def _norm(path: str) -> str:
    return "/" + path.lstrip("/")
