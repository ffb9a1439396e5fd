"""The suite never touches the real user's folders: HOME and the XDG folders point into a
temporary folder for the whole run (tests/conftest.py), and here the commands, run as processes,
leave nothing in an empty HOME of their own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import HOME, REPO, XDG, user_folder_leftovers


def test_the_run_uses_stand_in_user_folders() -> None:
    assert Path.home() == HOME and os.environ["HOME"] == str(HOME)
    for name, folder in XDG.items():
        assert os.environ[name] == str(folder)
    assert user_folder_leftovers() == []


def test_commands_run_as_processes_write_nothing_into_home(
    sample_brief: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "BRIEFER_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(REPO),
    }
    commands = [
        ["build", str(sample_brief), "-o", str(tmp_path / "page.pdf")],
        ["build", str(sample_brief), "-o", str(tmp_path / "page.docx")],
        ["new", "-o", str(tmp_path / "new.yaml")],
        ["log", "list"],
        ["packs"],
    ]
    for args in commands:
        done = subprocess.run(
            [sys.executable, "-m", "briefer", *args],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, (args, done.stderr)
    assert (tmp_path / "page.pdf").exists() and (tmp_path / "data").is_dir()
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []
