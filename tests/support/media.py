"""Test streams made with ffmpeg: HLS VOD (alternate renditions or muxed) and a live encoder.

Every audio track is a pure tone, so a test can tell which language is audible by measuring the
frequency: floor 440 Hz, English 660 Hz, French 880 Hz. Video is a small testsrc2 at 25 fps with
a keyframe every second, so HLS segments cut exactly on the requested durations.

Files are written directly into ``out_dir`` (serve that directory with ``StreamServer``); the
functions return the playlist path, and ``path.name`` is the URL-relative name.
"""

from __future__ import annotations

import atexit
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: (ISO 639-2 tag in the TS, BCP 47 tag in the HLS master, NAME in the master, tone in Hz)
LANGUAGES = (
    ("mul", "mul", "Floor", 440),
    ("eng", "en", "English", 660),
    ("fra", "fr", "French", 880),
)
FPS = 25
SIZE = "320x180"
LOW_SIZE = "160x90"
AUDIO_BITRATE = 64_000


def _inputs(seconds: float | None, video: str | None = None) -> list[str]:
    """lavfi inputs: 0 = video, 1..3 = floor/English/French tones. None = endless (live).

    ``video`` replaces the test pattern with another lavfi graph (e.g. a picture that encodes
    the media time, for clock tests)."""
    dur = f":d={seconds}" if seconds is not None else ""
    args = ["-f", "lavfi", "-i", video or f"testsrc2=s={SIZE}:r={FPS}{dur}"]
    for _iso, _bcp, _name, hz in LANGUAGES:
        args += ["-f", "lavfi", "-i", f"sine=f={hz}:sample_rate=48000{dur}"]
    return args


def _codecs() -> list[str]:
    """Fast x264 with a fixed 1 s GOP (no scene cuts) and mono AAC."""
    return [
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-tune",
        "zerolatency",
        "-g",
        str(FPS),
        "-keyint_min",
        str(FPS),
        "-sc_threshold",
        "0",
        "-c:a",
        "aac",
        "-b:a",
        str(AUDIO_BITRATE),
        "-ac",
        "1",
    ]


def _language_tags() -> list[str]:
    """-metadata:s:a:N language=... so muxed TS audio PIDs carry ISO 639 descriptors."""
    args = []
    for n, (iso, _bcp, _name, _hz) in enumerate(LANGUAGES):
        args += [f"-metadata:s:a:{n}", f"language={iso}"]
    return args


def _ffmpeg(args: list[str], cwd: Path) -> None:
    """Run ffmpeg to completion; on failure raise with its stderr (the only useful clue)."""
    cmd = ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")


def make_vod_renditions(out_dir: str | os.PathLike, seconds: float = 12) -> Path:
    """HLS VOD with audio in an alternate-rendition group; returns ``out_dir/master.m3u8``.

    The master lists: three EXT-X-MEDIA TYPE=AUDIO renditions (LANGUAGE "mul"/"en"/"fr",
    NAME "Floor"/"English"/"French", DEFAULT=YES only on Floor), two video variants
    (320x180 and a cheaper 160x90, for "lowest quality") using that group, and an audio-only
    variant (CODECS="mp4a.40.2") that points at the floor audio playlist, as CDNs do.
    ffmpeg 5.1 ignores ``name:`` for NAME and writes 3-letter LANGUAGE tags, so the EXT-X-MEDIA
    lines are rewritten afterwards.

    ``master_av.m3u8`` next to it is the same master without the audio-only variant: libVLC
    3.0.24 starts on the audio-only variant, then switches to video, loses the floor track and
    auto-selects French, so tests that need sane libVLC track handling play that one.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    audio_names = [f"audio_{iso}" for iso, *_ in LANGUAGES]
    stream_map = ["v:0,agroup:aud,name:video_hi", "v:1,agroup:aud,name:video_lo"]
    for n, (iso, _bcp, _name, _hz) in enumerate(LANGUAGES):
        default = ",default:yes" if n == 0 else ""
        stream_map.append(f"a:{n},agroup:aud,language:{iso}{default},name:{audio_names[n]}")
    _ffmpeg(
        [
            *_inputs(seconds),
            "-filter_complex",
            f"[0:v]split=2[hi][v2];[v2]scale={LOW_SIZE}[lo]",
            "-map",
            "[hi]",
            "-map",
            "[lo]",
            "-map",
            "1:a",
            "-map",
            "2:a",
            "-map",
            "3:a",
            *_codecs(),
            "-b:v:0",
            "400k",
            "-b:v:1",
            "100k",
            "-f",
            "hls",
            "-hls_time",
            "2",
            "-hls_playlist_type",
            "vod",
            "-master_pl_name",
            "master.m3u8",
            "-hls_segment_filename",
            "%v_%03d.ts",
            "-var_stream_map",
            " ".join(stream_map),
            "%v.m3u8",
        ],
        cwd=out,
    )
    master = out / "master.m3u8"
    # Keep ffmpeg's variants (measured BANDWIDTH, real CODECS) and their URIs; rewrite the rest.
    variants = [
        line
        for line in master.read_text().splitlines()
        if line.startswith("#EXT-X-STREAM-INF:") or (line and not line.startswith("#"))
    ]
    lines = ["#EXTM3U", "#EXT-X-VERSION:3"]
    for n, (_iso, bcp, name, _hz) in enumerate(LANGUAGES):
        default = "YES" if n == 0 else "NO"
        lines.append(
            f'#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="group_aud",NAME="{name}",LANGUAGE="{bcp}",'
            f'DEFAULT={default},AUTOSELECT=YES,URI="{audio_names[n]}.m3u8"'
        )
    lines += variants
    (out / "master_av.m3u8").write_text("\n".join(lines) + "\n")
    lines.append(f'#EXT-X-STREAM-INF:BANDWIDTH={int(AUDIO_BITRATE * 1.1)},CODECS="mp4a.40.2"')
    lines.append(f"{audio_names[0]}.m3u8")
    master.write_text("\n".join(lines) + "\n")
    return master


def make_vod_muxed(out_dir: str | os.PathLike, seconds: float = 12) -> Path:
    """HLS VOD media playlist whose TS segments each carry video + 3 language-tagged audio PIDs.

    Returns ``out_dir/index.m3u8``. This is the "one TS, several audio PIDs" case, where libVLC
    drops the selected audio track on seek.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _ffmpeg(
        [
            *_inputs(seconds),
            "-map",
            "0:v",
            "-map",
            "1:a",
            "-map",
            "2:a",
            "-map",
            "3:a",
            *_codecs(),
            "-b:v",
            "400k",
            *_language_tags(),
            "-f",
            "hls",
            "-hls_time",
            "2",
            "-hls_playlist_type",
            "vod",
            "-hls_segment_filename",
            "seg_%03d.ts",
            "index.m3u8",
        ],
        cwd=out,
    )
    return out / "index.m3u8"


