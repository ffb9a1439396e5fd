"""The WordprocessingML package around a DOCX body: parts, styles, numbering and the zip.

Written by hand rather than through python-docx's template so that every byte is ours: no theme
fonts (Calibri) or template dates leak in, the elements come in the order the schema requires
(Word refuses files that do not), and the same plan always gives the same bytes.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from ..fonts import DOCX_FONT
from ..plan import Meta, Page, Style

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_TIME = "2000-01-01T00:00:00Z"
ZIP_TIME = (2000, 1, 1, 0, 0, 0)
APPLICATION = "Briefer"

# Control characters XML 1.0 cannot carry (python-docx raises ValueError on them) and DEL:
# stripped, never fatal.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"[\t\n\r\u2028\u2029]")


def clean(text: str) -> str:
    """User text made safe for XML: illegal control characters dropped, line breaks as spaces."""
    return _SPACE.sub(" ", _ILLEGAL.sub("", text))


def attr(value: object) -> str:
    return quoteattr(clean(str(value)))


def text_node(text: str) -> str:
    text = escape(text)
    keep = ' xml:space="preserve"' if text[:1] == " " or text[-1:] == " " else ""
    return f"<w:t{keep}>{text}</w:t>"


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


# -- formatting as XML fragments ------------------------------------------------------------


def run_props(props: dict[str, object]) -> str:
    """<w:rPr> children in schema order from {bold, italic, color, size}."""
    out = []
    if "bold" in props:
        on = "" if props["bold"] else ' w:val="0"'
        out += [f"<w:b{on}/>", f"<w:bCs{on}/>"]
    if "italic" in props:
        on = "" if props["italic"] else ' w:val="0"'
        out += [f"<w:i{on}/>", f"<w:iCs{on}/>"]
    if "color" in props:
        out.append(f'<w:color w:val="{props["color"]}"/>')
    if "size" in props:
        out.append(f'<w:sz w:val="{props["size"]}"/><w:szCs w:val="{props["size"]}"/>')
    return "".join(out)


def style_run(style: Style) -> dict[str, object]:
    return {
        "bold": style.bold,
        "italic": style.italic,
        "color": color(style.color),
        "size": half_points(style.size),
    }


def spacing(after: float, leading: float) -> str:
    """Space after only (none before) and an exact line height: the heights the fit measured."""
    return (
        f'<w:spacing w:before="0" w:after="{tw(after)}" w:line="{tw(leading)}" w:lineRule="exact"/>'
    )


def indent(left: float, hanging: float = 0.0, right: float = 0.0) -> str:
    if not (left or hanging or right):
        return ""
    extra = f' w:hanging="{tw(hanging)}"' if hanging else ""
    extra += f' w:right="{tw(right)}"' if right else ""
    return f'<w:ind w:left="{tw(left)}"{extra}/>'


def border(side: str, value: str, eighths: int, space: float, rgb: str) -> str:
    space_pt = min(31, max(0, round(space)))
    return f'<w:{side} w:val="{value}" w:sz="{eighths}" w:space="{space_pt}" w:color="{rgb}"/>'


# -- styles.xml -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WordStyle:
    """A built-in Word paragraph style and the plan role whose look it carries."""

    style_id: str
    name: str  # Word's own (lower-case for headings and footer: that is what marks them built-in)
    role: str
    extra_ppr: str = ""  # the list styles' <w:numPr>, which the schema puts before spacing
    outline: int | None = None


def paragraph_style(ws: WordStyle, style: Style, ppr_tail: str = "") -> str:
    keep = "<w:keepNext/><w:keepLines/>" if ws.outline is not None else ""
    outline = f'<w:outlineLvl w:val="{ws.outline}"/>' if ws.outline is not None else ""
    based = "" if ws.style_id == "Normal" else '<w:basedOn w:val="Normal"/>'
    default = ' w:default="1"' if ws.style_id == "Normal" else ""
    ppr = keep + ws.extra_ppr + spacing(style.space_after, style.leading) + ppr_tail + outline
    return (
        f'<w:style w:type="paragraph"{default} w:styleId="{ws.style_id}">'
        f'<w:name w:val="{ws.name}"/>{based}<w:next w:val="Normal"/><w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{run_props(style_run(style))}</w:rPr></w:style>"
    )


def styles_xml(language: str, paragraph_styles: list[str]) -> str:
    font = attr(DOCX_FONT)
    lang = attr(language or "en-US")
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f"<w:rFonts w:ascii={font} w:hAnsi={font} w:cs={font} w:eastAsia={font}/>"
        f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val={lang}/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    fixed = (
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
    )
    return (
        f'{HEAD}<w:styles xmlns:w="{W_NS}">{defaults}{"".join(paragraph_styles)}{fixed}</w:styles>'
    )


# -- numbering.xml --------------------------------------------------------------------------


def numbering_xml(abstracts: list[tuple[str, str, str, float]], nums: list[tuple[int, int]]) -> str:
    """abstracts: (format, text, paragraph style id, indent pt); nums: (abstract index, start)."""
    font = attr(DOCX_FONT)
    out = [f'{HEAD}<w:numbering xmlns:w="{W_NS}">']
    for index, (fmt, text, style_id, ind) in enumerate(abstracts):
        out.append(
            f'<w:abstractNum w:abstractNumId="{index}"><w:nsid w:val="{0x42524600 + index:08X}"/>'
            '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:pStyle w:val="{style_id}"/>'
            f'<w:lvlText w:val={attr(text)}/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:tabs><w:tab w:val="num" w:pos="{tw(ind)}"/></w:tabs>{indent(ind, ind)}</w:pPr>'
            f"<w:rPr><w:rFonts w:ascii={font} w:hAnsi={font} w:cs={font} w:eastAsia={font}/>"
            '<w:b/><w:bCs/><w:i w:val="0"/><w:iCs w:val="0"/></w:rPr></w:lvl></w:abstractNum>'
        )
    for num_id, (abstract, start) in enumerate(nums, 1):
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            if start != 1
            else ""
        )
        out.append(
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>'
        )
    out.append("</w:numbering>")
    return "".join(out)


# -- section, settings, properties, package -------------------------------------------------


def section_xml(page: Page, reserve: float, footer_rid: str) -> str:
    """Page size and margins; the bottom margin leaves the footer the room the PDF frame does."""
    bottom = ceil_tw(page.bottom + reserve)
    return (
        f'<w:sectPr><w:footerReference w:type="default" r:id="{footer_rid}"/>'
        f'<w:pgSz w:w="{tw(page.width)}" w:h="{tw(page.height)}"/>'
        f'<w:pgMar w:top="{ceil_tw(page.top)}" w:right="{ceil_tw(page.right)}" '
        f'w:bottom="{bottom}" w:left="{ceil_tw(page.left)}" '
        f'w:header="{tw(page.top / 2)}" w:footer="{tw(page.bottom)}" w:gutter="0"/>'
        '<w:cols w:space="720"/></w:sectPr>'
    )


SETTINGS = (
    f'{HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
)

FONT_TABLE = (
    f'{HEAD}<w:fonts xmlns:w="{W_NS}"><w:font w:name={attr(DOCX_FONT)}>'
    '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
    '<w:pitch w:val="variable"/></w:font></w:fonts>'
)

CONTENT_TYPES = (
    f"{HEAD}"
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.extended-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    f'{HEAD}<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>'
    f'<Relationship Id="rId2" Type="{PKG_REL}/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{DOC_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

FOOTER_RID = "rId5"
DOCUMENT_RELS = (
    f'{HEAD}<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId3" Type="{DOC_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId4" Type="{DOC_REL}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="{FOOTER_RID}" Type="{DOC_REL}/footer" Target="footer1.xml"/>'
    "</Relationships>"
)

APP = (
    f"{HEAD}<Properties "
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    f"<Application>{APPLICATION}</Application><DocSecurity>0</DocSecurity>"
    "</Properties>"
)


def core_xml(meta: Meta) -> str:
    """Title, subject, keywords and language from the plan; an author only when one is set."""

    def element(tag: str, value: str) -> str:
        value = clean(value)
        return f"<{tag}>{escape(value)}</{tag}>" if value else f"<{tag}/>"

    return (
        f"{HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + element("dc:title", meta.title)
        + element("dc:subject", meta.subject)
        + element("dc:creator", meta.author or "")
        + element("cp:keywords", ", ".join(meta.keywords))
        + element("dc:language", meta.language)
        + element("cp:lastModifiedBy", "")
        + "<cp:revision>1</cp:revision>"
        + f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_TIME}</dcterms:created>'
        + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_TIME}</dcterms:modified>'
        + "</cp:coreProperties>"
    )


def wrap_part(root: str, body: str) -> str:
    """A document or footer part: the WordprocessingML root with its two namespaces."""
    return f'{HEAD}<w:{root} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:{root}>'


def package(parts: dict[str, str]) -> bytes:
    """The zip, entries in the given order with fixed times: the same parts give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            archive.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()


def package_parts(
    document: str, styles: str, numbering: str, footer: str, meta: Meta
) -> dict[str, str]:
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": core_xml(meta),
        "docProps/app.xml": APP,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles,
        "word/numbering.xml": numbering,
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONT_TABLE,
        "word/footer1.xml": footer,
    }
