"""core/message.py: any layer tells the user something without knowing whether a window exists."""

from __future__ import annotations

import logging

import pytest

from observer_app.core import message
from observer_app.core.message import Level, Message


@pytest.fixture
def heard():
    got: list[Message] = []
    message.subscribe(got.append)
    yield got
    message.unsubscribe(got.append)


def test_each_level_reaches_a_listener_with_its_text_title_and_time(heard):
    message.info("Outbox: 1 report delivered", timeout_ms=15_000)
    message.warning("⚠ Backup failed: disk full")
    message.error("401 Unauthorized", title="Sync failed")
    assert heard == [
        Message(Level.INFO, "Outbox: 1 report delivered", timeout_ms=15_000),
        Message(Level.WARNING, "⚠ Backup failed: disk full", timeout_ms=15_000),
        Message(Level.ERROR, "401 Unauthorized", title="Sync failed"),
    ]


def test_a_broken_listener_does_not_silence_the_others(heard, caplog):
    def broken(_posted: Message) -> None:
        raise RuntimeError("window already deleted")

    message.subscribe(broken)
    try:
        message.info("Synced with the team folder: nothing new.")
    finally:
        message.unsubscribe(broken)
    assert [m.text for m in heard] == ["Synced with the team folder: nothing new."]
    assert "message listener failed" in caplog.text


def test_without_a_window_a_message_is_logged_at_its_level(caplog):
    caplog.set_level(logging.INFO, logger="observer.message")
    message.warning("⚠ Backup failed: disk full")
    message.error("401 Unauthorized")
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, "⚠ Backup failed: disk full"),
        (logging.ERROR, "401 Unauthorized"),
    ]


def test_an_unsubscribed_listener_hears_nothing_more(heard):
    message.unsubscribe(heard.append)
    message.info("after")
    assert heard == []
