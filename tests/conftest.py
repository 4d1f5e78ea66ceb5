"""Shared fixtures: a throwaway profile, the demo conference at a pinned time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.clock import PINNED_NOW
from support.properties import load_selected_profile

from observer_app.runtime import paths as app_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_configure(config):
    from observer_app.runtime import qtfix

    qtfix.immortalize_singletons()  # PySide6 6.12 on CPython 3.11 leaks references to None
    load_selected_profile()  # mutation runs: few hypothesis examples (tests/support/properties.py)
    # Headless-safe defaults; the GUI tests run under xvfb-run (tests/run.sh) and need xcb.
    os.environ.setdefault("OBSERVER_VLC_ARGS", "--aout=dummy")
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def app_dirs(tmp_path) -> app_paths.AppPaths:
    return app_paths.resolve(tmp_path / "profile")


@pytest.fixture
def demo_conference():
    from observer_app.services.conference import open_feed

    return open_feed(str(app_paths.demo_feed()), None, now=PINNED_NOW).feed.conference


@pytest.fixture
def profile(app_dirs):
    from observer_app.services.context import open_profile

    p = open_profile(app_dirs)
    yield p
    p.close()
