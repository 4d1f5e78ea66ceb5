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
from typing import TextIO

from observer_app.core import clock, languages
from observer_app.core.sources import parse_source


@dataclass
class ProbeResult:
    played: bool = False
    reason: str = ""
    events: list[dict] = field(default_factory=list)


def run_probe(
    url: str,
    seconds: float = 5.0,
    language: str | None = None,
    audio_only: bool = False,
    as_json: bool = False,
    out: TextIO = sys.stdout,
    timeout: float = 20.0,
) -> ProbeResult:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from observer_app.player.backend import LibVlcMissing
    from observer_app.player.qt_player import PlayRequest, QtPlayer
    from observer_app.player.stream import Choice

    app = QCoreApplication.instance() or QCoreApplication([])
    logging.getLogger("observer").setLevel(logging.ERROR)  # the events below say it all
    result = ProbeResult()
    started = time.monotonic()

    def emit(event: str, **data) -> None:
        record = {"t": round(time.monotonic() - started, 2), "event": event, **data}
        result.events.append(record)
        if as_json:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            details = " ".join(f"{k}={v}" for k, v in data.items())
            out.write(f"{record['t']:7.2f}  {event:10} {details}\n")
        out.flush()

    try:
        player = QtPlayer(video=False)
    except LibVlcMissing as exc:
        result.reason = str(exc)
        emit("error", reason=result.reason)
        return result
    loop = QEventLoop()
    first_progress: list[float] = []

    def on_state(state: str) -> None:
        emit("state", state=state)

    def on_tracks(tracks) -> None:
        emit("audio", tracks=[{"id": t.id, "name": t.name, "language": t.language} for t in tracks])
        subs = player.backend.subtitle_tracks()
        if subs:
            emit("subtitles", tracks=[{"id": s.id, "name": s.name} for s in subs])

    def on_language(current, offered: bool) -> None:
        emit(
            "language",
            heard=current,
            wanted=player.choice.language,
            offered=offered,
            name=languages.name_for(current) if current else None,
        )

    def on_resolved(stream) -> None:
        if not stream.ok:
            emit("problem", reason=stream.problem)
            if not first_progress:  # never played: retrying will not tell the user more
                result.reason = stream.problem
                loop.quit()
            return
        data: dict = {"kind": stream.kind, "opened": stream.request.url}
        if stream.master is not None:
            data["variants"] = [v.label() for v in stream.master.variants]
            data["renditions"] = [
                {"name": r.name, "language": r.language} for r in stream.master.audio
            ]
        if stream.media is not None:
            data["live"] = stream.media.live
        data.update({"notes": stream.notes} if stream.notes else {})
        emit("stream", **data)
        if stream.anchor is not None:
            emit(
                "clock",
                position_ms=stream.anchor.position_ms,
                utc=clock.iso_utc(stream.anchor.utc),
                source="EXT-X-PROGRAM-DATE-TIME",
            )

    def on_connection(message: str) -> None:
        if message:
            emit("watchdog", message=message)

    def on_gave_up(message: str) -> None:
        result.reason = message
        loop.quit()

    player.state_changed.connect(on_state)
    player.tracks_changed.connect(on_tracks)
    player.language_changed.connect(on_language)
    player.resolved.connect(on_resolved)
    player.connection_changed.connect(on_connection)
    player.gave_up.connect(on_gave_up)

    def check() -> None:
        now = time.monotonic()
        if player.state == "playing" and player.backend.raw_time_ms() > 0 and not first_progress:
            first_progress.append(now)
            emit("playing", position_ms=player.backend.raw_time_ms())
        if first_progress and now - first_progress[0] >= seconds:
            result.played = True
            loop.quit()
        elif not first_progress and now - started > timeout:
            stream = player.stream
            result.reason = (
                stream.problem
                if stream is not None and stream.problem
                else f"nothing played within {timeout:.0f} s (state {player.state})"
            )
            loop.quit()

    poll = QTimer()
    poll.setInterval(100)
    poll.timeout.connect(check)
    poll.start()
    source = parse_source(url)
    player.set_choice(Choice(language=language, audio_only=audio_only))
    player.play(PlayRequest(source, title=source.url, live=True))
    loop.exec()
    poll.stop()
    if result.played:
        emit("summary", ok=True, heard=player.current_language(), played_s=round(seconds, 1))
    else:
        emit("summary", ok=False, reason=result.reason)
    player.release()
    app.processEvents()
    return result
