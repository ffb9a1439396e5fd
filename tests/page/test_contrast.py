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


@pytest.mark.parametrize("template", ["sidebar", "bold"])
def test_the_senders_light_logo_prints_on_the_band_instead_of_a_plate(
    template: str, tmp_path: Path
) -> None:
    """`logo_light:` (a second file, found as the logo is) is printed on the coloured band; the
    dark logo stays for white pages; no plate, no note."""
    (tmp_path / "light.svg").write_text(LIGHT, encoding="utf-8")
    (tmp_path / "logo.svg").write_text(DARK, encoding="utf-8")
    text = SAMPLE_BRIEF.replace(
        "  website: example.org\n",
        "  website: example.org\n  logo: logo.svg\n  logo_light: light.svg\n",
    )
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    brief = parse_brief(text, path)
    plan = make_plan(brief, template=template, directory=None)
    light = plan.page.decor.logo
    assert light.plate is None and not any("contrast" in w for w in plan.warnings)
    classic = make_plan(brief, template="classic", directory=None).page.decor.logo
    assert classic.digest != light.digest  # on white: the logo itself
    assert render(plan, "pdf").startswith(b"%PDF")


def test_a_light_logo_that_cannot_be_used_is_one_line_of_check(tmp_path: Path, capsys) -> None:
    from briefer.cli import main

    (tmp_path / "light.svg").write_text("<svg", encoding="utf-8")
    text = SAMPLE_BRIEF.replace(
        "  website: example.org\n", "  website: example.org\n  logo_light: light.svg\n"
    )
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  logo_light: light.svg") + 1
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"brief.yaml:{line}: sender.logo_light:" in err, err
