"""The DOCX export: the PDF's page as editable Word, read back with python-docx and LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import time
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from pypdf import PdfReader

from briefer.layout.flow import Flow, height
from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from briefer.page.templates import load_template
from briefer.pipeline import make_plan, render
from briefer.plan import Para, Plan
from briefer.plan import Table as PlanTable
from tests.conftest import (
    MYTHS,
    RECS,
    SAMPLE_BRIEF,
    assert_valid_docx,
    contains_phrase,
    mentions,
    pdf_pages,
    private_strings,
    selections,
)
from tests.libreoffice import to_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SAMPLE_BLOCKS = "blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]"
RICH_BLOCKS = [
    "hold-the-line",
    "indicator-regime-statements",
    "indicator-security-costs",
    "myth-pushes-to-russia",
    "myth-trade-for-prisoners",
    "rec-expand-gradually",
    "rec-enforce-and-prosecute",
    "context-2020-protests",
]


def brief_text(blocks: list[str] | None = None, **replacements: str) -> str:
    text = SAMPLE_BRIEF
    if blocks is not None:
        text = text.replace(SAMPLE_BLOCKS, "blocks: [" + ", ".join(blocks) + "]")
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text


def plan_for(text: str = SAMPLE_BRIEF, template: str = "classic", paper: str = "letter") -> Plan:
    return make_plan(parse_brief(text), template=template, paper=paper)


def read(data: bytes) -> docx.document.Document:
    assert_valid_docx(data)  # every DOCX these tests read is valid OOXML
    return docx.Document(io.BytesIO(data))


def shown(para: Para, plan: Plan) -> str:
    text = para.text  # as written: a no-break space (the time and its PM) is kept
    return text.upper() if plan.styles[para.role].upper else text


def expected_body(plan: Plan) -> list[str]:
    """The page's paragraphs in order, as the PDF sets them (tables cell by cell)."""
    out = []
    for section in plan.sections:
        if section.heading:
            out.append(shown(section.heading, plan))
        for item in section.items:
            if isinstance(item, PlanTable):
                out += [
                    shown(cell, plan) for row in (item.header, *item.rows) for cell in row.cells
                ]
            else:
                out.append(shown(item, plan))
    return out


def body_texts(document: docx.document.Document) -> list[str]:
    """Paragraph and cell texts in document order, the empty spacers left out."""
    out = []
    for element in document.element.body:
        if element.tag == f"{W}p":
            text = "".join(t.text or "" for t in element.iter(f"{W}t"))
            if text:
                out.append(text)
        elif element.tag == f"{W}tbl":
            for cell in element.iter(f"{W}tc"):
                out.append("".join(t.text or "" for t in cell.iter(f"{W}t")))
    return out


def styled(document: docx.document.Document) -> dict[str, str]:
    """Paragraph text (no-break spaces as spaces: a title keeps its last two words together)
    -> its Word style."""
    return {p.text.replace("\xa0", " "): p.style.name for p in document.paragraphs if p.text}


# -- content, order and styles -----------------------------------------------------------------


@pytest.mark.parametrize("template", ["classic", "myth-fact"])
def test_same_paragraphs_in_the_same_order_as_the_pdf(template: str) -> None:
    plan = plan_for(brief_text(RICH_BLOCKS), template)
    assert body_texts(read(render(plan, "docx"))) == expected_body(plan)


def test_built_in_styles_for_each_role() -> None:
    plan = plan_for(brief_text(RICH_BLOCKS))
    document = read(render(plan, "docx"))
    styles = styled(document)
    assert styles["Hold the Line on Belarus Sanctions"] == "Title"
    assert styles["Why sanctions on the Lukashenka regime work and must stay"] == "Subtitle"
    assert styles["OUR ASK"] == "Heading 2"
    for heading in ("SANCTIONS ARE WORKING", "WHAT CRITICS CLAIM", "WHAT WE RECOMMEND"):
        assert styles[heading] == "Heading 1"
    for para in document.paragraphs:
        if para.text.startswith(("The Regime Keeps Talking", "2020")):
            assert para.style.name == "List Bullet"
        if para.text.startswith(("Keep Expanding Sanctions", "Enforce Sanctions")):
            assert para.style.name == "List Number"
        if para.text.startswith(("They say:", "In fact:", "Keep the Pressure", "Keep every")):
            assert para.style.name == "Normal"
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 2
    assert {p._p.pPr.numPr.numId.val for p in numbered} == {2}  # one list: 1., 2.
    numbering = document.part.numbering_part.element
    assert [t.get(f"{W}val") for t in numbering.iter(f"{W}lvlText")][:2] == ["•", "%1."]


