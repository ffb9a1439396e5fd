"""A page in a template's own OFL font (Carlito): the fit measures with it, the PDF embeds a subset
of it, the DOCX embeds its faces as obfuscated fonts (so LibreOffice shows it where it is not
installed) and stays one valid page."""

from __future__ import annotations

import io
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from briefer.layout import fonts, sfnt
from briefer.layout.flow import Flow
from briefer.layout.styles import make_styles
from briefer.page.brief import parse_brief
from briefer.page.templates import load_template
from briefer.pipeline import make_plan, render
from briefer.plan import Para, Span
from briefer.render import docx_fonts
from tests.conftest import SAMPLE_BRIEF, assert_valid_docx, pdf_pages, selections
from tests.fontkit import carlito_files, upright_family
from tests.libreoffice import to_pdf
from tests.render.test_decor import SVG, TEMPLATES, brief_with

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


@pytest.fixture(scope="module")
def carlito() -> dict[str, Path]:
    return carlito_files()


def ours(folder: Path, extends: str = "classic", font: str = "Carlito") -> Path:
    path = folder / f"ours-{extends}.yaml"
    path.write_text(
        f"briefer-template: 1\nname: ours-{extends}\nlabel: Ours\nextends: {extends}\n"
        f"font: {font}\n",
        encoding="utf-8",
    )
    return path


def plan_for(template: Path, **kw):
    return make_plan(parse_brief(SAMPLE_BRIEF), template=str(template), directory=None, **kw)


def decorated_plan(folder: Path, template: Path):
    """The sample brief with a logo (SVG) and a QR code, in ``template``."""
    (folder / "logo.svg").write_text(SVG, encoding="utf-8")
    path = Path(brief_with(folder))
    brief = parse_brief(path.read_text(encoding="utf-8"), path)
    return make_plan(brief, template=str(template), directory=None)


def pdf_font_names(data: bytes) -> set[str]:
    page = PdfReader(io.BytesIO(data)).pages[0]
    return {
        str(f.get_object()["/BaseFont"]).split("+")[-1]
        for f in page["/Resources"]["/Font"].values()
    }


def test_the_pdf_embeds_carlito_only(tmp_path: Path, carlito) -> None:
    plan = plan_for(ours(tmp_path))
    assert plan.font == "Carlito"
    data = render(plan, "pdf")
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    assert pdf_font_names(data) == {"Carlito", "Carlito-Bold", "Carlito-Italic"}
    assert "Святлана Ціханоўская" in pdf_pages(data)[0]


def test_the_fit_measures_with_the_templates_font(tmp_path: Path, carlito) -> None:
    """Carlito is narrower than Liberation Sans: the same paragraph takes fewer lines."""
    draft_styles = make_styles(_draft(tmp_path), 11.0)
    text = "Economic and personal sanctions on the Lukashenka regime are still needed. " * 20
    para = Para("body", (Span(text),))
    heights = {
        font: Flow(draft_styles, plan_for(ours(tmp_path)).palette, 300, 11.0, font=font)
        .para(para)
        .wrap(300, 10_000)[1]
        for font in ("Liberation Sans", "Carlito")
    }
    assert heights["Carlito"] < heights["Liberation Sans"]


