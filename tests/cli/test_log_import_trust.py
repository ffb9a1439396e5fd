"""A teammate's meeting log is data: it never rewrites mine silently, never reaches my files, and
cannot blow up in memory. Each case drives ``briefer`` as a process."""

import base64
import copy
import hashlib
import json
import os
import sys
import time
import zlib
from pathlib import Path

import pytest

from tests.cli.test_references import SVG, cli
from tests.conftest import SAMPLE_BRIEF


def pack(data: bytes) -> tuple[str, str]:
    return hashlib.sha256(data).hexdigest(), base64.b64encode(zlib.compress(data)).decode()


@pytest.fixture
def mine(tmp_path: Path) -> dict:
    """My log with one meeting and its page; what `log export` gives a teammate, as data."""
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    assert cli("build", str(brief), "-o", str(tmp_path / "page.pdf"))[0] == 0
    out = tmp_path / "mine.json"
    code, _, err = cli("log", "export", "-o", str(out))
    assert code == 0, err
    return json.loads(out.read_text(encoding="utf-8"))


def theirs(tmp_path: Path, document: dict, name: str = "theirs.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def shown(tmp_path: Path) -> dict:
    out = tmp_path / "now.json"
    out.unlink(missing_ok=True)
    assert cli("log", "export", "-o", str(out))[0] == 0
    return json.loads(out.read_text(encoding="utf-8"))["meetings"][0]


def test_a_time_that_is_not_a_time_is_refused(tmp_path: Path, mine: dict) -> None:
    other = copy.deepcopy(mine)
    other["meetings"][0].update(updated="zzzz", location="Somewhere Else")
    code, _, err = cli("log", "import", str(theirs(tmp_path, other)))
    assert code == 2 and "updated" in err and "is not a time" in err, err
    assert shown(tmp_path)["location"] == "Russell 506"


def test_a_change_to_my_meeting_is_a_conflict_and_mine_is_kept(tmp_path: Path, mine) -> None:
    other = copy.deepcopy(mine)
    other["meetings"][0].update(updated="2026-12-31T00:00:00Z", location="Somewhere Else")
    path = theirs(tmp_path, other)
    code, out, err = cli("log", "import", str(path))
    assert code == 0, err
    assert "0 updated" in out and "conflict" in err and "location" in err and "kept ours" in err
    assert shown(tmp_path)["location"] == "Russell 506"
    code, out, err = cli("log", "import", str(path), "--theirs")
    assert code == 0 and "1 updated" in out and "took theirs" in err
    assert shown(tmp_path)["location"] == "Somewhere Else"


@pytest.mark.parametrize("where", ["date", "at"])
def test_the_year_9999_is_refused(tmp_path: Path, mine: dict, where: str) -> None:
    other = copy.deepcopy(mine)
    meeting = other["meetings"][0]
    meeting["id"] = "1" * 32
    meeting["exports"][0]["id"] = "2" * 32
    if where == "date":
        meeting["date"] = "9999-12-31"
    else:
        meeting["exports"][0]["at"] = "9999-12-31T23:59:59Z"
    code, _, err = cli("log", "import", str(theirs(tmp_path, other)))
    assert code == 2 and where in err and "9999" in err and "Traceback" not in err, err


def test_a_stored_brief_may_not_name_a_file_of_this_computer(tmp_path: Path, mine) -> None:
    secret = tmp_path / "private.svg"
    secret.write_text(SVG, encoding="utf-8")
    other = copy.deepcopy(mine)
    export = other["meetings"][0]["exports"][0]
    stored = json.loads(zlib.decompress(base64.b64decode(other["blobs"][export["brief_blob"]])))
    stored["ask"] = "Lift every sanction."
    stored["sender"]["logo"] = str(secret)
    digest, packed = pack(json.dumps(stored).encode())
    other["blobs"][digest] = packed
    export.update(id="3" * 32, brief_blob=digest)
    code, _, err = cli("log", "import", str(theirs(tmp_path, other)))
    assert code == 2 and "brief_blob" in err and "names a file on this computer" in err, err
    assert len(shown(tmp_path)["exports"]) == 1


def test_reprint_refuses_a_page_that_is_not_the_one_recorded(tmp_path: Path, mine) -> None:
    other = copy.deepcopy(mine)
    export = other["meetings"][0]["exports"][0]
    stored = json.loads(zlib.decompress(base64.b64decode(other["blobs"][export["brief_blob"]])))
    stored["ask"] = "Lift every sanction."
    digest, packed = pack(json.dumps(stored).encode())
    other["blobs"][digest] = packed
    export.update(id="4" * 32, brief_blob=digest)  # the recorded page's hash, another ask
    assert cli("log", "import", str(theirs(tmp_path, other)))[0] == 0
    out = tmp_path / "again.pdf"
    code, _, err = cli("log", "reprint", "44444444", "-o", str(out))
    assert code == 2 and "is not the page recorded" in err and not out.exists(), err
    code, _, err = cli("log", "reprint", export_id(mine), "-o", str(tmp_path / "mine.pdf"))
    assert code == 0, err  # my own page still rebuilds, the same bytes


def export_id(document: dict) -> str:
    return document["meetings"][0]["exports"][0]["id"][:8]


def test_an_input_that_unpacks_to_gigabytes_is_refused_while_reading(tmp_path: Path, mine) -> None:
    other = copy.deepcopy(mine)
    bomb = zlib.compressobj(9)
    chunk = b"\0" * 2**20
    packed = b"".join(bomb.compress(chunk) for _ in range(1400)) + bomb.flush()  # 1.4 GB
    other["blobs"]["5" * 64] = base64.b64encode(packed).decode()
    path = theirs(tmp_path, other)
    assert path.stat().st_size < 3 * 2**20
    probe = (
        "import resource, subprocess, sys; "
        f"done = subprocess.run([sys.executable, '-m', 'briefer', 'log', 'import', {str(path)!r}],"
        " capture_output=True, text=True); "
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "print(done.stderr, file=sys.stderr)"
    )
    import subprocess

    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    code, peak_kb = (int(x) for x in done.stdout.split())
    assert code == 2 and "unpacks to over 8 MB" in done.stderr, done.stderr
    assert peak_kb < 300 * 1024  # never unpacked whole


def test_deeply_nested_json_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"briefer-log": 1, "meetings": ' + "[" * 200_000 + "]" * 200_000 + "}")
    code, _, err = cli("log", "import", str(path))
    assert code == 2 and "nested too deeply" in err and err.count("\n") == 1, err


def test_a_build_during_a_long_import_records_its_page(tmp_path: Path) -> None:
    """The import writes a few hundred meetings at a time: a page built meanwhile is recorded
    (it held the log for the whole file: 9,000 meetings, 75 s, and the page went unrecorded)."""
    import subprocess

    team = tmp_path / "team.json"
    meeting = {
        "legislator": "Member",
        "date": "2026-03-04",
        "time": "10:30",
        "ask": "Keep every sanction in place.",
        "created": "2026-11-01T09:00:00Z",
        "updated": "2026-11-01T09:00:00Z",
    }
    meetings = [
        dict(meeting, id=f"{n:032x}", legislator=f"Member {n}", date=f"2026-{1 + n % 12:02d}-04")
        for n in range(10_000)
    ]
    team.write_text(json.dumps({"briefer-log": 1, "meetings": meetings}), encoding="utf-8")
    importing = subprocess.Popen(
        [sys.executable, "-m", "briefer", "log", "import", str(team)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wal = Path(os.environ["BRIEFER_DATA_DIR"]) / "meetings" / "log.sqlite3-wal"
    try:
        for _ in range(600):  # until the import is writing meetings
            if (wal.exists() and wal.stat().st_size > 200_000) or importing.poll() is not None:
                break
            time.sleep(0.02)
        assert importing.poll() is None, "the import ended before the build could start"
        brief = tmp_path / "brief.yaml"
        brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
        code, out, err = cli("build", str(brief), "-o", str(tmp_path / "page.pdf"))
        assert code == 0 and "not recorded" not in err, err
    finally:
        out, err = importing.communicate(timeout=300)
    assert importing.returncode == 0 and "10000 new" in out, err
    code, listed, _ = cli("log", "list", "--member", "shaheen")
    assert code == 0 and "Shaheen" in listed