def test_sizes_colours_emphasis_and_exact_line_heights() -> None:
    plan = plan_for(brief_text(RICH_BLOCKS))
    document = read(render(plan, "docx"))
    normal = document.styles["Normal"]
    body = plan.styles["body"]
    assert normal.font.size.pt == body.size
    assert normal.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert normal.paragraph_format.line_spacing.pt == pytest.approx(body.leading, abs=0.03)
    assert normal.paragraph_format.space_before.pt == 0
    assert normal.paragraph_format.space_after.pt == pytest.approx(body.space_after, abs=0.03)
    heading = document.styles["Heading 1"]
    assert str(heading.font.color.rgb) == plan.palette.accent.lstrip("#").upper()
    assert heading.font.bold
    bullet = document.styles["List Bullet"].paragraph_format
    assert bullet.left_indent.pt == pytest.approx(plan.styles["bullet"].indent, abs=0.03)
    assert bullet.first_line_indent.pt == pytest.approx(-plan.styles["bullet"].indent, abs=0.03)

    myth = next(p for p in document.paragraphs if p.text.startswith("They say:"))
    assert myth.runs[0].bold and not myth.runs[0].italic
    assert myth.runs[1].italic and not myth.runs[1].bold
    assert str(myth.runs[1].font.color.rgb) == plan.styles["myth"].color.lstrip("#").upper()
    for para in document.paragraphs:
        if para.text.startswith("Keep the Pressure"):
            lead = plan.styles["lead"]
            assert para.runs[0].bold and not para.runs[1].bold
            assert para.paragraph_format.line_spacing.pt == pytest.approx(lead.leading, abs=0.03)
    roles = {p.text: p.role for s in plan.sections for p in s.items if isinstance(p, Para)}
    for para in document.paragraphs:  # half points (all Word can set), never above the plan's
        for run in para.runs:
            size = (run.font.size or para.style.font.size).pt
            assert size * 2 == int(size * 2)
            if para.text in roles:
                assert (
                    plan.styles[roles[para.text]].size - 0.5
                    < size
                    <= plan.styles[roles[para.text]].size
                )


def test_ask_is_a_shaded_box_with_an_accent_bar() -> None:
    plan = plan_for()
    document = read(render(plan, "docx"))
    box = [
        p
        for p in document.paragraphs
        if p._p.pPr is not None and p._p.pPr.find(f"{W}shd") is not None
    ]
    assert [p.text for p in box] == [
        "OUR ASK",
        plan.sections[1].items[1].text,
        "Bill: S. 1234",
        "Senator Jeanne Shaheen sits on the Foreign Relations Committee and represents NH.",
    ]  # why this office, in the box by the ask
    for para in box:
        shd = para._p.pPr.find(f"{W}shd")
        assert shd.get(f"{W}fill") == plan.palette.callout.lstrip("#").upper()
        left = para._p.pPr.find(f"{W}pBdr/{W}left")
        assert left.get(f"{W}color") == plan.palette.accent.lstrip("#").upper()
        assert int(left.get(f"{W}sz")) == 24  # 3 pt, as the PDF's bar


@pytest.mark.parametrize("count", [1, 3, 5])
def test_myth_fact_table_is_a_real_word_table(count: int) -> None:
    plan = plan_for(
        brief_text(["hold-the-line", *MYTHS[:count], "rec-expand-gradually"]), "myth-fact"
    )
    document = read(render(plan, "docx"))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert table.style.name == "Table Grid"
    assert len(table.rows) == count + 1
    assert [c.text for c in table.rows[0].cells] == ["THEY SAY", "IN FACT"]
    header = table.rows[0]._tr
    assert header.trPr.find(f"{W}tblHeader") is not None
    fill = plan.palette.table_header.lstrip("#").upper()
    assert all(c._tc.tcPr.find(f"{W}shd").get(f"{W}fill") == fill for c in table.rows[0].cells)
    pack = load_pack()
    for row, block_id in zip(table.rows[1:], MYTHS[:count], strict=True):
        block = pack.block(block_id)
        assert row.cells[0].text == block.claim
        assert row.cells[1].text.startswith(block.title.rstrip(".") + ".")
        assert row.cells[0].paragraphs[0].runs[0].italic
        assert row.cells[1].paragraphs[0].runs[0].bold
    widths = [c.width.pt for c in table.rows[0].cells]
    assert sum(widths) == pytest.approx(plan.page.frame_width, abs=0.1)
    assert widths[0] / sum(widths) == pytest.approx(0.34, abs=0.001)


