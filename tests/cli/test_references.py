"""Files from others are data: what a brief, a template or a lobby day names stays in its folder.

Each case drives ``briefer`` as a process, as a user (or an attacker's file) would.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_BRIEF, pdf_pages

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    '<rect width="40" height="20"/></svg>'
)
OUTSIDE = "a file may only name files in its own folder"


def cli(*args: str, cwd: Path = REPO, timeout: float = 60) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        env=os.environ.copy(),
    )
    return done.returncode, done.stdout, done.stderr


def brief_in(folder: Path, *, logo: str = "", template: str = "classic", pack: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE_BRIEF.replace("template: classic", f"template: {template}")
    if logo:
        text = text.replace("  website: example.org\n", f"  website: example.org\n  logo: {logo}\n")
    if pack:
        text += f"pack: {pack}\n"
    path = folder / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A picture elsewhere on this computer that a teammate's brief must not reach."""
    path = tmp_path / "private" / "secret.svg"
    path.parent.mkdir()
    path.write_text(SVG, encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["absolute", "home", "dotdot"])
def test_a_brief_cannot_embed_a_picture_from_elsewhere(tmp_path: Path, secret: Path, how) -> None:
    folder = tmp_path / "from-teammate"
    name = {
        "absolute": str(secret),
        "home": "~/secret.svg",
        "dotdot": "../private/secret.svg",
    }[how]
    brief = brief_in(folder, logo=name)
    out = tmp_path / "page.pdf"
    code, _, err = cli("build", str(brief), "-o", str(out))
    assert code == 2, err
    assert err.count("\n") == 1 and f"{brief}:" in err and "sender.logo:" in err and OUTSIDE in err
    assert not out.exists()


def test_allow_outside_follows_it_when_the_user_trusts_the_file(tmp_path: Path, secret) -> None:
    brief = brief_in(tmp_path / "mine", logo=str(secret))
    out = tmp_path / "page.pdf"
    code, _, err = cli("build", str(brief), "-o", str(out), "--allow-outside")
    assert code == 0, err
    assert len(pdf_pages(out.read_bytes())) == 1


def test_a_logo_beside_the_brief_and_in_a_subfolder_builds(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    (folder / "art").mkdir(parents=True)
    (folder / "art" / "logo.svg").write_text(SVG, encoding="utf-8")
    brief = brief_in(folder, logo="art/logo.svg")
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "page.pdf"))
    assert code == 0, err


def test_a_link_that_leads_out_of_the_folder_is_refused(tmp_path: Path, secret: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "logo.svg").symlink_to(secret)
    brief = brief_in(folder, logo="logo.svg")
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "page.pdf"))
    assert code == 2 and "sender.logo" in err and OUTSIDE in err


@pytest.mark.parametrize("field", ["template", "pack"])
def test_template_and_pack_cannot_name_a_file_elsewhere(tmp_path: Path, field: str) -> None:
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text("briefer-pack: 1\nid: x\n", encoding="utf-8")
    brief = brief_in(tmp_path / "b", **{field: str(elsewhere)})
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "page.pdf"))
    assert code == 2, err
    assert f"{brief}:" in err and f"{field}:" in err and OUTSIDE in err


@pytest.mark.parametrize("field", ["template", "pack"])
def test_a_fifo_never_blocks_the_build(tmp_path: Path, field: str) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    os.mkfifo(folder / "named.yaml")
    brief = brief_in(folder, **{field: "named.yaml"})
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "page.pdf"), timeout=30)
    assert code == 2 and f"{field}:" in err and "not a regular file" in err


def test_a_device_is_not_a_logo(tmp_path: Path) -> None:
    brief = brief_in(tmp_path / "b", logo="/dev/zero")
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "p.pdf"), "--allow-outside")
    assert code == 2 and "sender.logo" in err and "not a regular file" in err


def test_a_template_cannot_extend_one_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "other.yaml").write_text("extends: classic\n", encoding="utf-8")
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "mine.yaml").write_text("extends: ../other.yaml\n", encoding="utf-8")
    brief = brief_in(folder, template="mine.yaml")
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "page.pdf"))
    assert code == 2 and "mine.yaml:1: extends:" in err and OUTSIDE in err


def test_a_lobby_days_row_template_stays_in_the_csv_folder(tmp_path: Path) -> None:
    (tmp_path / "outside.yaml").write_text("extends: classic\n", encoding="utf-8")
    day = tmp_path / "day"
    day.mkdir()
    (day / "ours.yaml").write_text("extends: sidebar\n", encoding="utf-8")
    csv = day / "meetings.csv"
    csv.write_text(
        "legislator,date,time,template\n"
        "Jeanne Shaheen,2026-12-03,10:30,../outside.yaml\n"
        "Jeanne Shaheen,2026-12-03,11:30,ours.yaml\n",
        encoding="utf-8",
    )
    base = brief_in(tmp_path / "base")
    code, out, err = cli("batch", str(csv), "-o", str(tmp_path / "out"), "--base", str(base))
    assert "meetings.csv:2" in out + err and OUTSIDE in out + err
    built = sorted(p.name for p in (tmp_path / "out").glob("2026*.pdf"))
    assert built == ["2026-12-03_1130_jeanne-shaheen.pdf"], (code, out, err)


def test_an_error_inside_a_named_file_says_which_brief_line_named_it(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "ours.yaml").write_text("extends: classic\nmargins: {top: 54px}\n", encoding="utf-8")
    brief = brief_in(folder, template="ours.yaml")
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "p.pdf"))
    assert code == 2 and "ours.yaml:2" in err, err
    assert f"(the template named at {brief}:2)" in err


def test_a_bad_logo_in_a_base_brief_is_the_base_briefs_line(tmp_path: Path) -> None:
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><rect", "utf-8")
    base = brief_in(folder, logo="logo.svg")
    csv = tmp_path / "meetings.csv"
    csv.write_text("legislator,date,time\nJeanne Shaheen,2026-12-03,10:30\n", encoding="utf-8")
    code, _, err = cli("batch", str(csv), "-o", str(tmp_path / "out"), "--base", str(base))
    problems = [line for line in err.splitlines() if "warning:" not in line]
    assert code == 2 and len(problems) == 1, err
    assert f"{base}:" in err and "sender.logo" in err and "meetings.csv" not in err
