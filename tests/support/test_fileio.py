"""A kill in the middle of a write leaves a hidden temp file; the next write there removes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefer.support.fileio import remove_stale_temp_files, write_atomic
from tests.conftest import REPO

SLOW_WRITE = """\
import os, sys, time
from pathlib import Path
from briefer.support import fileio
real_fsync = os.fsync
def slow_fsync(fd):
    print("writing", flush=True)
    time.sleep(60)
os.fsync = slow_fsync
fileio.write_atomic(Path(sys.argv[1]), b"half a file")
"""


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_killed_write_leaves_a_temp_file_that_the_next_build_removes(
    sample_brief: Path, tmp_path: Path
) -> None:
    out = tmp_path / "leave-behind.pdf"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITE, str(out)], stdout=subprocess.PIPE, env=env, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=10)
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".leave-behind.pdf.")]
    assert len(left) == 1 and not out.exists()
    _age(left[0], 120)

    fresh = tmp_path / ".other.pdf.briefer-abcd1234.tmp"  # another write, still going on
    fresh.write_bytes(b"busy")
    _age(fresh, 0)  # written now by this process's clock (the file system's may differ from it)
    theirs = tmp_path / ".notes.txt.swp.tmp"  # not Briefer's naming
    theirs.write_bytes(b"x")
    _age(theirs, 3600)

    done = subprocess.run(
        [sys.executable, "-m", "briefer", "build", str(sample_brief), "-o", str(out)],
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not left[0].exists()
    assert fresh.exists() and theirs.exists()
    assert out.read_bytes().startswith(b"%PDF")
    hidden = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    assert hidden == [".notes.txt.swp.tmp", ".other.pdf.briefer-abcd1234.tmp"]


def test_only_briefers_own_old_temp_files_go(tmp_path: Path) -> None:
    (tmp_path / "brief.yaml").write_text("x", encoding="utf-8")
    old_style = tmp_path / ".brief.yaml.k2j4h5g6.tmp"  # written by an earlier Briefer
    orphan = tmp_path / ".gone.yaml.k2j4h5g6.tmp"  # the older naming with no such file: kept
    ours = tmp_path / ".x.pdf.briefer-zz99yy88.tmp"
    folder_like = tmp_path / ".y.pdf.briefer-aaaabbbb.tmp"
    folder_like.mkdir()
    for path in (old_style, orphan, ours):
        path.write_bytes(b"")
        _age(path, 300)
    removed = remove_stale_temp_files(tmp_path)
    assert sorted(removed) == sorted([old_style.name, ours.name])
    assert orphan.exists() and folder_like.is_dir()
    write_atomic(tmp_path / "brief.yaml", b"new")  # and writing still works as ever
    assert (tmp_path / "brief.yaml").read_bytes() == b"new"
