"""`briefer check` and `build` on hostile and unusual input, run as a user runs them (a process).

Every failure is exit 2 with one line on stderr naming the file and the line; `check` approves only
what `build` builds, and goes on to its other files after a bad one.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_BRIEF

CLASSIC = (REPO / "templates" / "classic.yaml").read_text(encoding="utf-8")


def briefer(*args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 60):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        check=False,
    )


def one_error(done: subprocess.CompletedProcess, file: str, line: int | None = None) -> str:
    """The run's single stderr line, which names ``file`` (and ``line``)."""
    err = done.stderr.decode("utf-8")
    lines = [x for x in err.splitlines() if not x.startswith("briefer: warning:")]
    assert len(lines) == 1, err
    where = f"{file}:{line}:" if line else f"{file}"
    assert lines[0].startswith(f"briefer: {where}"), lines[0]
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


def template_with(tmp_path: Path, margin: str, side: str = "left") -> Path:
    text, count = re.subn(rf"{side}: [0-9.a-z]+", f"{side}: {margin}", CLASSIC, count=1)
    assert count == 1
    path = tmp_path / "mine.yaml"
    path.write_text(text.replace("name: classic", "name: mine"), encoding="utf-8")
    return path


MARGIN_LINE = next(i for i, x in enumerate(CLASSIC.splitlines(), 1) if x.startswith("margins:"))


@pytest.mark.parametrize(
    ("margin", "words"),
    [
        ("54px", "not a length"),
        ('"0.75 inch"', "not a length"),
        ('"1,5cm"', "not a length"),
        ('""', "not a length"),
        ("-54", "must be 0 or more"),
        ("-0.5in", "not a length"),
        ("400pt", "leave"),
        ("8in", "leave"),
    ],
)
def test_template_lengths_are_checked_with_their_unit(
    tmp_path: Path, margin: str, words: str
) -> None:
    template = template_with(tmp_path, margin)
    done = briefer("check", str(template))
    assert done.returncode == 2
    line = one_error(done, str(template), MARGIN_LINE)
    assert "margins.left" in line and words in line
    # and build agrees: the same one line, exit 2, nothing written
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    out = tmp_path / "out.pdf"
    done = briefer("build", str(brief), "--template", str(template), "-o", str(out))
    assert done.returncode == 2 and not out.exists()
    one_error(done, str(template), MARGIN_LINE)


def test_a_good_template_with_units_passes_and_builds(tmp_path: Path) -> None:
    template = template_with(tmp_path, "19mm")
    assert briefer("check", str(template)).returncode == 0
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("template: classic", "template: mine.yaml"), "utf-8")
    assert briefer("build", str(brief), "-o", str(tmp_path / "x.pdf")).returncode == 0


def test_template_beside_the_brief_is_found_from_anywhere(tmp_path: Path) -> None:
    folder = tmp_path / "meeting"
    folder.mkdir()
    template_with(folder, "0.7in").rename(folder / "ours.yaml")
    brief = folder / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF.replace("template: classic", "template: ours.yaml"), "utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = elsewhere / "x.pdf"
    done = briefer("build", str(brief), "-o", str(out), cwd=elsewhere)
    assert done.returncode == 0, done.stderr.decode()
    assert out.exists()
    assert briefer("check", str(brief), cwd=elsewhere).returncode == 0


def test_batch_base_brief_finds_its_template_from_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "group"
    folder.mkdir()
    template_with(folder, "0.7in").rename(folder / "ours.yaml")
    base = folder / "base.yaml"
    base.write_text(SAMPLE_BRIEF.replace("template: classic", "template: ours.yaml"), "utf-8")
    meetings = tmp_path / "meetings.csv"
    meetings.write_text("legislator,date,time\nJeanne Shaheen,2026-12-03,10:30\n", "utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = briefer(
        "batch", str(meetings), "-o", str(tmp_path / "out"), "--base", str(base), cwd=elsewhere
    )
    assert done.returncode == 0, done.stderr.decode()
    assert list((tmp_path / "out").glob("2026-12-03_*.pdf"))


RECURSIVE = {
    "brief": "briefer: 1\nmeeting: &m\n  legislator: X\n  committees: [*m]\n",
    "pack": "briefer-pack: 1\nid: mine\nblocks: &b [*b]\n",
    "template": "briefer-template: 1\nname: x\nroles: &r {body: *r}\n",
}