def make_dvr_live(out_dir: str | os.PathLike, seconds: float = 40) -> Path:
    """A live playlist with a long window (DVR) at once: real 2 s segments of a VOD, listed
    without EXT-X-ENDLIST, so libVLC and the resolver treat it as live (an encoder would need
    ``seconds`` of real time to build such a window). Returns ``out_dir/live.m3u8``."""
    index = make_vod_muxed(out_dir, seconds)
    live = index.with_name("live.m3u8")
    live.write_text(
        index.read_text().replace("#EXT-X-ENDLIST\n", "").replace("#EXT-X-PLAYLIST-TYPE:VOD\n", "")
    )
    return live


class LiveEncoder:
    """A running ``ffmpeg -re`` writing a live HLS playlist (sliding window, deleted segments,
    EXT-X-PROGRAM-DATE-TIME on each segment, 3 muxed audio languages) until stop().

    stop() runs at interpreter exit too (atexit), and on Linux ffmpeg gets SIGKILL if the
    thread that started it dies (PR_SET_PDEATHSIG), so a crashed or killed test run does not
    leave an encoder behind. Start it from the main thread (a fixture, not a worker thread).
    """

    def __init__(
        self, out_dir: Path, segment_seconds: float, list_size: int, video: str | None = None
    ):
        self.out_dir = out_dir
        self.playlist = out_dir / "live.m3u8"
        self._log = tempfile.TemporaryFile()  # a file, not a PIPE: a full pipe would stall ffmpeg
        cmd = [
            "ffmpeg",
            "-hide_banner",
            "-nostdin",
            "-loglevel",
            "error",
            "-y",
            "-re",
            *_inputs(None, video),
            "-map",
            "0:v",
            "-map",
            "1:a",
            "-map",
            "2:a",
            "-map",
            "3:a",
            *_codecs(),
            "-b:v",
            "400k",
            *_language_tags(),
            "-f",
            "hls",
            "-hls_time",
            str(segment_seconds),
            "-hls_list_size",
            str(list_size),
            "-hls_flags",
            "delete_segments+program_date_time",
            "-hls_segment_filename",
            "live_%05d.ts",
            "live.m3u8",
        ]
        self.process = subprocess.Popen(
            cmd,
            cwd=out_dir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
            preexec_fn=_die_with_parent_hook(),
        )
        atexit.register(self.stop)

    def segment_count(self) -> int:
        """Segments listed in the playlist right now (0 before ffmpeg writes it)."""
        try:
            return self.playlist.read_text().count("#EXTINF")
        except OSError:
            return 0

    def wait_ready(self, timeout: float = 15, segments: int = 3) -> float:
        """Block until the playlist lists ``segments`` segments; return the seconds waited."""
        t0 = time.monotonic()
        while self.segment_count() < segments:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"live ffmpeg exited ({self.process.returncode}): {self.stderr()}"
                )
            if time.monotonic() - t0 > timeout:
                raise TimeoutError(f"live playlist not ready after {timeout} s: {self.stderr()}")
            time.sleep(0.05)
        return time.monotonic() - t0

    def stderr(self) -> str:
        """What ffmpeg printed (errors only); empty after stop()."""
        if self._log.closed:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    def stop(self) -> None:
        """Stop ffmpeg: SIGTERM (it closes the playlist with EXT-X-ENDLIST), SIGKILL after 3 s."""
        atexit.unregister(self.stop)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=3)
        self._log.close()

    def __enter__(self) -> LiveEncoder:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start_live(
    out_dir: str | os.PathLike,
    segment_seconds: float = 1,
    list_size: int = 6,
    video: str | None = None,
) -> LiveEncoder:
    """Start a live encoder writing ``out_dir/live.m3u8``; call ``.wait_ready()`` before use.

    Output of an earlier run is deleted first: a stale playlist (ended with EXT-X-ENDLIST by
    the previous stop()) would satisfy wait_ready() at once and libVLC would play it as VOD.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in [out / "live.m3u8", *out.glob("live_*.ts")]:
        stale.unlink(missing_ok=True)
    return LiveEncoder(out, segment_seconds, list_size, video)


def _die_with_parent_hook():
    """A preexec_fn asking Linux to SIGKILL the child when its parent goes away (None elsewhere).

    prctl is looked up here, in the parent: the hook runs between fork and exec of a process
    that has other threads (server, libVLC), so it must not import or allocate much.
    """
    if sys.platform != "linux":
        return None
    import ctypes

    prctl = ctypes.CDLL(None).prctl
    PR_SET_PDEATHSIG = 1
    return lambda: prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL))
