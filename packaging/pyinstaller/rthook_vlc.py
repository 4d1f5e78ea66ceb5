"""Runtime hook: make the bundle use its own libVLC, never the system's.

Runs before any app code. python-vlc reads PYTHON_VLC_LIB_PATH / PYTHON_VLC_MODULE_PATH when
``vlc`` is imported, and libVLC reads VLC_PLUGIN_PATH when an instance is created; all three
point into the bundle. libvlccore is loaded first by full path: the dynamic linker then reuses
it for libvlc.so.5's dependency instead of searching the system (a system libvlccore with a
bundled libvlc, or the other way round, crashes in plugin loading).
"""

import ctypes
import os
import sys


def _use_bundled_libvlc() -> None:
    base = getattr(sys, "_MEIPASS", os.path.dirname(os.path.abspath(sys.executable)))
    plugins = os.path.join(base, "vlc", "plugins")
    os.environ["PYTHON_VLC_LIB_PATH"] = os.path.join(base, "libvlc.so.5")
    os.environ["PYTHON_VLC_MODULE_PATH"] = plugins
    os.environ["VLC_PLUGIN_PATH"] = plugins
    # resources/ (demo conference, schema, icons) sits beside the code in the bundle.
    os.environ.setdefault("OBSERVER_RESOURCES", os.path.join(base, "resources"))
    # Helper libraries the plugins name with an absolute RUNPATH (/usr/lib/.../vlc): loaded
    # from the bundle first so the plugins bind to these copies, never to a system VLC's.
    for name in ("libvlccore.so.9", "libvlc_pulse.so.0", "libvlc_xcb_events.so.0"):
        path = os.path.join(base, name)
        if os.path.exists(path):
            ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)


def _give_children_the_users_library_path() -> None:
    """The bootloader put the bundle first on LD_LIBRARY_PATH (and re-executed itself).

    The dynamic linker read it at that start, so this process keeps finding the bundled
    libraries; but programs we start (xdg-open, the mail program, the PDF viewer) would load
    our copies of libstdc++, GLib, ffmpeg... and may crash. Give them the user's value back.
    """
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


_use_bundled_libvlc()
_give_children_the_users_library_path()
