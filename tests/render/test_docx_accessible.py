"""The DOCX for a screen reader, read back as XML: headings in order, the claim/response table's
header row marked, the sidebar's text in reading order (the ask first), pictures described, the
language from the content pack."""

from __future__ import annotations

import io
import zipfile
from itertools import pairwise
from pathlib import Path

import pytest
from lxml import etree

from briefer.pipeline import render
from tests.render.test_decor import SVG, TEMPLATES, URL, brief_with, plan_of, png

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {
    "w": W[1:-1],
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    png(tmp_path / "logo.png", (900, 300))
    return tmp_path


def parts(data: bytes) -> tuple[etree._Element, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = etree.fromstring(package.read("word/document.xml"))
        styles = etree.fromstring(package.read("word/styles.xml"))
    return document, styles


def outline_levels(styles: etree._Element) -> dict[str, int]:
    """Each paragraph style's outline level (0 = level 1), through the styles it is based on."""
    own: dict[str, int | None] = {}
    based: dict[str, str | None] = {}
    for style in styles.iterfind("w:style[@w:type='paragraph']", NS):
        sid = style.get(f"{W}styleId")
        level = style.find("w:pPr/w:outlineLvl", NS)
        own[sid] = int(level.get(f"{W}val")) if level is not None else None
        parent = style.find("w:basedOn", NS)
        based[sid] = parent.get(f"{W}val") if parent is not None else None
    levels = {}
    for sid in own:
        at: str | None = sid
        while at is not None and own.get(at) is None:
            at = based.get(at)
        if at is not None and own[at] is not None and own[at] < 9:
            levels[sid] = own[at]
    return levels


def text(paragraph: etree._Element) -> str:
    return " ".join("".join(paragraph.itertext()).split())  # no-break spaces read as spaces


def headings(data: bytes) -> list[tuple[int, str]]:
    """The headings in reading order: (outline level, text)."""
    document, styles = parts(data)
    levels = outline_levels(styles)
    out = []
    for paragraph in document.iterfind(".//w:body//w:p", NS):
        style = paragraph.find("w:pPr/w:pStyle", NS)
        own = paragraph.find("w:pPr/w:outlineLvl", NS)
        level = int(own.get(f"{W}val")) if own is not None else None
        if level is None and style is not None:
            level = levels.get(style.get(f"{W}val"))
        if level is not None and level < 9:
            out.append((level, text(paragraph)))
    return out


@pytest.mark.parametrize("template", TEMPLATES)
def test_headings_come_strictly_in_order(folder: Path, template: str) -> None:
    data = render(plan_of(brief_with(folder), template=template), "docx")
    found = headings(data)
    assert found, "no headings"
    assert found[0][0] == 0, found
    for (before, _), (level, title) in pairwise(found):
        assert level <= before + 1, f"{title!r} skips a level after level {before + 1}"


def test_classic_headings_are_the_ask_then_the_sections(folder: Path) -> None:
    data = render(plan_of(brief_with(folder, None, None), template="classic"), "docx")
    assert [t.casefold() for _, t in headings(data)] == [
        "our ask",
        "what critics claim",
        "what we recommend",
    ]


def test_myth_fact_table_marks_its_header_row(folder: Path) -> None:
    data = render(plan_of(brief_with(folder, None, None), template="myth-fact"), "docx")
    document, _ = parts(data)
    (table,) = document.iterfind(".//w:body/w:tbl", NS)
    rows = table.findall("w:tr", NS)
    flags = [row.find("w:trPr/w:tblHeader", NS) is not None for row in rows]
    assert flags == [True] + [False] * (len(rows) - 1) and len(rows) >= 2
    assert [text(c).casefold() for c in rows[0].iterfind("w:tc", NS)] == ["they say", "in fact"]


def test_sidebar_reads_the_ask_first(folder: Path) -> None:
    data = render(plan_of(brief_with(folder), template="sidebar"), "docx")
    document, _ = parts(data)
    read = [text(p) for p in document.iterfind(".//w:body//w:p", NS) if text(p)]
    flat = [t.casefold() for t in read]
    ask = flat.index("keep every sanction on the lukashenka regime in place.")
    assert flat.index("our ask") < ask < flat.index("the meeting") < flat.index("contact")
    assert ask < flat.index("hold the line on belarus sanctions")  # the column is read first
    described = [d.get("descr") for d in document.iterfind(".//wp:docPr", NS)]
    assert described == ["Belarus Freedom Forum", f"QR code: {URL}"]


def test_language_is_the_packs(folder: Path) -> None:
    plan = plan_of(brief_with(folder, None, None), template="classic")
    _, styles = parts(render(plan, "docx"))
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang is not None and lang.get(f"{W}val") == plan.meta.language == "en"
