"""Speech with a known text at known times: espeak-ng (Debian) voices, placed in silence by
numpy, muxed by ffmpeg under a test picture into HLS. For transcript tests and benchmarks.

``make_speech_hls(out_dir, [(at_s, text), ...], seconds)`` writes ``out_dir/speech.m3u8``
(VOD, 2 s segments) and ``speech.wav`` (the 16 kHz mono audio as muxed), and returns the
sentences with the instant each one's voice really starts (first loud sample, measured on
the audio, not taken from the code under test).
"""

from __future__ import annotations

import re
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16000


@dataclass(frozen=True)
class Spoken:
    text: str
    start_s: float  # when the voice starts in the stream
    end_s: float


def speak(text: str, voice: str = "en-us", speed: int = 150) -> np.ndarray:
    """espeak-ng's voice for ``text`` as float32 samples at 16 kHz."""
    raw = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "--stdout", text],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    pcm = subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", "pipe:0"]
        + ["-ac", "1", "-ar", str(RATE), "-f", "s16le", "pipe:1"],
        input=raw,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def _voiced(samples: np.ndarray) -> tuple[float, float]:
    loud = np.flatnonzero(np.abs(samples) > 0.02)
    return (loud[0] / RATE, loud[-1] / RATE) if len(loud) else (0.0, 0.0)


