"""Lobby day with real members: one-page packs naming the right member, bad rows by line."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.cli import main
from briefer.legislators.congress import import_congress
from briefer.legislators.stored import save
from briefer.lobby.batch import run_batch
from briefer.page.brief import parse_brief
from briefer.support.fileio import safe_file_name
from tests.conftest import SAMPLE_BRIEF, SHARED_DATA, pdf_pages

MEETINGS = """\
legislator,date,time,location,staffer,ask,blocks
S001181,2026-12-03,10:30,,Jane Doe,,
Elizabeth Warren,2026-12-03,9:00,SD-309,,,
Nobody McFake,2026-12-03,11:00,,,,
"Rogers, Mike",12/4/2026,2:00 PM,Rayburn 2216,"Smith, John",Co-sponsor H.R. 1,{rogers}
Bernie Sanders,2026-13-01,10:00,,,,
Chuck Grassley,2026-12-04,,,,,not-a-block
""".format(rogers="myth-pushes-to-russia;rec-enforce-and-prosecute")


@pytest.fixture(scope="module")
def directory():
    return import_congress([SHARED_DATA])


@pytest.fixture
def lobby(tmp_path: Path, directory) -> tuple[Path, Path, Path]:
    save(directory)
    csv_path, base, out = tmp_path / "meetings.csv", tmp_path / "base.yaml", tmp_path / "out"
    csv_path.write_text(MEETINGS, encoding="utf-8")
    base.write_text(
        SAMPLE_BRIEF.replace(
            "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
            "blocks: []",
        ),
        encoding="utf-8",
    )
    out.mkdir()
    return csv_path, base, out


def test_batch_builds_good_rows_and_reports_bad_ones_by_line(lobby, capsys) -> None:
    csv_path, base, out = lobby
    code = main(
        [
            "batch",
            str(csv_path),
            "-o",
            str(out),
            "--base",
            str(base),
            "--format",
            "pdf,docx",
            "--jobs",
            "2",
            "--date-order",
            "mdy",
        ]
    )
    _, err = capsys.readouterr()
    assert code == 2
    assert f"{csv_path}:4: unknown legislator 'Nobody McFake'" in err
    assert f"{csv_path}:6: date: '2026-13-01' is not a date" in err
    assert f"{csv_path}:7: blocks: unknown point id 'not-a-block'" in err
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert pdfs == [
        "2026-12-03_0900_elizabeth-warren.pdf",
        "2026-12-03_1030_jeanne-shaheen.pdf",
        "2026-12-04_1400_mike-rogers.pdf",
        "index.pdf",
    ]
    assert len(list(out.glob("*.docx"))) == 3
    for name, member in (
        ("jeanne-shaheen", "Senator Jeanne Shaheen (D-NH)"),
        ("elizabeth-warren", "Senator Elizabeth Warren (D-MA)"),
        ("mike-rogers", "Representative Mike Rogers (R-AL-3)"),
    ):
        pages = pdf_pages(next(out.glob(f"*{name}.pdf")).read_bytes())
        assert len(pages) == 1 and member in " ".join(pages[0].split())
    warren = " ".join(
        pdf_pages((out / "2026-12-03_0900_elizabeth-warren.pdf").read_bytes())[0].split()
    )
    assert "Enforce Sanctions, Prosecute Violators" in warren  # suggested for Banking
    assert "Belarus Freedom Forum" in warren  # the base brief's sender
    index = " ".join(pdf_pages((out / "index.pdf").read_bytes())[0].split())
    assert index.index("9:00") < index.index("10:30") < index.index("2:00 PM")
    assert "Smith, John" in index and "Rayburn 2216" in index


def test_no_overwrite_without_force(lobby, capsys) -> None:
    csv_path, base, out = lobby
    (out / "2026-12-03_1030_jeanne-shaheen.pdf").write_bytes(b"mine")
    code = main(["batch", str(csv_path), "-o", str(out), "--base", str(base)])
    _, err = capsys.readouterr()
    assert code == 2 and "2026-12-03_1030_jeanne-shaheen.pdf exists" in err
    assert (out / "2026-12-03_1030_jeanne-shaheen.pdf").read_bytes() == b"mine"
    code = main(["batch", str(csv_path), "-o", str(out), "--base", str(base), "--force"])
    assert (out / "2026-12-03_1030_jeanne-shaheen.pdf").read_bytes().startswith(b"%PDF")


def test_all_good_rows_exit_0(tmp_path: Path, directory) -> None:
    save(directory)
    csv_path = tmp_path / "m.csv"
    csv_path.write_text(
        "legislator,date\nS001181,2026-12-03\nS001181,2026-12-03\n", encoding="utf-8"
    )
    result = run_batch(csv_path, tmp_path, directory=directory, base=parse_brief(SAMPLE_BRIEF))
    assert not result.failed and result.total == 2
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert names == [
        "2026-12-03_jeanne-shaheen-2.pdf",
        "2026-12-03_jeanne-shaheen.pdf",
        "index.pdf",
    ]
    assert len(PdfReader(tmp_path / "index.pdf").pages) == 1


@pytest.mark.parametrize(
    "part",
    ["../../etc/passwd", "a/b\\c", "Łukasz Ñoño", "  ", ".hidden", "x" * 300, "CON", "NUL.pdf"],
)
def test_file_names_are_safe(part: str) -> None:
    name = safe_file_name(f"2026-12-03_{part}", limit=80) if part.strip() else ""
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert len(name) <= 80
    bare = safe_file_name(part)
    assert bare.split(".")[0].upper() not in {"CON", "NUL"}
    assert ".." not in bare and "/" not in bare


def test_bad_csv_header_is_line_1(tmp_path: Path, capsys) -> None:
    csv_path = tmp_path / "m.csv"
    csv_path.write_text("legislatr,date\nS001181,2026-12-03\n", encoding="utf-8")
    code = main(["batch", str(csv_path), "-o", str(tmp_path)])
    assert code == 2
    assert f"{csv_path}:1: unknown column 'legislatr'" in capsys.readouterr().err


def test_a_cell_that_breaks_the_briefs_rules_is_reported_by_line(tmp_path: Path, directory) -> None:
    csv_path = tmp_path / "m.csv"
    long_room = "x" * 300
    csv_path.write_text(
        f"legislator,date,location,ask\nS001181,2026-12-03,{long_room},\n"
        'S001181,2026-12-04,,"Act\x07 now"\n',
        encoding="utf-8",
    )
    result = run_batch(csv_path, tmp_path, directory=directory, base=parse_brief(SAMPLE_BRIEF))
    errors = {r.line: r.error for r in result.failed}
    assert errors[2].startswith("location: too long: 300 characters")
    assert errors[3].startswith("ask: contains a control character (U+0007)")


def test_a_base_brief_whose_logo_the_user_allowed_prints_it_on_every_page(
    tmp_path: Path, directory
) -> None:
    """The app's Yes to a base brief's logo outside its folder reaches every meeting's page (the
    leave travels with the brief, into the workers too); without it the day stops at the base
    brief's logo line."""
    from briefer.page.brief import allowing_outside, load_brief
    from briefer.support.errors import BrieferError

    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        '<rect width="40" height="20" fill="#9b1b30"/></svg>',
        encoding="utf-8",
    )
    (tmp_path / "day").mkdir()
    base_path = tmp_path / "day" / "base.yaml"
    base_path.write_text(SAMPLE_BRIEF.replace("sender:\n", "sender:\n  logo: ../art/logo.svg\n"))
    csv_path = tmp_path / "day" / "m.csv"
    csv_path.write_text("legislator,date\nS001181,2026-12-03\n", encoding="utf-8")
    base = load_brief(base_path)
    with pytest.raises(BrieferError, match=r"base\.yaml:.*sender\.logo: '\.\./art/logo\.svg'"):
        run_batch(csv_path, tmp_path / "refused", directory=directory, base=base, log=False)
    allowed = allowing_outside(base, "sender.logo", "../art/logo.svg")
    out = tmp_path / "out"
    result = run_batch(csv_path, out, directory=directory, base=allowed, log=False)
    assert not result.failed and result.built == 1
    page = PdfReader(out / "2026-12-03_jeanne-shaheen.pdf").pages[0]
    assert b".607843 .105882 .188235 rg" in page.get_contents().get_data()  # the logo's red