def _draft(folder: Path):
    from briefer.page.compose import compose
    from briefer.page.content import load_pack

    return compose(load_pack(), parse_brief(SAMPLE_BRIEF), load_template(ours(folder)))


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("extends", TEMPLATES)
def test_a_sample_of_selections_is_one_page_in_carlito(
    tmp_path: Path, carlito, extends: str, paper: str
) -> None:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    template = ours(tmp_path, extends)
    every = selections()
    sample = [*every[:: len(every) // 8], every[-1]]  # the last: the fullest page
    base = Path(brief_with(tmp_path)).read_text(encoding="utf-8")
    for blocks in sample:
        text = re.sub(r"(?m)^blocks: .*$", f"blocks: [{', '.join(blocks)}]", base)
        brief = parse_brief(text, tmp_path / "brief.yaml")
        plan = make_plan(brief, template=str(template), paper=paper, directory=None)
        data = render(plan, "pdf")
        assert len(PdfReader(io.BytesIO(data)).pages) == 1, blocks
        assert {n.split("-")[0] for n in pdf_font_names(data)} == {"Carlito"}, blocks


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_docx_embeds_the_faces_it_uses(tmp_path: Path, carlito) -> None:
    plan = decorated_plan(tmp_path, ours(tmp_path, "sidebar"))
    data = render(plan, "docx")
    assert_valid_docx(data)
    assert render(plan, "docx") == data  # the same page, the same bytes
    parts = _parts(data)
    table = etree.fromstring(parts["word/fontTable.xml"])
    entry = table.find(f"{W}font[@{W}name='Carlito']")
    assert entry is not None
    rels = etree.fromstring(parts["word/_rels/fontTable.xml.rels"])
    targets = {rel.get("Id"): rel for rel in rels}
    embedded = {}
    for face, tag in docx_fonts.EMBED.items():
        element = entry.find(f"{W}{tag}")
        if element is None:
            continue
        rel = targets[element.get(f"{R}id")]
        assert rel.get("Type") == docx_fonts.FONT_REL
        stored = parts["word/" + rel.get("Target")]
        font = docx_fonts.obfuscate(stored, element.get(f"{W}fontKey"))
        assert stored[:32] != font[:32] and stored[32:] == font[32:]
        assert font == carlito[face].read_bytes()
        unpacked = tmp_path / f"{face}.ttf"
        unpacked.write_bytes(font)
        (info,) = sfnt.read_faces(unpacked)
        assert (info.family, info.outlines, info.is_ofl) == ("Carlito", "truetype", True)
        embedded[face] = info
    assert {"regular", "bold"} <= set(embedded)  # the body, the headings and labels
    assert all(name.endswith(".odttf") for name in parts if name.startswith("word/fonts/"))
    assert len([n for n in parts if n.startswith("word/fonts/")]) == len(embedded)
    assert b'Extension="odttf"' in parts["[Content_Types].xml"]
    assert docx_fonts.OBFUSCATED.encode() in parts["[Content_Types].xml"]
    assert b"<w:embedTrueTypeFonts/>" in parts["word/settings.xml"]
    styles = parts["word/styles.xml"].decode()
    assert 'w:ascii="Carlito"' in styles and "Arial" not in styles
    theme = parts["word/theme/theme1.xml"].decode()  # text a reader adds in Word: Carlito too
    assert re.findall(r'<a:latin typeface="([^"]+)"', theme) == ["Carlito", "Carlito"]


def test_the_default_docx_embeds_nothing() -> None:
    parts = _parts(render(make_plan(parse_brief(SAMPLE_BRIEF), directory=None), "docx"))
    assert not [n for n in parts if n.startswith("word/fonts/") or "fontTable.xml.rels" in n]
    assert b"embedTrueTypeFonts" not in parts["word/settings.xml"]


def test_a_family_without_italics_sets_them_upright(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, carlito
) -> None:
    folder = tmp_path / "fonts"
    upright_family(carlito, folder, "Briefer Upright Test")
    monkeypatch.setenv("BRIEFER_FONT_DIR", str(folder))
    plan = plan_for(ours(tmp_path, font="Briefer Upright Test"))
    data = render(plan, "pdf")
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    assert pdf_font_names(data) == {"BrieferUprightTest-Regular", "BrieferUprightTest-Bold"}
    parts = _parts(render(plan, "docx"))
    entry = etree.fromstring(parts["word/fontTable.xml"]).find(f"{W}font")
    assert [child.tag[len(W) :] for child in entry if child.tag.startswith(f"{W}embed")] == [
        "embedRegular",
        "embedBold",
    ]
    assert (
        fonts.family("Briefer Upright Test").pdf["italic"]
        == fonts.family("Briefer Upright Test").pdf["regular"]
    )


def _fontconfig_without_carlito(folder: Path, carlito: dict[str, Path]) -> Path:
    """A fontconfig set-up with every installed font folder but Carlito's."""
    listed = subprocess.run(
        ["fc-list", "--format=%{file}\n"], capture_output=True, text=True, check=True
    ).stdout.split()
    dirs = sorted({str(Path(p).parent) for p in listed} - {str(carlito["regular"].parent)})
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        + "".join(f"  <dir>{d}</dir>\n" for d in dirs)
        + f"  <cachedir>{folder / 'fc-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def test_libreoffice_shows_the_embedded_carlito_on_one_page(tmp_path: Path, carlito) -> None:
    """Run where fontconfig has no Carlito: what LibreOffice draws it can only have from the
    DOCX, and the page stays one."""
    path = tmp_path / "page.docx"
    path.write_bytes(render(decorated_plan(tmp_path, ours(tmp_path)), "docx"))
    conf = _fontconfig_without_carlito(tmp_path, carlito)
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    listed = subprocess.run(["fc-list", ":family=Carlito"], env=env, capture_output=True, text=True)
    assert listed.stdout.strip() == ""  # this LibreOffice cannot find Carlito on the system
    to_pdf([path], tmp_path, tmp_path, env=env)
    data = path.with_suffix(".pdf").read_bytes()
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    names = pdf_font_names(data)
    assert {"Carlito", "Carlito-Bold"} <= names
    assert all(n.startswith("Carlito") or "OpenSymbol" in n for n in names), names
    assert "example.org/belarus-sanctions" in pdf_pages(data)[0]
