"""The page's decor: logo, QR code, citation, audiences and the four templates, read back."""

from __future__ import annotations

import io
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from briefer.page import images
from briefer.page.brief import parse_brief
from briefer.page.templates import available
from briefer.pipeline import make_plan, render
from briefer.support.errors import BrieferError
from tests.conftest import MYTHS, RECS, SAMPLE_BRIEF, pdf_pages, selections
from tests.libreoffice import to_pdf

TEMPLATES = ["bold", "classic", "myth-fact", "sidebar"]
URL = "https://example.org/belarus-sanctions"
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
<rect x="0" y="0" width="100" height="100" rx="14" fill="#9b1b30"/>
<rect x="18" y="40" width="64" height="20" fill="#ffffff"/>
<rect x="120" y="30" width="170" height="16" fill="#1d1d1f"/>
<rect x="120" y="56" width="120" height="12" fill="#5b5b60"/></svg>"""


def png(path: Path, size: tuple[int, int]) -> Path:
    Image.new("RGB", size, "#9b1b30").save(path)
    return path


def brief_with(folder: Path, logo: str | None = "logo.svg", qr: str | None = URL, **more) -> str:
    text = SAMPLE_BRIEF
    if logo:
        text = text.replace("  website: example.org\n", f"  website: example.org\n  logo: {logo}\n")
    if qr:
        text += f"qr: {qr}\n"
    for key, value in more.items():
        text += f"{key}: {value}\n"
    path = folder / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    png(tmp_path / "logo.png", (900, 300))
    return tmp_path


def plan_of(path: str, **kw):
    brief = parse_brief(Path(path).read_text(encoding="utf-8"), path)
    return make_plan(brief, directory=None, **kw)


def test_four_templates_at_least() -> None:
    assert set(TEMPLATES) <= set(available())


@pytest.mark.parametrize("template", TEMPLATES)
def test_logo_and_qr_on_one_page_in_every_template(folder: Path, template: str) -> None:
    plan = plan_of(brief_with(folder), template=template)
    decor = plan.page.decor
    assert decor is not None and decor.logo is not None and decor.qr is not None
    box = decor.logo.box
    assert box.width / box.height == pytest.approx(3.0, rel=0.01)  # the aspect ratio is kept
    data = render(plan, "pdf")
    assert len(pdf_pages(data)) == 1
    assert "example.org/belarus-sanctions" in pdf_pages(data)[0]


def test_svg_logo_stays_vector_in_the_pdf(folder: Path) -> None:
    data = render(plan_of(brief_with(folder)), "pdf")
    resources = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]
    assert "/XObject" not in resources  # no picture: the logo and the QR code are paths


LETTERED = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">
<rect width="100" height="100" fill="#9b1b30"/>
<text x="110" y="45" font-family="Arial" font-weight="bold" font-size="30">BFF</text>
<text x="110" y="80" font-family="serif" font-style="italic" font-size="18">Forum</text>
<text x="200" y="80" font-size="18">Minsk</text></svg>"""


def test_text_in_an_svg_logo_is_set_in_a_font_the_pdf_carries(folder: Path) -> None:
    (folder / "logo.svg").write_text(LETTERED, encoding="utf-8")
    data = render(plan_of(brief_with(folder)), "pdf")
    fonts = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert not [n for n in names if "Helvetica" in n or "Times" in n or "Arial" in n], names
    for font in fonts.values():  # every font embedded: nothing left to a viewer's stand-in
        font = font.get_object()
        face = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in face["/FontDescriptor"], font
    text = pdf_pages(data)[0]
    assert "BFF" in text and "Forum" in text and "Minsk" in text


def test_png_logo_is_an_image_in_the_pdf(folder: Path) -> None:
    data = render(plan_of(brief_with(folder, "logo.png")), "pdf")
    xobjects = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/XObject"]
    assert len(xobjects) == 1


def test_fit_accounts_for_the_band(folder: Path) -> None:
    plain = plan_of(brief_with(folder, None, None))
    with_band = plan_of(brief_with(folder))
    band = with_band.page.decor.band
    assert with_band.page.top >= plain.page.top + band.height
    assert with_band.page.height - with_band.page.top < band.y  # the body starts below it


