"""``observer-app probe URL``: play a stream headless through the player core and watchdog and
report what happens, one event per line. The tool an observer runs when "I can't hear French".

Uses QtCore only (no display): the same ``QtPlayer`` as the window, with video off.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from observer_app.core import clock, languages
from observer_app.core.sources import parse_source
from observer_app.player.states import PlayerState


@dataclass
class ProbeResult:
    played: bool = False
    reason: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)  # JSON records: {"t", "event", ...}


def run_probe(
    url: str,
    seconds: float = 5.0,
    language: str | None = None,
    audio_only: bool = False,
    as_json: bool = False,
    out: TextIO = sys.stdout,
    timeout: float = 20.0,
) -> ProbeResult:
    from PySide6.QtCore import QCoreApplication

    from observer_app.player.backend import LibVlcMissing
    from observer_app.player.qt_player import QtPlayer

    app = QCoreApplication.instance() or QCoreApplication([])
    logging.getLogger("observer").setLevel(logging.ERROR)  # the events below say it all
    probe = _Probe(seconds, timeout, as_json, out)
    try:
        player = QtPlayer(video=False)
    except LibVlcMissing as exc:
        probe.result.reason = str(exc)
        probe.emit("error", reason=probe.result.reason)
        return probe.result
    probe.run(player, url, language, audio_only)
    player.release()
    app.processEvents()
    return probe.result


class _Probe:
    """One probe: the player's signals become events, a poll decides when it is over."""

    def __init__(self, seconds: float, timeout: float, as_json: bool, out: TextIO):
        from PySide6.QtCore import QEventLoop

        self.seconds, self.timeout, self.as_json, self.out = seconds, timeout, as_json, out
        self.result = ProbeResult()
        self.started = time.monotonic()
        self.first_progress: list[float] = []
        self.loop = QEventLoop()
        self.player: Any = None

    def emit(self, event: str, **data: Any) -> None:
        record = {"t": round(time.monotonic() - self.started, 2), "event": event, **data}
        self.result.events.append(record)
        if self.as_json:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            details = " ".join(f"{k}={v}" for k, v in data.items())
            self.out.write(f"{record['t']:7.2f}  {event:10} {details}\n")
        self.out.flush()

    def run(self, player: Any, url: str, language: str | None, audio_only: bool) -> None:
        from PySide6.QtCore import QTimer

        from observer_app.player.stream import Choice, PlayRequest

        self.player = player
        player.state_changed.connect(lambda state: self.emit("state", state=state))
        player.tracks_changed.connect(self.on_tracks)
        player.language_changed.connect(self.on_language)
        player.resolved.connect(self.on_resolved)
        player.connection_changed.connect(
            lambda message: self.emit("watchdog", message=message) if message else None
        )
        player.gave_up.connect(self.on_gave_up)
        poll = QTimer()
        poll.setInterval(100)
        poll.timeout.connect(self.check)
        poll.start()
        source = parse_source(url)
        player.set_choice(Choice(language=language, audio_only=audio_only))
        player.play(PlayRequest(source, title=source.url, live=True))
        self.loop.exec()
        poll.stop()
        if self.result.played:
            heard = player.current_language()
            self.emit("summary", ok=True, heard=heard, played_s=round(self.seconds, 1))
        else:
            self.emit("summary", ok=False, reason=self.result.reason)

    def on_tracks(self, tracks: Any) -> None:
        self.emit(
            "audio", tracks=[{"id": t.id, "name": t.name, "language": t.language} for t in tracks]
        )
        subs = self.player.backend.subtitle_tracks()
        if subs:
            self.emit("subtitles", tracks=[{"id": s.id, "name": s.name} for s in subs])

    def on_language(self, current: Any, offered: bool) -> None:
        self.emit(
            "language",
            heard=current,
            wanted=self.player.choice.language,
            offered=offered,
            name=languages.name_for(current) if current else None,
        )

    def on_resolved(self, stream: Any) -> None:
        if not stream.ok:
            self.emit("problem", reason=stream.problem)
            if not self.first_progress:  # never played: retrying will not tell the user more
                self.result.reason = stream.problem
                self.loop.quit()
            return
        data: dict[str, Any] = {"kind": stream.kind, "opened": stream.request.url}
        if stream.master is not None:
            data["variants"] = [v.label() for v in stream.master.variants]
            data["renditions"] = [
                {"name": r.name, "language": r.language} for r in stream.master.audio
            ]
        if stream.media is not None:
            data["live"] = stream.media.live
        data.update({"notes": stream.notes} if stream.notes else {})
        self.emit("stream", **data)
        if stream.anchor is not None:
            self.emit(
                "clock",
                position_ms=stream.anchor.position_ms,
                utc=clock.iso_utc(stream.anchor.utc),
                source="EXT-X-PROGRAM-DATE-TIME",
            )

    def on_gave_up(self, message: str) -> None:
        self.result.reason = message
        self.loop.quit()

    def check(self) -> None:
        player, now = self.player, time.monotonic()
        if (
            player.state is PlayerState.PLAYING
            and player.backend.raw_time_ms() > 0
            and not self.first_progress
        ):
            self.first_progress.append(now)
            self.emit("playing", position_ms=player.backend.raw_time_ms())
        if self.first_progress and now - self.first_progress[0] >= self.seconds:
            self.result.played = True
            self.loop.quit()
        elif not self.first_progress and now - self.started > self.timeout:
            stream = player.stream
            self.result.reason = (
                stream.problem
                if stream is not None and stream.problem
                else f"nothing played within {self.timeout:.0f} s (state {player.state})"
            )
            self.loop.quit()
