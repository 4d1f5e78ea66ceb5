"""The window's start reads its few options without building the whole command line
(observer_app/__main__.py, issue 15): it must read them exactly as the full parser does, and
leave everything else (subcommands, help, mistakes) to it."""

from __future__ import annotations

import argparse

import pytest

from observer_app import cli
from observer_app.__main__ import GLOBAL_FLAGS, GLOBAL_VALUES, window_args


def test_the_quick_reader_knows_every_global_option_of_the_parser():
    parser = cli.build_parser()
    options = {
        option: action.nargs != 0
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction | argparse._HelpAction)
        and not isinstance(action, argparse._VersionAction)
        for option in action.option_strings
    }
    assert options == {**dict.fromkeys(GLOBAL_VALUES, True), **dict.fromkeys(GLOBAL_FLAGS, False)}


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x", "-v"],
        ["--feed", "https://example.org/f.json", "--verbose", "--data-dir", "d"],
        ["--feed=a=b.json"],
    ],
)
def test_window_options_read_as_the_parser_reads_them(argv):
    quick = window_args(argv)
    full = cli.build_parser().parse_args(argv)
    assert quick is not None
    assert vars(quick) == {k: getattr(full, k) for k in ("data_dir", "feed", "verbose", "command")}


@pytest.mark.parametrize(
    "argv",
    [
        ["doctor"],
        ["--data-dir", "d", "notes", "list"],
        ["--help"],
        ["--version"],
        ["--data", "d"],  # an abbreviation: argparse's to accept or refuse
        ["--feed"],
        ["--feed", "--verbose"],
        ["-x"],
    ],
)
def test_everything_else_goes_to_the_full_parser(argv):
    assert window_args(argv) is None
