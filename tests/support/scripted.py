"""Real sockets on 127.0.0.1 whose answers a test writes: an HTTP(S) server that replies to every
request with the reply set last, and raw TCP listeners that misbehave (close at once, never
answer, never accept).

For the mutation tests of net/: each of them sets one answer (a status and reason, headers, a
body) and checks what the client made of it, so one server serves a whole module of tests:

    with ScriptedHttp() as web:
        web.reply(503, b"busy", {"Retry-After": "0"}, reason="Busy")
        ... requests.get(web.url("/x")) ...
        web.requests   # [(method, path, headers, body)], in order
"""

from __future__ import annotations

import http.server
import socket
import ssl
import threading
from dataclasses import dataclass, field


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    reason: str | None = None  # None: the standard phrase
    #: send the headers (and ``body``) and then hold the connection open without finishing
    hang_after_headers: bool = False
    #: accept the request and never answer at all
    silent: bool = False
    #: close the connection right after ``body``, whatever Content-Length announced
    cut: bool = False
    #: no Content-Length: the body ends when the connection closes (HTTP/1.0 style)
    length: bool = True
    #: (bytes, seconds): send the body that many bytes at a time with a pause between pieces
    drip: tuple[int, float] | None = None
    #: answer this many requests with ``status`` and the next ones with ``then`` (None: always)
    times: int | None = None
    then: Reply | None = None


class ScriptedHttp:
    """An HTTP/1.1 server (HTTPS with ``ssl_context``) answering with the reply set last."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None):
        self._reply = Reply()
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self._stop = threading.Event()
        self._ssl_context = ssl_context
        self._httpd: http.server.ThreadingHTTPServer | None = None

    def reply(
        self,
        status: int = 200,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        reason: str | None = None,
        **kwargs: object,
    ) -> None:
        self._reply = Reply(status, body, dict(headers or {}), reason, **kwargs)  # type: ignore[arg-type]
        self.requests.clear()

    def url(self, path: str = "/") -> str:
        assert self._httpd is not None
        scheme = "https" if self._ssl_context else "http"
        return f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}{path}"

    def _next_reply(self) -> Reply:
        reply = self._reply
        if reply.times is not None and reply.times <= 0 and reply.then is not None:
            self._reply = reply = reply.then
        elif reply.times is not None:
            reply.times -= 1
        return reply

    def start(self) -> ScriptedHttp:
        owner = self

        class Handler(_Handler):
            server_owner = owner

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        if self._ssl_context is not None:
            self._httpd.socket = self._ssl_context.wrap_socket(self._httpd.socket, server_side=True)
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> ScriptedHttp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_owner: ScriptedHttp

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        """Quiet: tests read ScriptedHttp.requests."""

    def _answer(self) -> None:
        owner = self.server_owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        owner.requests.append((self.command, self.path, dict(self.headers.items()), body))
        reply = owner._next_reply()
        if reply.silent:
            owner._stop.wait(30)
            self.close_connection = True
            return
        self.send_response(reply.status, reply.reason)
        for key, value in reply.headers.items():
            self.send_header(key, value)
        if not reply.length:
            self.send_header("Connection", "close")
            reply = Reply(**{**reply.__dict__, "cut": True})
        elif "Content-Length" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body) + reply.hang_after_headers))
        self.end_headers()
        if self.command != "HEAD" and reply.status not in (204, 304):
            self._write(reply)
        if reply.cut:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
        if reply.hang_after_headers:  # one byte is still owed: the client waits for it
            owner._stop.wait(30)
            self.close_connection = True

    def _write(self, reply: Reply) -> None:
        if reply.drip is None:
            self.wfile.write(reply.body)
            return
        size, pause = reply.drip
        for start in range(0, len(reply.body), size):
            self.wfile.write(reply.body[start : start + size])
            self.wfile.flush()
            # The server's pace (Event.wait: stop() ends it), not a test's synchronisation.
            if self.server_owner._stop.wait(pause):
                return

    do_GET = do_POST = do_PUT = do_HEAD = do_PROPFIND = do_DELETE = _answer  # noqa: N815


def raised_by(call) -> BaseException:
    """What ``call()`` raised (the test then reads its type and words); fails if nothing."""
    try:
        call()
    except BaseException as exc:  # noqa: BLE001 - the test looks at what was raised
        return exc
    raise AssertionError("no exception")


def free_port() -> int:
    """A port where nothing listens (connections to it are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RawListener:
    """A TCP listener on 127.0.0.1 that does one thing to every connection: ``"close"`` it at
    once, ``"read-close"`` (read the client's first bytes, a TLS hello, then end the stream
    cleanly), stay ``"silent"``, or send ``greeting`` and then stay silent; with ``backlog_full``
    it never accepts, and its queue is filled so that the next connect cannot complete."""

    def __init__(self, mode: str = "silent", greeting: bytes = b"", backlog_full: bool = False):
        self.mode, self.greeting = mode, greeting
        self._stop = threading.Event()
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._port = int(self._sock.getsockname()[1])
        self._fillers: list[socket.socket] = []
        self._threads: list[socket.socket] = []
        if backlog_full:
            self._sock.listen(0)
            # Linux queues backlog + 1 connections; later SYNs are dropped: connect times out.
            for _ in range(2):
                filler = socket.socket()
                filler.setblocking(False)
                filler.connect_ex(self.address)
                self._fillers.append(filler)
        else:
            self._sock.listen(8)
            threading.Thread(target=self._serve, daemon=True).start()

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self._port)

    @property
    def port(self) -> int:
        return self.address[1]

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            if self.mode == "close":
                conn.close()
                continue
            if self.mode == "read-close":  # read what the client sent first, then end cleanly
                conn.settimeout(5)
                try:
                    conn.recv(65536)
                    conn.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                self._threads.append(conn)
                continue
            if self.greeting:
                conn.sendall(self.greeting)
            self._threads.append(conn)  # kept open, never answered

    def close(self) -> None:
        self._stop.set()
        for s in (*self._fillers, *self._threads):
            s.close()
        self._sock.close()

    def __enter__(self) -> RawListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
