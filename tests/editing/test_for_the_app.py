"""The core's messages that name the command line, as the app says them."""

from __future__ import annotations

import re

import pytest

from briefer.editing.labels import for_the_app
from briefer.lobby.messages import _CLI_FORCE
from briefer.page.advice import _offer
from briefer.page.templates import load_template

MESSAGES = [
    _offer(load_template("classic")),
    f"index.pdf exists {_CLI_FORCE}",
    "'3/4/2026' reads two ways (or give the order: --date-order mdy|dmy)",
    "'S001181' looks like a legislator id, but no directory is imported "
    "(briefer legislators import PATH)",
    "the legislators cannot be read: run `briefer legislators import PATH` to import the "
    "legislators",
    "constituents not checked: no ZIP data imported (briefer legislators import zccd.csv); "
    "their town and state are used as given",
    "a pack with the id 'x' is already installed; use --replace to replace it",
]


@pytest.mark.parametrize("message", MESSAGES)
def test_no_flag_and_no_command_reach_the_app(message: str) -> None:
    said = for_the_app(message)
    assert not re.search(r"--[a-z]|briefer [a-z]", said), said
    assert said != message
