"""A real WebDAV team folder for sync tests: wsgidav on cheroot over HTTPS on 127.0.0.1, with a
throwaway certificate authority (trustme) that the profiles trust through ``sync.ca_file``."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cheroot.wsgi
import pytest
import trustme
from cheroot.ssl.builtin import BuiltinSSLAdapter
from wsgidav.fs_dav_provider import FileResource, FilesystemProvider
from wsgidav.wsgidav_app import WsgiDAVApp


@contextmanager
def https_webdav(base: Path, passwords: dict[str, str]) -> Iterator[tuple[str, Path, Path]]:
    """Serve ``base/server-root`` over HTTPS with basic auth for ``passwords`` (user ->
    password); yields (URL, server root, CA file)."""
    root, tls = base / "server-root", base / "tls"
    root.mkdir(parents=True)
    tls.mkdir()
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(tls / "cert.pem")
    cert.private_key_pem.write_to_path(tls / "key.pem")
    ca.cert_pem.write_to_path(tls / "ca.pem")
    patch = pytest.MonkeyPatch()
    # wsgidav's ETag has whole-second mtimes; real servers change it on every write.
    patch.setattr(
        FileResource,
        "get_etag",
        lambda self: hashlib.sha256(Path(self._file_path).read_bytes()).hexdigest()[:32],
    )
    app = WsgiDAVApp(
        {
            "provider_mapping": {"/": FilesystemProvider(str(root))},
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "simple_dc": {
                "user_mapping": {"*": {u: {"password": pw} for u, pw in passwords.items()}}
            },
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
        }
    )
    server = cheroot.wsgi.Server(("127.0.0.1", 0), app, numthreads=4)
    server.ssl_adapter = BuiltinSSLAdapter(str(tls / "cert.pem"), str(tls / "key.pem"))
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.bind_addr[1]}", root, tls / "ca.pem"
    finally:
        server.stop()
        thread.join(10)
        patch.undo()