def test_low_resolution_logo_warns(folder: Path) -> None:
    png(folder / "small.png", (60, 20))
    plan = plan_of(brief_with(folder, "small.png"))
    assert any("dpi" in w and "small.png" in w for w in plan.warnings)
    assert not any("dpi" in w for w in plan_of(brief_with(folder, "logo.png")).warnings)


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    idat = chunk(b"IDAT", zlib.compress(b"\0" * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + idat + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 40, "damaged"),
        ("notes.png", b"just some text, not a picture", "not a PNG, JPEG or SVG"),
        ("bomb.png", _png_header(50_000, 50_000), "too large"),
        ("broken.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><rect", "cannot be read"),
        ("missing.png", None, "not found"),
    ],
)
def test_bad_logo_is_a_clear_error_naming_the_field(
    folder: Path, name: str, content: bytes | None, message: str
) -> None:
    if content is not None:
        (folder / name).write_bytes(content)
    path = brief_with(folder, name)
    with pytest.raises(BrieferError) as error:
        plan_of(path)
    assert error.value.field == "sender.logo"
    assert message in str(error.value) and name in str(error.value)
    assert error.value.file == path and error.value.line == 20


def test_huge_logo_file_is_refused_before_reading(folder: Path) -> None:
    big = folder / "huge.png"
    with big.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.truncate(images.MAX_BYTES + 1)
    with pytest.raises(BrieferError, match="MB") as error:
        plan_of(brief_with(folder, "huge.png"))
    assert error.value.field == "sender.logo"


def test_nothing_is_written_when_the_logo_is_bad(folder: Path) -> None:
    from briefer.pipeline import build_file

    (folder / "bad.png").write_bytes(b"not an image")
    out = folder / "out.pdf"
    out.write_bytes(b"the old file")
    with pytest.raises(BrieferError):
        build_file(Path(brief_with(folder, "bad.png")), out)
    assert out.read_bytes() == b"the old file"


def test_qr_must_be_a_web_address(folder: Path) -> None:
    with pytest.raises(BrieferError, match="not a web address") as error:
        plan_of(brief_with(folder, None, "example dot org"))
    assert error.value.field == "qr"


def test_logo_is_decoded_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = brief_with(folder, "logo.png")
    plan_of(path)
    calls = []
    monkeypatch.setattr(images, "logo_from_bytes", lambda *a: calls.append(a))
    plan_of(path)
    assert calls == []


def test_source_line_and_audience_wording(folder: Path) -> None:
    plan = plan_of(brief_with(folder, None, None), template="myth-fact")
    text = pdf_pages(render(plan, "pdf"))[0]
    assert "Source: “Hold the Line on Belarus Sanctions”, Belarus Freedom Forum" in text
    assert "What Congress can do" in text
    eu = brief_with(folder, None, None, audience="eu-parliament")
    Path(eu).write_text(Path(eu).read_text(encoding="utf-8").replace("paper: letter\n", ""))
    plan = plan_of(eu, template="myth-fact")
    text = pdf_pages(render(plan, "pdf"))[0]
    assert plan.page.name == "a4"  # the audience's paper
    assert "What the European Parliament can do" in text
    assert "Thursday 3 December 2026" in text  # day-first dates


def test_audience_from_the_chamber() -> None:
    from briefer.page.audience import audience_for

    text = SAMPLE_BRIEF.replace(
        "  party: Democrat\n", "  party: Democrat\n  chamber: State Senate\n"
    )
    assert audience_for(parse_brief(text)).id == "us-state"
    a4 = SAMPLE_BRIEF.replace("paper: letter", "paper: a4")
    assert audience_for(parse_brief(a4)).id == "us-congress"  # a US senator, whatever the paper
    assert audience_for(parse_brief("briefer: 1\npaper: a4\n")).id == "national-parliament"
    mep = "briefer: 1\nmeeting: {legislator: Anna Fotyga, title: MEP}\n"
    assert audience_for(parse_brief(mep)).id == "eu-parliament"
    assert audience_for(parse_brief(SAMPLE_BRIEF)).id == "us-congress"


