"""The whole sending path against a real Secret Service: gnome-keyring in the test's own D-Bus
session (tests/run.sh runs the suite under dbus-run-session), the real command line, a real
HTTPS receiver. Afterwards the token is in the keyring and in no file of the app."""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
import time

import pytest
import trustme
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Response

pytestmark = pytest.mark.vlc  # slow-ish: real processes
TOKEN = "obs-token-7f3a9c1e-real-keyring"


@pytest.fixture
def gnome_keyring(tmp_path):
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").startswith("unix:") or not shutil.which(
        "gnome-keyring-daemon"
    ):
        pytest.skip("needs the D-Bus session and gnome-keyring of tests/run.sh")
    # A keyring of its own (a login keyring left by another run has another password).
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "keyring-home")}
    # --replace: a daemon that D-Bus activated earlier in this session (any test that asked
    # keyring which backend it has) would otherwise keep the name with a locked collection.
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--replace", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    daemon.stdin.write(b"test-keyring-password")
    daemon.stdin.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        owned = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ],
            capture_output=True,
            text=True,
        )
        if "true" in owned.stdout:
            break
        time.sleep(0.1)  # polling the D-Bus name, with the deadline above
    else:
        daemon.kill()
        pytest.skip("gnome-keyring did not start")
    yield
    daemon.kill()
    daemon.wait(timeout=5)


def cli(data_dir, *args, stdin=None):
    env = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return subprocess.run(
        [sys.executable, "-m", "observer_app", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_token_through_the_real_keyring_reaches_the_receiver_and_no_file(gnome_keyring, tmp_path):
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    received = []
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.expect_request("/reports", method="POST").respond_with_handler(
        lambda request: (
            received.append((dict(request.headers), request.get_data()))
            or Response(json.dumps({"id": "r-1"}), 201, content_type="application/json")
        )
    )
    server.start()
    data = tmp_path / "profile"
    try:
        status = cli(data, "secret", "status")
        assert "SecretService" in status.stdout and status.returncode == 0, (
            status.stdout + status.stderr
        )
        stored = cli(data, "secret", "set", "http.token", stdin=TOKEN + "\n")
        assert stored.returncode == 0, stored.stderr
        cli(data, "settings", "set", "http.url", f"https://127.0.0.1:{server.port}/reports")
        cli(data, "settings", "set", "http.ca_file", str(ca_file))
        cli(data, "notes", "add", "Kenya supports DT/33", "--body", "com5")
        sent = cli(data, "-v", "send", "--to", "http")
        assert sent.returncode == 0 and sent.stdout.startswith("sent"), sent.stdout + sent.stderr
    finally:
        server.stop()
    ((headers, body),) = received
    assert headers.get("Authorization") == f"Bearer {TOKEN}"
    assert json.loads(body)["format"] == "observer-feedback"
    assert TOKEN not in sent.stdout + sent.stderr  # not even with -v
    for path in data.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
