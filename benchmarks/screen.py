"""What is on a virtual screen, read from outside the measured process: an Xvfb of our own
writes its framebuffer to a file (``-fbdir``, XWD format, updated in place), and a sampler reads
a grid of its pixels. "Window shown" and "video pixels on screen" are then what a person would
see, not a callback inside the app that fires before the pixels (issue 15).
"""

from __future__ import annotations

import mmap
import os
import shutil
import struct
import subprocess
import tempfile
import time
from pathlib import Path

#: The demo media's background colours (resources/demo/media/*.mkv, RGB): any of them on
#: screen over a large area means a demo video frame is shown.
DEMO_BACKGROUNDS = {
    "plenary": (26, 40, 61),
    "wgpl": (26, 56, 51),
    "com5": (57, 42, 31),
    "com6": (43, 33, 62),
}


class VirtualScreen:
    """An Xvfb on a free display number, black root, its framebuffer mapped for reading."""

    def __init__(self, width: int = 1280, height: int = 800) -> None:
        if not shutil.which("Xvfb"):
            raise SystemExit("Xvfb is needed (apt install xvfb; `make bench` installs it)")
        self.folder = Path(tempfile.mkdtemp(prefix="bench-fb-"))
        self.width, self.height = width, height
        self.display = self._free_display()
        self.process = subprocess.Popen(
            [
                "Xvfb",
                self.display,
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-fbdir",
                str(self.folder),
                "-br",  # black root: anything not black was drawn by a client
                "-nolisten",
                "tcp",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        path = self.folder / "Xvfb_screen0"
        deadline = time.monotonic() + 10
        while not (path.exists() and path.stat().st_size > 0):
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.01)
        self._file = open(path, "rb")  # noqa: SIM115 - kept open for the mapping
        self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        header = struct.unpack(">25I", self._map[:100])
        header_size, ncolors = header[0], header[19]
        self.bytes_per_line, self.bits_per_pixel = header[12], header[11]
        self.offset = header_size + 12 * ncolors
        self._wait_for_server()

    @staticmethod
    def _free_display() -> str:
        for n in range(90, 200):
            if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
                return f":{n}"
        raise RuntimeError("no free X display number")

    def _wait_for_server(self) -> None:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{self.display[1:]}").exists():
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb socket did not appear")
            time.sleep(0.01)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env["DISPLAY"] = self.display
        env.pop("QT_QPA_PLATFORM", None)
        return env

    def samples(self, step: int = 8):
        """(r, g, b) of every ``step``-th pixel in both directions."""
        data, bpl, base = self._map, self.bytes_per_line, self.offset
        for y in range(0, self.height, step):
            row = base + y * bpl
            chunk = data[row : row + self.width * 4]
            for x in range(0, self.width * 4, step * 4):
                b, g, r = chunk[x], chunk[x + 1], chunk[x + 2]
                yield r, g, b

    def drawn(self) -> int:
        """How many sampled pixels are not black: a window has been painted when many are."""
        return sum(1 for r, g, b in self.samples() if r or g or b)

    def video(self, colours=None, tolerance: int = 10) -> int:
        """How many sampled pixels have one of the demo videos' background colours."""
        colours = list(DEMO_BACKGROUNDS.values() if colours is None else colours)
        count = 0
        for r, g, b in self.samples():
            for cr, cg, cb in colours:
                if (
                    abs(r - cr) <= tolerance
                    and abs(g - cg) <= tolerance
                    and abs(b - cb) <= tolerance
                ):
                    count += 1
                    break
        return count

    def close(self) -> None:
        self._map.close()
        self._file.close()
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


def wait_for(condition, started: float, timeout: float = 30.0, every: float = 0.004) -> float:
    """Seconds from ``started`` (time.perf_counter) until ``condition()`` holds; nan on timeout."""
    while True:
        if condition():
            return time.perf_counter() - started
        if time.perf_counter() - started > timeout:
            return float("nan")
        time.sleep(every)  # polling interval of the sampler, not a synchronisation
