"""A seeded, bounded fuzz over the files teammates pass around: SVG logos, ``.brieferpack``
files, meeting-log exchange files (JSON and CSV) and lobby-day rosters.

Every run must end in exit 0, or exit 2 (or 3) with one line that names the file; never exit 1
or a signal; no raw control character on the terminal; nothing written outside the case's
folder (and the data folder); the process's memory stays under 500 MB. The seed and the number
of cases are fixed, so a failure repeats; BRIEFER_FUZZ_CASES=1000 runs more (five kinds).
"""

from __future__ import annotations

import base64
import json
import os
import random
import resource
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.support.resources import default_pack_path
from tests.conftest import SAMPLE_BRIEF
from tests.test_fuzz import NASTY, encode

SEED = 20261207
CASES = int(os.environ.get("BRIEFER_FUZZ_CASES", "40"))  # per kind
MEMORY_MB = 500
LOGO_BRIEF = SAMPLE_BRIEF.replace(
    "  website: example.org\n", "  website: example.org\n  logo: logo.svg\n"
)

SVG_PARTS = [
    '<rect width="5" height="5"/>',
    '<g id="a"><use xlink:href="#a"/></g>',
    '<g id="b"><rect width="1" height="1"/></g>' + '<use xlink:href="#b"/>' * 20,
    "<g>" * 300 + "</g>" * 300,
    '<text x="1" y="9">Org&nbsp;</text>',
    '<text x="1" y="9">Org &amp; co</text>',
    '<image xlink:href="file:///etc/passwd" width="2" height="2"/>',
    '<image xlink:href="http://example.invalid/x.png" width="2" height="2"/>',
    '<rect width="1e308" height="5"/>',
    '<path d="M0 0 L 99999999 5 Z"/>',
    '<style>@import url("http://example.invalid/a.css");</style>',
    '<rect style="fill:url(#none)" width="3" height="3"/>',
    "\0",
    "\x1b[2J",
    "<!-- a comment -->",
    "<g><g><g><circle r='2' cx='3' cy='3'/></g></g></g>",
]


def svg(rng: random.Random) -> bytes:
    head = rng.choice(
        [
            '<svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">',
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
            '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">',
            '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="20">',
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">',
            '<svg width="40" height="20">',  # no xmlns: read as SVG
        ]
    )
    body = "".join(rng.choice(SVG_PARTS) for _ in range(rng.randint(0, 4)))
    text = head + body + ("</svg>" if rng.random() < 0.9 else "")
    if rng.random() < 0.2:
        cut = rng.randrange(len(text) + 1)
        text = text[:cut] + rng.choice(NASTY) + text[cut:]
    return encode(rng, text)


def check(
    args: list[str], file: Path, capsys: pytest.CaptureFixture[str], room: Path
) -> tuple[int, str]:
    """Run ``briefer ARGS`` and hold it to the promise; the exit code and stdout."""
    outside = sorted(p.name for p in room.parent.iterdir())
    # The run is in this process: its peak may rise at most MEMORY_MB over the peak before it
    # (the whole suite before it has its own peak, which is not this run's).
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    code = main(args)
    out, err = capsys.readouterr()
    assert code in (0, 2, 3), (args, err)
    for text in (out, err):
        assert not any(ord(c) < 32 and c not in "\n\t" for c in text), (args, text)
    problems = [x for x in err.splitlines() if not x.startswith("briefer: warning:")]
    if code:
        assert len(problems) >= 1, (args, err)
        assert str(file) in problems[0] or file.name in problems[0], (args, err)
    assert sorted(p.name for p in room.parent.iterdir()) == outside, args
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak - peak_before < MEMORY_MB * 1024, args
    tally(args, code, peak - peak_before)
    return code, out


def tally(args: list[str], code: int, grew_kb: int) -> None:
    """With BRIEFER_FUZZ_TALLY=FILE, one line per run (command, exit code, KB the peak grew):
    the figures of a long run."""
    name = os.environ.get("BRIEFER_FUZZ_TALLY")
    if name:
        with open(name, "a", encoding="utf-8") as file:
            command = args[0] if args[0] == "build" else " ".join(args[:2])
            file.write(f"{command}\t{code}\t{grew_kb}\n")


@pytest.fixture
def rng_for() -> Callable[[str, int], random.Random]:
    return lambda kind, case: random.Random(f"{SEED}-{kind}-{case}")


def test_fuzz_svg_logos(tmp_path: Path, capsys, rng_for) -> None:
    codes = []
    for case in range(CASES):
        rng = rng_for("svg", case)
        room = tmp_path / f"c{case}"
        room.mkdir()
        (room / "logo.svg").write_bytes(svg(rng))
        brief = room / "brief.yaml"
        brief.write_text(
            SAMPLE_BRIEF.replace(
                "  website: example.org\n", "  website: example.org\n  logo: logo.svg\n"
            ),
            encoding="utf-8",
        )
        out = room / f"out.{rng.choice(['pdf', 'docx'])}"
        code, _ = check(["build", str(brief), "-o", str(out)], brief, capsys, room)
        codes.append(code)
        assert out.exists() == (code == 0)
    assert 0 in codes and 2 in codes, codes


