"""A logo on a coloured band or column is checked for contrast: one that would all but vanish is
drawn on a plate of the page's colour (in the PDF and the DOCX), and the user is told."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from briefer.page import contrast
from briefer.page.brief import parse_brief
from briefer.pipeline import make_plan, render
from tests.conftest import SAMPLE_BRIEF

DARK = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
<rect x="0" y="0" width="100" height="100" fill="#1d1d1f"/>
<rect x="120" y="30" width="170" height="40" fill="#2a3036"/></svg>"""
LIGHT = DARK.replace("#1d1d1f", "#ffffff").replace("#2a3036", "#f4f4f4")


def plan_with(folder: Path, svg: str, template: str):
    (folder / "logo.svg").write_text(svg, encoding="utf-8")
    text = SAMPLE_BRIEF.replace(
        "  website: example.org\n", "  website: example.org\n  logo: logo.svg\n"
    )
    path = folder / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    return make_plan(parse_brief(text, path), template=template, directory=None)


def test_contrast_ratio_is_wcag() -> None:
    assert contrast.ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast.ratio((23, 70, 77), (23, 70, 77)) == pytest.approx(1.0)


@pytest.mark.parametrize(("template", "where"), [("sidebar", "sidebar"), ("bold", "banner")])
def test_a_dark_logo_on_a_dark_band_gets_a_plate_and_a_note(
    template: str, where: str, tmp_path: Path
) -> None:
    plan = plan_with(tmp_path, DARK, template)
    logo = plan.page.decor.logo
    assert logo.plate == contrast.PLATE
    assert any("too little contrast" in w and where in w for w in plan.warnings)
    # the PDF: the plate is drawn (white at the logo box's corner, inside it)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(render(plan, "pdf"))
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(pdf), str(tmp_path / "p")], check=True)
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    box = logo.box
    corner = (round(box.x + 1.5), round(plan.page.height - box.top + 1.5))
    assert page.getpixel(corner) == (255, 255, 255)
    # the DOCX: its logo picture carries the plate
    with zipfile.ZipFile(io.BytesIO(render(plan, "docx"))) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        pictures = [Image.open(io.BytesIO(package.read(n))).convert("RGB") for n in media]
    ratios = [abs(p.width / p.height - box.width / box.height) for p in pictures]
    picture = pictures[ratios.index(min(ratios))]
    assert picture.getpixel((1, 1)) == (255, 255, 255)


def test_a_light_logo_on_a_dark_band_needs_none(tmp_path: Path) -> None:
    plan = plan_with(tmp_path, LIGHT, "sidebar")
    assert plan.page.decor.logo.plate is None
    assert not any("contrast" in w for w in plan.warnings)
