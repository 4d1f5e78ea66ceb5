"""Which parts of the system's libVLC go into the PyInstaller bundle, and where.

Used by ``packaging/observer.spec`` (and by the bundle test to know what to expect). Only
plugin families the app uses are copied, and inside them the plugins for discs, capture
cards, encoders and effects are left out: each of those drags in its own libraries (x265,
libbluray, libavformat's network stack...) and the bundle does not need them. The list was
measured with ``LD_DEBUG=files`` on ``observer-app doctor``, the window playing the demo, and
``observer-app probe`` on local HLS over HTTP (see packaging/README.md).
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

#: Where Debian/Ubuntu put libVLC 3 (multiarch); VLC_PREFIX_LIBDIR overrides it.
DEFAULT_LIBDIRS = (
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
)

#: Families copied whole, except for the plugins named in ``EXCLUDED``.
FAMILIES = (
    "access",
    "audio_filter",
    "audio_mixer",
    "audio_output",
    "codec",
    "demux",
    "keystore",
    "logger",
    "misc",
    "packetizer",
    "stream_filter",
    "text_renderer",
    "video_chroma",
    "video_filter",
    "video_output",
)

#: Plugins left out, by family, with the reason in a word or two.
EXCLUDED = {
    # discs, capture devices, file-sharing protocols: an observer opens HTTP(S) streams and files
    "access": {
        "access_alsa",
        "cdda",
        "dc1394",
        "dv1394",
        "dvb",
        "dtv",
        "dvdnav",
        "dvdread",
        "libbluray",
        "linsys_hdsdi",
        "linsys_sdi",
        "access_mtp",
        "nfs",
        "pulsesrc",
        "satip",
        "sftp",
        "smb",
        "v4l2",
        "vcd",
        "vdr",
        "shm",
        "avio",
        "rist",
        "access_realrtsp",
    },
    # encoders (x264/x265/shine/twolame), teletext, hardware decoding, SVG/SDL images
    "codec": {
        "x264",
        "x26410b",
        "x265",
        "shine",
        "twolame",
        "zvbi",
        "aribsub",
        "kate",
        "sdl_image",
        "svgdec",
        "vaapi",
        "vaapi_drm",
    },
    # libavformat (+ 23 MB of network libraries) only duplicates VLC's own HLS/TS/MP4/MKV demuxers
    "demux": {"avformat", "demux_chromecast", "mod", "sid", "mpc"},
    # password stores over D-Bus/KWallet: the app keeps its secrets itself
    "keystore": {"secret", "kwallet"},
    "logger": {"sd_journal", "syslog"},
    "misc": {
        "audioscrobbler",
        "fingerprinter",
        "addonsfsstorage",
        "addonsvorepository",
        "export",
        "vod_rtsp",
    },
    # the app draws into an X11 window (set_xwindow) or uses no video: no Wayland/console outputs
    "video_output": {
        "aa",
        "caca",
        "fb",
        "flaschen",
        "egl_wl",
        "wl_shell",
        "wl_shm",
        "xdg_shell",
        "glconv_vaapi_drm",
        "glconv_vaapi_wl",
        "glconv_vaapi_x11",
        "glconv_vdpau",
    },
    # picture effects nobody asks for while watching a plenary
    "video_filter": {
        "alphamask",
        "anaglyph",
        "antiflicker",
        "ball",
        "blendbench",
        "bluescreen",
        "colorthres",
        "edgedetection",
        "erase",
        "extract",
        "gaussianblur",
        "gradfun",
        "gradient",
        "grain",
        "hqdn3d",
        "invert",
        "magnify",
        "mirror",
        "motionblur",
        "motiondetect",
        "oldmovie",
        "posterize",
        "psychedelic",
        "puzzle",
        "ripple",
        "scene",
        "sepia",
        "sharpen",
        "vhs",
        "wave",
    },
}

#: Libraries that must sit next to the bundled libvlc: libvlccore (libVLC finds its plugins at
#: <dir of libvlccore>/vlc/plugins) and the helpers plugins link to by name.
CORE_LIBS = ("libvlc.so.5", "libvlccore.so.9")
HELPER_LIBS = ("libvlc_pulse.so.0", "libvlc_xcb_events.so.0")


def find_libdir() -> Path:
    """The directory holding the system's ``libvlc.so.5``; ``FileNotFoundError`` names what to install."""
    candidates = (
        [os.environ["VLC_PREFIX_LIBDIR"]]
        if os.environ.get("VLC_PREFIX_LIBDIR")
        else DEFAULT_LIBDIRS
    )
    for libdir in candidates:
        if (Path(libdir) / "libvlc.so.5").exists() and (Path(libdir) / "vlc" / "plugins").is_dir():
            return Path(libdir)
    raise FileNotFoundError(
        f"libvlc.so.5 with a vlc/plugins directory not found in {', '.join(candidates)}; "
        "install libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output, or set VLC_PREFIX_LIBDIR"
    )


def plugin_name(path: str | Path) -> str:
    """``.../libavcodec_plugin.so`` -> ``avcodec``."""
    stem = Path(path).name
    return stem.removeprefix("lib").removesuffix("_plugin.so")


def selected_plugins(libdir: Path) -> list[tuple[Path, str]]:
    """(plugin file, family) for every plugin the bundle carries, in a stable order."""
    chosen = []
    for family in FAMILIES:
        skip = EXCLUDED.get(family, set())
        for path in sorted(glob.glob(str(libdir / "vlc" / "plugins" / family / "*_plugin.so"))):
            if plugin_name(path) not in skip:
                chosen.append((Path(path), family))
    return chosen


def binaries(libdir: Path | None = None) -> list[tuple[str, str]]:
    """PyInstaller ``binaries`` entries: (source, destination directory inside the bundle)."""
    libdir = libdir or find_libdir()
    entries = [(str(libdir / name), ".") for name in CORE_LIBS]
    entries += [
        (str(libdir / "vlc" / name), ".")
        for name in HELPER_LIBS
        if (libdir / "vlc" / name).exists()
    ]
    entries += [(str(path), f"vlc/plugins/{family}") for path, family in selected_plugins(libdir)]
    return entries


def cache_generator(libdir: Path | None = None) -> Path | None:
    """``vlc-cache-gen`` (package libvlc-bin): writes plugins.dat so start-up skips the plugin scan."""
    libdir = libdir or find_libdir()
    tool = libdir / "vlc" / "vlc-cache-gen"
    return tool if tool.exists() else None
