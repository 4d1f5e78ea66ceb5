"""``observer-app export`` builds its report with the cyclic collector paused (its full passes
over 100,000 notes' objects were 0.7 s of a 5 s export, issue 15), and gives it back after."""

from __future__ import annotations

import gc

import pytest

from observer_app.cli import main as cli
from observer_app.runtime.heap import collector_paused
from observer_app.services import export


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()  # as before the test, whatever the test left


def test_collector_paused_in_the_block_and_given_back_even_on_error(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a failed export")
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_the_export_command_renders_with_the_collector_paused(
    profile, tmp_path, monkeypatch, collector_on
):
    seen = []
    real = export.render_bytes

    def watched(report, fmt):
        seen.append(gc.isenabled())
        return real(report, fmt)

    monkeypatch.setattr(export, "render_bytes", watched)
    out = tmp_path / "report.md"
    args = cli.build_parser().parse_args(["export", "-o", str(out)])
    assert cli._export(args, profile) == cli.EXIT_OK
    assert seen == [False]
    assert out.read_text(encoding="utf-8").startswith("# Feedback: ")
    assert gc.isenabled()