# -- page, footer, properties ------------------------------------------------------------------


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595.3, 841.9))])
def test_page_size_and_margins(paper: str, size: tuple[float, float]) -> None:
    plan = plan_for(paper=paper)
    section = read(render(plan, "docx")).sections[0]
    page = plan.page
    assert section.page_width.pt == pytest.approx(size[0], abs=0.05)
    assert section.page_height.pt == pytest.approx(size[1], abs=0.05)
    for got, want in (
        (section.top_margin, page.top),
        (section.left_margin, page.left),
        (section.right_margin, page.right),
        (section.footer_distance, page.bottom),
    ):
        assert got.pt == pytest.approx(want, abs=0.05)
    flow = Flow(plan.styles, plan.palette, page.frame_width, plan.body_size)
    footer = sum(height(flow.para(p), page.frame_width) for p in plan.footer)
    reserve = footer + plan.styles["footer"].size * 1.6  # as the PDF's frame leaves
    assert section.bottom_margin.pt == pytest.approx(page.bottom + reserve, abs=0.05)


def test_footer_holds_contact_and_credit_under_a_rule() -> None:
    plan = plan_for()
    footer = read(render(plan, "docx")).sections[0].footer
    texts = [p.text for p in footer.paragraphs]
    assert texts == [p.text for p in plan.footer]
    spaced = texts[0].replace("\xa0", " ")  # a name and a number are kept whole: no-break spaces
    assert "Святлана Ціханоўская" in spaced and "office@example.org" in texts[0]
    assert all(p.style.name == "Footer" for p in footer.paragraphs)
    rule = footer.paragraphs[0]._p.pPr.find(f"{W}pBdr/{W}top")
    assert rule.get(f"{W}color") == plan.palette.rule.lstrip("#").upper()


def test_core_properties_and_nothing_private() -> None:
    plan = plan_for()
    data = render(plan, "docx")
    props = read(data).core_properties
    assert props.title == plan.meta.title
    assert props.title.startswith("Hold the Line on Belarus Sanctions — Senator Jeanne Shaheen")
    assert props.subject == "Keep every sanction on the Lukashenka regime in place."
    assert props.author == "Святлана Ціханоўская"
    assert props.last_modified_by == ""
    assert props.created == props.modified == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert props.language == plan.meta.language
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"python-docx" not in everything.lower()
    for private in private_strings():
        assert not mentions(everything, private), private


def test_no_author_without_a_sender_name() -> None:
    text = brief_text(**{"  name: Святлана Ціханоўская\n": ""})
    assert read(render(plan_for(text), "docx")).core_properties.author == ""


def test_language_and_arial_everywhere() -> None:
    plan = plan_for()
    data = render(plan, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = ET.fromstring(archive.read("word/styles.xml"))
        parts = {name: ET.fromstring(archive.read(name)) for name in archive.namelist()}
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert defaults.find(f"{W}lang").get(f"{W}val") == plan.meta.language
    fonts = defaults.find(f"{W}rFonts")
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(f"{W}{slot}") == "Arial"
    for name, root in parts.items():  # no other font, and no theme font that would win over it
        for element in root.iter(f"{W}rFonts"):
            assert {k.split("}")[1]: v for k, v in element.attrib.items()} == {
                "ascii": "Arial",
                "hAnsi": "Arial",
                "cs": "Arial",
                "eastAsia": "Arial",
            }, name
    assert read(data).styles["Normal"].font.name in (None, "Arial")


def test_same_input_same_bytes() -> None:
    first = render(plan_for(), "docx")
    time.sleep(1.1)  # a zip written with the current time would differ now
    assert render(plan_for(), "docx") == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2000, 1, 1, 0, 0, 0)}
    assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}


def test_cyrillic_and_accented_names_read_back() -> None:
    document = read(render(plan_for(), "docx"))
    body = "\n".join(p.text for p in document.paragraphs).replace("\xa0", " ")
    footer = "\n".join(p.text for p in document.sections[0].footer.paragraphs).replace("\xa0", " ")
    assert "Jesús García" in body
    assert "Святлана Ціханоўская" in footer


def _dirty(plan: Plan) -> Plan:
    """The plan with control characters in its text, which a brief file cannot carry."""

    def soil(para: Para) -> Para:
        spans = tuple(
            replace(s, text=s.text.replace(" ", " \x07", 1) + "\x0b\x00") for s in para.spans
        )
        return replace(para, spans=spans)

    sections = []
    for section in plan.sections:
        items = tuple(
            soil(i)
            if isinstance(i, Para)
            else replace(i, rows=tuple(replace(r, cells=tuple(map(soil, r.cells))) for r in i.rows))
            for i in section.items
        )
        heading = soil(section.heading) if section.heading else None
        sections.append(replace(section, items=items, heading=heading))
    meta = replace(plan.meta, title=plan.meta.title + "\x07", author="Jesús\x0b García")
    return replace(plan, sections=tuple(sections), footer=tuple(map(soil, plan.footer)), meta=meta)