def brieferpack(rng: random.Random) -> bytes:
    # a partner's own id: the bundled pack's would be refused whole, the damage never read
    text = default_pack_path().read_bytes().replace(b"id: belarus-sanctions", b"id: partner", 1)
    method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA])
    buffer = __import__("io").BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        archive.writestr("pack.yaml", text)
        if rng.random() < 0.3:
            archive.writestr("logo.svg", svg(rng))
        if rng.random() < 0.1:
            archive.writestr("../../escape.yaml", b"x")
    data = bytearray(buffer.getvalue())
    for _ in range(rng.randint(0, 3)):
        spot = rng.randrange(len(data))
        data[spot : spot + rng.randint(1, 40)] = bytes(rng.randrange(256) for _ in range(8))
    if rng.random() < 0.1:
        data = data[: rng.randrange(len(data))]
    return bytes(data)


def test_fuzz_brieferpacks(tmp_path: Path, capsys, rng_for) -> None:
    codes = []
    for case in range(CASES):
        rng = rng_for("pack", case)
        room = tmp_path / f"c{case}"
        room.mkdir()
        path = room / "partner.brieferpack"
        path.write_bytes(brieferpack(rng))
        code, _ = check(["pack", "import", str(path), "--replace"], path, capsys, room)
        codes.append(code)
    assert 0 in codes and 2 in codes, codes


MEETING = {
    "id": "0123456789abcdef0123456789abcdef",
    "legislator": "Jeanne Shaheen",
    "date": "2026-12-03",
    "time": "10:30",
    "location": "Russell 506",
    "attendees": ["Anna Kowalska"],
    "ask": "Keep every sanction in place.",
    "created": "2026-12-01T09:00:00Z",
    "updated": "2026-12-01T09:00:00Z",
    "report": None,
    "exports": [],
}
JSON_VALUES = [
    "zzzz",
    "9999-12-31",
    "0001-01-01T00:00:00Z",
    "\x1b]0;owned\x07",
    "line\rover",
    '=HYPERLINK("http://example.invalid")',
    "x" * 3000,
    -1,
    1e308,
    None,
    [],
    {},
    [[[[[]]]]],
    "../../etc/passwd",
]


def exchange(rng: random.Random) -> str:
    meetings = []
    for n in range(rng.randint(0, 3)):
        meeting = dict(MEETING, id=f"{n:032x}" if rng.random() < 0.9 else "not-an-id")
        for _ in range(rng.randint(0, 3)):
            meeting[rng.choice(list(MEETING))] = rng.choice(JSON_VALUES)
        meetings.append(meeting)
    blobs = {}
    if rng.random() < 0.3:
        raw = zlib.compress(b"\0" * (2**20 * rng.choice([1, 16])))
        blobs["f" * 64] = base64.b64encode(raw).decode()
    document: object = {"briefer-log": 1, "meetings": meetings, "blobs": blobs}
    if rng.random() < 0.1:
        document = {"briefer-log": 1, "meetings": json.loads("[" * 50 + "]" * 50)}
    text = json.dumps(document)
    if rng.random() < 0.1:
        text = '{"briefer-log": 1, "meetings": ' + "[" * 5000 + "]" * 5000 + "}"
    if rng.random() < 0.1:
        text = text[: rng.randrange(len(text) + 1)]
    return text


def exchange_csv(rng: random.Random) -> str:
    header = ["id", "legislator", "date", "time", "ask", "updated"]
    rows = [",".join(header)]
    for n in range(rng.randint(0, 3)):
        cells = [f"{n:032x}", "Jeanne Shaheen", "2026-12-03", "10:30", "ask", ""]
        for _ in range(rng.randint(0, 2)):
            cells[rng.randrange(len(cells))] = str(rng.choice(JSON_VALUES)).replace('"', "")
        rows.append(",".join('"' + c + '"' for c in cells))
    return "\r\n".join(rows) + "\r\n"


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_fuzz_log_exchange_files(kind: str, tmp_path: Path, capsys, rng_for) -> None:
    codes = []
    for case in range(CASES):
        rng = rng_for(f"log-{kind}", case)
        room = tmp_path / f"c{case}"
        room.mkdir()
        path = room / f"team.{kind}"
        text = exchange(rng) if kind == "json" else exchange_csv(rng)
        path.write_bytes(encode(rng, text))
        code, _ = check(["log", "import", str(path)], path, capsys, room)
        codes.append(code)
        if code == 0 and rng.random() < 0.3:
            shown, out = check(["log", "list"], path, capsys, room)
            assert shown == 0 and "\x1b" not in out
    assert 2 in codes, codes


def test_fuzz_rosters(tmp_path: Path, capsys, rng_for, with_zips) -> None:
    pool = ["Anna Kowalska", "03301", "Concord", "", "\x1b[2J", "line\rover", "=1+1", "99999"]
    for case in range(CASES):
        rng = rng_for("roster", case)
        room = tmp_path / f"c{case}"
        room.mkdir()
        rows = ["name,zip,town"] + [
            ",".join(
                rng.choice(pool) if rng.random() < 0.8 else rng.choice(NASTY).strip("'")
                for _ in range(3)
            )
            for _ in range(rng.randint(0, 4))
        ]
        path = room / "roster.csv"
        path.write_bytes(encode(rng, "\n".join(rows) + "\n"))
        out = room / "meetings.csv"
        code, _ = check(["lobby", "plan", str(path), "-o", str(out)], path, capsys, room)
        if code == 0 and out.exists():
            for line in out.read_text(encoding="utf-8").splitlines()[1:]:
                for cell in line.split(","):
                    assert not cell.startswith(("=", "+", "-", "@")), line
