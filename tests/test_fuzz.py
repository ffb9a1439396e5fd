"""A seeded, bounded fuzz over every file Briefer reads: briefs, packs, templates, lobby-day CSVs
and directory files, each mutated at random (values, types, YAML syntax, encodings, sizes).

Every run must end in one of three ways: exit 0 with a one-page result; exit 2 or 3 with one line
on stderr that names the file (and nothing written); never exit 1 (an internal error). The seed
and the number of cases are fixed, so a failure repeats; BRIEFER_FUZZ_CASES=2000 runs more.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.cli import main
from briefer.support.resources import default_pack_path
from tests.conftest import REPO, SAMPLE_BRIEF

SEED = 20261203
CASES = int(os.environ.get("BRIEFER_FUZZ_CASES", "60"))  # per kind: five kinds
PACK = default_pack_path().read_text(encoding="utf-8")
CLASSIC = (REPO / "templates" / "classic.yaml").read_text(encoding="utf-8")

NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "null",
    "~",
    "yes",
    "[]",
    "{}",
    "[a, b]",
    "{a: 1}",
    '"\\x1b[31mred\\x07"',
    '"tab\\there"',
    '"line\\nbreak"',
    '"\\u202eevil"',
    '"\\u0000"',
    "&a x",
    "*a",
    "!!python/object:os.system x",
    "!!binary aGVsbG8=",
    "25:99",
    "2026-02-30",
    "12/3/2026",
    "3 December 2026",
    "2 PM",
    "'" + "x" * 320 + "'",
    "'" + "https://example.org/" + "a/" * 150 + "'",
    "'" + "制裁を維持 " * 60 + "'",
    "'🇺🇦🇧🇾✊🏻 " * 20 + "'",
    "'" + "word " * 450 + "'",
    "54px",
    "'0.75 inch'",
    "'1,5cm'",
    "-54",
    "9in",
    "'#12345'",
    "'#zzzzzz'",
    "letter",
    "a4",
    "a3",
    "classic",
    "myth-fact",
    "nope",
    "../../etc/passwd",
    "/dev/zero",
    "hold-the-line",
    "no-such-block",
]


TEXTS = [
    '"Keep the pressure on."',
    '"' + "Sanctions work. " * 12 + '"',
    '"https://example.org/' + "evidence/" * 30 + '"',
    '"制裁を維持してください 🇺🇦"',
    '"Jesús García — Святлана"',
    "plain words here",
    '"10:30"',
    '"0.5in"',
    '"#336699"',
    "12",
    "1.2",
]


def mutate_yaml(rng: random.Random, text: str) -> str:
    """One to three random changes: a value replaced, a line dropped or doubled, a byte broken."""
    lines = text.splitlines()
    for _ in range(rng.randint(1, 3)):
        if not lines:
            break
        index = rng.randrange(len(lines))
        line = lines[index]
        choice = rng.random()
        if choice < 0.3 and ":" in line:
            key = line.split(":", 1)[0]
            lines[index] = f"{key}: {rng.choice(NASTY)}"
        elif choice < 0.55 and ": " in line and not line.rstrip().endswith(":"):
            key = line.split(":", 1)[0]  # a text value that may well be accepted
            lines[index] = f"{key}: {rng.choice(TEXTS)}"
        elif choice < 0.65:
            del lines[index]
        elif choice < 0.72:
            lines.insert(index, line)
        elif choice < 0.8:
            lines.insert(index, rng.choice(["  extra: 1", "unknown: x", "  - stray", "\t"]))
        elif choice < 0.88:
            cut = rng.randrange(len(line) + 1)
            lines[index] = line[:cut] + rng.choice(["[", "{", '"', "'", ":", "&x", "*x", "#"])
        else:
            lines[index] = line[: len(line) // 2]
    out = "\n".join(lines) + "\n"
    if rng.random() < 0.05:
        out = "a: &x [*x]\n" + out
    return out


def encode(rng: random.Random, text: str) -> bytes:
    data = text.encode("utf-8")
    roll = rng.random()
    if roll < 0.04:
        return text.encode("utf-16")
    if roll < 0.08 and data:
        spot = rng.randrange(len(data))
        return data[:spot] + b"\xff\xfe" + data[spot:]
    if roll < 0.1:
        return b"\xef\xbb\xbf" + data
    return data


def check_run(
    args: list[str], file: Path, outputs: list[Path], capsys: pytest.CaptureFixture[str]
) -> int:
    """Run ``briefer ARGS`` and check the promise: 0 and one page, or 2/3 and one line."""
    code = main(args)
    _, err = capsys.readouterr()
    problems = [line for line in err.splitlines() if not line.startswith("briefer: warning:")]
    assert code in (0, 2, 3), (args, err)
    if code == 0:
        for out in outputs:
            if out.suffix == ".pdf":
                assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 1, args
            elif out.suffix:
                assert out.stat().st_size > 0, args
    else:
        assert len(problems) == 1, (args, err)
        assert str(file) in problems[0] or file.name in problems[0], (args, err)
        for out in outputs:
            assert not out.exists(), (args, out)
    for folder in {o.parent for o in outputs} | {file.parent}:
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")], args
    return code


@pytest.fixture
def rng_for() -> Callable[[str, int], random.Random]:
    return lambda kind, case: random.Random(f"{SEED}-{kind}-{case}")


@pytest.mark.parametrize("chunk", range(4))
def test_fuzz_briefs(chunk: int, tmp_path: Path, capsys, rng_for) -> None:
    codes = []
    for case in range(chunk, CASES, 4):
        rng = rng_for("brief", case)
        folder = tmp_path / f"c{case}"
        folder.mkdir()
        brief = folder / "brief.yaml"
        brief.write_bytes(encode(rng, mutate_yaml(rng, SAMPLE_BRIEF)))
        out = folder / f"out.{rng.choice(['pdf', 'docx', 'txt', 'md'])}"
        codes.append(check_run(["build", str(brief), "-o", str(out)], brief, [out], capsys))
        if rng.random() < 0.3:
            check_run(["check", str(brief)], brief, [], capsys)
    assert 0 in codes or (len(codes) < 4 and 2 in codes)


@pytest.mark.parametrize("chunk", range(1))
def test_fuzz_packs(chunk: int, tmp_path: Path, capsys, rng_for) -> None:
    codes = []
    for case in range(chunk, CASES, 1):
        rng = rng_for("pack", case)
        folder = tmp_path / f"c{case}"
        folder.mkdir()
        pack = folder / "pack.yaml"
        pack.write_bytes(encode(rng, mutate_yaml(rng, PACK)))
        codes.append(check_run(["check", str(pack)], pack, [], capsys))
        brief = folder / "brief.yaml"
        brief.write_text(SAMPLE_BRIEF.replace("blocks:", "pack: pack.yaml\nblocks:"), "utf-8")
        out = folder / "out.pdf"
        code = main(["build", str(brief), "-o", str(out)])
        err = capsys.readouterr().err
        assert code in (0, 2, 3), err
        if code:
            assert len([x for x in err.splitlines() if "warning:" not in x]) == 1, err
            assert not out.exists()
    assert 0 in codes and 2 in codes, codes


@pytest.mark.parametrize("chunk", range(1))
def test_fuzz_templates(chunk: int, tmp_path: Path, capsys, rng_for) -> None:
    codes = []
    for case in range(chunk, CASES, 1):
        rng = rng_for("template", case)
        folder = tmp_path / f"c{case}"
        folder.mkdir()
        template = folder / "mine.yaml"
        template.write_bytes(encode(rng, mutate_yaml(rng, CLASSIC)))
        checked = check_run(["check", str(template)], template, [], capsys)
        codes.append(checked)
        brief = folder / "brief.yaml"
        brief.write_text(SAMPLE_BRIEF.replace("template: classic", "template: mine.yaml"), "utf-8")
        out = folder / "out.pdf"
        built = main(["build", str(brief), "-o", str(out), "--paper", rng.choice(["letter", "a4"])])
        err = capsys.readouterr().err
        assert built in (0, 2, 3), err
        if checked == 0:  # check approves only what build builds
            assert built in (0, 3), err
        if built:
            assert len([x for x in err.splitlines() if "warning:" not in x]) == 1, err
            assert not out.exists()
        else:
            assert len(PdfReader(out).pages) == 1
    assert 0 in codes and 2 in codes, codes


LEGISLATORS = ["Jeanne Shaheen", "S001181", "Nobody", "", "X000000", "Rogers, Mike", "制裁"]
DATES = ["2026-12-03", "Dec 3, 2026", "3/4/2026", "13/4/2026", "2026-02-30", "", "soon"]
TIMES = ["10:30", "2 PM", "25:00", "9:99", "", "14h30", "noon"]
BLOCKS = ["", "hold-the-line", "hold-the-line;myth-pushes-to-russia", "nope", ";;;"]


def random_cell(rng: random.Random, pool: list[str]) -> str:
    value = rng.choice(pool) if rng.random() < 0.8 else rng.choice(NASTY).strip("'")
    return '"' + value.replace('"', '""') + '"' if rng.random() < 0.5 else value


@pytest.mark.parametrize("chunk", range(3))
def test_fuzz_batch_csvs(chunk: int, tmp_path: Path, capsys, rng_for) -> None:
    base = tmp_path / "base.yaml"
    base.write_text(SAMPLE_BRIEF, encoding="utf-8")
    for case in range(chunk, CASES // 2, 3):
        rng = rng_for("batch", case)
        folder = tmp_path / f"c{case}"
        folder.mkdir()
        header = ["legislator", "date", "time", "location", "blocks"]
        if rng.random() < 0.1:
            header.append(rng.choice(["bogus", "date", ""]))
        rows = [",".join(header)]
        for _ in range(rng.randint(0, 3)):
            cells = [
                random_cell(rng, LEGISLATORS),
                random_cell(rng, DATES),
                random_cell(rng, TIMES),
                random_cell(rng, ["SR-506", "", "x" * 300]),
                random_cell(rng, BLOCKS),
            ]
            rows.append(",".join(cells[: rng.randint(1, len(cells))]))
        csv = folder / "meetings.csv"
        csv.write_bytes(encode(rng, "\n".join(rows) + "\n"))
        out = folder / "out"
        code = main(["batch", str(csv), "-o", str(out), "--base", str(base), "--jobs", "1"])
        err = capsys.readouterr().err
        assert code in (0, 2, 3), err
        problems = [x for x in err.splitlines() if x.startswith("briefer:") and "warning" not in x]
        if code:
            assert problems, err
            assert all(str(csv) in line for line in problems), err
        for pdf in out.glob("*.pdf") if out.exists() else []:
            if pdf.name != "index.pdf":
                assert len(PdfReader(pdf).pages) == 1
        assert not list(folder.rglob("*.tmp"))


DIRECTORY_COLUMNS = ["name", "title", "chamber", "state", "district", "party", "committees"]
DIRECTORY_COLUMNS += ["office", "phone", "email", "id"]


@pytest.mark.parametrize("chunk", range(2))
def test_fuzz_directory_files(chunk: int, tmp_path: Path, capsys, rng_for) -> None:
    for case in range(chunk, CASES // 2, 2):
        rng = rng_for("directory", case)
        folder = tmp_path / f"c{case}"
        folder.mkdir()
        columns = rng.sample(DIRECTORY_COLUMNS, rng.randint(1, len(DIRECTORY_COLUMNS)))
        if rng.random() < 0.8 and "name" not in columns:
            columns.insert(0, "name")
        rows = [",".join(columns)]
        for number in range(rng.randint(0, 4)):
            pool = [f"Member {number}", "Anna Example", "Vice Chair", "Foreign Affairs (Chair)"]
            rows.append(",".join(random_cell(rng, pool) for _ in columns))
        path = folder / "members.csv"
        path.write_bytes(encode(rng, "\n".join(rows) + "\n"))
        code = check_run(["legislators", "import", str(path)], path, [], capsys)
        if code == 0:
            found = main(["legislators", "find", "Member"])
            out, err = capsys.readouterr()
            assert found in (0, 1, 2), err  # 1: nothing matched
            assert "\x1b" not in out + err
