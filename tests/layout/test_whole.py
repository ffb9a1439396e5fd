"""What must stay whole on a line stays whole: names, dates, times, rooms, phone numbers and
addresses, read back from the PDF and the DOCX of every template on both papers; and a separator
never starts or ends a line."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from briefer.layout.fonts import PDF_NAMES, register_pdf_fonts
from briefer.layout.whole import NBSP, SEP, no_widow, room, set_separators, whole
from briefer.page.brief import parse_brief
from briefer.pipeline import make_plan, render
from briefer.support.errors import FitError
from tests.conftest import SAMPLE_BRIEF, pdf_pages, selections
from tests.libreoffice import to_pdf

TEMPLATES = ["bold", "classic", "myth-fact", "sidebar"]
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
<rect x="0" y="0" width="100" height="100" rx="14" fill="#9b1b30"/>
<rect x="120" y="30" width="170" height="16" fill="#1d1d1f"/></svg>"""
# A real meeting's details, as long as they come: the things a reader copies or reads as one.
WHOLE = {
    "name": "Christopher H. Smith",
    "staffer": "Mary Elizabeth Johnson",
    "sender": "Alexandra Konstantinova",
    "date": "December 3, 2026",
    "time": "2:30 PM",
    "room": "2373 Rayburn",
    "email": "advocacy@belarusfreedomforum.org",
    "website": "belarusfreedomforum.org",
    "phone": "+1 202 555 0100",
}
ZERO_WIDTH = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def smith_brief(blocks: list[str], logo: bool, qr: bool) -> str:
    text = (
        SAMPLE_BRIEF.replace("Jeanne Shaheen", WHOLE["name"])
        .replace("title: Senator", "title: Representative")
        .replace("party: Democrat", "party: Republican")
        .replace("state: NH", "state: NJ\n  district: '4'")
        .replace("Jesús García", WHOLE["staffer"])
        .replace('time: "10:30"', 'time: "2:30 PM"')
        .replace("Russell 506", WHOLE["room"])
        .replace("Святлана Ціханоўская", WHOLE["sender"])
        .replace("office@example.org", WHOLE["email"])
        .replace("website: example.org", "website: https://belarusfreedomforum.org")
        .replace(
            "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
            "blocks: [" + ", ".join(blocks) + "]",
        )
    )
    if logo:
        text = text.replace("  website:", "  logo: logo.svg\n  website:")
    if qr:
        text += "qr: https://belarusfreedomforum.org/sanctions\n"
    return text


def docx_paragraphs(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = "".join(
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name)
        )
    return [
        "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    ]


def test_whole_binds_and_rooms_keep_their_number() -> None:
    assert whole(" Christopher H. Smith ") == f"Christopher{NBSP}H.{NBSP}Smith"
    assert room("2373 Rayburn") == f"2373{NBSP}Rayburn"
    long_room = room("Room 2373 Rayburn House Office Building, Washington")
    assert f"2373{NBSP}Rayburn" in long_room and " House" in long_room  # the rest may break


def test_a_title_never_leaves_one_word_on_its_last_line() -> None:
    assert no_widow("Hold the Line on Belarus Sanctions").endswith(f"Belarus{NBSP}Sanctions")
    assert no_widow("Myths and facts") == "Myths and facts"  # three words: left as it is
    plan = make_plan(parse_brief(SAMPLE_BRIEF), template="sidebar", directory=None)
    lines = pdf_pages(render(plan, "pdf"))[0].splitlines()
    title = [line for line in lines if "Sanctions" in line and "Hold" not in line][:1]
    assert not title or len(title[0].split()) > 1


def test_a_separator_gives_way_to_a_line_break_never_dangles() -> None:
    register_pdf_fonts()
    font = PDF_NAMES["regular"]
    parts = ["Belarus Freedom Forum", "Alexandra Konstantinova", WHOLE["email"], WHOLE["phone"]]
    text = SEP.join(parts)
    for width in (120, 200, 260, 330, 600):
        settled = set_separators(text, font, 9, width)
        assert settled.replace("\n", SEP) == text
        assert set_separators(settled, font, 9, width) == settled  # the same the second time
        for line in settled.split("\n"):
            assert not line.startswith("·") and not line.endswith("·")
    assert "\n" not in set_separators(text, font, 9, 600)


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_nothing_breaks_inside_what_must_stay_whole(
    template: str, paper: str, tmp_path: Path
) -> None:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    checked = 0
    for index, blocks in enumerate(selections()[::37]):
        logo, qr = index % 2 == 0, index % 3 != 0
        path = tmp_path / "brief.yaml"
        path.write_text(smith_brief(blocks, logo, qr), encoding="utf-8")
        brief = parse_brief(path.read_text(encoding="utf-8"), path)
        try:
            plan = make_plan(brief, template=template, paper=paper, directory=None)
        except FitError:
            continue
        pages = pdf_pages(render(plan, "pdf"))
        assert len(pages) == 1
        lines = [" ".join(line.replace(NBSP, " ").split()) for line in pages[0].splitlines()]
        page_text = "\n".join(lines)
        for what, value in WHOLE.items():
            assert value in page_text, (what, template, paper, blocks)  # on one line
        for line in lines:
            assert not line.startswith("·") and not line.endswith("·"), line
        paragraphs = docx_paragraphs(render(plan, "docx"))
        joined = "\n".join(p.replace(NBSP, " ") for p in paragraphs)
        assert not ZERO_WIDTH.search(joined), "a zero-width or soft character in the DOCX"
        for what, value in WHOLE.items():
            assert value in joined, (what, template, paper)
        checked += 1
    assert checked >= 3


@pytest.mark.slow
def test_libreoffice_breaks_the_docx_where_the_pdf_does(tmp_path: Path) -> None:
    """The DOCX, as LibreOffice sets it: one page, the whole things on one line, no separator
    at either end of a line (each line of facts is its own paragraph)."""
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    sources, out = tmp_path / "docx", tmp_path / "pdf"
    sources.mkdir()
    blocks = selections()[200]
    for template in TEMPLATES:
        for paper in ("letter", "a4"):
            path = tmp_path / "brief.yaml"
            path.write_text(smith_brief(blocks, True, True), encoding="utf-8")
            brief = parse_brief(path.read_text(encoding="utf-8"), path)
            plan = make_plan(brief, template=template, paper=paper, directory=None)
            (sources / f"{template}-{paper}.docx").write_bytes(render(plan, "docx"))
    to_pdf(sorted(sources.iterdir()), out, tmp_path)
    made = sorted(out.glob("*.pdf"))
    assert len(made) == 8
    for pdf in made:
        pages = pdf_pages(pdf.read_bytes())
        assert len(pages) == 1, pdf.name
        lines = [" ".join(line.replace(NBSP, " ").split()) for line in pages[0].splitlines()]
        text = "\n".join(lines)
        for what, value in WHOLE.items():
            assert value in text, (what, pdf.name)
        for line in lines:
            assert not line.startswith("·") and not line.endswith("·"), (line, pdf.name)
