"""The date of an Open States checkout: its commit's (a COMMIT file, or the loose commit object
that .git/HEAD names), else the newest start of a seat its files hold; never the import's day."""

from __future__ import annotations

import datetime as dt
import shutil
import zlib
from pathlib import Path

from briefer.legislators.data_date import checkout_date
from briefer.legislators.importing import imported_summary, read_paths
from tests.conftest import REPO, TODAY

STATES = REPO.parent / "shared" / "data" / "openstates-people" / "data"
SHA = "934bf09a94a35351baf872c70e778a4367c8266e"


def test_the_checkouts_commit_date_is_the_directorys_date() -> None:
    assert checkout_date(STATES.parent) == dt.date(2026, 8, 5)  # its COMMIT file
    read = read_paths([STATES / "il"], TODAY)  # one state's folder: the checkout above it
    note = read.directory.sources["openstates:il"]
    assert note["data_date"] == "2026-08-05" and note["imported"] == TODAY.isoformat()
    (line,) = imported_summary(read.directory)
    assert line == f"States: Illinois: 176 members, imported {TODAY}, data of 2026-08-05"


def test_a_git_checkout_is_dated_by_its_head_commit(tmp_path: Path) -> None:
    git = tmp_path / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    (git / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (git / "refs" / "heads" / "main").write_text(SHA + "\n", encoding="utf-8")
    body = b"tree 0\nauthor A <a@b> 1785973508 -0500\ncommitter A <a@b> 1785973508 -0500\n\nx\n"
    obj = git / "objects" / SHA[:2] / SHA[2:]
    obj.parent.mkdir(parents=True)
    obj.write_bytes(zlib.compress(b"commit %d\0" % len(body) + body))
    assert checkout_date(tmp_path / "data") == dt.date(2026, 8, 5)
    obj.unlink()  # packed: git is not run; the data's own dates say
    assert checkout_date(tmp_path) is None
    (git / "HEAD").write_text("ref: ../../../etc/passwd\n", encoding="utf-8")
    assert checkout_date(tmp_path) is None


def test_without_a_commit_the_newest_seat_start_dates_the_data(tmp_path: Path) -> None:
    shutil.copytree(STATES / "nh", tmp_path / "nh")
    read = read_paths([tmp_path / "nh"], TODAY)
    date = read.directory.sources["openstates:nh"]["data_date"]
    assert "2020-01-01" < date <= "2026-08-05" and date != TODAY.isoformat()
