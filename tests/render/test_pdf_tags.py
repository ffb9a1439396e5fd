"""The tagged PDF (PDF/UA-1), read back with pypdf: the structure tree's roles and order, the
text of each element, the catalog's entries and XMP, alternative texts, reading order, and that
tagging never stops a page. (Every PDF the suite makes is also validated: tests/conftest.py.)"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from briefer.page.decor import LOGO_WITHOUT_NAME
from briefer.pipeline import render
from tests.conftest import pdf_pages
from tests.render.test_decor import SVG, TEMPLATES, URL, brief_with, plan_of, png


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    png(tmp_path / "logo.png", (900, 300))
    return tmp_path


def marked_text(reader: PdfReader) -> dict[int, str]:
    """The text of each marked-content sequence on the first page, by MCID."""
    texts: dict[int, str] = {}
    stack: list[int | None] = []

    def before(operator: bytes, args: list, _cm: object, _tm: object) -> None:
        if operator == b"BDC":
            props = args[1] if len(args) > 1 else None
            mcid = props.get("/MCID") if isinstance(props, DictionaryObject) else None
            stack.append(int(mcid) if mcid is not None else None)
        elif operator == b"BMC":
            stack.append(None)
        elif operator == b"EMC" and stack:
            stack.pop()

    def text(chunk: str, *_rest: object) -> None:
        if stack and stack[-1] is not None:
            texts[stack[-1]] = texts.get(stack[-1], "") + chunk

    reader.pages[0].extract_text(visitor_operand_before=before, visitor_text=text)
    return {mcid: " ".join(value.split()) for mcid, value in texts.items()}


def elements(data: bytes) -> list[tuple[int, str, str, dict]]:
    """The structure tree depth first: (depth, role, text of its own content, entries)."""
    reader = PdfReader(io.BytesIO(data))
    texts = marked_text(reader)
    out: list[tuple[int, str, str, dict]] = []

    def walk(node: DictionaryObject, depth: int) -> None:
        kids = node.get("/K")
        kids = list(kids) if isinstance(kids, ArrayObject) else ([] if kids is None else [kids])
        own = " ".join(texts.get(int(k), "") for k in kids if isinstance(k, int))
        out.append((depth, str(node["/S"])[1:], own.strip(), dict(node)))
        for kid in kids:
            if not isinstance(kid, int):
                walk(kid.get_object(), depth + 1)

    walk(reader.trailer["/Root"]["/StructTreeRoot"]["/K"].get_object(), 0)
    return out


def roles(data: bytes) -> list[str]:
    return [role for _, role, _, _ in elements(data)]


def text_of(data: bytes, role: str) -> list[str]:
    return [text for _, r, text, _ in elements(data) if r == role]


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("logo", [None, "logo.svg", "logo.png"])
def test_every_template_and_paper_is_tagged_with_and_without_logo_and_qr(
    folder: Path, template: str, paper: str, logo: str | None
) -> None:
    qr = URL if logo != "logo.png" else None
    data = render(plan_of(brief_with(folder, logo, qr), template=template, paper=paper), "pdf")
    # page-validation has passed it (tests/conftest.py); here, what the tree holds
    found = roles(data)
    assert found[0] == "Document"
    headings = [r for r in found if r in ("H1", "H2")]
    assert headings[0] == "H1" and headings.count("H1") == 1
    assert ("Figure" in found) == bool(logo or qr)
    figures = [e[3].get("/Alt") for e in elements(data) if e[1] == "Figure"]
    if logo:
        assert "Belarus Freedom Forum" in figures
    if qr:
        assert f"QR code: {URL}" in figures


@pytest.mark.parametrize("template", TEMPLATES)
def test_pdfua_agrees(folder: Path, template: str, tmp_path: Path) -> None:
    """A second opinion: the pdfua checker (pikepdf-based) finds nothing either."""
    import pdfua

    path = tmp_path / "page.pdf"
    path.write_bytes(render(plan_of(brief_with(folder), template=template), "pdf"))
    report = pdfua.validate(str(path))
    assert not report.findings, [str(f) for f in report.findings]


def test_classic_reads_title_ask_points_then_footer(folder: Path) -> None:
    data = render(plan_of(brief_with(folder, None, None), template="classic"), "pdf")
    tree = elements(data)
    assert [role for depth, role, _, _ in tree if depth == 1] == ["Sect"] * 7  # the closing ask
    read = [(role, text) for depth, role, text, _ in tree if depth == 2]
    expected = [
        ("P", "BELARUS FREEDOM FORUM"),  # the kicker, then the title
        ("H1", "Hold the Line on Belarus Sanctions"),
        ("P", "Why sanctions on the Lukashenka regime"),
        ("P", "For Senator Jeanne Shaheen (D-NH) · with"),
        ("P", "Russell 506"),  # a line of facts: one paragraph a line, no separator at its end
        ("H2", "OUR ASK"),
        ("P", "Keep every sanction on the Lukashenka regime in place."),
        ("P", "Bill: S. 1234"),
        ("P", "Senator Jeanne Shaheen sits on the Foreign Relations Committee"),  # why this office
        ("P", "Keep the Pressure On Belarus."),
    ]
    assert len(read) > len(expected)
    for (role, text), (want_role, start) in zip(read, expected, strict=False):
        assert role == want_role and text.startswith(start), (role, text)
    assert text_of(data, "H2") == ["OUR ASK", "WHAT CRITICS CLAIM", "WHAT WE RECOMMEND"]
    assert read[-2][1].startswith("Belarus Freedom Forum · Святлана Ціханоўская")
    assert read[-1][1].startswith("Prepared for the meeting")  # the footer is read last


def test_lists_are_l_li_lbl_lbody(folder: Path) -> None:
    data = render(plan_of(brief_with(folder, None, None), template="classic"), "pdf")
    tree = elements(data)
    at = [i for i, e in enumerate(tree) if e[1] == "L"]
    assert at, "no list"
    depth, _, _, entries = tree[at[0]]
    assert entries["/A"]["/ListNumbering"] == "/Decimal"
    item = tree[at[0] + 1 : at[0] + 4]
    assert [(d - depth, r) for d, r, _, _ in item] == [(1, "LI"), (2, "Lbl"), (2, "LBody")]
    assert item[1][2] == "1."
    assert item[2][2].startswith("Enforce Sanctions, Prosecute Violators.")


def test_myth_fact_table_has_header_cells_and_rows(folder: Path) -> None:
    brief = brief_with(folder, None, None)
    text = (
        Path(brief)
        .read_text(encoding="utf-8")
        .replace(
            "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]",
            "blocks: [hold-the-line, myth-pushes-to-russia, myth-trade-for-prisoners]",
        )
    )
    Path(brief).write_text(text, encoding="utf-8")
    data = render(plan_of(brief, template="myth-fact"), "pdf")
    tree = elements(data)
    start = next(i for i, e in enumerate(tree) if e[1] == "Table")
    depth = tree[start][0]
    table = []
    for d, role, own, entries in tree[start + 1 :]:
        if d <= depth:
            break
        table.append((d - depth, role, own, entries))
    assert [r for d, r, _, _ in table if d == 1] == ["TR", "TR", "TR"]
    head = [(r, t) for d, r, t, _ in table[1:3]]
    assert head == [("TH", "THEY SAY"), ("TH", "IN FACT")]  # the bundled pack's labels
    assert all(e["/A"]["/Scope"] == "/Column" for d, r, _, e in table if r == "TH")
    cells = [(r, t) for d, r, t, _ in table if d == 2 and r in ("TH", "TD")]
    assert [r for r, _ in cells] == ["TH", "TH", "TD", "TD", "TD", "TD"]
    assert cells[2][1].startswith("Sanctions push Belarus")
    heading = tree[start - 1]
    assert heading[1] == "H2"


def test_sidebar_reads_title_then_ask_meeting_contact(folder: Path) -> None:
    data = render(plan_of(brief_with(folder), template="sidebar"), "pdf")
    tree = elements(data)
    order = [(r, t) for _, r, t, _ in tree if r in ("H1", "H2", "Figure")]
    assert order[0][0] == "Figure"  # the logo, at the top of the column
    assert order[1] == ("H1", "Hold the Line on Belarus Sanctions")
    assert [t for r, t in order[2:5]] == ["OUR ASK", "THE MEETING", "CONTACT"]
    side = [t for _, r, t, _ in tree if r == "P"]
    assert side.index("Keep every sanction on the Lukashenka regime in place.") < side.index(
        "Senator Jeanne Shaheen (D-NH)"  # the seat stays with the name
    )
    assert "Святлана Ціханоўская" in side  # Cyrillic comes back as text
    # and text extraction reads the page in the same order
    flat = " ".join(pdf_pages(data)[0].split())
    assert flat.index("Hold the Line") < flat.index("OUR ASK") < flat.index("Keep the Pressure")
    assert flat.index("Keep the Pressure") < flat.index("example.org/belarus-sanctions")


def test_catalog_page_and_metadata(folder: Path) -> None:
    plan = plan_of(brief_with(folder), template="bold")
    data = render(plan, "pdf")
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert root["/Lang"] == "en"
    page = reader.pages[0]
    assert page["/StructParents"] == 0 and page["/Tabs"] == "/S"
    tree = root["/StructTreeRoot"]
    (key, mcids) = list(tree["/ParentTree"]["/Nums"])
    in_content = re.findall(rb"/MCID (\d+)", page.get_contents().get_data())
    assert key == 0 and [int(n) for n in in_content] == list(range(len(mcids)))
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert plan.meta.title.replace("—", "—") in xmp
    assert reader.metadata.title == plan.meta.title


def test_to_unicode_maps_have_no_zero_values(folder: Path) -> None:
    data = render(plan_of(brief_with(folder), template="sidebar"), "pdf")
    reader = PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        if "/ToUnicode" in font:
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            assert not re.search(r"<[0-9A-F]{2}> <0000>", cmap)


def test_the_same_brief_gives_the_same_bytes(folder: Path) -> None:
    plan = plan_of(brief_with(folder), template="sidebar")
    assert render(plan, "pdf") == render(plan, "pdf")


def test_a_logo_without_an_organisation_is_named_logo_with_a_warning(folder: Path) -> None:
    path = Path(brief_with(folder, "logo.svg", None))
    path.write_text(
        path.read_text(encoding="utf-8").replace("  organization: Belarus Freedom Forum\n", ""),
        encoding="utf-8",
    )
    plan = plan_of(str(path), template="classic")
    assert LOGO_WITHOUT_NAME in plan.warnings
    figures = [e[3]["/Alt"] for e in elements(render(plan, "pdf")) if e[1] == "Figure"]
    assert figures == ["Logo"]


def test_a_failure_in_tagging_never_stops_the_page(
    folder: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from briefer.render import pdf as pdf_renderer

    monkeypatch.undo()  # no PDF/UA check for this page: it is meant to come out untagged

    def broken(*_args: object) -> None:
        raise RuntimeError("no structure today")

    monkeypatch.setattr(pdf_renderer, "write_structure", broken)
    data = pdf_renderer.render_pdf(plan_of(brief_with(folder), template="classic"))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 and "/StructTreeRoot" not in reader.trailer["/Root"]
    assert "Hold the Line" in reader.pages[0].extract_text()
    assert "could not be tagged (no structure today)" in caplog.text


def test_the_language_is_the_packs(folder: Path) -> None:
    plan = plan_of(brief_with(folder, None, None), template="classic")
    assert plan.meta.language == "en"
    assert PdfReader(io.BytesIO(render(plan, "pdf"))).trailer["/Root"]["/Lang"] == "en"


def test_characters_the_font_lacks_read_as_replacement_characters(folder: Path) -> None:
    """Liberation Sans has no CJK or emoji: they print as boxes (its white square, not .notdef),
    read as U+FFFD, and the page is still PDF/UA (checked in tests/conftest.py)."""
    path = Path(brief_with(folder, None, None))
    text = path.read_text(encoding="utf-8")
    ask = "Keep every sanction on the Lukashenka regime in place."
    path.write_text(text.replace(ask, f"制裁 🇺🇦 {ask}"), encoding="utf-8")
    data = render(plan_of(str(path), template="classic"), "pdf")
    asks = [t for t in text_of(data, "P") if ask in t]
    read = "\ufffd\ufffd \ufffd\ufffd " + ask
    assert asks == [read, "Senator Jeanne Shaheen, we ask you: " + read]  # and the closing ask


def test_a_paragraph_split_across_pages_is_tagged_on_both() -> None:
    """A long paragraph in a document of several pages (the schedule's kind): each part is a P
    of its page, and the document is PDF/UA-1."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from briefer.layout.fonts import PDF_NAMES, register_pdf_fonts
    from briefer.render.pdf_catalog import tagged_canvas
    from briefer.render.pdf_tags import Marked, Tagger
    from tests.conftest import assert_pdf_ua

    register_pdf_fonts()
    tagger = Tagger()
    style = ParagraphStyle("p", fontName=PDF_NAMES["regular"], fontSize=11, leading=14)
    long = Paragraph("Keep every sanction in place. " * 400, style)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, title="Split", author="", initialFontName=PDF_NAMES["regular"])
    doc.build(
        [Marked(long, tagger, "P")],
        onFirstPage=lambda canvas, _doc: tagger.begin_page(canvas),
        onLaterPages=lambda canvas, _doc: tagger.begin_page(canvas),
        canvasmaker=tagged_canvas(tagger, "Split", "en"),
    )
    data = buffer.getvalue()
    assert_pdf_ua(data)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    assert [role for _, role, _, _ in elements(data)] == ["Document"] + ["P"] * len(reader.pages)


@pytest.mark.parametrize("template", TEMPLATES)
def test_pdftotext_reads_in_the_pages_order(folder: Path, template: str, tmp_path: Path) -> None:
    """poppler's pdftotext, in the content's order, reads the title first, the ask before the
    points, the QR code's address after them and the footer last, as the structure tree does."""
    import subprocess

    path = tmp_path / "page.pdf"
    path.write_bytes(render(plan_of(brief_with(folder), template=template), "pdf"))
    done = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True)
    flat = " ".join(done.stdout.split())
    order = [
        "Hold the Line on Belarus Sanctions",
        "Keep every sanction on the Lukashenka regime in place.",
        "Keep the Pressure On Belarus.",
        "example.org/belarus-sanctions",
        "Prepared for the meeting",
    ]
    at = [flat.find(text) for text in order]
    assert -1 not in at and at == sorted(at), list(zip(order, at, strict=True))
