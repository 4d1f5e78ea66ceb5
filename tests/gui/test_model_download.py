"""A transcript model downloaded from the window (issue 19): a progress dialog with Cancel,
the download on a worker, and Cancel keeps nothing. A real HTTP hub on 127.0.0.1 serves a
small made-up model folder with a correct manifest (checksums computed here with hashlib);
it holds model.bin half-sent until the test has pressed Cancel, so the dialog is seen mid-way."""

from __future__ import annotations

import hashlib
import threading

import pytest
from PySide6.QtWidgets import QPushButton
from werkzeug import Response

from observer_app.services import speech_models as sm

pytestmark = [pytest.mark.gui, pytest.mark.vlc]  # the window plays its demo first

REPO = "Systran/faster-whisper-tiny"  # a model the test machine does not ship
FILES = {
    "config.json": b'{"alignment_heads": [], "lang_ids": []}',
    "tokenizer.json": b'{"model": {"vocab": {}}}',
    "model.bin": bytes(range(256)) * (4 * 4096),  # 4 MiB
}
FIRST = 2 * 256 * 1024  # sent at once (two of the downloader's blocks); the rest on release


def _tree() -> list[dict]:
    entries = []
    for name, data in sorted(FILES.items()):
        if name == "model.bin":
            lfs = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data)}
            entries.append({"path": name, "size": len(data), "oid": "x", "lfs": lfs})
        else:
            blob = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
            entries.append({"path": name, "size": len(data), "oid": blob})
    return entries


def _serve(httpserver, release: threading.Event) -> None:
    httpserver.expect_request(f"/api/models/{REPO}/tree/main").respond_with_json(_tree())
    for name, data in FILES.items():
        if name != "model.bin":
            httpserver.expect_request(f"/{REPO}/resolve/main/{name}").respond_with_data(data)
    data = FILES["model.bin"]

    def held():
        yield data[:FIRST]
        release.wait(30)  # the test presses Cancel first (bounded, so a broken test ends)
        yield data[FIRST:]

    httpserver.expect_request(f"/{REPO}/resolve/main/model.bin").respond_with_response(
        Response(
            held(),
            content_type="application/octet-stream",
            headers={"Content-Length": str(len(data))},
            direct_passthrough=True,
        )
    )


def test_model_download_shows_progress_and_cancel_keeps_nothing(
    qtbot, window, httpserver, tmp_path
):
    from tests.gui.test_main_window import wait_playing

    release = threading.Event()
    _serve(httpserver, release)
    cache = window.profile.paths.cache
    window.profile.settings.set("transcript.model", "tiny")
    dock = window.transcript
    dock.hub = httpserver.url_for("")
    wait_playing(qtbot, window)
    try:
        dock.panel.toggle.click()
        qtbot.waitUntil(lambda: dock.progress is not None and dock.progress.value() > 0)
        dialog = dock.progress
        assert dialog.isVisible()
        assert "model.bin" in dialog.labelText()
        assert dialog.value() < 1000  # held mid-way by the server
        assert "Downloading" in dock.panel.status.text()
        window.grab().save(str(tmp_path / "window-model-download.png"))
        dialog.grab().save(str(tmp_path / "model-download-dialog.png"))
        cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
        cancel.click()
    finally:
        release.set()
    qtbot.waitUntil(lambda: dock.progress is None, timeout=10_000)
    assert dock.panel.status.text() == "Download cancelled; nothing was kept."
    assert not dock.panel.toggle.isChecked()
    assert not dock.live.running
    assert not sm.cached_model("tiny", cache).exists()
    assert list((cache / "models").iterdir()) == []  # no partial folder either
