"""Files about people are the user's alone, and nothing is replaced without --force.

Driven as a process: the crash log, the meeting log made readable by hand, `pack export`."""

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.cli.test_references import brief_in, cli
from tests.conftest import REPO


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pack_export_replaces_a_file_only_with_force(tmp_path: Path) -> None:
    mine = brief_in(tmp_path / "b")
    before = mine.read_bytes()
    code, _, err = cli("pack", "export", "belarus-sanctions", "-o", str(mine))
    assert code == 2 and "already exists; use --force" in err and err.count("\n") == 1
    assert mine.read_bytes() == before
    code, _, err = cli("pack", "export", "belarus-sanctions", "-o", str(mine), "--force")
    assert code == 0, err
    assert b"\nbriefer-pack:" in mine.read_bytes()


def test_a_meeting_log_made_readable_by_hand_is_tightened(tmp_path: Path) -> None:
    brief = brief_in(tmp_path / "b")
    assert cli("build", str(brief), "-o", str(tmp_path / "p.pdf"))[0] == 0
    log = Path(os.environ["BRIEFER_DATA_DIR"]) / "meetings" / "log.sqlite3"
    os.chmod(log, 0o644)
    os.chmod(log.parent, 0o755)
    code, _, err = cli("log", "list")
    assert code == 0, err
    assert mode(log) == 0o600 and mode(log.parent) == 0o700


def test_the_crash_log_is_the_users_alone(tmp_path: Path) -> None:
    data = Path(os.environ["BRIEFER_DATA_DIR"])
    crash = data / "briefer.log"
    data.mkdir(parents=True, exist_ok=True)
    crash.write_text("an old one\n", encoding="utf-8")
    os.chmod(crash, 0o644)
    os.chmod(data, 0o755)
    probe = (
        "import sys; from briefer.cli import main; import briefer.cli.pages as p; "
        "p.cmd_blocks = lambda args: 1 / 0; "
        "sys.exit(main(['blocks']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 1 and "internal error" in done.stderr, done.stderr
    assert "ZeroDivisionError" in crash.read_text(encoding="utf-8")
    assert mode(crash) == 0o600 and mode(data) == 0o700
