"""The floor start-up is compared with: a minimal PySide6 + python-vlc window playing one file
(what any Qt player on libVLC must do at least). Exits after ``seconds``.

usage: python benchmarks/floor_player.py FILE [seconds]
"""

from __future__ import annotations

import sys

import vlc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    path, seconds = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(960, 600)
    window.setStyleSheet("background: #303030")
    window.show()
    instance = vlc.Instance("--aout=dummy", "--no-video-title-show")
    player = instance.media_player_new()
    player.set_xwindow(int(window.winId()))
    player.set_media(instance.media_new_path(path))
    player.play()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    code = app.exec()
    player.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
