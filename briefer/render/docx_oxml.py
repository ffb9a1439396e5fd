"""What python-docx has no API for: units, text rules, a few elements, the template, the zip.

The template is python-docx's default one, cleaned once: only the styles Briefer uses (their
theme fonts, theme colours, borders, letter spacing and contextual spacing removed), no
thumbnail, custom XML or Word 2010 style copy, Arial for the theme and the font table, and
extended properties that name Briefer. Every element added here goes in the schema's order.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from functools import cache

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from briefer.layout.fonts import DOCX_FONT

ZIP_TIME = (2000, 1, 1, 0, 0, 0)
FIXED_TIME = dt.datetime(*ZIP_TIME, tzinfo=dt.UTC)
APPLICATION = "Briefer"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
ORDER = {  # the schema's order of the children of the elements this module adds to
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
    "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription tblPrChange",
    "trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc hidden ins del trPrChange",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange",
}
KEEP_STYLES = {
    "Normal", "Title", "Subtitle", "Heading1", "Heading2", "ListBullet", "ListNumber", "Footer",
    "TableGrid", "DefaultParagraphFont", "TableNormal", "NoList",
}  # fmt: skip
KEEP_PPR = {qn("w:keepNext"), qn("w:keepLines"), qn("w:tabs"), qn("w:outlineLvl")}
LIST_NUM_IDS = {"ListBullet": 1, "ListNumber": 2}  # the numbering instances the styles name


def el(tag: str, *children, **attrs: object):
    """A w: element with w: attributes (``val="x"``) and children."""
    element = OxmlElement(f"w:{tag}", {qn(f"w:{k}"): str(v) for k, v in attrs.items()})
    element.extend(children)
    return element


def put(parent, child):
    """Set ``child`` on ``parent`` in the schema's order, replacing one of the same name."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    order = ORDER[parent.tag.split("}")[1]].split()
    local = child.tag.split("}")[1]
    later = {qn(f"w:{t}") for t in order[order.index(local) + 1 :]}
    for sibling in parent:
        if sibling.tag in later:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


# Control characters XML 1.0 cannot carry (python-docx raises ValueError on them) and DEL:
# stripped, never fatal.
def tw(points: float) -> int:
    """Twentieths of a point (twips), the unit of most WordprocessingML lengths."""
    return round(points * 20)


def ceil_tw(points: float) -> int:
    """Twips rounded up: margins never leave the body more room than the PDF frame has."""
    return math.ceil(round(points * 20, 6))


def half_points(size: float) -> int:
    """Word sizes type in half points: the one at or below the plan's size (10.92 pt: 10.5 pt).

    Rounding down keeps every line no wider than the PDF's, so no paragraph gains a line.
    """
    return max(2, math.floor(round(size * 2, 6)))


def color(value: str) -> str:
    return value.lstrip("#").upper()


# -- formatting ---------------------------------------------------------------------------------


def font_slots(rPr, font: str = DOCX_FONT) -> None:
    """The font in all four slots (Latin, high ANSI, complex script, East Asian), no theme font."""
    rFonts = rPr.get_or_add_rFonts()
    rFonts.attrib.clear()
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        rFonts.set(qn(f"w:{slot}"), font)


def complex_script(rPr) -> None:
    """Bold, italic and size copied to their complex-script twins (bCs, iCs, szCs)."""
    for latin, twin in (("b", "bCs"), ("i", "iCs"), ("sz", "szCs")):
        source = rPr.find(qn(f"w:{latin}"))
        if source is None:
            continue
        twin_el = el(twin)
        if source.get(qn("w:val")) is not None:
            twin_el.set(qn("w:val"), source.get(qn("w:val")))
        put(rPr, twin_el)


def mark_size(p, size: int) -> None:
    """The size (half points) of a paragraph's mark, the only text of an empty spacer paragraph."""
    put(p.get_or_add_pPr(), el("rPr", el("sz", val=size), el("szCs", val=size)))


def border(side: str, eighths: int, space: float, rgb: str):
    space_pt = min(31, max(0, round(space)))
    return el(side, val="single", sz=eighths, space=space_pt, color=rgb)


def paragraph_borders(p, borders: list, fill: str | None = None) -> None:
    """Borders (``border()`` elements) and, if given, a shading fill on a paragraph."""
    pPr = p.get_or_add_pPr()
    put(pPr, el("pBdr", *borders))
    if fill:
        put(pPr, el("shd", val="clear", color="auto", fill=fill))


def numbering_ref(p, num_id: int) -> None:
    numPr = p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def numbering(
    part,
    abstracts: list[tuple[str, str, str, int]],
    nums: list[tuple[int, int]],
    font: str = DOCX_FONT,
) -> None:
    """abstracts: (format, text, paragraph style id, indent in twips); nums: (abstract, start);
    the labels are set in ``font``, bold."""
    root = part.element
    for index, (fmt, text, style_id, indent) in enumerate(abstracts):
        rPr = el("rPr", el("b"), el("bCs"), el("i", val=0), el("iCs", val=0))
        font_slots(rPr, font)
        level = el(
            "lvl",
            el("start", val=1),
            el("numFmt", val=fmt),
            el("pStyle", val=style_id),
            el("lvlText", val=text),
            el("lvlJc", val="left"),
            el(
                "pPr",
                el("tabs", el("tab", val="num", pos=indent)),
                el("ind", left=indent, hanging=indent),
            ),
            rPr,
            ilvl=0,
        )
        nsid = el("nsid", val=f"{0x42524600 + index:08X}")
        multi = el("multiLevelType", val="singleLevel")
        root.append(el("abstractNum", nsid, multi, level, abstractNumId=index))
    for abstract, start in nums:
        num = root.add_num(abstract)
        if start != 1:
            num.add_lvlOverride(ilvl=0).add_startOverride(start)