def test_bold_keeps_the_ask_and_three_points(folder: Path) -> None:
    blocks = "[hold-the-line, " + ", ".join(MYTHS[:3] + RECS[:2]) + "]"
    text = SAMPLE_BRIEF.replace(
        "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
        f"blocks: {blocks}",
    )
    plan = make_plan(parse_brief(text), template="bold", directory=None)
    assert len(plan.variants) == 3 and plan.body_size >= 12
    assert any("shows 3 points" in w for w in plan.warnings)
    # by kind, not by position: the first response, the first recommendation, then (with no
    # evidence chosen) the framing; never the first three of the brief's order
    assert set(plan.variants) == {MYTHS[0], RECS[0], "hold-the-line"}
    with_evidence = text.replace("[hold-the-line, ", "[hold-the-line, indicator-security-costs, ")
    plan = make_plan(parse_brief(with_evidence), template="bold", directory=None)
    assert set(plan.variants) == {MYTHS[0], RECS[0], "indicator-security-costs"}
    page = " ".join(pdf_pages(render(plan, "pdf"))[0].split())
    assert "Keep every sanction" in page  # the ask


def _decode(png_bytes: bytes) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png_bytes)))]


def _pdf_png(pdf: Path, dpi: int = 150) -> bytes:
    root = pdf.with_name(pdf.stem + "-page")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(root)],
        check=True,
        capture_output=True,
    )
    return root.with_suffix(".png").read_bytes()


@pytest.mark.parametrize("template", ["classic", "sidebar"])
def test_qr_code_scans_in_the_pdf(folder: Path, tmp_path: Path, template: str) -> None:
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(render(plan_of(brief_with(folder), template=template), "pdf"))
    assert _decode(_pdf_png(pdf)) == [URL]


def _libreoffice_pdf(docx_path: Path) -> Path:
    return to_pdf([docx_path], docx_path.parent, docx_path.parent)[0]


def _docx_pages_and_codes(folder: Path, tmp_path: Path, template: str, paper: str):
    path = tmp_path / f"{template}-{paper}.docx"
    path.write_bytes(render(plan_of(brief_with(folder), template=template, paper=paper), "docx"))
    pdf = _libreoffice_pdf(path)
    return len(PdfReader(str(pdf)).pages), _decode(_pdf_png(pdf))


def test_docx_sidebar_one_page_and_qr_scans_in_libreoffice(folder: Path, tmp_path: Path) -> None:
    assert _docx_pages_and_codes(folder, tmp_path, "sidebar", "letter") == (1, [URL])


@pytest.mark.slow
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_docx_every_template_one_page_and_scans(
    folder: Path, tmp_path: Path, template: str, paper: str
) -> None:
    assert _docx_pages_and_codes(folder, tmp_path, template, paper) == (1, [URL])


def _decor_outside_the_frame(plan) -> None:
    page, decor = plan.page, plan.page.decor
    if decor is None:
        return
    frame_top = page.height - page.top
    if decor.band is not None:
        assert decor.band.y >= frame_top  # the band sits above the body
    if decor.sidebar is not None:
        side = decor.sidebar.box
        assert side.x + side.width + decor.sidebar.gap <= page.left + 0.01
        assert side.top <= page.height and side.y >= 0
    for box in (decor.logo and decor.logo.box, decor.qr and decor.qr.box):
        if box is not None:
            assert box.x >= 0 and box.x + box.width <= page.width - page.right + 0.01
            assert box.y >= frame_top or decor.sidebar is not None


def _fits(folder: Path, template: str, paper: str, decorated: bool, sample: list[list[str]]):
    base = brief_with(folder) if decorated else brief_with(folder, None, None)
    brief = parse_brief(Path(base).read_text(encoding="utf-8"), base)
    for blocks in sample:
        plan = make_plan(
            brief.model_copy(update={"blocks": blocks}),
            template=template,
            paper=paper,
            directory=None,
        )
        yield blocks, plan


@pytest.mark.parametrize("decorated", [True, False])
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_sample_of_selections_one_page_read_back(
    folder: Path, template: str, paper: str, decorated: bool
) -> None:
    sample = selections()[::37]  # 7 of the 256, spread over the masks (with the fullest)
    sample.append(selections()[-1])
    for _, plan in _fits(folder, template, paper, decorated, sample):
        _decor_outside_the_frame(plan)
        assert len(pdf_pages(render(plan, "pdf"))) == 1