def write_wav(path: Path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


def compose(
    sentences: list[tuple[float, str]], seconds: float, voice: str = "en-us"
) -> tuple[np.ndarray, list[Spoken]]:
    """One track of ``seconds`` with each text spoken from its instant on."""
    track = np.zeros(int(seconds * RATE), dtype=np.float32)
    spoken = []
    for at_s, text in sentences:
        voice_samples = speak(text, voice)
        first = int(at_s * RATE)
        end = min(len(track), first + len(voice_samples))
        track[first:end] += voice_samples[: end - first]
        on, off = _voiced(voice_samples[: end - first])
        spoken.append(Spoken(text, at_s + on, at_s + off))
    return track, spoken


def make_speech_hls(
    out_dir: str | Path,
    sentences: list[tuple[float, str]],
    seconds: float,
    voice: str = "en-us",
) -> tuple[Path, list[Spoken]]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    track, spoken = compose(sentences, seconds, voice)
    write_wav(out / "speech.wav", track)
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", f"testsrc2=s=320x180:r=25:d={seconds}", "-i", "speech.wav"]
        + ["-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-preset", "ultrafast", "-g", "25"]
        + ["-sc_threshold", "0", "-c:a", "aac", "-b:a", "64k", "-ac", "1", "-shortest"]
        + ["-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod", "speech.m3u8"],
        cwd=out,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return out / "speech.m3u8", spoken


def make_speech_mp4(
    out_dir: str | Path, sentences: list[tuple[float, str]], seconds: float, gop_s: float = 5.0
) -> tuple[Path, list[Spoken]]:
    """``out_dir/speech.mp4`` (H.264 with a keyframe every ``gop_s``, AAC, moov first) with
    each text spoken from its instant on, and the instants its voice really starts."""
    return _speech_file(
        out_dir, "speech.mp4", sentences, seconds, gop_s, ["-movflags", "+faststart"]
    )


def make_speech_mkv(
    out_dir: str | Path, sentences: list[tuple[float, str]], seconds: float, gop_s: float = 5.0
) -> tuple[Path, list[Spoken]]:
    """``out_dir/speech.mkv``, Matroska as ffmpeg writes it (cues at the end), otherwise as
    ``make_speech_mp4``."""
    return _speech_file(out_dir, "speech.mkv", sentences, seconds, gop_s, [])


def _speech_file(
    out_dir: str | Path,
    name: str,
    sentences: list[tuple[float, str]],
    seconds: float,
    gop_s: float,
    muxer: list[str],
) -> tuple[Path, list[Spoken]]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    track, spoken = compose(sentences, seconds)
    write_wav(out / "speech.wav", track)
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", f"testsrc2=s=320x180:r=25:d={seconds}", "-i", "speech.wav"]
        + ["-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-preset", "ultrafast"]
        + ["-g", str(int(25 * gop_s)), "-sc_threshold", "0", "-c:a", "aac", "-b:a", "64k"]
        + ["-ac", "1", "-shortest", *muxer, name],
        cwd=out,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return out / name, spoken


def start_speech_live(
    out_dir: str | Path, wav: Path, segment_seconds: float = 1.0, list_size: int = 6
):
    """``ffmpeg -re`` looping ``wav`` (under a test picture) as live HLS with
    EXT-X-PROGRAM-DATE-TIME into ``out_dir/live.m3u8``; the same safety as the tone encoder
    (``tests/support/media.LiveEncoder``: stopped at exit, killed with its parent)."""
    import atexit
    import tempfile

    from tests.support import media

    out = Path(out_dir)
    for stale in [out / "live.m3u8", *out.glob("live_*.ts")]:
        stale.unlink(missing_ok=True)
    encoder = media.LiveEncoder.__new__(media.LiveEncoder)
    encoder.out_dir, encoder.playlist = out, out / "live.m3u8"
    encoder._log = tempfile.TemporaryFile()
    cmd = ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-re"]
    cmd += ["-f", "lavfi", "-i", f"testsrc2=s=320x180:r={media.FPS}"]
    cmd += ["-stream_loop", "-1", "-i", str(wav), "-map", "0:v", "-map", "1:a", *media._codecs()]
    cmd += ["-f", "hls", "-hls_time", str(segment_seconds), "-hls_list_size", str(list_size)]
    cmd += ["-hls_flags", "delete_segments+program_date_time"]
    cmd += ["-hls_segment_filename", "live_%05d.ts", "live.m3u8"]
    encoder.process = subprocess.Popen(
        cmd,
        cwd=out,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=encoder._log,
        preexec_fn=media._die_with_parent_hook(),
    )
    atexit.register(encoder.stop)
    return encoder


def make_captioned_hls(
    out_dir: str | Path,
    sentences: list[tuple[float, str]],
    seconds: float,
    cues: list[tuple[float, float, str]],
) -> tuple[Path, list[Spoken]]:
    """Speech as in ``make_speech_hls`` plus a WebVTT SUBTITLES rendition of ``cues`` (start
    s, end s, text): ffmpeg's HLS muxer writes ``master.m3u8`` (a variant with
    ``SUBTITLES="subs"``), ``out_0.m3u8`` and the caption playlist ``out_0_vtt.m3u8`` of 2 s
    WebVTT segments."""
    from observer_app.core.export.cues import timestamp

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    track, spoken = compose(sentences, seconds)
    write_wav(out / "speech.wav", track)
    vtt = ["WEBVTT", ""]
    for start, end, text in cues:
        vtt += [f"{timestamp(int(start * 1000))} --> {timestamp(int(end * 1000))}", text, ""]
    (out / "captions.vtt").write_text("\n".join(vtt), encoding="utf-8")
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", f"testsrc2=s=320x180:r=25:d={seconds}", "-i", "speech.wav"]
        + ["-i", "captions.vtt", "-map", "0:v", "-map", "1:a", "-map", "2:s"]
        + ["-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-sc_threshold", "0"]
        + ["-c:a", "aac", "-b:a", "64k", "-ac", "1", "-c:s", "webvtt", "-t", str(seconds)]
        + ["-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod"]
        + ["-master_pl_name", "master.m3u8", "-var_stream_map", "v:0,a:0,s:0,sgroup:subs"]
        + ["out_%v.m3u8"],
        cwd=out,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return out / "master.m3u8", spoken


def make_bilingual_hls(
    out_dir: str | Path,
    english: list[tuple[float, str]],
    french: list[tuple[float, str]],
    seconds: float,
    segment_s: int = 2,
) -> tuple[Path, list[Spoken], list[Spoken]]:
    """A recording with the floor in English and a French interpretation channel: HLS with
    two alternate audio renditions (EXT-X-MEDIA, LANGUAGE "en" default and "fr", NAMEs
    rewritten as ffmpeg 5.1 ignores them), espeak-ng's en-us and fr voices; segments of
    ``segment_s`` seconds (a keyframe every second, so any whole number works)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    en_track, en_spoken = compose(english, seconds, "en-us")
    fr_track, fr_spoken = compose(french, seconds, "fr")
    write_wav(out / "en.wav", en_track)
    write_wav(out / "fr.wav", fr_track)
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", f"testsrc2=s=320x180:r=25:d={seconds}"]
        + ["-i", "en.wav", "-i", "fr.wav", "-map", "0:v", "-map", "1:a", "-map", "2:a"]
        + ["-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-sc_threshold", "0"]
        + ["-c:a", "aac", "-b:a", "64k", "-ac", "1", "-t", str(seconds)]
        + ["-f", "hls", "-hls_time", str(segment_s), "-hls_playlist_type", "vod"]
        + ["-master_pl_name", "master.m3u8", "-var_stream_map"]
        + ["v:0,agroup:aud a:0,agroup:aud,language:en,default:yes a:1,agroup:aud,language:fr"]
        + ["out_%v.m3u8"],
        cwd=out,
        capture_output=True,
        check=True,
        timeout=120,
    )
    master = out / "master.m3u8"
    text = master.read_text()
    for code, name in (("en", "English"), ("fr", "French")):
        text = re.sub(
            rf'(LANGUAGE="{code}"[^\n]*?)NAME="[^"]*"|NAME="[^"]*"([^\n]*LANGUAGE="{code}")',
            lambda m, n=name: (m.group(1) or "") + f'NAME="{n}"' + (m.group(2) or ""),
            text,
        )
    master.write_text(text)
    return master, en_spoken, fr_spoken