@pytest.mark.parametrize("template", ["classic", "myth-fact"])
def test_control_characters_are_stripped_not_fatal(template: str) -> None:
    plan = plan_for(template=template)
    dirty = _dirty(plan)
    assert "\x07" in dirty.sections[1].items[1].text
    document = read(render(dirty, "docx"))
    assert body_texts(document) == expected_body(plan)
    assert document.core_properties.author == "Jesús García"
    assert "\x07" not in document.core_properties.title


def test_every_part_is_well_formed_and_in_schema_order() -> None:
    """Word refuses a file whose properties come out of the schema's order; check the ones used."""
    order = {
        "pPr": "pStyle keepNext keepLines widowControl numPr pBdr shd tabs spacing ind jc "
        "outlineLvl rPr",
        "rPr": "rFonts b bCs i iCs caps color spacing sz szCs lang",
        "pBdr": "top left bottom right between",
        "tblPr": "tblStyle tblW jc tblInd tblBorders shd tblLayout tblCellMar tblLook",
        "tblBorders": "top left bottom right insideH insideV",
        "tblCellMar": "top left bottom right",
        "tcPr": "tcW gridSpan vMerge tcBorders shd vAlign",
        "sectPr": "headerReference footerReference pgSz pgMar cols docGrid",
        "style": "name basedOn next link uiPriority semiHidden unhideWhenUsed qFormat "
        "pPr rPr tblPr",
        "lvl": "start numFmt pStyle lvlText lvlJc pPr rPr",
    }
    for template, paper in itertools.product(["classic", "myth-fact"], ["letter", "a4"]):
        data = render(plan_for(brief_text(RICH_BLOCKS), template, paper), "docx")
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                root = ET.fromstring(archive.read(name))  # well-formed
                for parent in root.iter():
                    tag = parent.tag.split("}")[-1]
                    if tag not in order or not parent.tag.startswith(W):
                        continue
                    known = order[tag].split()
                    children = [c.tag.split("}")[-1] for c in parent]
                    assert all(c in known for c in children), (name, tag, children)
                    assert children == sorted(children, key=known.index), (name, tag, children)


# -- LibreOffice: every selection opens as one page --------------------------------------------


@pytest.mark.slow
def test_libreoffice_opens_every_selection_as_one_page(tmp_path: Path) -> None:
    pack = load_pack()
    sources, outputs = tmp_path / "docx", tmp_path / "pdf"
    sources.mkdir()
    chosen: dict[str, list[str]] = {}
    for template in ("classic", "myth-fact"):
        tpl = load_template(template)
        for paper in ("letter", "a4"):
            for index, blocks in enumerate(selections()):
                if index % 2 != (paper == "a4"):  # each selection once per template, papers alike
                    continue
                plan = make_plan(
                    parse_brief(brief_text(blocks)), pack=pack, template=tpl, paper=paper
                )
                name = f"{template}-{paper}-{index:03d}"
                (sources / f"{name}.docx").write_bytes(render(plan, "docx"))
                chosen[name] = blocks
    assert len(chosen) == 512
    start = time.perf_counter()
    to_pdf(sorted(sources.iterdir()), outputs, tmp_path, parallel=2)
    seconds = time.perf_counter() - start
    print(f"LibreOffice converted {len(chosen)} DOCX files in {seconds:.1f} s")
    markers = {b: pack.block(b).claim or pack.block(b).title for b in [*MYTHS, *RECS]}
    for name, blocks in chosen.items():
        pdf = outputs / f"{name}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {name}"
        reader = PdfReader(pdf)
        assert len(reader.pages) == 1, (name, blocks)
        text = reader.pages[0].extract_text()
        for block_id, marker in markers.items():
            assert contains_phrase(text, marker) == (block_id in blocks), (name, block_id)
        assert "Keep every sanction" in text


def test_pdf_and_docx_carry_the_same_words() -> None:
    """A cheap parity check: every paragraph of the DOCX is on the PDF page."""
    plan = plan_for(brief_text(RICH_BLOCKS), "myth-fact")
    page = pdf_pages(render(plan, "pdf"))[0]
    for text in body_texts(read(render(plan, "docx"))):
        assert contains_phrase(page, re.sub(r"[^\w\s’'-]", " ", text)), text