def table_frame(tbl, width: int, rule: str, eighths: int, margins: tuple[int, ...]) -> None:
    """Fixed width, rules below the rows only, cell padding (twips: top, left, bottom, right)."""
    tblPr = tbl.tblPr
    put(tblPr, el("tblW", w=width, type="dxa"))
    line = {"val": "single", "sz": eighths, "space": 0, "color": rule}
    sides = [el(s, val="nil") for s in ("top", "left")]
    sides += [el("bottom", **line), el("right", val="nil"), el("insideH", **line)]
    put(tblPr, el("tblBorders", *sides, el("insideV", val="nil")))
    names = ("top", "left", "bottom", "right")
    cells = [el(side, w=value, type="dxa") for side, value in zip(names, margins, strict=True)]
    put(tblPr, el("tblCellMar", *cells))
    look = {"val": "0620", "firstRow": 1, "lastRow": 0, "firstColumn": 0, "lastColumn": 0}
    put(tblPr, el("tblLook", noHBand=1, noVBand=1, **look))


def row_flags(tr, header: bool) -> None:
    """Rows never split across pages; the header row repeats (and marks the header)."""
    trPr = tr.get_or_add_trPr()
    put(trPr, el("cantSplit"))
    if header:
        put(trPr, el("tblHeader"))


def cell_fill(tc, fill: str) -> None:
    put(tc.get_or_add_tcPr(), el("shd", val="clear", color="auto", fill=fill))


def language(styles, lang: str) -> None:
    rPr = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    put(rPr, el("lang", val=lang))


# -- the template and the package ---------------------------------------------------------------


def _clean_styles(document) -> None:
    root = document.styles.element
    for style in root.findall(qn("w:style")):
        style_id = style.get(qn("w:styleId"))
        if style_id not in KEEP_STYLES:
            root.remove(style)
            continue
        style.remove_all("w:link", "w:rsid", "w:rPr")
        pPr = style.find(qn("w:pPr"))
        for child in [] if pPr is None else list(pPr):
            if child.tag not in KEEP_PPR:
                pPr.remove(child)
        if pPr is not None and not len(pPr):
            style.remove(pPr)
        if style_id in LIST_NUM_IDS:
            numPr = style.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_numId().val = LIST_NUM_IDS[style_id]
    defaults = root.find(qn("w:docDefaults"))
    font_slots(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")))
    pPr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    put(pPr, el("spacing", after=0, line=240, lineRule="auto"))


def theme_in(blob: bytes, font: str = DOCX_FONT) -> bytes:
    """The theme with ``font`` as its heading and body font (what Word offers as "+Body" for
    text a reader adds)."""
    root = etree.fromstring(blob)
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for latin in root.iter(f"{a}latin"):
        if latin.getparent().tag in (f"{a}majorFont", f"{a}minorFont"):
            latin.set("typeface", font)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ARIAL_ENTRY = (  # the font table's entry for the default family (what the theme names too)
    f'<w:font w:name="{DOCX_FONT}">'
    '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
    '<w:pitch w:val="variable"/></w:font>'
)
FONT_TABLE = (HEAD + f'<w:fonts xmlns:w="{W_NS}">{ARIAL_ENTRY}</w:fonts>').encode()
APP = (
    HEAD
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    f"<Application>{APPLICATION}</Application><DocSecurity>0</DocSecurity></Properties>"
).encode()


@cache
def template() -> bytes:
    """python-docx's default document, cleaned as the module says; built once per process."""
    document = docx.Document()
    part = document.part
    for rId, rel in list(part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, STYLES_WITH_EFFECTS):
            del part.rels[rId]
    package = part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rId]
    _clean_styles(document)
    numbering_root = part.numbering_part.element
    for child in list(numbering_root):
        numbering_root.remove(child)
    settings = document.settings.element
    settings.remove_all("w:proofState", "w:shapeDefaults")  # no shapes, never proof-read
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")  # Word 2013 and later: tables align with the text
    document.sections[0].footer.is_linked_to_previous = False  # a footer part, one empty line
    for xml_part in package.iter_parts():
        if isinstance(xml_part, XmlPart):  # no namespace left declared but unused
            root = xml_part.element
            keep = (root.get(f"{{{MC}}}Ignorable") or "").split()
            etree.cleanup_namespaces(root, keep_ns_prefixes=keep)
    props = document.core_properties
    props.author = props.comments = props.category = props.last_modified_by = ""
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        theme = theme_in(archive.read("word/theme/theme1.xml"))
    return repack(
        buffer.getvalue(),
        {"docProps/app.xml": APP, "word/fontTable.xml": FONT_TABLE, "word/theme/theme1.xml": theme},
    )


def repack(data: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """The zip again with fixed times and a fixed order: the same parts give the same bytes.
    ``replace`` gives parts new content, or adds them."""
    replace = replace or {}
    source = zipfile.ZipFile(io.BytesIO(data))
    first = ("[Content_Types].xml", "_rels/.rels")
    names = sorted(
        set(source.namelist()) | set(replace),
        key=lambda n: (first.index(n) if n in first else 2, n),
    )
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            archive.writestr(info, replace.get(name) or source.read(name))
    return buffer.getvalue()