@pytest.mark.parametrize("kind", sorted(RECURSIVE))
def test_recursive_aliases_are_exit_2_with_the_line_and_check_goes_on(
    tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / f"{kind}.yaml"
    bad.write_text(RECURSIVE[kind], encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(SAMPLE_BRIEF, encoding="utf-8")
    done = briefer("check", str(bad), str(good))
    assert done.returncode == 2
    line = one_error(done, str(bad))
    assert re.match(rf"briefer: {re.escape(str(bad))}:[23]: .*recursive alias", line), line
    assert f"ok: {good}:" in done.stdout.decode()


def test_alias_bomb_in_a_brief_fails_fast(tmp_path: Path) -> None:
    text = "briefer: 1\nx0: &x0 [a, a, a, a, a, a, a, a, a]\n"
    for i in range(1, 10):
        text += f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 9) + "]\n"
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    done = briefer("check", str(bomb), timeout=20)
    assert time.perf_counter() - start < 10
    assert done.returncode == 2
    one_error(done, str(bomb))


def test_deep_nesting_is_exit_2(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("briefer: 1\nblocks: " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    done = briefer("check", str(deep))
    assert done.returncode == 2
    one_error(done, str(deep), 2)


def test_non_utf8_is_reported_by_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(SAMPLE_BRIEF.replace("Jesús", "Jes\udcfas").encode("utf-8", "surrogateescape"))
    line = next(i for i, x in enumerate(SAMPLE_BRIEF.splitlines(), 1) if "Jesús" in x)
    column = SAMPLE_BRIEF.splitlines()[line - 1].index("ú") + 1
    for command in ("check", "build"):
        args = [command, str(path)] + (
            ["-o", str(tmp_path / "x.pdf")] if command == "build" else []
        )
        done = briefer(*args)
        assert done.returncode == 2
        message = one_error(done, str(path), line)
        assert f"column {column}" in message and "byte" not in message


def test_an_error_holding_a_line_break_or_an_escape_is_one_clean_line(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(
        SAMPLE_BRIEF.replace("blocks: [hold-the-line,", 'blocks: ["no\\nsuch\\u001b[31m",'),
        encoding="utf-8",
    )
    done = briefer("check", str(path))
    assert done.returncode == 2
    message = one_error(done, str(path))
    assert "\x1b" not in message


def test_check_reads_standard_input_once(tmp_path: Path) -> None:
    for name in ("-", "/dev/stdin"):
        done = briefer("check", name, stdin=SAMPLE_BRIEF.encode("utf-8"))
        assert done.returncode == 0, done.stderr.decode()
        assert "ok:" in done.stdout.decode() and "brief" in done.stdout.decode()
    done = briefer("check", "-", stdin=CLASSIC.encode("utf-8"))
    assert done.returncode == 0 and "template 'classic'" in done.stdout.decode()
    done = briefer("check", "-", stdin=b'briefer: 1\nmeeting:\n  time: "25:00"\n')
    assert done.returncode == 2
    one_error(done, "<stdin>", 3)


def test_check_dev_stdin_is_check_dash(tmp_path: Path) -> None:
    """``check /dev/stdin`` looked for the brief's logo in /dev (and named the brief
    differently): it is standard input as ``-`` is, the paths in it found from here."""
    (tmp_path / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        '<rect width="40" height="20" fill="#036"/></svg>',
        encoding="utf-8",
    )
    with_logo = SAMPLE_BRIEF.replace(
        "  website: example.org\n", "  website: example.org\n  logo: logo.svg\n"
    )
    assert "logo: logo.svg" in with_logo
    bad = b'briefer: 1\nmeeting:\n  time: "25:00"\n'
    for text in (with_logo.encode("utf-8"), bad):
        runs = [briefer("check", name, stdin=text, cwd=tmp_path) for name in ("-", "/dev/stdin")]
        dash, dev = ((r.returncode, r.stdout, r.stderr) for r in runs)
        assert dash == dev
    assert runs[0].returncode == 2 and one_error(runs[0], "<stdin>", 3)
    done = briefer("check", "/dev/stdin", stdin=with_logo.encode("utf-8"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith("ok: <stdin>: brief")


def test_a_usage_error_is_one_line_too() -> None:
    done = briefer("build")
    assert done.returncode == 2
    err = done.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and err.startswith("briefer build: ")
    assert "(see briefer build --help)" in err


@pytest.mark.parametrize("sidebar", ["{width: 7.5in}", "{width: 5in, gap: 2in}", "{padding: 3in}"])
def test_a_sidebar_that_leaves_no_room_is_refused_by_check(tmp_path: Path, sidebar: str) -> None:
    source = REPO / "templates" / "sidebar.yaml"
    text = re.sub(r"(?ms)^sidebar:.*?(?=^\S)", "", source.read_text(encoding="utf-8"))
    template = tmp_path / "narrow.yaml"
    template.write_text(text.replace("name: sidebar", "name: narrow") + f"sidebar: {sidebar}\n")
    done = briefer("check", str(template))
    assert done.returncode == 2
    assert "sidebar." in one_error(done, str(template))


def test_a_pdf_or_a_picture_given_as_a_brief_is_named_for_what_it_is(tmp_path: Path) -> None:
    """A PDF or a picture opened by mistake says what it is, as the app does, not at which byte
    it fails to be UTF-8; a brief in another encoding still gets its line and column."""
    picture = tmp_path / "logo.yaml"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    pdf = tmp_path / "page.yaml"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 20)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("briefer: 1\nask: caf\xe9\n".encode("latin-1"))
    result = briefer("check", str(picture), str(pdf), str(latin))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"briefer: {picture}: this file is a picture (PNG): Briefer reads YAML text files",
        f"briefer: {pdf}: this file is a PDF document: Briefer reads YAML text files",
        f"briefer: {latin}:2: not UTF-8 text (column 9): save the file as UTF-8",
    ]