@pytest.mark.slow
@pytest.mark.parametrize("decorated", [True, False])
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_selection_fits_with_and_without_decor(
    folder: Path, template: str, paper: str, decorated: bool
) -> None:
    """All 2^5 x 2^3 selections fit (the fit's guarantee) with the decor outside the frame the
    fit filled; every 8th is drawn and read back."""
    for index, (_, plan) in enumerate(_fits(folder, template, paper, decorated, selections())):
        _decor_outside_the_frame(plan)
        if index % 8 == 0:
            assert len(PdfReader(io.BytesIO(render(plan, "pdf"))).pages) == 1


@pytest.mark.parametrize("template", TEMPLATES)
def test_docx_with_logo_and_qr_is_valid_ooxml(folder: Path, template: str) -> None:
    from tests.conftest import assert_valid_docx

    for logo in ("logo.svg", "logo.png"):
        plan = plan_of(brief_with(folder, logo), template=template)
        assert_valid_docx(render(plan, "docx"))


def test_logo_with_transparency_and_only_embedded_fonts(folder: Path, tmp_path: Path) -> None:
    Image.new("RGBA", (1200, 400), (155, 27, 48, 128)).save(folder / "clear.png")
    plan = plan_of(brief_with(folder, "clear.png"))
    data = render(plan, "pdf")
    page = PdfReader(io.BytesIO(data)).pages[0]
    (image,) = page["/Resources"]["/XObject"].values()
    image = image.get_object()
    assert "/SMask" in image  # the transparency is kept
    assert image["/Width"] <= plan.page.decor.logo.box.width / 72 * 600  # not embedded oversized
    fonts = [f.get_object()["/BaseFont"] for f in page["/Resources"]["/Font"].values()]
    assert all("+" in name for name in fonts)  # every font embedded (no stray Helvetica)
    pdf = tmp_path / "clear.pdf"
    pdf.write_bytes(data)
    assert _pdf_png(pdf)  # poppler draws it


def test_bold_is_offered_when_the_page_is_too_full() -> None:
    """The body never goes under 10 pt: past that the page does not fit, and the error offers
    the bold template."""
    from briefer.page.content import load_pack
    from briefer.support.errors import FitError

    brief = parse_brief(SAMPLE_BRIEF)
    ids = [block.id for block in load_pack().blocks]
    offered = False
    for count in range(3, len(ids) + 1):
        try:
            plan = make_plan(brief.model_copy(update={"blocks": ids[:count]}), directory=None)
        except FitError as exc:
            assert "'bold' template" in exc.message  # the error offers it
            offered = True
            break
        assert plan.body_size >= 10
        assert not any("'bold' template" in w for w in plan.warnings)
    assert offered, "some selection does not fit at 10 pt"
    bold = make_plan(brief.model_copy(update={"blocks": ids[:count]}), template="bold")
    assert bold.body_size >= 12 and not any("'bold' template" in w for w in bold.warnings)


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_read_ahead_text_keeps_the_sidebar_and_the_qr_address(folder: Path, fmt: str) -> None:
    plan = plan_of(brief_with(folder), template="sidebar")
    text = render(plan, fmt).decode("utf-8")
    assert text.index("Keep every sanction") < text.index("Russell 506") < text.index("Hold the")
    assert "office@example.org" in text and URL.replace("_", "\\_") in text


def test_a_sidebar_too_long_is_a_fit_error_that_says_what_to_shorten() -> None:
    from briefer.support.errors import FitError

    ask = "Keep every sanction on the Lukashenka regime in place, and widen them. " * 12
    text = SAMPLE_BRIEF.replace(
        "ask: Keep every sanction on the Lukashenka regime in place.", f"ask: {ask.strip()}"
    )
    with pytest.raises(FitError, match=r"sidebar is too long.*shorten the ask"):
        make_plan(parse_brief(text), template="sidebar", directory=None)
    assert make_plan(parse_brief(text), template="classic", directory=None).body_size >= 9


def test_myth_fact_opens_with_the_framing_before_the_table() -> None:
    plan = make_plan(parse_brief(SAMPLE_BRIEF), template="myth-fact", directory=None)
    kinds = [s.kind for s in plan.sections]
    assert kinds.index("framing") < kinds.index("misconceptions")
    page = " ".join(pdf_pages(render(plan, "pdf"))[0].split())
    assert page.index("Keep the Pressure On Belarus") < page.index("THEY SAY")
