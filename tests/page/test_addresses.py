"""The contact at 8.5 pt at least in every template and paper: an address too wide for the
sidebar is set smaller only down to 8.5 pt, then broken where a reader expects it."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from pypdf import PdfReader

from briefer.page.addresses import SMALLEST_ADDRESS, _address_lines
from briefer.page.brief import parse_brief
from briefer.page.templates import load_template
from briefer.pipeline import make_plan, render
from tests.conftest import SAMPLE_BRIEF

EMAIL = "advocacy.team@belarusfreedomforum.org"
SITE = "belarusfreedomforum.org/sanctions-briefings"
CONTACT = ("Святлана", "advocacy", "belarusfreedomforum", "555 0100", "sanctions")


def test_an_address_breaks_before_the_at_a_dot_or_after_a_slash() -> None:
    def fits(piece: str) -> bool:
        return len(piece) <= 24

    assert _address_lines(EMAIL, fits) == ["advocacy.team", "@belarusfreedomforum.org"]
    assert _address_lines(SITE, fits) == ["belarusfreedomforum.org/", "sanctions-briefings"]
    assert _address_lines("short@example.org", fits) == ["short@example.org"]
    assert _address_lines("x" * 30, fits) == ["x" * 30]  # nowhere to break: left whole


def font_sizes(pdf: bytes) -> dict[str, set[float]]:
    """The font size of each piece of text on the page (pypdf's visitor: the text matrix's
    scale times the font size)."""
    sizes: dict[str, set[float]] = {}

    def visit(text: str, cm: list, tm: list, font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes.setdefault(text.strip(), set()).add(round(size * scale, 2))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("template", ["classic", "myth-fact", "sidebar", "bold"])
def test_the_contact_is_never_under_8_5_pt(template: str) -> None:
    text = SAMPLE_BRIEF.replace("office@example.org", EMAIL)
    brief = parse_brief(text.replace("website: example.org", f"website: https://{SITE}"))
    for paper in ("letter", "a4"):
        plan = make_plan(brief, template=load_template(template), paper=paper, directory=None)
        pdf = render(plan, "pdf")
        sizes = font_sizes(pdf)
        for word in CONTACT:
            found = [s for text, s in sizes.items() if word in text]
            assert found, (template, paper, word, sorted(sizes))
            assert min(min(s) for s in found) >= SMALLEST_ADDRESS, (template, paper, word, found)
        page = re.sub(r"\s+", "", PdfReader(io.BytesIO(pdf)).pages[0].extract_text())
        assert EMAIL in page and SITE in page  # whole, or in pieces that read on in order
        if template != "sidebar":  # the DOCX of the column whose address is broken
            continue
        with zipfile.ZipFile(io.BytesIO(render(plan, "docx"))) as package:
            names = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
            xml = "".join(package.read(n).decode("utf-8") for n in names)
        assert "advocacy.team" in xml and "\u200b" not in xml  # no break point in the address
