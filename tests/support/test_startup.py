"""The cycle collector during start-up: paused for a command, restored after it, resumed (with
the start frozen) by what runs long."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from briefer import cli
from briefer.support.startup import collector_paused, resume
from tests.conftest import REPO, SAMPLE_BRIEF


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()
    gc.unfreeze()


def test_paused_for_the_block_and_restored_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()  # the state before is what comes back


def test_resume_freezes_what_exists_and_collects_again() -> None:
    before = gc.get_freeze_count()
    with collector_paused():
        kept = [[n] for n in range(1000)]
        resume()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(kept)
        resume()  # a second call changes nothing
    assert gc.isenabled()


def test_a_command_runs_with_the_collector_paused_and_gives_it_back(tmp_path, monkeypatch) -> None:
    seen = []
    original = cli.pages.cmd_new

    def spy(args):
        seen.append(gc.isenabled())
        return original(args)

    monkeypatch.setattr(cli.pages, "cmd_new", spy)  # the parser is built by main, with the spy
    assert cli.main(["new", "-o", str(tmp_path / "b.yaml")]) == 0
    assert seen == [False]
    assert gc.isenabled()


def test_the_briefer_command_leaves_nothing_to_the_last_collection(tmp_path) -> None:
    """`briefer build` as a process: the page is whole and its record is in the meeting log,
    though the interpreter's last collection skips everything (``before_exit``)."""
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    env = dict(os.environ, BRIEFER_DATA_DIR=str(tmp_path / "data"))
    out = tmp_path / "page.pdf"
    command = [sys.executable, "-m", "briefer"]
    subprocess.run([*command, "build", str(brief), "-o", str(out)], check=True, env=env, cwd=REPO)
    assert len(PdfReader(out).pages) == 1
    listed = subprocess.run(
        [*command, "log", "list"], check=True, env=env, cwd=REPO, capture_output=True, text=True
    )
    assert "Jeanne Shaheen" in listed.stdout  # the sample brief's member, recorded


def test_the_briefer_process_never_gives_the_collector_back(monkeypatch) -> None:
    """`briefer` turns the collector off before the command's modules load and leaves it off
    to the end: a collection then would walk everything the command made, just before exit."""
    import briefer.__main__ as entry

    seen = []

    def command() -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(cli, "main", command)
    with pytest.raises(SystemExit) as ended:
        entry.main()
    assert ended.value.code == 0
    assert seen == [False]
    assert not gc.isenabled()  # still off as the process ends
