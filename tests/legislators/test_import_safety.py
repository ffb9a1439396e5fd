"""Importing a directory: hostile files fail fast and clearly; what is stored is clean text."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_BRIEF, SHARED_DATA, pdf_pages

FILES = (
    "legislators-current.yaml",
    "committees-current.yaml",
    "committee-membership-current.yaml",
)


def briefer(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def only_line(done: subprocess.CompletedProcess) -> str:
    lines = [x for x in done.stderr.splitlines() if not x.startswith("briefer: warning:")]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    return lines[0]


def bomb(depth: int = 9) -> str:
    text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(1, depth + 1):
        text += f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]\n"
    return text + f"- id: {{bioguide: *a{depth}}}\n"


@pytest.mark.parametrize(
    "text",
    [
        "- &x {id: {bioguide: X000001}, name: {last: Loop}, terms: [*x]}\n",
        "- {id: {bioguide: X000001}, name: {last: X}, terms: [{<<: {type: sen}, state: NH}]}\n",
    ],
    ids=["recursive", "merge"],
)
def test_aliases_in_the_congress_files_are_refused(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "congress"
    folder.mkdir()
    for name in FILES[1:]:
        (folder / name).write_text("[]\n" if "committees-" in name else "{}\n", "utf-8")
    (folder / FILES[0]).write_text(text, encoding="utf-8")
    done = briefer("legislators", "import", str(folder))
    assert done.returncode == 2
    line = only_line(done)
    assert str(folder / FILES[0]) + ":1:" in line
    assert "not allowed" in line


def test_a_billion_laughs_file_fails_fast(tmp_path: Path) -> None:
    folder = tmp_path / "congress"
    folder.mkdir()
    text = "\n".join(f"# {i}" for i in range(3)) + "\n"
    laughs = bomb()
    (folder / FILES[0]).write_text(text + laughs.replace("- id:", "b: {id:") + "}\n", "utf-8")
    assert len((folder / FILES[0]).read_bytes()) < 1500
    for name in FILES[1:]:
        (folder / name).write_text(laughs.split("- id")[0], "utf-8")
    start = time.perf_counter()
    done = briefer("legislators", "import", str(folder), timeout=30)
    assert time.perf_counter() - start < 10
    assert done.returncode == 2
    assert "not allowed" in only_line(done)


ESCAPE_CSV = (
    "name,title,office,committees\n"
    '"Anna \x1b[2J\x1b[31mExample",MEP\x07,"ASP \x1b]0;owned\x07 08H123","AFET\x1b[0m (Chair)"\n'
)


def test_terminal_escapes_and_controls_are_stripped_at_import(tmp_path: Path) -> None:
    csv_path = tmp_path / "meps.csv"
    csv_path.write_text(ESCAPE_CSV, encoding="utf-8")
    done = briefer("legislators", "import", str(csv_path))
    assert done.returncode == 0, done.stderr
    found = briefer("legislators", "find", "Anna")
    assert found.returncode == 0, found.stderr
    assert "Anna Example" in found.stdout
    assert "\x1b" not in found.stdout + found.stderr and "\x07" not in found.stdout
    stored = list(Path(os.environ["BRIEFER_DATA_DIR"]).rglob("*"))
    for path in stored:
        if path.is_file():
            data = path.read_bytes()
            if data.startswith(b"SQLite format 3"):  # its texts, not the file's binary pages
                with contextlib.closing(sqlite3.connect(path)) as db:
                    data = "\n".join(db.iterdump()).encode("utf-8")
            assert b"\x1b" not in data and b"\x07" not in data and b"\\u001b" not in data


@pytest.mark.parametrize(
    ("column", "value"),
    [("title", "Member " * 30), ("office", "Room 1 " * 40), ("name", "Anna " * 40)],
)
def test_over_long_fields_are_refused_naming_the_record_and_field(
    tmp_path: Path, column: str, value: str
) -> None:
    row = {"name": "Anna Example", "title": "MEP", "office": "ASP 08H123"}
    row[column] = value.strip()
    csv_path = tmp_path / "meps.csv"
    csv_path.write_text(
        "name,title,office\nBen Other,MEP,ASP 1\n" + ",".join(row.values()) + "\n", "utf-8"
    )
    done = briefer("legislators", "import", str(csv_path))
    assert done.returncode == 2
    line = only_line(done)
    assert line.startswith(f"briefer: {csv_path}:3: {column}: ")
    assert "too long" in line and (row["name"][:20] in line)


def test_an_over_long_congress_field_names_the_member(tmp_path: Path) -> None:
    folder = tmp_path / "congress"
    shutil.copytree(SHARED_DATA, folder)
    path = folder / FILES[0]
    text = path.read_text(encoding="utf-8")
    full = next(x for x in text.splitlines() if x.strip().startswith("official_full:"))
    path.write_text(text.replace(full, full + " Junior" * 30, 1), "utf-8")
    done = briefer("legislators", "import", str(folder))
    assert done.returncode == 2
    line = only_line(done)
    assert str(path) in line and "name is too long" in line and "name: " in line


def test_a_long_field_from_an_older_directory_is_named_not_the_points(tmp_path: Path) -> None:
    """A directory stored before the limits: the build names the field, not the talking points."""
    from briefer.legislators.model import Legislator
    from briefer.legislators.store import Directory
    from briefer.legislators.stored import save

    member = Legislator(
        id="anna-example",
        name="Anna Example",
        first="Anna",
        last="Example",
        title="Member of the European Parliament, Vice-Chair of the Delegation " * 4,
        chamber="European Parliament",
        state="Germany",
        district="",
        party="Greens/EFA",
        committees=(),
        office="ASP 08H123",
        phone="",
        email="",
        url="",
    )
    save(Directory([member], {}))
    brief = tmp_path / "brief.yaml"
    brief.write_text(
        SAMPLE_BRIEF.replace("legislator: Jeanne Shaheen", "legislator: Anna Example").replace(
            "  title: Senator\n", ""
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.pdf"
    done = briefer("build", str(brief), "-o", str(out))
    assert done.returncode == 2 and not out.exists()
    line = only_line(done)
    assert "meeting.title" in line and "too long" in line and "talking points" not in line
    # typing a title of one's own builds
    brief.write_text(
        brief.read_text("utf-8").replace("  party:", "  title: MEP\n  party:"), "utf-8"
    )
    done = briefer("build", str(brief), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "MEP Anna Example" in " ".join(pdf_pages(out.read_bytes())[0].split())


def test_a_directory_stored_before_the_cleaning_is_cleaned_when_read() -> None:
    from briefer.legislators.model import Legislator
    from briefer.legislators.store import Directory
    from briefer.legislators.stored import load, save

    fields = dict(first="", last="Example", chamber="", state="", district="", party="")
    fields.update(committees=(), office="Room\x1b[2J 1", phone="", email="", url="")
    save(
        Directory([Legislator(id="a", name="Anna\x1b]0;x\x07 Example", title="MEP", **fields)], {})
    )
    member = load().get("a")
    assert member is not None
    assert (member.name, member.office) == ("Anna Example", "Room 1")
    found = briefer("legislators", "find", "Anna")
    assert "\x1b" not in found.stdout + found.stderr
