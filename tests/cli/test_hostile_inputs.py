"""Inputs that ended in exit 1 or a signal: each is now one line and exit 2, or it works.

Driven as a process, as the user meets them: SVG logos (one hardened reader for PDF and DOCX),
dates a calendar cannot hold, damaged ``.brieferpack`` members.
"""

import io
import zipfile
from pathlib import Path

import pytest

from briefer.packs.bundle import PACK_MEMBER
from briefer.support.resources import default_pack_path
from tests.cli.test_references import brief_in, cli

NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
SVGS = {
    "entity": f'<svg {NS} width="10" height="10"><text>a&nbsp;b</text></svg>',
    "external entity": '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">'
    f']><svg {NS} width="10" height="10"><text>&x;</text></svg>',
    "use loop": f'<svg {NS} width="10" height="10"><g id="a"><use xlink:href="#a"/></g></svg>',
    "use chain": f'<svg {NS} width="10" height="10"><g id="a"><rect width="1" height="1"/></g>'
    + "".join(
        f'<g id="{chr(98 + i)}">' + f'<use xlink:href="#{chr(97 + i)}"/>' * 10 + "</g>"
        for i in range(8)
    )
    + "</svg>",
    "nul": f'<svg {NS} width="10" height="10">\0</svg>',
    "500 nested groups": f'<svg {NS} width="10" height="10">'
    + "<g>" * 500
    + '<rect width="5" height="5"/>'
    + "</g>" * 500
    + "</svg>",
    "120 nested groups": f'<svg {NS} width="10" height="10">'
    + "<g>" * 120
    + '<rect width="5" height="5"/>'
    + "</g>" * 120
    + "</svg>",
    "huge number": f'<svg {NS} width="1e308" height="10"><rect width="5" height="5"/></svg>',
    "not an svg": '<?xml version="1.0"?><svg:g xmlns:svg="http://www.w3.org/2000/svg"/>',
    "external file": f'<svg {NS} width="10" height="10">'
    '<image xlink:href="file:///etc/passwd" width="5" height="5"/></svg>',
}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("case", list(SVGS))
def test_a_hostile_svg_logo_is_one_line_in_pdf_and_docx(tmp_path: Path, case: str, fmt) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "logo.svg").write_bytes(SVGS[case].encode())
    brief = brief_in(folder, logo="logo.svg")
    out = tmp_path / f"page.{fmt}"
    code, _, err = cli("build", str(brief), "-o", str(out))
    assert code == 2, (code, err)
    assert err.count("\n") == 1 and "sender.logo: the SVG logo 'logo.svg' cannot be read" in err
    assert not out.exists()


def test_a_good_svg_with_use_builds_in_both(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "logo.svg").write_text(
        f'<svg {NS} width="40" height="20"><defs><rect id="r" width="5" height="5"/></defs>'
        '<use xlink:href="#r"/><use xlink:href="#r" x="8"/></svg>',
        encoding="utf-8",
    )
    brief = brief_in(folder, logo="logo.svg")
    for fmt in ("pdf", "docx"):
        code, _, err = cli("build", str(brief), "-o", str(tmp_path / f"page.{fmt}"))
        assert code == 0, err


def test_an_svg_without_its_xmlns_is_drawn_as_svg_in_pdf_and_docx(tmp_path: Path) -> None:
    """As a browser reads an <svg> in a web page: the same drawing as with the xmlns."""
    import docx
    from pypdf import PdfReader

    body = 'width="40" height="20"><rect width="40" height="20" fill="#9b1b30"/></svg>'
    contents = {}
    for name, head in (("bare", "<svg "), ("full", f"<svg {NS} ")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "logo.svg").write_text(head + body, encoding="utf-8")
        brief = brief_in(folder, logo="logo.svg")
        code, _, err = cli("build", str(brief), "-o", str(folder / "page.pdf"))
        assert code == 0, err
        contents[name] = PdfReader(folder / "page.pdf").pages[0].get_contents().get_data()
    assert contents["bare"] == contents["full"]
    assert b".607843 .105882 .188235 rg" in contents["bare"]  # the logo's red, drawn
    code, _, err = cli(
        "build", str(tmp_path / "bare" / "brief.yaml"), "-o", str(tmp_path / "p.docx")
    )
    assert code == 0, err
    parts = docx.Document(str(tmp_path / "p.docx")).part.package.parts
    assert sum(part.content_type.startswith("image/") for part in parts) == 1  # the logo


def test_a_lobby_day_in_docx_with_a_deep_svg_never_dies(tmp_path: Path) -> None:
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "logo.svg").write_bytes(SVGS["500 nested groups"].encode())
    base = brief_in(folder, logo="logo.svg")
    csv = tmp_path / "meetings.csv"
    csv.write_text("legislator,date,time\nJeanne Shaheen,2026-12-03,10:30\n", encoding="utf-8")
    code, _out, err = cli(
        "batch", str(csv), "-o", str(tmp_path / "out"), "--base", str(base), "--format", "docx"
    )
    assert code == 2, (code, err)  # not a signal
    assert f"{base}:" in err and "sender.logo" in err and "nest over" in err


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_lobby_day_dated_where_no_calendar_goes(tmp_path: Path, day: str) -> None:
    csv = tmp_path / "meetings.csv"
    csv.write_text(
        f"legislator,date,time\nJeanne Shaheen,{day},10:30\nJeanne Shaheen,2026-12-03,11:30\n",
        encoding="utf-8",
    )
    base = brief_in(tmp_path / "base")
    out = tmp_path / "out"
    code, stdout, err = cli("batch", str(csv), "-o", str(out), "--base", str(base))
    assert code == 2 and "Traceback" not in err
    assert f"meetings.csv:2: date: '{day}' is not a meeting's date" in err
    assert "1 built, 1 failed" in stdout
    assert (out / "index.pdf").is_file() and (out / "schedule.ics").is_file()


def test_build_refuses_the_year_9999_where_it_is_read(tmp_path: Path) -> None:
    brief = brief_in(tmp_path / "b")
    brief.write_text(brief.read_text().replace("2026-12-03", "9999-12-31"), encoding="utf-8")
    code, _, err = cli("build", str(brief), "-o", str(tmp_path / "p.pdf"))
    assert code == 2 and "meeting.date: '9999-12-31' is not a meeting's date" in err


def damaged_pack(method: int) -> bytes:
    text = default_pack_path().read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        archive.writestr(PACK_MEMBER, text)
    data = bytearray(buffer.getvalue())
    middle = 60 + len(data) // 4
    data[middle : middle + 64] = bytes(64)  # the compressed stream, hit in its middle
    return bytes(data)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2])
def test_a_damaged_pack_member_is_one_line(tmp_path: Path, method: int) -> None:
    path = tmp_path / "partner.brieferpack"
    path.write_bytes(damaged_pack(method))
    code, _, err = cli("pack", "import", str(path))
    assert code == 2, err
    assert err.count("\n") == 1 and str(path) in err
